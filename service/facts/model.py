"""The curated fact database's model: entities, facts with their sources and validity, rates,
and the FactStore that indexes them for verification."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable


@dataclass(frozen=True)
class Entity:
    """A person, organization, place or product of the fact store, with the names articles use for it."""
    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    description: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every alias, as the entity index looks names up."""
        return (self.name, *self.aliases)

    def to_dict(self) -> dict[str, Any]:
        """The entity as the facts API shows it."""
        return {"id": self.id, "type": self.type, "name": self.name, "aliases": list(self.aliases),
                "wikidata": self.wikidata, "description": self.description}


@dataclass(frozen=True)
class Fact:
    """A curated fact: who, what, the value, when it held, how sure, and the sources it rests on."""
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
        """The fact as the facts API and evidence show it."""
        return {"id": self.id, "subject": self.subject, "predicate": self.predicate,
                "object": self.object, "value": dict(self.value), "as_of": self.as_of,
                "valid_from": self.valid_from, "valid_until": self.valid_until,
                "status": self.status, "statement": self.statement,
                "sources": [dict(s) for s in self.sources]}


@dataclass(frozen=True)
class Rate:
    """An exchange rate with its date and source, so amounts in two currencies can be compared."""
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
            for entity in {e for e in (fact.subject, fact.object) if e is not None}:
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
        """Facts whose statement or ids hold `query`, optionally of one subject or predicate (the facts API)."""
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


def valid_on(fact: Fact, day: str | None) -> bool:
    """Whether a fact holds on `day` (ISO date; None: today's knowledge, the open-ended facts)."""
    if day is None:
        return fact.valid_until is None
    start, end = fact.valid_from, fact.valid_until
    return (start is None or start[:len(day)] <= day) and (end is None or day < end + "~")
