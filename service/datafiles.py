"""Loading of data files (rules, fixtures): safe YAML and precise error locations.

Shared by `service.rules` and `service.facts` so both report problems the
same way: `file: entities[2].aliases: message`.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

import yaml
from marshmallow import ValidationError


# libyaml's parser when the machine has it (PyYAML ships it in its wheels): ten times faster.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):
    """SafeLoader with YAML 1.2's plain scalars: dates stay strings (curators write "2024-03",
    "2024" and "2024-03-19" alike, and a schema decides what a date is), and only true/false
    are booleans — YAML 1.1 would read the marker words "on", "no" and "yes" as booleans."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers
          if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


def load_yaml(path: Path) -> tuple[Any, list[str]]:
    """The parsed document and, when it cannot be read, a one-line problem."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [f"{path}: cannot read: {exc.strerror or exc}"]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [f"{path}: not UTF-8 text (byte {exc.start})"]
    try:
        return yaml.load(text, Loader=_Loader), []
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        return None, [f"{path}: invalid YAML: {where}{problem}"]


def yaml_files(directory: Path) -> Iterator[Path]:
    yield from sorted(p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def flatten_errors(messages: Any, prefix: str = "") -> list[str]:
    """marshmallow's nested error dict as `path: message` lines (`rules[2].slots.value: ...`)."""
    if isinstance(messages, dict):
        lines = []
        for key, value in messages.items():
            if isinstance(key, int):
                path = f"{prefix}[{key}]"
            elif key == "_schema":
                path = prefix
            else:
                path = f"{prefix}.{key}" if prefix else str(key)
            lines.extend(flatten_errors(value, path))
        return lines
    if isinstance(messages, list) and all(isinstance(m, str) for m in messages):
        return [f"{prefix or '(top)'}: {m}" for m in messages]
    if isinstance(messages, list):
        return [line for m in messages for line in flatten_errors(m, prefix)]
    return [f"{prefix or '(top)'}: {messages}"]


def validation_problems(path: Path, error: ValidationError) -> list[str]:
    return [f"{path}: {line}" for line in flatten_errors(error.messages)]
