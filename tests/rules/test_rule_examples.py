"""Every example of every bundled rule: the claims it must make and must not make."""
import pytest

from service.config import BUNDLED_RULES
from service.rule_examples import check_example
from service.rules import load_rules

RULES = load_rules(BUNDLED_RULES)
EXAMPLES = [(rule, i, example) for rules in RULES.values() for rule in rules
            for i, example in enumerate(rule.examples)]


@pytest.mark.parametrize("rule, index, example", EXAMPLES,
                         ids=[f"{rule.id}-{i + 1}" for rule, i, _ in EXAMPLES])
def test_rule_example(engine, rule, index, example):
    assert check_example(engine, rule, example) is None


def test_german_and_english_rules_cover_the_same_predicates():
    assert {r.predicate for r in RULES["de"]} == {r.predicate for r in RULES["en"]}
