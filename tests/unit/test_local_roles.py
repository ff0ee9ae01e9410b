"""Roles of people the fact store does not know, compared by their article-local entities."""
from datetime import date

import pytest


def role_findings(engine, text, language):
    report = engine.check(text, language=language, published_at=date(2025, 6, 2))
    return report, [f for f in report.findings if f.code in ("FC105", "FC120")]


@pytest.mark.parametrize("text, language", [
    ("Mira Tallis, the company's chief executive, spoke first. Tallis, who stepped down as chief executive "
     "last year, now chairs the board.", "en"),
    ("Tom Reeve, who was the gallery's director from 2009 until his retirement in 2021, objected. Gallery "
     "director Tom Reeve said the cut was wrong.", "en"),
])
def test_one_person_called_former_and_current_holder_of_a_role(engine, text, language):
    _, [finding] = role_findings(engine, text, language)
    assert finding.code == "FC105" and finding.kind == "internal_contradiction"


@pytest.mark.parametrize("text, language, names", [
    ("„Wir brauchen mehr Lehrkräfte“, sagte Kultusministerin Hanna Lörcher (SPD). Kultusminister Peter Sandt "
     "(CDU) kündigte an, die Zahl der Studienplätze zu erhöhen.", "de", ("Hanna Lörcher", "Peter Sandt")),
    ("Mayor Ruth Calder said the bridge must close. Mayor Owen Pryde, who chaired the meeting, disagreed.", "en",
     ("Ruth Calder", "Owen Pryde")),
])
def test_two_people_as_the_one_holder_of_an_office_are_a_warning(engine, text, language, names):
    _, [finding] = role_findings(engine, text, language)
    assert (finding.code, finding.kind, finding.severity) == ("FC120", "internal_inconsistency", "warning")
    assert all(name in finding.message for name in names)


@pytest.mark.parametrize("text, language", [
    ("Bürgermeister von Asten, Karl Mohr, lud ein. Auch Bürgermeister von Enns, Paul Riedl, kam.", "de"),
    ("Die Gespräche der deutschen Bundeskanzlerin Eva Kern mit Bundeskanzler Max Hauer blieben ohne Ergebnis.", "de"),
    ("The former Harwick striker Joe Mott scored. Mott is a striker of real class.", "en"),
    ("Former Harwick manager Ian Dale declined. \"It suits anyone but somebody who has just been the Harwick "
     "manager,\" Dale said.", "en"),
    ("Landeshauptmann Wallner lobte das Projekt. Landeshauptmann Markus Wallner (VP) sagte, es sei gut.", "de"),
    ("Deputy Mayor Ann Lowe opened the fair. Mayor Bill Carr closed it.", "en"),
    ("Norvane chief executive Jean-Luc Marel held talks with Kelby's chief executive Ann Dray.", "en"),
    ("Prime Minister Tom Varn spoke. Echoing Secretary of State Ann Lorne, the prime minister said the policy "
     "had changed.", "en"),
    ("2011 einigten sich die damaligen Verhandler, Staatssekretär Jan Ohr (SPÖ), Landeshauptmann Karl Dorn (FPK) "
     "sowie die Vertreter der Vereine. Landeshauptmann Peter Kern sagte, es sei ein Meilenstein.", "de"),
    ("In der Ära von Landeshauptmann Karl Dorn wurden Tafeln aufgestellt. Landeshauptmann Peter Kern lobte das.", "de"),
    # the article moves from one town to another: each mayor is the mayor of the town it is at
    ("In Feldkirch fehlen Wohnungen für Flüchtlinge. Bürgermeister Otto Brem (VP) sucht Vermieter. Ganz anders "
     "ist die Lage in Bregenz. Dort sagt Bürgermeister Udo Lenz (SPÖ), es gebe genug Platz.", "de"),
    # "he" acts in a clause of its own: the role is not the listener's
    ("Prime Minister Tom Varn spoke in Leeds. A new book says Mr Varn told Mr Ash Dale in 2003 he would step "
     "down as prime minister.", "en"),
])
def test_roles_that_can_all_hold_are_left_alone(engine, text, language):
    assert role_findings(engine, text, language)[1] == []


def test_a_defending_champion_and_last_years_winner_are_one_title(engine):
    text = "Defending champion Rhys Tarn finished 11th. Last year's winner, Callum Frew, did not start."
    _, [finding] = role_findings(engine, text, "en")
    assert finding.code == "FC120" and "Rhys Tarn" in finding.message and "Callum Frew" in finding.message


def test_a_title_no_town_has_is_one_title_wherever_the_article_goes(engine):
    # only offices of a town or region are told apart by the place the article is at
    text = ("Bundeskanzler Peter Kraus sprach am Montag in Wien. Die Minister trafen sich danach in Graz. "
            "Dort sagte Bundeskanzler Udo Maier, das Jahr sei gut gewesen.")
    _, [finding] = role_findings(engine, text, "de")
    assert finding.code == "FC120"
