"""Loading the fact database from `fixtures/`.

Loading validates everything and collects every problem before refusing, so a curator fixes a
broken file in one pass.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from marshmallow import ValidationError

from service.datafiles import flatten_errors, load_yaml, validation_problems, yaml_files
from service.errors import DataFileError
from service.facts.model import Entity, Fact, FactStore, Rate
from service.facts.schema import EntitySchema, FactSchema, FixtureFileSchema


def load_fact_store(directories: Iterable[Path]) -> FactStore:
    """Every fixture file under `directories`, validated; raises DataFileError listing all problems.

    YAML files (`*.yaml`, `*.yml`) are what curators edit. JSON Lines files (`*.jsonl`,
    one `{"entity": {...}}` or `{"fact": {...}}` per line) carry bulk data, such as an
    export: the same schemas validate them, and JSON parses ten times faster.
    """
    problems: list[str] = []
    entities: dict[str, tuple[Entity, str]] = {}
    facts: dict[str, tuple[Fact, str]] = {}
    rates: list[Rate] = []
    for directory in directories:
        if not directory.is_dir():
            problems.append(f"{directory}: fixtures directory does not exist")
            continue
        for path in yaml_files(directory):
            data, read_problems = load_yaml(path)
            problems.extend(read_problems)
            if read_problems or data is None:
                continue
            try:
                loaded = FixtureFileSchema().load(data)
            except ValidationError as exc:
                problems.extend(validation_problems(path, exc))
                continue
            for i, raw in enumerate(loaded["entities"]):
                _add_entity(raw, f"{path}: entities[{i}]", entities, problems)
            for i, raw in enumerate(loaded["facts"]):
                _add_fact(raw, f"{path}: facts[{i}]", facts, problems)
            rates += [Rate(raw["from_"], raw["to"], raw["rate"], raw["as_of"]) for raw in loaded["rates"]]
        for path in sorted(directory.rglob("*.jsonl")):
            _load_json_lines(path, entities, facts, problems)
    for fact, place in facts.values():
        for slot in ("subject", "object"):
            ref = getattr(fact, slot)
            if ref is not None and ref not in entities:
                problems.append(f"{place}.{slot}: unknown entity {ref!r} (fact {fact.id!r})")
    if problems:
        raise DataFileError(problems)
    return FactStore((e for e, _ in entities.values()), (f for f, _ in facts.values()), rates)


def _add_entity(raw: dict[str, Any], place: str, entities: dict, problems: list[str]) -> None:
    entity = Entity(**{**raw, "aliases": tuple(raw["aliases"])})
    if entity.id in entities:
        problems.append(f"{place}.id: duplicate id {entity.id!r} (first in {entities[entity.id][1]})")
    entities[entity.id] = (entity, place)


def _add_fact(raw: dict[str, Any], place: str, facts: dict, problems: list[str]) -> None:
    fact = Fact(**{**raw, "sources": tuple(raw["sources"]), "value": raw.get("value", {})})
    if fact.id in facts:
        problems.append(f"{place}.id: duplicate id {fact.id!r} (first in {facts[fact.id][1]})")
    facts[fact.id] = (fact, place)


def _load_json_lines(path: Path, entities: dict, facts: dict, problems: list[str]) -> None:
    entity_schema, fact_schema = EntitySchema(), FactSchema()
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        problems.append(f"{path}: cannot read: {exc.strerror or exc}")
        return
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                place = f"{path}:{number}"
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    problems.append(f"{place}: invalid JSON: {exc.msg} at column {exc.colno}")
                    continue
                except RecursionError:
                    problems.append(f"{place}: invalid JSON: nested too deeply")
                    continue
                except ValueError:  # Python refuses integers of more than 4,300 digits
                    problems.append(f"{place}: invalid JSON: a number too long to read")
                    continue
                if not isinstance(record, dict) or len(record) != 1 or not ({"entity", "fact"} & set(record)):
                    problems.append(f"{place}: a line holds one object: {{\"entity\": ...}} or {{\"fact\": ...}}")
                    continue
                kind, data = next(iter(record.items()))
                try:
                    raw = (entity_schema if kind == "entity" else fact_schema).load(data)
                except ValidationError as exc:
                    problems.extend(f"{place}: {kind}.{line_problem}" for line_problem in flatten_errors(exc.messages))
                    continue
                except (ValueError, TypeError, OverflowError, RecursionError) as exc:  # a value no field can hold
                    problems.append(f"{place}: {kind}: cannot be read ({exc.__class__.__name__})")
                    continue
                (_add_entity if kind == "entity" else _add_fact)(raw, f"{place}: {kind}",
                                                                 entities if kind == "entity" else facts, problems)
        except UnicodeDecodeError as exc:
            problems.append(f"{path}: not UTF-8 text (byte {exc.start})")
