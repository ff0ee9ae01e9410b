"""Verification: each claim's verdict against the fact store, with its evidence.

First version: a claim meets the facts with its predicate whose subject and
object agree (an unknown side matches any). Amounts are compared as
intervals; roles by role word and start date. Undisclosed or disputed facts
make the claim `disputed`; different units never compare.
"""
from __future__ import annotations

from dataclasses import replace

from rapidfuzz import fuzz

from service.engine.model import UNVERIFIED, Claim, Evidence, Finding, Verdict
from service.engine.messages import render
from service.engine.quantities import interval, intervals_overlap
from service.facts import Fact, FactStore


# Minimum rapidfuzz token_set_ratio (0-100) between a statement claim and a fact's statement
# for the fact to count as evidence. Measured: paraphrases of a fact score 85-91, other
# sentences about the same entities 50-55.
STATEMENT_MATCH = 80


def verify_claims(claims: list[Claim], store: FactStore, *, statement_match: float = STATEMENT_MATCH) -> list[Claim]:
    return [replace(c, verdict=verdict_for(c, store, statement_match=statement_match)) for c in claims]


def verdict_for(claim: Claim, store: FactStore, *, statement_match: float = STATEMENT_MATCH) -> Verdict:
    if claim.predicate == "statement":
        return _statement_verdict(claim, store, statement_match)
    subject = claim.subject.entity_id if claim.subject else None
    obj = claim.object.entity_id if claim.object else None
    facts = store.facts_about(claim.predicate, subject, obj)
    if not facts:
        return UNVERIFIED
    judged = [(_judge(claim, f), f) for f in facts]
    for wanted in ("supported", "disputed", "contradicted"):
        matching = [(reason, f) for (label, reason), f in judged if label == wanted]
        if matching:
            return Verdict(wanted, matching[0][0], tuple(_evidence(f) for _, f in matching))
    reasons = "; ".join(reason for (_, reason), _ in judged)
    return Verdict("unverified", reasons, tuple(_evidence(f) for f in facts))


def _statement_verdict(claim: Claim, store: FactStore, threshold: float) -> Verdict:
    """A sentence no rule structures meets the facts about the entities it names, by wording."""
    entities = [m.entity_id for m in (claim.subject, claim.object) if m is not None and m.entity_id]
    scored = [(fuzz.token_set_ratio(claim.text, fact.statement), fact) for fact in store.facts_mentioning(entities)]
    matches = sorted(((score, fact) for score, fact in scored if score >= threshold),
                     key=lambda pair: -pair[0])
    if not matches:
        return UNVERIFIED
    score, fact = matches[0]
    evidence = (_evidence(fact),)
    if fact.status in ("undisclosed", "disputed"):
        return Verdict("disputed", f"the matching fact is recorded as {fact.status}", evidence)
    disagreement = _figures_disagree(claim, fact)
    if disagreement:
        return Verdict("contradicted", disagreement, evidence)
    return Verdict("supported", f"the sentence matches the fact's statement (similarity {score:.0f})", evidence)


def _figures_disagree(claim: Claim, fact: Fact) -> str | None:
    value = claim.value
    if value is None:
        return None
    known_date = fact.value.get("date") or fact.value.get("since")
    if value.kind == "date" and known_date and value.date:
        stated, known = value.date, str(known_date)
        if not (stated.startswith(known) or known.startswith(stated)):
            return f"the sentence gives {stated}, the fact {known}"
        return None
    if "amount" in fact.value and value.amount is not None and (value.unit or None) == (fact.value.get("unit") or None):
        low, high = interval(fact.value["amount"], fact.value.get("qualifier", "exact"))
        if not intervals_overlap(value.low, value.high, low, high):
            return "the sentence's figure is outside what the fact allows"
    return None


def _judge(claim: Claim, fact: Fact) -> tuple[str, str]:
    if fact.status in ("undisclosed", "disputed"):
        return "disputed", f"the fact store records this as {fact.status}"
    if claim.predicate == "person.role":
        return _judge_role(claim, fact)
    if claim.predicate in DATED_RELATIONS:
        return _judge_dated(claim, fact)
    value = claim.value
    if value is None or (value.low is None and value.high is None) or "amount" not in fact.value:
        return "unverified", "the claim or the fact has no amount to compare"
    if (value.unit or None) != (fact.value.get("unit") or None):
        return "unverified", f"units differ ({value.unit or 'none'} vs {fact.value.get('unit') or 'none'}) and no rate is given"
    low, high = interval(fact.value["amount"], fact.value.get("qualifier", "exact"))
    low = fact.value.get("low", low)
    high = fact.value.get("high", high)
    if intervals_overlap(value.low, value.high, low, high):
        return "supported", "the stated amount agrees with the fact"
    return "contradicted", "the stated amount is outside what the fact allows"


# Predicates that relate two things and may carry a date: the relation itself is the claim.
DATED_RELATIONS = frozenset({"person.founder", "organization.founded", "product.launch_date", "event.date"})


def _judge_dated(claim: Claim, fact: Fact) -> tuple[str, str]:
    stated = claim.value.date if claim.value is not None else None
    known = fact.value.get("date")
    if stated and known and not (stated.startswith(str(known)) or str(known).startswith(stated)):
        return "contradicted", f"the fact gives {known}, not {stated}"
    if stated is None and claim.predicate != "person.founder":
        return "unverified", "the claim gives no date to compare"
    return "supported", "the fact records the same relation" + (f" in {known}" if known else "")


def _judge_role(claim: Claim, fact: Fact) -> tuple[str, str]:
    role = (claim.attributes.get("role") or "").casefold()
    if role != (fact.value.get("role") or "").casefold():
        return "unverified", "the fact is about another role"
    if claim.attributes.get("former") and not fact.value.get("until"):
        return "contradicted", "the fact store records the role as current"
    since, fact_since = claim.attributes.get("since"), fact.value.get("since")
    if since and fact_since and not (fact_since.startswith(since) or since.startswith(fact_since)):
        return "contradicted", f"the role began {fact_since}, not {since}"
    return "supported", "the role agrees with the fact"



def _evidence(fact: Fact) -> Evidence:
    return Evidence(fact.id, fact.statement, fact.status, fact.sources)


def fact_findings(claims: list[Claim], language: str) -> list[Finding]:
    findings = []
    for claim in claims:
        code = {"contradicted": "FC201", "disputed": "FC202"}.get(claim.verdict.label)
        if code is None:
            continue
        statement = claim.verdict.facts[0].statement if claim.verdict.facts else ""
        kind, severity, message = render(code, language, claim=claim.text, statement=statement)
        findings.append(Finding(id="", kind=kind, code=code, severity=severity, message=message,
                                claims=(claim.id,), facts=tuple(f.fact_id for f in claim.verdict.facts)))
    return findings
