"""Internal consistency: claims about the same thing whose values differ.

Claims are grouped by (subject, predicate, object). A claim whose subject is
unknown joins the group of the one known subject for that predicate and
object, if the article names exactly one. Two figures in one sentence are not
compared: "from 4.4% to 3.3%" states a change, not a contradiction. Within a group, two values that
cannot both hold (disjoint intervals) contradict each other; two that could
both hold but are stated as different amounts are inconsistent.
"""
from __future__ import annotations

from itertools import combinations

from service.engine.model import Claim, Finding
from service.engine.messages import render
from service.engine.quantities import intervals_overlap


def find_inconsistencies(claims: list[Claim], language: str) -> list[Finding]:
    findings: list[Finding] = []
    for group in _groups(claims):
        for first, second in combinations(group, 2):
            if first.sentence == second.sentence:
                continue  # one sentence with two figures states a change or a breakdown
            code = _compare(first, second)
            if code is None:
                continue
            about = _describe(first) or _describe(second)
            kind, severity, message = render(code, language, predicate=first.predicate, about=about,
                                             first=f"„{first.value.text}“" if language == "de" else f'"{first.value.text}"',
                                             second=f"„{second.value.text}“" if language == "de" else f'"{second.value.text}"')
            findings.append(Finding(id="", kind=kind, code=code, severity=severity, message=message,
                                    claims=(first.id, second.id)))
    return findings


def _groups(claims: list[Claim]) -> list[list[Claim]]:
    # A claim with neither subject nor object is about nothing we can name: two such
    # claims ("paid $27.5bn", "bought for $9.4bn") are not the same quantity. Nor are two
    # "statement" claims: the predicate says only that a sentence states something.
    # Only claims about a resolved entity are compared: two figures about an unresolved name
    # ("Nutzer", "GM") were, on the corpus, always about different things (27 of 27).
    valued = [c for c in claims if c.value is not None and _bounded(c) and c.predicate != "statement"
              and any(m is not None and m.entity_id for m in (c.subject, c.object))]
    groups: dict[tuple, list[Claim]] = {}
    for claim in valued:
        groups.setdefault(claim.key, []).append(claim)
    for key in [k for k in groups if k[0] is None]:
        _, predicate, obj = key
        known = [k for k in groups if k[0] is not None and k[1] == predicate and k[2] == obj]
        if len(known) == 1 and obj is not None:
            groups[known[0]].extend(groups.pop(key))
    return [sorted(g, key=lambda c: c.start) for g in groups.values() if len(g) > 1]


def _bounded(claim: Claim) -> bool:
    return claim.value.low is not None or claim.value.high is not None


def _stated(value):
    """The figure as the article gives it: the amount, or a range's two ends."""
    return value.amount if value.amount is not None else (value.low, value.high)


def _compare(a: Claim, b: Claim) -> str | None:
    va, vb = a.value, b.value
    if va.kind != vb.kind or va.unit != vb.unit:
        return None  # different currencies or kinds are for the comparator of issue 6
    if not intervals_overlap(va.low, va.high, vb.low, vb.high):
        return "FC101"
    if _stated(va) != _stated(vb):
        return "FC102"
    return None



def _describe(claim: Claim) -> str | None:
    parts = [m.text for m in (claim.subject, claim.object) if m is not None]
    return " → ".join(parts) if parts else None
