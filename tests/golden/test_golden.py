"""Whole articles read exactly as recorded in tests/golden/cases/*/expected.json: every claim
and every finding. A change shows as a diff; if it is an improvement, record it with
`python -m tests.golden.update` and review the diff in the commit."""
import pytest

from tests.golden.golden import cases, diff, expected, reading


@pytest.mark.parametrize("case", cases(), ids=lambda case: case.name)
def test_the_article_reads_as_recorded(engine, case):
    now = reading(engine, case)
    assert now == expected(case), "\n" + diff(case, now)


def test_there_are_at_least_ten_cases_in_both_languages():
    names = [case.name for case in cases()]
    assert len(names) >= 10
    assert sum(n.startswith("de-") for n in names) >= 5 and sum(n.startswith("en-") for n in names) >= 5
