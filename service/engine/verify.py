"""Verification: each claim's verdict against the fact store, with its evidence.

First version: a claim meets the facts with its predicate whose subject and
object agree (an unknown side matches any). Amounts are compared as
intervals; roles by role word and start date. Undisclosed or disputed facts
make the claim `disputed`; different units never compare.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from rapidfuzz import fuzz

from service.engine.model import UNVERIFIED, Claim, Evidence, Finding, Verdict
from service.engine.lang import pack
from service.engine.messages import PerLanguage, explain
from service.intervals import interval, intervals_overlap
from service.facts import Fact, FactStore, valid_on
from service.config import Reading
from service.rules import EXACT


@dataclass(frozen=True)
class Checker:
    """What a verdict needs besides the claim: the store, tolerances, the article's date."""
    store: FactStore
    tolerances: dict[str, Any] = field(default_factory=lambda: dict(EXACT))
    statement_match: float = Reading.statement_match
    on: str | None = None  # the article's date (ISO); None: the facts valid now

    def tolerance(self, predicate: str) -> float:
        """The relative tolerance a figure of `predicate` may differ from a fact's by."""
        return float(self.tolerances.get(predicate, self.tolerances.get("default", 0.0)))


def verify_claims(claims: list[Claim], checker: Checker) -> list[Claim]:
    """The claims with their verdicts against the fact store."""
    return [replace(c, verdict=verdict_for(c, checker)) for c in claims]


def verdict_for(claim: Claim, checker: Checker) -> Verdict:
    """The claim's verdict: judged against the facts valid at the article's date first;
    agreeing only with a fact that no longer held then makes it `outdated`."""
    if claim.predicate == "statement":
        return _statement_verdict(claim, checker.store, checker.statement_match)
    subject = claim.subject.entity_id if claim.subject else None
    obj = claim.object.entity_id if claim.object else None
    facts = checker.store.facts_about(claim.predicate, subject, obj)
    if not facts:
        return UNVERIFIED
    current = [f for f in facts if valid_on(f, checker.on)] or facts
    past = [f for f in facts if f not in current]
    judged = [(_judge(claim, f, checker), f) for f in current]
    for wanted in ("supported", "disputed", "partial"):
        matching = [(reason, f) for (label, reason), f in judged if label == wanted]
        if matching:
            # "partial": a fact the claim may fit but that does not confirm it; then a fact it
            # contradicts (another investor's, say, when the subject is unresolved) says nothing
            return Verdict("unverified" if wanted == "partial" else wanted, matching[0][0],
                           tuple(_evidence(f) for _, f in matching))
    earlier = [f for f in past if _judge(claim, f, checker)[0] == "supported"]  # "partial" is no match
    if earlier:
        newest = max(current, key=lambda f: f.valid_from or f.as_of or "")
        return Verdict("outdated", f"the figure held until {earlier[0].valid_until}; {newest.statement}",
                       tuple(_evidence(f) for f in [*earlier, newest]))
    matching = [(reason, f) for (label, reason), f in judged if label == "contradicted"]
    if matching:
        return Verdict("contradicted", matching[0][0], tuple(_evidence(f) for _, f in matching))
    reasons = "; ".join(reason for (_, reason), _ in judged)
    return Verdict("unverified", reasons, tuple(_evidence(f) for f in current))


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


def _judge(claim: Claim, fact: Fact, checker: Checker) -> tuple[str, str]:
    """A claim against one fact. `supported` only when each states what the other allows (an
    "über 14" is not supported by "about 13", though the two overlap: that is `unverified`, with
    the reason); `disputed` only when the fact is contested, or when the claim goes against what
    is reported of an undisclosed figure."""
    if fact.status == "disputed":
        return "disputed", "the fact store records this as disputed"
    undisclosed = fact.status == "undisclosed"
    if undisclosed and (claim.predicate == "person.role" or claim.predicate in DATED_RELATIONS):
        return "unverified", "the fact store records this as undisclosed"
    if claim.predicate == "person.role":
        return _judge_role(claim, fact)
    if claim.predicate in DATED_RELATIONS:
        return _judge_dated(claim, fact)
    value = claim.value
    if undisclosed and "amount" not in fact.value:
        return "disputed", "the fact store records this as undisclosed, and nothing reported confirms a figure"
    if value is None or (value.low is None and value.high is None) or "amount" not in fact.value:
        return "unverified", "the claim or the fact has no amount to compare"
    claim_low, claim_high, converted, slack = value.low, value.high, "", 0.0
    claim_amount = value.amount
    claim_unit, fact_unit = value.unit or None, fact.value.get("unit") or None
    if claim_unit != fact_unit:
        rate = checker.store.rate(claim_unit, fact_unit) if claim_unit and fact_unit else None
        if rate is None:
            return "unverified", (f"units differ ({claim_unit or 'none'} vs {fact_unit or 'none'}) "
                                  "and no exchange rate is given")
        slack = checker.tolerances.get("conversion", 0.02)
        claim_low = claim_low * rate * (1 - slack) if claim_low is not None else None
        claim_high = claim_high * rate * (1 + slack) if claim_high is not None else None
        claim_amount = claim_amount * rate if claim_amount is not None else None
        converted = f" (converted from {claim_unit} at {rate:.4g} {fact_unit} per {claim_unit})"
    tolerance = checker.tolerance(claim.predicate)
    low, high = fact_bounds(fact.value, tolerance)
    if not intervals_overlap(claim_low, claim_high, low, high):
        if undisclosed:
            return "disputed", "the stated amount differs from what is reported of an undisclosed figure" + converted
        return "contradicted", "the stated amount is outside what the fact allows" + converted
    stated_low = claim_low * (1 - tolerance) if claim_low is not None else None
    stated_high = claim_high * (1 + tolerance) if claim_high is not None else None
    # a converted amount is as exact as the rate: the fact's bounds widen by the conversion slack
    agrees = _within(fact.value["amount"], stated_low, stated_high) and (claim_amount is None or _within(
        claim_amount, low * (1 - slack) if low is not None else None, high * (1 + slack) if high is not None else None))
    if not agrees:
        return "partial", ("the stated amount and the fact's overlap only in part: the fact's "
                              f"{_figure(fact.value)} does not confirm \"{value.text}\"" + converted)
    if undisclosed:
        return "unverified", "the stated amount agrees with what is reported, but the figure is undisclosed" + converted
    return "supported", "the stated amount agrees with the fact" + converted


def _within(amount: float, low: float | None, high: float | None) -> bool:
    return (low is None or amount >= low) and (high is None or amount <= high)


def _figure(value: dict) -> str:
    qualifier = {"approx": "about ", "estimated": "an estimated ", "more_than": "more than ", "at_least": "at least ",
                 "less_than": "less than ", "at_most": "at most "}.get(value.get("qualifier", "exact"), "")
    return f"{qualifier}{value['amount']:,.6g} {value.get('unit') or ''}".strip()


# Predicates that relate two things and may carry a date: the relation itself is the claim.
DATED_RELATIONS = frozenset({"person.founder", "organization.founded", "product.launch_date", "event.date"})


def fact_bounds(value: dict, tolerance: float) -> tuple[float | None, float | None]:
    """The interval a fact's value allows: its qualifier's interval, widened by the tolerance."""
    low, high = interval(value["amount"], value.get("qualifier", "exact"))
    low, high = value.get("low", low), value.get("high", high)
    return (low * (1 - tolerance) if low is not None else None,
            high * (1 + tolerance) if high is not None else None)


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
    return Evidence(fact.id, fact.statement, fact.status, fact.sources, tuple(sorted(fact.translations.items())))


def fact_statement(evidence: Evidence) -> PerLanguage:
    """A fact's statement in a message's language: the fixture's translation, else the English
    statement quoted as the source's words (so a German message is German throughout)."""
    def render(language: str) -> str:
        translated = dict(evidence.translations).get(language)
        if translated or language == "en":
            return translated or evidence.statement
        words = pack(language)
        opening, closing = words.quote
        return f"{words.message_words['source_words']} {opening}{evidence.statement}{closing}"
    return PerLanguage(render)


def fact_findings(claims: list[Claim], language: str, severities: dict | None = None) -> list[Finding]:
    """A finding for each claim the fact store contradicts, disputes or finds outdated."""
    findings = []
    for claim in claims:
        code = {"contradicted": "FC201", "disputed": "FC202", "outdated": "FC203"}.get(claim.verdict.label)
        if code is None:
            continue
        statement = fact_statement(claim.verdict.facts[-1]) if claim.verdict.facts else ""
        kind, severity, message, english = explain(code, language, severities, claim=claim.text,
                                                   statement=statement)
        findings.append(Finding(id="", kind=kind, code=code, severity=severity, message=message,
                                message_en=english, claims=(claim.id,),
                                facts=tuple(f.fact_id for f in claim.verdict.facts)))
    return findings
