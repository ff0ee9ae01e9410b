"""One thing ranked two ways in one article (the names are not in the store)."""
from datetime import date

import pytest


def rankings(engine, text, language):
    report = engine.check(text, language=language, published_at=date(2025, 6, 2))
    return report, [f for f in report.findings if f.code == "FC119"]


@pytest.mark.parametrize("text, language", [
    ("Damit ist Lindholm der größte Binnenhafen Süddeutschlands. Im Vergleich liegt Lindholm knapp hinter Passau "
     "und ist damit der zweitgrößte Binnenhafen im Süden.", "de"),
    ("The figures confirm Carrow's position as Wales's largest ferry port. Carrow is the second-busiest ferry port "
     "in Wales, after Holyhead.", "en"),
    ("Brightwave raised $90m, making it Europe's largest battery deal so far this year. The deal is the "
     "second-largest funding round for a European battery company this year.", "en"),
    ("Lindholm ist der größte Binnenhafen Bayerns. Im Süden liegt Lindholm knapp hinter dem Hafen Regensburg "
     "und ist damit der zweitgrößte Binnenhafen.", "de"),
    ("Die Kelvara AG übernimmt Norvane für zwei Milliarden Euro, die größte Übernahme der Branche in diesem Jahr. "
     "Die Übernahme ist die zweitgrößte Übernahme der Branche.", "de"),
])
def test_one_holder_in_two_places_of_one_ranking_is_a_contradiction(engine, text, language):
    report, [finding] = rankings(engine, text, language)
    assert finding.kind == "internal_contradiction"
    assert ("no. 1" in finding.message_en and "no. 2" in finding.message_en)
    claims = {c.id: c for c in report.claims}
    assert sorted(claims[i].value.amount for i in finding.claims) == [1, 2]


@pytest.mark.parametrize("text, language", [
    ("Carrow is the largest ferry port in Wales. Holyhead is the second-largest ferry port in Wales.", "en"),
    ("Carrow is the largest ferry port in Wales. Carrow is the second-largest employer in the county.", "en"),
    ("Lindholm ist der größte Binnenhafen. Lindholm ist der größte Binnenhafen im Süden.", "de"),
    ("Brightwave raised $90m, making it Europe's largest battery deal so far this year. The deal is the "
     "largest funding round for a European battery company this year.", "en"),
    ("Brightwave raised $90m, making it Europe's largest battery deal so far this year. The company is the "
     "second-largest battery maker in Sweden.", "en"),
])
def test_rankings_of_two_holders_or_two_things_are_left_alone(engine, text, language):
    assert rankings(engine, text, language)[1] == []
