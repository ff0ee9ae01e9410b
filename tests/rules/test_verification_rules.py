"""rules/verification.yaml: per-predicate tolerances, with examples the suite runs."""
import pytest

from service.config import BUNDLED_RULES
from service.intervals import intervals_overlap
from service.engine.verify import fact_bounds
from service.errors import DataFileError
from service.rules import load_tolerances

TOLERANCES, EXAMPLES = load_tolerances(BUNDLED_RULES)


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e['predicate']}-{e['claim']:g}" for e in EXAMPLES])
def test_tolerance_example(example):
    tolerance = TOLERANCES.get(example["predicate"], TOLERANCES["default"])
    low, high = fact_bounds({"amount": example["fact"]}, tolerance)
    assert intervals_overlap(example["claim"], example["claim"], low, high) is example["agrees"]


def test_an_unknown_predicate_or_a_tolerance_over_one_is_refused(tmp_path):
    (tmp_path / "verification.yaml").write_text(
        "tolerances: {investment.amout: 0.1, revenue.amount: 2}\n"
        "examples: [{predicate: revenue.amount, fact: 1, claim: 1, agrees: true}]\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_tolerances(tmp_path)
    text = "\n".join(caught.value.problems)
    assert "verification.yaml: tolerances" in text
