"""Figures about names the fact store does not know, compared by article-local entity, measure and time."""
from datetime import date

import pytest


def figure_findings(engine, text, language="de"):
    report = engine.check(text, language=language, published_at=date(2025, 6, 2))
    return [f for f in report.findings if f.code in ("FC101", "FC102")]


def test_two_figures_for_one_local_entity_measure_and_year_contradict(engine):
    text = ("Die Kelvara AG hat 2023 einen Umsatz von 4,1 Milliarden Euro erzielt. Das teilte sie mit. "
            "Kelvara erzielte 2023 einen Umsatz von 4,7 Milliarden Euro.")
    [finding] = figure_findings(engine, text)
    assert finding.code == "FC101" and finding.kind == "internal_contradiction"
    assert "4,1 Milliarden Euro" in finding.message and "4,7 Milliarden Euro" in finding.message


@pytest.mark.parametrize("text", [
    # different years
    "Die Kelvara AG hat 2023 einen Umsatz von 4,1 Milliarden Euro erzielt. Kelvara erzielte 2024 einen Umsatz "
    "von 4,7 Milliarden Euro.",
    # an estimate revised later
    "Die Kelvara AG hatte für 2023 zunächst einen Umsatz von 4,1 Milliarden Euro gemeldet. Inzwischen nennt "
    "Kelvara für 2023 einen Umsatz von 4,7 Milliarden Euro.",
    # different holders
    "Die Kelvara AG hat 2023 einen Umsatz von 4,1 Milliarden Euro erzielt. Die Norvane GmbH erzielte 2023 "
    "einen Umsatz von 4,7 Milliarden Euro.",
])
def test_figures_of_other_years_holders_or_revised_estimates_do_not_contradict(engine, text):
    assert figure_findings(engine, text) == []


def test_without_a_time_two_figures_of_a_local_entity_are_not_compared(engine):
    text = ("Die Kelvara AG meldete einen Umsatz von 4,1 Milliarden Euro. Später hieß es, Kelvara habe einen "
            "Umsatz von 4,7 Milliarden Euro erzielt.")
    assert figure_findings(engine, text) == []
