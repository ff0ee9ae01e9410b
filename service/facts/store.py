"""The curated fact database: entities and facts loaded from `fixtures/`.

Loading validates everything and collects every problem before refusing,
so a curator fixes a broken file in one pass.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import json

from marshmallow import ValidationError

from service.datafiles import flatten_errors, load_yaml, validation_problems, yaml_files
from service.errors import DataFileError
from service.facts.schema import EntitySchema, FactSchema, FixtureFileSchema


@dataclass(frozen=True)
class Entity:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    description: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "name": self.name, "aliases": list(self.aliases),
                "wikidata": self.wikidata, "description": self.description}


@dataclass(frozen=True)
class Fact:
    id: str
    subject: str
    predicate: str
    statement: str
    status: str
    sources: tuple[dict[str, Any], ...]
    object: str | None = None
    value: dict[str, Any] = field(default_factory=dict)
    as_of: str | None = None
    valid_from: str | None = None
    valid_until: str | None = None
    translations: dict[str, str] = field(default_factory=dict)  # the statement in other languages

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "subject": self.subject, "predicate": self.predicate,
                "object": self.object, "value": dict(self.value), "as_of": self.as_of,
                "valid_from": self.valid_from, "valid_until": self.valid_until,
                "status": self.status, "statement": self.statement,
                "sources": [dict(s) for s in self.sources]}


@dataclass(frozen=True)
class Rate:
    source: str  # ISO 4217 code converted from
    target: str
    rate: float
    as_of: str


class FactStore:
    """Entities and facts, indexed by id and by what they are about."""

    def __init__(self, entities: Iterable[Entity], facts: Iterable[Fact], rates: Iterable[Rate] = ()):
        self.entities = {e.id: e for e in entities}
        self.facts = {f.id: f for f in facts}
        self.rates: dict[tuple[str, str], Rate] = {}
        for rate in sorted(rates, key=lambda r: r.as_of):  # the latest rate of a pair wins
            self.rates[(rate.source, rate.target)] = rate
        self._by_key: dict[tuple[str, str | None], list[Fact]] = {}
        self._by_object: dict[tuple[str, str | None], list[Fact]] = {}
        self._by_entity: dict[str, list[Fact]] = {}
        for fact in self.facts.values():
            self._by_key.setdefault((fact.predicate, fact.subject), []).append(fact)
            self._by_object.setdefault((fact.predicate, fact.object), []).append(fact)
            for entity in {fact.subject, fact.object} - {None}:
                self._by_entity.setdefault(entity, []).append(fact)

    def facts_about(self, predicate: str, subject: str | None, object: str | None) -> list[Fact]:
        """Facts on `predicate` whose subject and object agree with the given ones.

        An unknown (None) subject or object matches any: a claim that names only
        the acquired company still meets the fact about its acquisition.
        """
        if subject is not None:
            candidates = self._by_key.get((predicate, subject), [])
            return [f for f in candidates if object is None or f.object in (None, object)]
        if object is not None:
            return list(self._by_object.get((predicate, object), []))
        return []

    def rate(self, source: str, target: str) -> float | None:
        """How many `target` one `source` is worth, from a stored rate or its inverse."""
        if (source, target) in self.rates:
            return self.rates[(source, target)].rate
        if (target, source) in self.rates:
            return 1 / self.rates[(target, source)].rate
        return None

    def facts_mentioning(self, entity_ids) -> list[Fact]:
        """Facts whose subject or object is one of `entity_ids`, each once."""
        seen: dict[str, Fact] = {}
        for entity in entity_ids:
            for fact in self._by_entity.get(entity, ()):
                seen.setdefault(fact.id, fact)
        return list(seen.values())

    def search(self, query: str = "", subject: str | None = None,
               predicate: str | None = None) -> list[Fact]:
        needle = query.casefold()
        found = []
        for fact in self.facts.values():
            if subject and fact.subject != subject:
                continue
            if predicate and fact.predicate != predicate:
                continue
            if needle and needle not in fact.statement.casefold() and needle not in fact.id:
                continue
            found.append(fact)
        return found


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


def contradicting_facts(store: FactStore) -> list[str]:
    """Pairs of facts on the same subject, predicate and object, valid at the same time,
    whose values cannot both hold: a curator's aid, not an error (one may be outdated)."""
    from service.intervals import interval, intervals_overlap

    groups: dict[tuple, list[Fact]] = {}
    for fact in store.facts.values():
        if "amount" in fact.value and fact.status not in ("disputed", "undisclosed"):
            groups.setdefault((fact.subject, fact.predicate, fact.object, fact.value.get("unit")), []).append(fact)
    found = []
    for group in groups.values():
        for i, first in enumerate(group):
            for second in group[i + 1:]:
                if not _periods_overlap(first, second):
                    continue
                a = interval(first.value["amount"], first.value.get("qualifier", "exact"))
                b = interval(second.value["amount"], second.value.get("qualifier", "exact"))
                if not intervals_overlap(*a, *b):
                    found.append(f"facts {first.id!r} and {second.id!r} give {first.predicate} of {first.subject} "
                                 f"as {first.value['amount']:g} and {second.value['amount']:g} for the same time; "
                                 f"set valid_from/valid_until or correct one")
    return found


def valid_on(fact: Fact, day: str | None) -> bool:
    """Whether a fact holds on `day` (ISO date; None: today's knowledge, the open-ended facts)."""
    if day is None:
        return fact.valid_until is None
    start, end = fact.valid_from, fact.valid_until
    return (start is None or start[:len(day)] <= day) and (end is None or day < end + "~")


def _periods_overlap(a: Fact, b: Fact) -> bool:
    a_start, a_end = a.valid_from or "0000", (a.valid_until or "9999") + "~"
    b_start, b_end = b.valid_from or "0000", (b.valid_until or "9999") + "~"
    return a_start < b_end and b_start < a_end


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
