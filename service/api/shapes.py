"""Response schemas made from the engine's dataclasses, so the report's shape is written once.

`schema_of(Claim)` is a marshmallow schema with one field per dataclass field the report shows
(fields marked internal in service/engine/model.py are left out, `name` metadata renames),
typed from the annotations: `X | None` allows null, a nested dataclass is a nested schema made
the same way, a tuple is a list. Fields only the API adds (a stored report's id, a finding's
decision) are given as `extra`. tests/api/test_report_shape.py holds openapi.yaml to them.
"""
from __future__ import annotations

import types
import typing
from dataclasses import fields as dataclass_fields, is_dataclass
from functools import cache
from typing import Any

from marshmallow import Schema, fields

_SCALARS: dict[Any, type[fields.Field]] = {int: fields.Integer, str: fields.String, bool: fields.Boolean,
                                           float: fields.Raw}  # Raw: 13000000000 stays an integer


def schema_of(cls: type, *, name: str | None = None, extra: dict[str, fields.Field] | None = None) -> type[Schema]:
    """A Schema class for dataclass `cls`; `extra` adds fields or replaces generated ones."""
    if extra is None:
        return _generated(cls, name)
    return Schema.from_dict({**_fields_of(cls), **extra}, name=name or f"{cls.__name__}Schema")


@cache
def _generated(cls: type, name: str | None) -> type[Schema]:
    return Schema.from_dict(_fields_of(cls), name=name or f"{cls.__name__}Schema")


def _fields_of(cls: type) -> dict[str, fields.Field]:
    hints = typing.get_type_hints(cls)
    made: dict[str, fields.Field] = {}
    for item in dataclass_fields(cls):
        if item.metadata.get("internal"):
            continue
        made[item.metadata.get("name", item.name)] = _field(hints[item.name])
    return made


def _field(hint: Any, allow_none: bool = False) -> fields.Field:
    """The marshmallow field for a type annotation."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        others = [a for a in args if a is not type(None)]
        if len(others) != 1:
            return fields.Raw(allow_none=True)
        return _field(others[0], allow_none=type(None) in args)
    if origin in (tuple, list):
        return fields.List(_field(args[0]), allow_none=allow_none)
    if origin is dict or hint is dict:
        return fields.Dict(allow_none=allow_none)
    if isinstance(hint, type) and is_dataclass(hint):
        return fields.Nested(_generated(hint, None), allow_none=allow_none)
    if hint in _SCALARS:
        return _SCALARS[hint](allow_none=allow_none)
    return fields.Raw(allow_none=allow_none)
