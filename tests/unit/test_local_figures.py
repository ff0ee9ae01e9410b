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
    assert "(Umsatz)" in finding.message and "gives revenue of" in finding.message_en  # no predicate ids for editors


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


# --- the correction the article implies ----------------------------------------------------------

def suggestions(engine, text, language="de"):
    report = engine.check(text, language=language, published_at=date(2025, 6, 2))
    return report, [f for f in report.findings if f.suggestion is not None]


def test_the_figure_stated_more_often_is_suggested_for_the_single_one(engine):
    text = ("In 2025, the Maple Valley district served 47,900 students in 62 schools. Officials praised the "
            "district. In 2025, the Maple Valley district served 48,500 students, the report said. Its 47,900 "
            "students in 2025 came from 30 towns.")
    report, found = suggestions(engine, text, "en")
    assert found and {f.suggestion.replacement for f in found} == {"47,900"}
    single = text.index("48,500")
    assert {(f.suggestion.start, f.suggestion.end, f.suggestion.reason) for f in found} == \
        {(single, single + len("48,500"), "stated_more_often")}
    assert all("Likely correct" in f.message for f in found)


def test_a_change_the_levels_do_not_give_is_corrected_from_the_levels(engine):
    text = "Der Umsatz stieg um 12 Prozent auf 4,7 Milliarden Euro, nach 4,1 Milliarden Euro im Vorjahr."
    _, [finding] = suggestions(engine, text)
    assert finding.code == "FC113"
    assert (finding.suggestion.replacement, finding.suggestion.reason) == ("14,6 Prozent", "implied_by_levels")
    assert text[finding.suggestion.start:finding.suggestion.end] == "12 Prozent"
    assert "Vermutlich richtig: „14,6 Prozent“" in finding.message
    assert "Likely correct: \"14,6 Prozent\"" in finding.message_en and "Vermutlich" not in finding.message_en


def test_a_total_below_its_parts_is_corrected_to_their_sum(engine):
    text = "The museum holds a collection of 38,000 objects, including 24,000 prints, 9,000 photographs and 6,500 posters."
    _, [finding] = suggestions(engine, text, "en")
    assert (finding.code, finding.suggestion.replacement, finding.suggestion.reason) == ("FC112", "39,500", "sum_of_parts")


def test_two_figures_each_given_once_get_no_suggestion(engine):
    text = ("Die Kelvara AG hat 2023 einen Umsatz von 4,1 Milliarden Euro erzielt. Das teilte sie mit. "
            "Kelvara erzielte 2023 einen Umsatz von 4,7 Milliarden Euro.")
    report, found = suggestions(engine, text)
    assert [f.code for f in report.findings] == ["FC101"] and found == []


@pytest.mark.parametrize("text, language, code, written, replacement", [
    ("Hart completed the 182km stage in 4 hours 12 minutes, an average speed of 47.3km/h.", "en", "FC123",
     "47.3km/h", "43.3km/h"),
    ("Von den 2.850 Lehrkräften sind 940 von ihnen Quereinsteiger, ein Anteil von 22 Prozent.", "de", "FC114",
     "22 Prozent", "33 Prozent"),
])
def test_a_figure_the_others_give_otherwise_is_corrected_from_them(engine, text, language, code, written,
                                                                    replacement):
    _, [finding] = suggestions(engine, text, language)
    assert finding.code == code and finding.suggestion.reason == "implied_by_figures"
    assert (text[finding.suggestion.start:finding.suggestion.end], finding.suggestion.replacement) == \
        (written, replacement)
