"""Run the examples every rule carries: the rule's own test, for pytest and the CLI alike."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from service.engine.engine import Engine
from service.engine.model import Claim
from service.rules import Rule


@dataclass(frozen=True)
class ExampleOutcome:
    """One example of a rule file run through the engine, and what went wrong, if anything."""
    rule: Rule
    index: int
    text: str
    problem: str | None

    @property
    def passed(self) -> bool:
        """Whether the example gave exactly the claims its rule file expects."""
        return self.problem is None


def run_examples(engine: Engine) -> Iterator[ExampleOutcome]:
    """Run every rule's examples through `engine` (`factcheck rules test` and the tests use it)."""
    for language, rules in sorted(engine.rules.items()):
        for rule in rules:
            for index, example in enumerate(rule.examples):
                yield ExampleOutcome(rule, index, example["text"], check_example(engine, rule, example))


def check_example(engine: Engine, rule: Rule, example: dict) -> str | None:
    """None when the rule makes exactly the expected claims from the example's text."""
    report = engine.check(example["text"], language=rule.language)
    made = [c for c in report.claims if c.rule == rule.id]
    expected = example["claims"]
    if len(made) != len(expected):
        return (f"expected {len(expected)} claim(s), got {len(made)}: "
                + "; ".join(_describe(c) for c in made))
    for want, claim in zip(expected, made):
        mismatch = _mismatch(want, claim)
        if mismatch:
            return f"{mismatch} in {_describe(claim)}"
    return None


def _mismatch(want: dict, claim: Claim) -> str | None:
    for slot in ("subject", "object"):
        if slot in want:
            mention = getattr(claim, slot)
            got = mention.entity_id or mention.text if mention else None
            if got != want[slot]:
                return f"{slot} is {got!r}, expected {want[slot]!r}"
    value = claim.value
    checks = {"amount": value.amount if value else None, "unit": value.unit if value else None,
              "qualifier": value.qualifier if value else None, "date": value.date if value else None,
              "role": claim.attributes.get("role"), "former": claim.attributes.get("former")}
    for key, got in checks.items():
        if key in want and got != want[key]:
            return f"{key} is {got!r}, expected {want[key]!r}"
    return None


def _describe(claim: Claim) -> str:
    subject = claim.subject.entity_id if claim.subject else None
    obj = claim.object.entity_id if claim.object else None
    value = f"{claim.value.amount} {claim.value.unit or ''} {claim.value.qualifier}" if claim.value else "-"
    return f"[{claim.predicate} {subject} → {obj}: {value}]"
