"""A curator's audit of the fact database: facts that cannot all hold at once."""
from __future__ import annotations

from service.facts.model import Fact, FactStore
from service.intervals import interval, intervals_overlap


def contradicting_facts(store: FactStore) -> list[str]:
    """Pairs of facts on the same subject, predicate and object, valid at the same time,
    whose values cannot both hold: a curator's aid, not an error (one may be outdated)."""
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


def _periods_overlap(a: Fact, b: Fact) -> bool:
    a_start, a_end = a.valid_from or "0000", (a.valid_until or "9999") + "~"
    b_start, b_end = b.valid_from or "0000", (b.valid_until or "9999") + "~"
    return a_start < b_end and b_start < a_end
