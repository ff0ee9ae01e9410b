"""Reading news from any domain: article-local entities, a claim for every figure, roles, time.

The sentences are written for these tests; none of the names is in the fact store.
"""
from datetime import date

import pytest

from service.engine.lang import Pack, check_packs, pack


def check(engine, text, language="de", published_at=None):
    return engine.check(text, language=language, published_at=published_at)


def structured(report, predicate=None):
    return [c for c in report.claims if c.predicate != "statement" and (predicate is None or c.predicate == predicate)]


def holder_name(claim):
    return claim.subject.name or claim.subject.text


# --- entities -------------------------------------------------------------------------------

def test_every_name_is_an_entity_of_the_report_with_its_short_forms(engine):
    report = check(engine, "Bürgermeisterin Ilse Wagner eröffnete die Brücke. Wagner sprach von einem Erfolg.")
    [wagner] = [e for e in report.entities if e.name == "Ilse Wagner"]
    assert wagner.type == "person" and wagner.entity_id is None
    assert [report.text[m.start:m.end] for m in wagner.mentions] == ["Ilse Wagner", "Wagner"]


def test_claims_refer_to_the_local_entity_of_their_holder(engine):
    report = check(engine, "Die Kelvara AG beschäftigt 1.200 Mitarbeiter in Linz.")
    [count] = [c for c in structured(report) if c.value.amount == 1200]  # a rule's organization.employees
    [kelvara] = [e for e in report.entities if e.id == count.subject.entity]
    assert (kelvara.name, kelvara.type) == ("Kelvara AG", "organization")


def test_the_report_dict_lists_entities_with_their_mentions(engine):
    data = check(engine, "Ilse Wagner ist Bürgermeisterin von Steinau.").to_dict()
    assert {"id", "name", "type", "entity_id", "mentions"} <= set(data["entities"][0])
    assert data["entities"][0]["mentions"][0]["text"] == "Ilse Wagner"


# --- a claim for every figure -----------------------------------------------------------------

@pytest.mark.parametrize("text, language, predicate, amount, measure", [
    ("Das Busunglück von Tarnow forderte 14 Tote.", "de", "figure.count", 14, "death_toll"),
    ("Storm Delia destroyed 320 homes, officials said.", "en", "figure.count", 320, "homes"),
    ("Die Miete der Kelvara AG für die Halle beträgt 21.000 Euro.", "de", "figure.money", 21000, "rent"),
    ("Jana Holm sprang 97,5 Meter weit.", "de", "figure.measure", 97.5, "distance"),
    ("Tom Berrick ran the 10km in 31 minutes 12 seconds.", "en", "figure.measure", 1872, "time"),
])
def test_a_figure_becomes_a_structured_claim_with_holder_and_measure(engine, text, language, predicate, amount,
                                                                     measure):
    [claim] = [c for c in structured(check(engine, text, language), predicate) if c.value.amount == amount]
    assert claim.measure == measure
    assert claim.subject is not None


def test_a_counted_noun_linked_to_a_name_gives_that_holder(engine):
    [claim] = structured(check(engine, "Im Gemeinderat sitzen 12 Mandatare der Liste Kronberg."), "figure.count")
    assert claim.subject.text == "Kronberg"


def test_a_possessive_names_the_holder_of_the_figure(engine):
    report = check(engine, "Harwick Rovers struggled all season. Its 3,000 members voted against the plan.", "en")
    [claim] = structured(report, "figure.count")
    assert holder_name(claim) == "Harwick Rovers"


@pytest.mark.parametrize("text, language, age, person", [
    ("Der 61-Jährige Karl Brunner kandidiert erneut.", "de", 61, "Karl Brunner"),
    ("Karl Brunner hat das Amt seit 2010. Der 61-Jährige will weitermachen.", "de", 61, "Karl Brunner"),
    ("Mira Jovic (40) war Ministerin.", "de", 40, "Mira Jovic"),
    ("Paul Dorne, 58, said he would stand down.", "en", 58, "Paul Dorne"),
    ("Ellen Marsh retired aged 80.", "en", 80, "Ellen Marsh"),
])
def test_ages_in_every_usual_form_go_to_their_person(engine, text, language, age, person):
    [claim] = structured(check(engine, text, language), "person.age")
    assert claim.value.amount == age
    assert holder_name(claim) == person


def test_an_age_bracket_of_a_survey_group_is_no_claim(engine):
    report = check(engine, "Laut der Umfrage von Civix nutzen bei den 14- bis 29-Jährigen 41 Prozent das Angebot.")
    assert structured(report, "person.age") == []


def test_a_score_and_a_rank_are_claims_of_the_team(engine):
    report = check(engine, "Der FC Kellheim gewann am Samstag 3:1 und steht auf Platz fünf.")
    assert [(c.predicate, c.value.text) for c in structured(report) if c.predicate != "event.date"] == [
        ("figure.score", "3:1"), ("figure.rank", "fünf")]
    assert {holder_name(c) for c in structured(report)} == {"FC Kellheim"}


def test_a_results_list_gives_rank_and_points_to_each_name(engine):
    text = ("Ergebnis: 1. Jana Holm (AUT) 241,5 Punkte (95,0/96,5 Meter) 2. Lea Fink (GER) 230,0 (91,0/92,5) "
            "3. Ida Sorn (NOR) 222,5 (90,0/89,0)")
    claims = structured(check(engine, text))
    fink = [(c.predicate, c.value.amount, c.value.unit) for c in claims if holder_name(c) == "Lea Fink"]
    assert fink == [("figure.rank", 2, None), ("figure.measure", 230.0, "points"),
                    ("figure.measure", 91.0, "m"), ("figure.measure", 92.5, "m")]


def test_a_model_number_and_a_known_set_are_no_counts(engine):
    report = check(engine, "The update for Zentra 9 annoyed the two main parties.", "en")
    assert structured(report, "figure.count") == []


# --- roles --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, language, role, person", [
    ("Bürgermeister Gerd Anger eröffnete das Fest.", "de", "mayor", "Gerd Anger"),
    ("Der scheidende Landeshauptmann Franz Lechner fehlte.", "de", "governor", "Franz Lechner"),
    ("Paul Dorne, 58, MP for Carrow, resigned.", "en", "member of parliament", "Paul Dorne"),
    ("Ellen Marsh, the chief executive of Norvane, declined to comment.", "en", "chief executive", "Ellen Marsh"),
    ("Rovers manager Tim Gale praised the fans.", "en", "manager", "Tim Gale"),
    ("Prime Minister Alan Frey visited the port.", "en", "prime minister", "Alan Frey"),
    ("Der Chef der Stadtwerke Ost, Rainer Kolb, trat zurück.", "de", "head", "Rainer Kolb"),
])
def test_roles_of_public_life_before_or_after_the_name(engine, text, language, role, person):
    [claim] = structured(check(engine, text, language), "person.role")
    assert (claim.attributes["role"], holder_name(claim)) == (role, person)
    assert claim.value.kind == "role" and text[claim.value.start:claim.value.end].lower().endswith(
        claim.value.text.lower().split()[-1])


def test_a_former_role_is_marked_former(engine):
    [claim] = structured(check(engine, "Die ehemalige Ministerin Ida Sorn sprach zuerst."), "person.role")
    assert claim.attributes["former"] is True


def test_a_role_word_without_a_person_makes_no_claim(engine):
    assert structured(check(engine, "Der Bürgermeister wurde noch nicht gewählt."), "person.role") == []


# --- time --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, language, published, expected", [
    ("The Harwick festival will take place on 16 January.", "en", date(2004, 12, 14), "2005-01-16"),
    ("Ellen Marsh, who died last July, was 80.", "en", date(2005, 3, 1), "2004-07"),
    ("Ellen Marsh won the title in November.", "en", date(2005, 1, 15), "2004-11"),
    ("Ilse Wagner tritt am Donnerstag nächster Woche zurück.", "de", date(2016, 3, 14), "2016-03-24"),
    # an ordinal ending in "-te" is no past verb: "soll" makes it the coming Thursday
    ("Ilse Wagner soll mit der ersten Gruppe bereits am Donnerstag abreisen.", "de", date(2015, 9, 16), "2015-09-17"),
    ("Ilse Wagner, die im August vergangenen Jahres angegriffen wurde, spricht.", "de", date(2015, 12, 1), "2014-08"),
    ("The Harlow Lions leave for New Zealand on 24 May.", "en", date(2004, 7, 1), "2005-05-24"),
    ("Ilse Wagner reist nach Wimbledon, wo das Hauptfeld am 30. Juni startet.", "de", date(2025, 8, 1), "2026-06-30"),
])
def test_a_date_without_a_year_follows_the_tense_of_its_clause(engine, text, language, published, expected):
    [claim] = structured(check(engine, text, language, published), "event.date")
    assert claim.value.date == expected


def test_a_figure_takes_the_time_its_own_clause_names(engine):
    report = check(engine, "2019 zählte Steinau 4.100 Einwohner, 2023 waren es 4.400 Einwohner.")
    assert {(c.value.amount, c.time) for c in structured(report, "figure.measure")} == {
        (4100, "2019"), (4400, "2023")}


# --- hedges ------------------------------------------------------------------------------------

def test_a_modal_sentence_keeps_its_figure_with_a_hedge(engine):
    [claim] = structured(check(engine, "Die Kelvara AG könnte 300 Stellen streichen."))
    assert (claim.value.amount, claim.hedge) == (300, "modal")


def test_a_question_makes_no_figure_claim(engine):
    assert structured(check(engine, "Streicht die Kelvara AG 300 Stellen?")) == []


# --- language packs ------------------------------------------------------------------------------

def test_every_configured_language_has_a_complete_pack():
    check_packs(("de", "en"))
    assert pack("de").role_words["bürgermeister"] == "mayor"


def test_a_language_without_a_pack_is_refused_by_name():
    with pytest.raises(ValueError, match="'fr' has no language pack"):
        check_packs(("de", "fr"))


@pytest.mark.parametrize("text, language, amount, person", [
    ("Tom Berrick kam. Der vierfache Weltmeister siegte erneut.", "de", 4, "Tom Berrick"),
    ("Die 12-fache Siegerin Jana Holm stürzte.", "de", 12, "Jana Holm"),
    ("The three-time champion Ellen Marsh retired.", "en", 3, "Ellen Marsh"),
])
def test_how_often_someone_won_is_a_count_of_the_person_described(engine, text, language, amount, person):
    [claim] = [c for c in structured(check(engine, text, language), "figure.count")]
    assert (claim.value.amount, holder_name(claim)) == (amount, person)


def test_how_often_is_a_count_but_a_factor_is_not(engine):
    report = check(engine, "Harwick Rovers, who won the Cup four times, lost. Prices were three times as high. "
                           "Manager Ed Marsh, who won the Cup five times as a player, stayed.", "en")
    assert [(c.value.amount, c.measure, holder_name(c)) for c in structured(report, "figure.count")] == [
        (4, "times", "Harwick Rovers"), (5, "times", "Ed Marsh")]


def test_names_before_a_counted_noun_do_not_hide_it(engine):
    [claim] = structured(check(engine, "Burnley have had two League outings away from home.", "en"), "figure.count")
    assert (claim.value.amount, claim.measure, holder_name(claim)) == (2, "outings", "Burnley")


def test_the_years_of_a_life_in_brackets_belong_to_the_name_before(engine):
    report = check(engine, "Das Buch erinnert an Ida Sorn (1901-1975) und ihre Zeit in Linz.")
    assert [(c.value.date, holder_name(c)) for c in structured(report, "event.date")] == [
        ("1901", "Ida Sorn"), ("1975", "Ida Sorn")]


def test_a_role_after_as_belongs_to_the_clauses_holder(engine):
    text = "Paul Dorne spoke. Mr Dorne, who has clashed with his party, served as education minister from 1987."
    [claim] = structured(check(engine, text, "en"), "person.role")
    assert (claim.attributes["role"], holder_name(claim)) == ("minister", "Paul Dorne")


@pytest.mark.parametrize("text, language, amount, place", [
    ("Derzeit leben mehr als 40 Wölfe im Larnatal.", "de", 40, "Larnatal"),
    ("Drei Männer sind bei einem Unfall in Korvenau verletzt worden.", "de", 3, "Korvenau"),
    ("Derzeit leben mehr als 40 Wölfe (Canis lupus) im Larnatal.", "de", 40, "Larnatal"),
])
def test_with_nobody_named_the_place_of_the_clause_holds_its_figure(engine, text, language, amount, place):
    [claim] = structured(check(engine, text, language), "figure.count")
    assert (claim.value.amount, holder_name(claim)) == (amount, place)


def test_a_place_does_not_hold_a_figure_when_someone_is_named(engine):
    report = check(engine, "In 20 Jahren hat die Kelvara AG nie Steuern in Irland gezahlt.")
    assert "Irland" not in [holder_name(c) for c in structured(report)]


def test_a_clock_time_is_no_count(engine):
    assert structured(check(engine, "Am Dienstag gegen 15 Uhr passierte der Unfall in Korvenau."), "figure.count") == []


def test_a_double_barrelled_surname_is_one_name(engine):
    text = "Daniela Varnik-Stolz gewann in Tarvis. Für Varnik-Stolz war es der elfte Weltcupsieg."
    report = check(engine, text)
    [person] = [e for e in report.entities if e.name == "Daniela Varnik-Stolz"]
    assert [report.text[m.start:m.end] for m in person.mentions] == ["Daniela Varnik-Stolz", "Varnik-Stolz"]


def test_an_acronym_spelt_like_a_word_is_a_name(engine):
    text = "Earlier, he said the US had increased its support from $1.1bn to $4.6bn a year."
    assert any(e.name == "US" for e in check(engine, text, "en").entities)


def test_a_name_the_action_is_for_does_not_hold_its_figure(engine):
    text = "He said the Norvell Trust had increased its grants for Kenya from $1.1m a year to $4.6m."
    assert {holder_name(c) for c in structured(check(engine, text, "en"), "figure.money")} == {"Norvell Trust"}


def test_a_name_for_which_an_infinitive_follows_does_its_action(engine):
    text = "Mr Darby signed a deal for Kelvara to deliver 23 trains."
    [claim] = structured(check(engine, text, "en"), "figure.count")
    assert (claim.value.amount, holder_name(claim)) == (23, "Kelvara")


@pytest.mark.parametrize("text, language, person", [
    ("Mara Velling won in Leeds. The Bedford star set a record of 2:17:18 in Chicago.", "en", "Mara Velling"),
    ("Anna Kreiml siegte in Tarvis. Die Steirerin sprang im zweiten Durchgang 97 Meter weit.", "de", "Anna Kreiml"),
])
def test_a_description_by_place_stands_for_the_person_named_before(engine, text, language, person):
    claims = structured(check(engine, text, language))
    assert claims and {holder_name(c) for c in claims} == {person}


def test_a_forecast_date_is_no_event_date(engine):
    text = "Mr Darby has yet to name the day, but the vote is widely expected to be 5 May."
    assert structured(check(engine, text, "en", date(2005, 3, 1)), "event.date") == []


def test_in_an_article_about_one_company_a_sentence_naming_nobody_is_about_it(engine):
    text = ("Varnor Bank profit rises\n\nVarnor Bank reported a record year on Thursday. Pre-tax profit rose to "
            "£2.4bn. Varnor Bank said it would hire staff. Analysts praised Varnor Bank.")
    [claim] = [c for c in structured(check(engine, text, "en")) if c.value and c.value.text == "£2.4bn"]
    assert holder_name(claim) == "Varnor Bank"


def test_an_organization_named_far_more_than_anything_else_is_the_topic_without_a_headline(engine):
    text = ("Nürnberg. Die Kelvara AG legt Zahlen vor. Kelvara wächst. Kelvara stellt ein. Kelvara baut aus. "
            "Analysten loben Kelvara. Der Umsatz stieg auf 4,2 Milliarden Euro.")
    [claim] = [c for c in structured(check(engine, text)) if c.value and c.value.amount == 4.2e9]
    assert holder_name(claim) == "Kelvara AG"


def test_without_a_headline_naming_it_no_topic_holds_figures(engine):
    text = ("Varnor Bank reported a record year on Thursday. Pre-tax profit rose to £2.4bn. Varnor Bank said it "
            "would hire staff. Analysts praised Varnor Bank.")
    # the article's most named entity does not hold it; what the subject measures may ("Pre-tax profit")
    assert [holder_name(c) for c in structured(check(engine, text, "en"))
            if c.value and c.value.text == "£2.4bn"] in ([], ["Pre-tax profit"])


def test_a_word_opening_a_sentence_is_a_name_where_the_text_writes_it_as_one_elsewhere(engine):
    report = check(engine, "The figures confirm Tarrow's lead. Tarrow is the busiest ferry port in Wales.", "en")
    [tarrow] = [e for e in report.entities if e.name == "Tarrow"]
    assert len(tarrow.mentions) == 2


def test_a_german_name_no_list_knows_is_one_when_written_twice_or_before_a_legal_form(engine):
    report = check(engine, "Die Hohenstaufen Bank legte zu. Das Unternehmen Varnopharm wuchs. Varnopharm stellte ein.")
    names = {e.name for e in report.entities}
    assert "Hohenstaufen Bank" in names and "Varnopharm" in names


@pytest.mark.parametrize("text, language, amount, subject", [
    ("Die Arbeitslosenquote lag im März bei 6,4 Prozent.", "de", 6.4, "Arbeitslosenquote"),
    ("Die Zahl der Arbeitslosen sank auf 2,9 Millionen.", "de", 2.9e6, "Zahl der Arbeitslosen"),
    ("The jobless rate rose to 4.2% in March.", "en", 4.2, "jobless rate"),
    ("The number of passengers rose to 3,208 in May.", "en", 3208, "number of passengers"),
])
def test_a_subject_naming_nobody_holds_the_figure_it_measures(engine, text, language, amount, subject):
    [claim] = [c for c in structured(check(engine, text, language)) if c.value.amount == pytest.approx(amount)]
    assert claim.subject.text == subject


def test_a_bare_noun_stands_for_the_compound_or_name_it_shortens(engine):
    german = check(engine, "Die Regierung schuf einen Solidaritätsfonds für Kleinanleger. Der Fonds ist mit "
                           "100 Millionen Euro dotiert.")
    [fund] = [c for c in structured(german) if c.value.amount == 1e8]
    assert fund.subject.text == "Solidaritätsfonds"


def test_a_noun_subject_is_not_taken_for_a_person_or_past_another_subject(engine):
    english = check(engine, "The chancellor is expected to raise the threshold from £60,000.", "en")
    assert not [c for c in structured(english) if c.subject and c.subject.text == "chancellor"]
    german = check(engine, "Die Kläger erklären, die neue Version habe geschadet, und fordern fünf Millionen "
                           "Dollar Schadenersatz.")
    assert not [c for c in structured(german) if c.subject and "Version" in c.subject.text]


def test_a_verb_joined_by_and_without_its_own_subject_acts_for_the_sentences_subject(engine):
    text = "Ella Brandt won the Harlow Open, reached the Kestrel Cup final and won five Norland doubles titles."
    [count] = [c for c in structured(check(engine, text, "en")) if c.value.amount == 5]
    assert holder_name(count) == "Ella Brandt"


def test_a_number_after_a_weekday_is_a_count_not_part_of_a_name(engine):
    text = "Die Bergwacht konnte am Donnerstag 73 Menschen aus dem Tal retten."
    [count] = [c for c in structured(check(engine, text)) if c.value.amount == 73]
    assert count.predicate == "figure.count" and count.subject.text == "Bergwacht"


def test_a_subject_noun_phrase_holds_the_count_ahead_of_the_place(engine):
    text = "Die griechische Küstenwache konnte 73 Menschen aus den Fluten in der Ägäis retten."
    [count] = [c for c in structured(check(engine, text)) if c.value.amount == 73]
    assert count.subject.text == "griechische Küstenwache"


def test_a_stretch_that_is_the_window_of_a_count_is_no_claim(engine):
    text = "The Harlow Hawks have been knocked out in the fifth round four times in the last seven years."
    claims = structured(check(engine, text, "en"))
    assert [c.value.amount for c in claims if c.predicate == "figure.count"] == [4]
    assert not [c for c in claims if c.predicate == "figure.duration"]


@pytest.mark.parametrize("text, language, amount, holder", [
    ("Mebyon Kernow leader Ann Dale said her party would introduce a £2,000 grant.", "en", 2000, "Mebyon Kernow"),
    ("Ann Dale said her party would introduce a £2,000 grant.", "en", 2000, "Ann Dale"),
])
def test_his_party_is_the_organization_the_person_was_named_with(engine, text, language, amount, holder):
    [claim] = [c for c in structured(check(engine, text, language)) if c.value.amount == amount]
    assert holder_name(claim) == holder


def test_a_pronoun_right_after_a_verb_of_saying_stands_for_who_says_it(engine):
    text = "The Kelvar Group reported results on Monday. The Tarn Alliance said they would cut £3.5bn of spending by 2028."
    [claim] = [c for c in structured(check(engine, text, "en")) if c.value.amount == 3.5e9]
    assert (claim.subject.text, holder_name(claim)) == ("they", "Tarn Alliance")


@pytest.mark.parametrize("text, language, amount, holder", [
    ("The chancellor is expected to raise the stamp duty threshold from £60,000.", "en", 60000, "stamp duty threshold"),
    ("Zugleich steigt im kommenden Jahr der Etat auf 48 Millionen Euro.", "de", 48e6, "Etat"),
])
def test_a_definite_noun_phrase_before_the_level_word_is_what_the_figure_measures(engine, text, language, amount,
                                                                                 holder):
    [claim] = [c for c in structured(check(engine, text, language)) if c.value.amount == amount]
    assert holder_name(claim) == holder


def test_a_group_of_counted_things_is_not_their_holder(engine):
    text = "Am Abend soll die erste Gruppe von 42 syrischen Asylwerbern weggebracht werden."
    assert not [c for c in structured(check(engine, text)) if c.value.amount == 42 and c.subject
                and "Gruppe" in c.subject.text]


def test_a_possessive_subject_phrase_with_its_period_holds_the_figure(engine):
    text = "The district's operating budget for 2025-26 is $742 million."
    [claim] = structured(check(engine, text, "en"), "figure.money")
    assert (claim.subject.text, claim.time) == ("district's operating budget", "2025/2026")


@pytest.mark.parametrize("text, language, holder", [
    ("About 82% of the budget goes to salaries and benefits.", "en", "budget"),
    ("Half the world's population now has access to a fixed-line telephone.", "en", "world's population"),
    ("Rund 40 Prozent der Befragten lehnen den Plan ab.", "de", "Befragten"),
    ("Kelvar, the unit which produced 60% of Norvane's output, was sold.", "en", "Kelvar"),
])
def test_a_share_is_held_by_the_whole_it_is_of(engine, text, language, holder):
    [claim] = structured(check(engine, text, language), "figure.percent")
    assert holder_name(claim) == holder


def test_scores_in_a_list_are_each_read_and_belong_to_the_main_clause_subject(engine):
    text = ("While Harlow have not played since, Kestrel Town have had two outings, drawing 1-1 at Derby and "
            "losing 1-0 at Preston.")
    scores = structured(check(engine, text, "en"), "figure.score")
    assert [(c.value.text, holder_name(c)) for c in scores] == [("1-1", "Kestrel Town"), ("1-0", "Kestrel Town")]
    german = check(engine, "Ella Brandt setzte sich im Finale mit 6:4, 3:6, 7:6 durch.")
    assert [c.value.text for c in structured(german, "figure.score")] == ["6:4", "3:6", "7:6"]
    assert not [c for c in german.claims if c.predicate == "person.age"]


def test_an_editors_dateline_is_no_event_date(engine):
    text = "Das Verfahren läuft weiter. (fid, 7.3.2016) Ilse Wagner: Ich habe mich korrekt verhalten."
    assert structured(check(engine, text), "event.date") == []


@pytest.mark.parametrize("text, amount, holder", [
    ("Bei Durchsuchungen hatten Ermittler Vermögenswerte von 1,2 Millionen Euro sichergestellt.", 1.2e6,
     "Vermögenswerte"),
    ("Gesichert wurden Einlagen im Wert von zwölf Milliarden Euro.", 12e9, None),
])
def test_a_noun_before_von_holds_the_amount_unless_it_only_names_an_amount(engine, text, amount, holder):
    found = [c for c in structured(check(engine, text)) if c.value.amount == amount]
    assert [c.subject.text for c in found] == ([holder] if holder else [])


@pytest.mark.parametrize("text, language, holder", [
    ("Im Schnitt verlor jeder Anleger rund 2.500 Euro.", "de", "Anleger"),
    ("On average each household paid £300 more.", "en", "household"),
])
def test_what_each_one_of_a_group_holds(engine, text, language, holder):
    [claim] = structured(check(engine, text, language), "figure.money")
    assert claim.subject.text == holder


def test_an_earlier_level_takes_the_unit_of_the_measure_it_is_compared_with(engine):
    text = "The port handled 512,000 twenty-foot equivalent units in the quarter, up from 470,000 a year earlier."
    measures = structured(check(engine, text, "en"), "figure.measure")
    assert [(c.value.amount, c.value.unit) for c in measures] == [(512000, "TEU"), (470000, "TEU")]


def test_a_restating_sentence_and_a_subordinate_subject_keep_their_holders(engine):
    text = ("Die Unterrichtsversorgung lag im Herbst bei 96,4 Prozent. Das sind 1,2 Prozentpunkte weniger als im "
            "Vorjahr, als der Wert noch 97,6 Prozent betragen hatte.")
    holders = {c.value.text: c.subject.text for c in structured(check(engine, text), "figure.percent")}
    assert holders == {"96,4 Prozent": "Unterrichtsversorgung", "1,2 Prozentpunkte": "Unterrichtsversorgung",
                       "97,6 Prozent": "Wert"}


def test_timber_in_cubic_metres(engine):
    [claim] = structured(check(engine, "In Niedersachsen sind 250.000 Festmeter Holz umgestürzt."),
                         "figure.measure")
    assert (claim.value.amount, claim.value.unit) == (250000, "m3")


@pytest.mark.parametrize("text, language, holder", [
    ("LONDON — Varnor Bank reported an 18% rise in annual profit on Thursday.", "en", "Varnor Bank"),
    ("Die Kelvara AG meldete einen Umsatz von 4,1 Milliarden Euro.", "de", "Kelvara AG"),
])
def test_who_reports_its_own_results_holds_them(engine, text, language, holder):
    claims = [c for c in structured(check(engine, text, language)) if c.predicate != "event.date"]
    assert [holder_name(c) for c in claims] == [holder]


@pytest.mark.parametrize("text, language", [
    ('He added: "If Tynecastle could have hosted 30,000 it would have been fantastic."', "en"),
    ("Wenn 500 Menschen gekommen wären, hätte Lindholm die Halle gefüllt.", "de"),
    ("A win for Harlow would put them through to the last 32 if Basle fail.", "en"),
    ("By then the sticking points in Harlow had become two-fold.", "en"),
])
def test_a_condition_a_round_of_a_cup_and_a_factor_are_no_counts(engine, text, language):
    assert [c for c in structured(check(engine, text, language)) if c.predicate == "figure.count"] == []


def test_who_is_told_something_is_not_what_a_later_pronoun_stands_for(engine):
    text = ("A spokesman for the Harlow Dance Company told Kestrel Radio that only two of their 12 principal "
            "dancers were British.")
    [count] = [c for c in structured(check(engine, text, "en")) if c.value.amount == 12]
    assert holder_name(count) == "Harlow Dance Company"


@pytest.mark.parametrize("text", [
    "Und dieses Mal sollen nach Informationen des KURIER aus mehreren Quellen rund 30.000 Euro beim Sender Lindfunk "
    "verschwunden sein.",
    "Bei einer Behebung für Lindfunk verschwanden nach KURIER-Infos rund 30.000 Euro.",
])
def test_the_newspaper_a_figure_comes_from_does_not_hold_it(engine, text):
    assert not [c for c in structured(check(engine, text)) if c.subject and "KURIER" in c.subject.text]


def test_a_role_description_opening_a_sentence_is_the_person_named_last_before(engine):
    text = ("Zu verdanken hatte es Lindholm vor allem dem Clubkameraden Jonas Weber. Der Tormann und Kapitän "
            "feierte nun schon den vierten Titel.")
    roles = {c.value.text: holder_name(c) for c in structured(check(engine, text), "person.role")}
    assert roles == {"Tormann": "Jonas Weber", "Kapitän": "Jonas Weber"}


def test_a_role_description_named_by_a_surname_before_joins_that_persons_entity(engine):
    text = ("Jonas Weber wechselte 2019 zu Lindholm. Zu verdanken hatte es Lindholm vor allem Weber. "
            "Der Tormann feierte nun schon den vierten Titel.")
    report = engine.check(text, language="de")
    [role] = [c for c in report.claims if c.predicate == "person.role"]
    [weber] = [e for e in report.entities if e.name == "Jonas Weber"]
    assert (role.subject.entity, role.subject.name) == (weber.id, "Jonas Weber")
    assert any(m.start == role.subject.start for m in weber.mentions)


def test_a_time_frame_is_no_duration_claim_and_nach_names_the_place(engine):
    text = "In den ersten 20 Tagen dieses Jahres sind schon mehr als 35.450 Migranten nach Griechenland gekommen."
    claims = structured(check(engine, text))
    assert not [c for c in claims if c.predicate == "figure.duration"]
    [count] = [c for c in claims if c.predicate == "figure.count"]
    assert holder_name(count) == "Griechenland"


@pytest.mark.parametrize("text, language, amount, holder", [
    ("The district, which serves about 47,900 students in 62 schools, was praised.", "en", 47900, "district"),
    ("Die Genossenschaft, die 1.200 Wohnungen verwaltet, baut neu.", "de", 1200, "Genossenschaft"),
])
def test_a_relative_clause_is_about_the_noun_phrase_before_its_comma(engine, text, language, amount, holder):
    [claim] = [c for c in structured(check(engine, text, language)) if c.value.amount == amount]
    assert claim.subject.text == holder


def test_a_part_of_a_whole_counts_the_wholes_noun(engine):
    counts = structured(check(engine, "In Lindholm sind 940 von 2.850 Lehrkräften Quereinsteiger."), "figure.count")
    assert [(c.value.amount, c.measure) for c in counts] == [(940, "lehrkräften"), (2850, "lehrkräften")]


def test_a_rules_event_date_that_is_a_forecast_makes_no_claim(engine):
    text = "Ellen Marsh will advise the party in the build-up to an anticipated May general election."
    assert structured(check(engine, text, "en", date(2004, 12, 1)), "event.date") == []


@pytest.mark.parametrize("text, language, amount, holder", [
    ("„Von meinen 40.000 Euro sehe ich vielleicht ein Viertel wieder“, sagte Ilse Wagner.", "de", 40000,
     "Ilse Wagner"),
    ('"We have been engaged with them for 18 months," said Ann Dale of the Harlow Exchange.', "en", 18, "Ann Dale"),
])
def test_a_figure_a_quote_gives_in_the_first_person_is_the_speakers(engine, text, language, amount, holder):
    [claim] = [c for c in structured(check(engine, text, language)) if c.value.amount == amount]
    assert holder_name(claim) == holder


def test_an_organization_named_by_its_kind_is_one_for_a_later_their(engine):
    text = ("Only Ann Dale and Tom Reeve are British. A spokesman for the Harlow Ballet said that only two of their "
            "12 principal dancers were British.")
    [count] = [c for c in structured(check(engine, text, "en")) if c.value.amount == 12]
    assert holder_name(count) == "Harlow Ballet"


def test_a_rank_used_as_a_title_belongs_to_the_name_after_it(engine):
    report = check(engine, "He also coached former number one Ivan Lendl. Brown delivered his ninth Budget.", "en")
    ranks = {c.value.text: holder_name(c) for c in structured(report, "figure.rank")}
    assert ranks.get("one") == "Ivan Lendl" and ranks.get("ninth") != "Budget"


def test_a_fraction_of_a_group_is_a_share_in_percent(engine):
    [share] = structured(check(engine, "Laut Umfrage lehnt ein Drittel der Befragten in Lindholm den Plan ab."),
                         "figure.percent")
    assert (share.value.text, round(share.value.amount, 1), share.value.unit) == ("ein Drittel", 33.3, "%")


def test_a_share_after_and_that_names_no_whole_keeps_the_last_shares_holder(engine):
    text = "Half the world's population has access to a fixed line, the report said, and 77% to a mobile network."
    holders = {c.value.text: c.subject.text for c in structured(check(engine, text, "en"), "figure.percent")}
    assert holders == {"Half": "world's population", "77%": "world's population"}


def test_a_place_described_before_its_name_holds_the_clauses_figure(engine):
    text = "Tausende Demonstranten haben in der ukrainischen Hauptstadt Kiew protestiert."
    [count] = structured(check(engine, text), "figure.count")
    assert holder_name(count) == "Kiew"


def test_an_age_of_a_person_the_text_never_names_belongs_to_the_description_not_the_place(engine):
    report = check(engine, "Wien – Am Mittwoch wurde ein 47-jähriger Arbeiter in der Tarnogasse verletzt.")
    [age] = structured(report, "person.age")
    assert (age.value.amount, age.subject.text, age.subject.type) == (47, "47-jähriger Arbeiter", "person")


def test_an_age_followed_by_a_place_belongs_to_the_person_named_before(engine):
    report = check(engine, "Lena Korhonen gewann das Turnier. Die 27-Jährige aus Tampere setzte sich im Finale durch.")
    [age] = structured(report, "person.age")
    assert (age.value.amount, holder_name(age)) == (27, "Lena Korhonen")


def test_a_rule_figure_is_not_given_to_the_place_the_action_is_aimed_at(engine):
    report = check(engine, "Chancellor Ottmar Wendel began a visit to Quarnby by signing a deal worth 2bn euros.",
                   language="en")
    assert all(c.subject.text != "Quarnby" for c in structured(report))


def test_a_date_in_a_clause_with_its_own_subject_belongs_to_that_subject(engine):
    report = check(engine, "Ravel first wanted the coach Milo Brandt, before Tomas Ekdahl confirmed he would "
                           "retire in 2019.", language="en")
    [when] = [c for c in structured(report, "event.date") if c.value.text == "2019"]
    assert holder_name(when) == "Tomas Ekdahl"
    report = check(engine, "Nicht Argentinien, sondern Gastgeber Chile holte sich am Samstag den Titel.",
                   published_at=date(2015, 7, 6))
    [when] = structured(report, "event.date")
    assert holder_name(when) == "Chile"


def test_a_description_born_in_a_year_is_the_birth_date_of_the_person_named_before(engine):
    report = check(engine, "Jonas Wendtland hat in Halle gewonnen. Der 2001 in Kassel geborene Linkshänder "
                           "gilt als Talent.")
    [birth] = structured(report, "person.birth_date")
    assert (birth.value.date, holder_name(birth)) == ("2001", "Jonas Wendtland")


def test_the_year_a_comparison_refers_to_is_no_event_date(engine):
    report = check(engine, "The Corvane Ballet has two British principals, compared to 16 of its 21 principals "
                           "in 1987.", language="en")
    assert not [c for c in structured(report, "event.date") if c.value.text == "1987"]
    report = check(engine, "The Corvane Ballet opened its new stage in 1987.", language="en")
    assert [c.value.date for c in structured(report, "event.date")] == ["1987"]


def test_the_scores_of_a_results_line_belong_to_the_first_side(engine):
    report = check(engine, "Im Finale traf Paul Kern zweimal – Ergebnis: Vandorra – Kelmistan 3:1 (1:0).")
    scores = structured(report, "figure.score")
    assert [(c.value.text, holder_name(c)) for c in scores] == [("3:1", "Vandorra"), ("1:0", "Vandorra")]


def test_a_verb_joined_by_and_acts_for_the_subject_before_it_in_the_same_clause(engine):
    report = check(engine, "Dana Reyes moved to the station Kestrel 106 and won two Sony Radio awards.",
                   language="en")
    [awards] = structured(report, "figure.count")
    assert holder_name(awards) == "Dana Reyes"


def test_who_is_given_a_grant_holds_its_figures_unlike_a_place_visited(engine):
    report = check(engine, "Councillors voted to cut the grant to Dunmere Arts Trust, which runs two galleries, "
                           "from £8.4m this year to £7.1m next year.", language="en")
    assert {holder_name(c) for c in structured(report, "figure.money")} == {"Dunmere Arts Trust"}


def test_a_pronoun_or_description_opening_the_sentence_holds_its_count(engine):
    for sentence in ("It employs 26,000 people.", "The bank employs 26,000 people."):
        report = check(engine, "Carrow Bank reported a rise in profit. " + sentence, language="en")
        [staff] = structured(report, "figure.count")
        assert (staff.value.amount, holder_name(staff)) == (26000, "Carrow Bank")


def test_a_placeholder_pronoun_or_a_denied_figure_makes_no_count(engine):
    report = check(engine, "Carrow Bank reported a rise in profit. It's true that the rules have two parts.",
                   language="en")
    assert not structured(report, "figure.count")
    report = check(engine, "Die Kelvara AG meldete Gewinne. Es kann nicht zwei Regeln für die Kunden geben.")
    assert not structured(report, "figure.count")


def test_an_age_before_a_range_of_years_is_a_persons_age_not_a_bracket(engine):
    report = check(engine, "Das Gericht verurteilte den früheren Geschäftsführer der Firma Talberg Invest. Es sah als "
                           "erwiesen an, dass der 57-Jährige zwischen 2018 und 2022 Anleger betrogen hat.")
    [age] = structured(report, "person.age")
    assert (age.value.amount, age.subject.text, age.subject.type) == (57, "57-Jährige", "person")


def test_a_name_joined_to_a_place_is_a_place_too(engine):
    report = check(engine, "Kelvara Retail opened stores in Devonia and Wessex with 300 staff.", language="en")
    [staff] = [c for c in structured(report) if c.value.amount == 300]
    assert holder_name(staff) == "Kelvara Retail"


def test_a_year_planned_for_is_no_event_date(engine):
    report = check(engine, "Lena Korhonen will run in Tampere after deciding her schedule for 2026.", language="en")
    assert not [c for c in structured(report, "event.date") if c.value.text == "2026"]


def test_a_date_in_an_opening_clause_belongs_to_its_pronoun_subject(engine):
    report = check(engine, "Carrow Rovers beat Dunmere 2-0. When they last met Dunmere in the cup 45 years ago, it "
                           "took a Kelby Park replay.", language="en", published_at=date(2005, 3, 1))
    [when] = [c for c in structured(report, "event.date") if c.value.date == "1960"]
    assert holder_name(when) == "Carrow Rovers"


def test_a_person_named_by_their_nation_is_no_name(engine):
    report = check(engine, "Dale Ormsby was the first Briton in 12th place.", language="en")
    assert "Briton" not in {e.name for e in report.entities}
    [place] = [c for c in structured(report, "figure.rank") if c.value.amount == 12]
    assert holder_name(place) == "Dale Ormsby"


def test_a_count_placed_in_a_named_place_with_no_one_acting_before_it_is_that_places(engine):
    report = check(engine, "Berlin – Nach der Aufdeckung von 214.000 Briefkastenfirmen in Valdoria hat die OECD "
                           "dem Land Versäumnisse vorgeworfen.")
    [firms] = [c for c in structured(report) if c.value.amount == 214000]
    assert holder_name(firms) == "Valdoria"


def test_a_decade_something_happened_in_is_an_event_date_but_one_describing_a_thing_is_not(engine):
    report = check(engine, "Dale Ormsby set up the company in the 1980s.", language="en")
    assert [c.value.date for c in structured(report, "event.date")] == ["1980/1989"]
    report = check(engine, "Dale Ormsby was an icon of the 1990s technology boom.", language="en")
    assert not structured(report, "event.date")
    report = check(engine, "Valdix Studio entführt ins düstere London des frühen 20. Jahrhunderts.")
    assert not structured(report, "event.date")


def test_a_date_whose_clause_names_nobody_is_not_given_to_a_name_in_a_later_clause(engine):
    report = check(engine, "2004 verlor die Mannschaft das Finale gegen Brasilien, da war Lionel Vargas noch nicht "
                           "dabei.")
    assert not structured(report, "event.date")
    report = check(engine, "Das Gleiche geschah 2002, als Pierre Marot in die Stichwahl kam.")
    [when] = structured(report, "event.date")
    assert holder_name(when) == "Pierre Marot"


def test_the_names_of_a_pair_after_between_hold_no_date(engine):
    report = check(engine, "The argument echoes those that raged between Labour and the Tories in the 1980s.",
                   language="en")
    assert not structured(report, "event.date")


def test_what_a_spokesperson_says_they_want_is_the_organizations(engine):
    report = check(engine, "Kelvara Union's economics spokesman Adam Pryce said he wanted a minimum wage of £5.60 "
                           "an hour.", language="en")
    [wage] = structured(report, "figure.money")
    assert holder_name(wage) == "Kelvara Union"


def test_a_possessor_before_a_plain_noun_is_the_sentences_subject_but_not_before_a_role(engine):
    report = check(engine, "Lena Korhonen's career took a setback when she dropped out of the 10,000m last August.",
                   language="en", published_at=date(2005, 3, 1))
    [when] = structured(report, "event.date")
    assert holder_name(when) == "Lena Korhonen"
    report = check(engine, "Tom Brady's former adviser joined the Kelvara tour of Australia in 2001.", language="en")
    assert all(holder_name(c) != "Tom Brady" for c in structured(report, "event.date"))


def test_a_season_or_year_after_since_the_bounds_a_stretch_and_is_no_event(engine):
    report = check(engine, "Kelvara Rovers aim to reach the quarter-finals for the first time since the 2000/2001 "
                           "season.", language="en")
    assert not structured(report, "event.date")
    report = check(engine, "Seit Mittwoch ist Kufstein der fünfte Übergabepunkt.", published_at=date(2015, 10, 30))
    assert [c.value.granularity for c in structured(report, "event.date")] == ["day"]


def test_a_stretch_framing_a_small_count_is_its_window(engine):
    report = check(engine, "Kelvara Rovers have made only one appearance in the sixth round in 21 years.",
                   language="en")
    assert not structured(report, "figure.duration")


def test_the_first_time_in_years_is_the_time_since_it_last_happened(engine):
    # unlike "for the second time in 12 years", a window of a count, this stretch is a fact
    report = check(engine, "Kelvara Rovers, who are aiming to win the Cup for a seventh time in their history "
                           "and first time in 77 years, face a replay.", language="en")
    [duration] = structured(report, "figure.duration")
    assert (duration.value.amount, duration.subject.text) == (77, "Kelvara Rovers")


@pytest.mark.parametrize("text, language, expected", [
    ("Im neuen Landtag sitzen 15 Abgeordnete der SPÖ, je 14 der ÖVP und der FPÖ sowie drei Grüne.", "de",
     {15: "SPÖ", 14: "ÖVP"}),
    ("Kelvara won 355 seats, the Conservatives 198 and the Greens 62.", "en",
     {198: "Conservatives", 62: "Greens"}),
])
def test_a_number_in_a_list_after_a_count_counts_the_same_noun(engine, text, language, expected):
    counts = {c.value.amount: c for c in structured(check(engine, text, language), "figure.count")}
    for amount, holder in expected.items():
        assert counts[amount].measure == counts[max(counts)].measure == "seats"
        assert holder_name(counts[amount]).endswith(holder)


@pytest.mark.parametrize("text, language, expected", [
    ("Die Tirolerin Anna Gruber wurde 13., die Kärntnerin Lena Moser 24. Am Sonntag folgt das nächste Springen.",
     "de", {13: "Anna Gruber", 24: "Lena Moser"}),
    ("Ann Dale finished third and Joan Smith fifth.", "en", {3: "Ann Dale", 5: "Joan Smith"}),
])
def test_a_place_in_a_list_after_a_rank_is_one_more_rank(engine, text, language, expected):
    ranks = {c.value.amount: holder_name(c) for c in structured(check(engine, text, language), "figure.rank")}
    assert ranks == expected


def test_a_number_in_a_name_is_no_count_of_a_list(engine):
    report = check(engine, "Kelvara Films won three awards but lost the top prize to Shrek 2.", language="en")
    assert [c.value.amount for c in structured(report, "figure.count")] == [3]


def test_former_employees_are_people_not_the_company_headcount(engine):
    report = check(engine, "Zwei Ex-Mitarbeiter der Beratungsfirma BrightwaterCoopers stehen vor Gericht.")
    assert not [c for c in report.claims if c.predicate == "organization.employees"]
    [count] = structured(report, "figure.count")
    assert (count.value.amount, holder_name(count)) == (2, "BrightwaterCoopers")


@pytest.mark.parametrize("text, holder", [
    ("Frank Kelby's 1946 movie starring Ann Dale is shown again.", "Frank Kelby"),
    ("The UK has made poverty a key theme for its 2005 presidency of the G8.", "UK"),
    ("Sir Clive Harlow's 2005 Lions tour New Zealand in June.", "Lions"),
])
def test_a_year_after_a_possessor_dates_what_the_possessor_made(engine, text, holder):
    [when] = structured(check(engine, text, language="en"), "event.date")
    assert holder_name(when).endswith(holder)


def test_a_four_digit_number_before_a_noun_is_still_a_count(engine):
    report = check(engine, "Farmer Ann Dale keeps 2000 sheep on the hills.", language="en")
    assert not structured(report, "event.date")


@pytest.mark.parametrize("text, years, holder", [
    ("Trainer Peter Stöger erhielt einen 3-jährigen Vertrag.", 3, "Peter Stöger"),
    ("Milena Kral starb 1944. Die Briefe aus der Zeit ihrer fünfjährigen Haft wurden gefunden.", 5, "Milena Kral"),
])
def test_an_adjective_of_years_before_what_lasts_is_a_duration_not_an_age(engine, text, years, holder):
    report = check(engine, text)
    assert not [c for c in report.claims if c.predicate == "person.age"]
    [duration] = structured(report, "figure.duration")
    assert (duration.value.amount, duration.value.unit, holder_name(duration)) == (years, "year", holder)


def test_an_adjective_of_years_before_a_person_or_a_name_is_an_age(engine):
    report = check(engine, "Der 21-jährige Victor Lind spielt. Ein 36-jähriger Arbeiter wurde verletzt.")
    assert sorted(c.value.amount for c in report.claims if c.predicate == "person.age") == [21, 36]
    assert not structured(report, "figure.duration")


@pytest.mark.parametrize("text, holder", [
    ("Villach – 42 syrische Asylwerber, die derzeit in Villach untergebracht sind, sollen nach Graz ziehen.",
     "Villach"),
    ("Rund 30.000 Flüchtlinge, die auf eine Unterkunft warten, halten sich derzeit in Athen auf.", "Athen"),
])
def test_a_count_opening_its_sentence_is_held_by_the_place_its_relative_clause_or_verb_puts_it(engine, text, holder):
    [count] = structured(check(engine, text), "figure.count")
    assert holder_name(count) == holder


def test_a_part_and_its_whole_are_held_by_whoever_holds_the_whole(engine):
    text = ("Only two out of 16 principal dancers at the Kelby Ballet are British, compared to 16 of the 21 "
            "principals in 1985. A spokesman for the Norvane Ballet said that only two out of their 12 principal "
            "dancers were British.")
    counts = [(c.value.amount, holder_name(c)) for c in structured(check(engine, text, "en"), "figure.count")]
    assert counts == [(2, "Kelby Ballet"), (16, "Kelby Ballet"), (16, "Kelby Ballet"), (21, "Kelby Ballet"),
                      (2, "Norvane Ballet"), (12, "Norvane Ballet")]


@pytest.mark.parametrize("text, amount, holder", [
    ("Sir Edward Kelby believed the 14 Liberal MPs would support his government.", 14, "Liberal"),
    ("The shareholders voted against three United directors on the board.", 3, "United"),
])
def test_members_counted_under_a_party_or_board_name_are_that_partys(engine, text, amount, holder):
    [count] = [c for c in structured(check(engine, text, "en"), "figure.count") if c.value.amount == amount]
    assert holder_name(count) == holder


@pytest.mark.parametrize("text, language, qualifier, holder", [
    ("In the Budget, Mr Kelby doubled the level at which homebuyers pay stamp duty.", "en", "exact", "Kelby"),
    ("Seither hat die Kelvara AG ihren Umsatz mehr als verdoppelt.", "de", "more_than", "Kelvara AG"),
])
def test_a_change_by_a_factor_is_a_figure(engine, text, language, qualifier, holder):
    [factor] = [c for c in structured(check(engine, text, language), "figure.measure") if c.value.unit == "times"]
    assert (factor.value.amount, factor.value.qualifier, holder_name(factor)) == (2, qualifier, holder)


@pytest.mark.parametrize("text, holder", [
    ("Portrait of Kelby fetched the second highest amount for a British painting.", "Kelby"),
    ("Kelby Films was second largest.", "Kelby Films"),
])
def test_an_ordinal_before_a_superlative_is_a_place_in_a_ranking(engine, text, holder):
    [rank] = structured(check(engine, text, "en"), "figure.rank")
    assert (rank.value.amount, holder_name(rank)) == (2, holder)


def test_a_nationality_opening_a_sentence_stands_for_the_person_named_before(engine):
    text = ("Eliud Kelby won in Leeds. The Kenyan, who was second when Tarnow hosted the race last year, "
            "led from the start.")
    [rank] = structured(check(engine, text, "en"), "figure.rank")
    assert (rank.value.amount, holder_name(rank)) == (2, "Eliud Kelby")


def test_a_score_glued_to_its_noun_is_a_score(engine):
    report = check(engine, "Chile holt sich mit einem 4:1-Erfolg im Elfmeterschießen den Titel.")
    [score] = structured(report, "figure.score")
    assert (score.value.text, holder_name(score)) == ("4:1", "Chile")


def test_an_anniversary_in_the_genitive_is_no_age(engine):
    report = check(engine, "Die Feier anlässlich des 60-jährigen Bestehens der Firma Kelvara war gut besucht.")
    assert not [c for c in report.claims if c.predicate == "person.age"]


def test_a_relative_clause_about_a_noun_for_a_person_is_about_the_one_person_named(engine):
    report = check(engine, "Jubeln durfte mit Eva Kral eine weitere Österreicherin, die Dritte wurde.")
    [rank] = structured(report, "figure.rank")
    assert (rank.value.amount, holder_name(rank)) == (3, "Eva Kral")


def test_a_bracketed_result_takes_the_unit_of_a_measure_a_sentence_back(engine):
    report = check(engine, "Anna Gruber siegte mit 242,6 Punkten. Die Tirolerin Lena Moser freute sich als Zehnte (218,4).")
    [result] = [c for c in structured(report, "figure.measure") if c.value.amount == 218.4]
    assert (result.value.unit, holder_name(result)) == ("points", "Lena Moser")


def test_a_pronoun_in_a_later_sentence_stands_for_the_subject_named_before(engine):
    text = ("Lena Moser holte sich 2,6 Punkte vor der Weltmeisterin Carina Vogt ihr bestes Resultat. "
            "Zu verdanken hatte sie dies einem Sprung, der sie von Rang 13 nach vorne beförderte.")
    [rank] = [c for c in structured(check(engine, text), "figure.rank") if c.value.amount == 13]
    assert holder_name(rank) == "Lena Moser"


def test_a_count_naming_nobody_is_held_by_the_one_place_its_sentence_names(engine):
    report = check(engine, "Nachdem 1999 neun Braunbären im Trentino befreit wurden, sind bisher 77 Tiere zur Welt gekommen.")
    [count] = [c for c in structured(report, "figure.count") if c.value.amount == 77]
    assert holder_name(count) == "Trentino"


@pytest.mark.parametrize("text, holder", [
    ("Milena Kral starb 1944 in Ravensbrück. 14 Schriftstücke aus der Zeit ihrer Haft wurden gefunden.", "Milena Kral"),
    ("Milena Kral starb 1944 in Ravensbrück. 20 Bewohner hätten ihre Wohnungen verlassen müssen.", None),
])
def test_a_possessive_in_the_counted_nouns_phrase_names_whose_they_are(engine, text, holder):
    counts = [c for c in structured(check(engine, text), "figure.count") if c.value.amount in (14, 20)]
    assert [holder_name(c) for c in counts] == ([holder] if holder else [])


@pytest.mark.parametrize("text, language, expected", [
    ("Im Landtag sitzen 15 Abgeordnete der SPÖ sowie drei Grüne und zwei Kommunisten.", "de",
     {3: "Grüne", 2: "Kommunisten"}),
    ("The council now has 30 Labour members, with five Greens and four Conservatives.", "en",
     {5: "Greens", 4: "Conservatives"}),
])
def test_counted_party_members_hold_their_own_count(engine, text, language, expected):
    counts = {c.value.amount: c.subject.text for c in structured(check(engine, text, language), "figure.count")}
    assert {amount: counts.get(amount) for amount in expected} == expected


def test_a_german_count_reaches_its_noun_across_an_attributive_pronoun(engine):
    report = check(engine, "1849 sollten Anna Ross und zwei ihrer Brüder verkauft werden.")
    [count] = structured(report, "figure.count")
    assert (count.value.amount, count.measure, holder_name(count)) == (2, "brüder", "Anna Ross")


def test_a_pronoun_right_after_the_fronted_verb_holds_the_date(engine):
    text = "Milena Kral lebte in Wien. Zurückgekehrt nach Prag, schloss sie sich in den späten 1920ern Zirkeln an."
    [when] = structured(check(engine, text), "event.date")
    assert (when.value.date, holder_name(when)) == ("1925/1929", "Milena Kral")


def test_a_pronoun_does_not_stand_for_a_person_of_the_other_gender(engine):
    text = "Richterin Astrid Kelby verurteilte Wolfgang Tarn. Nun muss er 500 Euro zahlen."
    [fine] = structured(check(engine, text), "figure.money")
    assert holder_name(fine) == "Wolfgang Tarn"


@pytest.mark.parametrize("text, expected", [
    ("Nachdem 1999 neun Braunbären im Trentino befreit wurden, gab es Streit.", {"1999": "Trentino"}),
    ("Die Märkte in Tokio 2009 sowie in Moskau 2013 waren ein Erfolg.", {"2009": "Tokio", "2013": "Moskau"}),
    ("Eine weitere Gruppe soll 2016 in die Slowakei übersiedelt werden.", {}),  # where to, not where
])
def test_a_date_naming_nobody_dates_what_happens_at_its_place(engine, text, expected):
    dates = {c.value.date: holder_name(c) for c in structured(check(engine, text), "event.date")}
    assert dates == expected


def test_a_pronoun_skips_names_given_as_examples_for_the_subject_before(engine):
    text = ("Die Heirat setzte Milena Kral dennoch durch. Mit Literaten wie Franz Werfel stand sie auf gutem Fuß. "
            "Zurückgekehrt nach Prag, schloss sie sich 1928 einem Zirkel an.")
    [when] = [c for c in structured(check(engine, text), "event.date") if c.value.date == "1928"]
    assert holder_name(when) == "Milena Kral"


def test_a_number_of_ways_is_no_count(engine):
    report = check(engine, "Dale Ormsby said the Liberals could keep out Labour in three ways.", language="en")
    assert not structured(report, "figure.count")


def test_the_noun_that_ends_a_name_stands_for_the_entity_named_last_with_it(engine):
    report = check(engine, "Donors pay into the Kelvara Relief Fund. The Dunmere Solidarity Fund was set up too. "
                           "Sixty percent of resources collected by the fund go to the poorest countries.",
                   language="en")
    [share] = structured(report, "figure.percent")
    assert holder_name(share) == "Dunmere Solidarity Fund"


def test_a_share_listed_after_a_comma_keeps_the_holder_of_the_share_before(engine):
    report = check(engine, "Donors pay into the Dunmere Solidarity Fund. Sixty percent of resources collected by "
                           "the fund go to the poorest countries, 30% to developing countries and 10% to the rest.",
                   language="en")
    assert {holder_name(c) for c in structured(report, "figure.percent")} == {"Dunmere Solidarity Fund"}
    assert len(structured(report, "figure.percent")) == 3


def test_a_hyphenated_german_compound_is_a_counted_noun_but_not_one_a_number_is_glued_into(engine):
    report = check(engine, "Die Züchterin Anna Berger hat bisher 19 Flamingo-Küken aufgezogen.")
    assert [c.value.amount for c in structured(report, "figure.count")] == [19]
    report = check(engine, "Die 26.000-Einwohner-Stadt gehört zum Bezirk von Anna Berger.")
    assert not structured(report, "figure.count")


def test_an_age_describing_a_noun_belongs_to_the_name_introduced_with_that_noun(engine):
    report = check(engine, "Die Stute Farina lief beim Derby in Hamburg. Die Trainer wollten die 7 Jahre "
                           "alte Stute danach schonen.")
    [age] = structured(report, "person.age")
    assert (age.value.amount, holder_name(age)) == (7, "Farina")


def test_a_person_described_by_age_is_never_a_name_standing_after_a_locative(engine):
    report = check(engine, "Ein Wanderer ist am Monte Carrado von einem Hund gebissen worden. Das Tier verletzte "
                           "den 45-Jährigen am Bein.")
    [age] = structured(report, "person.age")
    assert age.value.amount == 45 and "Carrado" not in holder_name(age)
    [place] = [e for e in report.entities if e.name == "Monte Carrado"]
    assert place.type != "person"


def test_a_hyphenated_name_is_one_name_and_before_a_noun_only_describes_it(engine):
    report = check(engine, "Actor Jean-Luc Marel-Dray won three awards. The Anglo-Kelvish carmaker sold 400 cars.",
                   language="en")
    [awards] = [c for c in structured(report) if c.value.amount == 3]
    assert holder_name(awards) == "Jean-Luc Marel-Dray"
    assert not [c for c in structured(report) if c.value.amount == 400]


def test_a_role_names_its_organization_written_before_it_or_as_its_possessor(engine):
    report = check(engine, "Norvane chief executive Jean-Luc Marel met Kelby's chief executive Ann Dray.",
                   language="en")
    objects = {c.subject.name: c.object.text for c in structured(report, "person.role")}
    assert objects == {"Jean-Luc Marel": "Norvane", "Ann Dray": "Kelby"}


def test_a_german_count_reaches_its_noun_across_an_adjective(engine):
    report = check(engine, "Die Firma Kelvara schafft 400 neue Stellen. Kelvara bleibt zwei weitere Jahre in Linz. "
                           "Kelvara zeigt eine 23-sekündige Animation.")
    [jobs] = structured(report, "figure.count")
    assert (jobs.value.amount, jobs.measure, holder_name(jobs)) == (400, "jobs", "Kelvara")


@pytest.mark.parametrize("text, amount, holder", [
    ("Im März stieg die Zahl der Arbeitslosen um 26.000.", 26000, "Zahl der Arbeitslosen"),
    ("Eine halbe Million Euro stiftet zudem die städtische Bürgerstiftung für die Sammlung.", 500000,
     "städtische Bürgerstiftung"),
    ("2019 bis 2023 hat allein das Landesamt 600 Umfragen in Auftrag gegeben.", 600, "Landesamt"),
    ("Saisonbereinigt, also ohne die üblichen Schwankungen, stieg die Arbeitslosigkeit um 26.000.", 26000,
     "Arbeitslosigkeit"),
])
def test_a_german_subject_after_a_fronted_phrase_and_its_verb_holds_the_figure(engine, text, amount, holder):
    [claim] = [c for c in structured(check(engine, text)) if c.value.amount == amount]
    assert holder_name(claim) == holder


@pytest.mark.parametrize("text, amount", [
    ("Rund 45 Prozent der Einwohner leben unterhalb der Armutsgrenze.", 45),
    ("Knapp 900.000 Wähler machten die Entscheidung spannend.", 900000),
    ("23 Verantwortliche wurden von der Polizei festgesetzt.", 23),
])
def test_a_phrase_after_the_verb_is_not_the_subject_of_a_fronted_figure_that_may_be_its_own(engine, text, amount):
    claims = [c for c in structured(check(engine, text)) if c.value.amount == amount]
    assert all(holder_name(c) not in ("Armutsgrenze", "Entscheidung", "Polizei") for c in claims)


def test_a_change_after_a_comma_belongs_to_the_holder_of_the_figure_before_it(engine):
    report = check(engine, "An den Kais in Tarnow und Kelby wurden 2024 insgesamt 4,9 Millionen Tonnen umgeschlagen, "
                           "3,8 Prozent mehr als im Vorjahr, wie das Unternehmen mitteilte.")
    [level] = [c for c in structured(report) if c.value.amount == 4900000]
    [change] = structured(report, "figure.percent")
    assert change.value.amount == 3.8 and holder_name(change) == holder_name(level)


def test_people_coming_into_a_named_place_are_counted_for_it(engine):
    report = check(engine, "Das Kelvarium zeigt Kunst. 2024 kamen 212.000 Menschen ins Kelvarium.")
    [visitors] = structured(report, "figure.count")
    assert (visitors.value.amount, holder_name(visitors)) == (212000, "Kelvarium")


def test_a_speakers_own_relative_clause_gives_him_its_figures(engine):
    report = check(engine, "„Das war mein bestes Spiel“, sagte Jonas Berrick, der für den Sieg 126.000 Euro Preisgeld "
                           "erhält.")
    [prize] = structured(report, "figure.money")
    assert (prize.value.amount, holder_name(prize)) == (126000, "Jonas Berrick")


def test_a_pronoun_acting_in_a_reported_clause_holds_its_count(engine):
    report = check(engine, "Martin Hale was jailed on Friday. The court heard that between April 2016 and March 2023 he "
                           "created 214 fake invoices.", language="en")
    [invoices] = structured(report, "figure.count")
    assert (invoices.value.amount, holder_name(invoices)) == (214, "Martin Hale")


def test_a_pronoun_after_a_preposition_or_before_a_copula_acts_for_nobody(engine):
    report = check(engine, "Kelby Films held a screening. We were spoiled for choice and it was tough getting down to only "
                           "10 from the 301 submitted.", language="en")
    assert not [c for c in structured(report, "figure.count") if c.value.amount == 301]


def test_a_german_date_fronted_before_the_verb_belongs_to_the_subject_after_it(engine):
    report = check(engine, "Graz - Am Dienstag trat der neue Landtag zur ersten Sitzung zusammen.",
                   published_at=date(2015, 6, 18))
    [when] = structured(report, "event.date")
    assert (when.value.date, holder_name(when)) == ("2015-06-16", "neue Landtag")


def test_a_span_of_years_framing_a_count_is_no_event_date(engine):
    report = check(engine, "2009 bis 2013 hat allein das Landesamt 600 Umfragen in Auftrag gegeben.")
    assert not structured(report, "event.date")
    assert [c.value.amount for c in structured(report, "figure.count")] == [600]


@pytest.mark.parametrize("text, language, amount, holder", [
    ("Rhys Tarn finished 11th overall.", "en", 11, "Rhys Tarn"),
    ("Ian Kelby, who was second when Tarnow hosted the race last year, won.", "en", 2, "Ian Kelby"),
    ("Die Salzburgerin Lena Hölzer wurde 13., die Tirolerin Anna Rauch 24.", "de", 13, "Lena Hölzer"),
])
def test_a_bare_ordinal_after_a_placing_verb_is_a_rank(engine, text, language, amount, holder):
    [rank] = [r for r in structured(check(engine, text, language), "figure.rank") if r.value.amount == amount]
    assert (rank.value.amount, holder_name(rank)) == (amount, holder)


def test_an_ordinal_before_a_verb_is_no_placing(engine):
    report = check(engine, "Kelby Films said the portrait was first exhibited in Leeds.", language="en")
    assert not structured(report, "figure.rank")


def test_a_german_name_after_a_fronted_figure_and_its_verb_holds_it(engine):
    report = check(engine, "Fünf Millionen Abos zählt Kelvaflix in Lateinamerika. Nach vier glücklosen Anläufen bekam "
                           "Jana Holm den ersten Preis.")
    holders = {c.value.amount: holder_name(c) for c in structured(report, "figure.count")}
    assert holders == {5000000: "Kelvaflix", 4: "Jana Holm"}


def test_a_bracketed_result_after_a_name_is_that_names_in_the_unit_of_its_sentence(engine):
    report = check(engine, "Lena Holm (227,8) holte sich 2,6 Punkte vor der Weltmeisterin Jana Vogt (225,2). Im Nationencup "
                           "liegt Österreich mit 402 Zählern vor Japan (289). Mira Stein aus Kanada (6554 Punkte) wurde "
                           "Zweite.")
    results = {c.value.amount: (holder_name(c), c.value.unit) for c in structured(report, "figure.measure")}
    assert results[227.8] == ("Lena Holm", "points") and results[225.2] == ("Jana Vogt", "points")
    assert results[289] == ("Japan", "points") and results[6554][0] == "Mira Stein"


def test_a_bracketed_conversion_or_an_age_is_no_result(engine):
    report = check(engine, "Jean Dupont made 5.45m euros (£3.77m) last year. Karl Brunner (61) scored 2 points.",
                   language="en")
    assert not [c for c in structured(report) if c.subject and c.subject.text.lower() == "euros"]
    assert [c.value.amount for c in structured(report, "person.age")] == [61]


def test_a_short_opening_phrase_tells_of_the_name_opening_the_main_clause(engine):
    report = check(engine, "Sir Edward Tarn lost the vote. Four hours later, Sir Edward called the Liberal leader back. "
                           "Despite three nominations, Mira Kelby went home empty-handed.", language="en")
    holders = {c.value.amount: holder_name(c) for c in structured(report) if c.predicate in ("figure.duration",
                                                                                              "figure.count")}
    assert holders == {4: "Edward Tarn", 3: "Mira Kelby"}


def test_an_opening_noun_phrase_of_a_count_is_no_fronted_phrase(engine):
    report = check(engine, "Two other former directors, Bert Kelby and Ann Tarn, resigned.", language="en")
    assert not [c for c in structured(report, "figure.count") if holder_name(c) == "Bert Kelby"]


def test_a_description_opening_the_sentence_holds_its_count_or_duration(engine):
    report = check(engine, "Mira Kelby won in Leeds. The 22-year-old star missed four shows on the tour.", language="en")
    [shows] = structured(report, "figure.count")
    assert (shows.value.amount, holder_name(shows)) == (4, "Mira Kelby")


@pytest.mark.parametrize("text, amount, holder", [
    ("Ein Wanderer ist von einem Hund gebissen worden. Das Tier verletzte den 45-Jährigen am Bein.", 45, "Wanderer"),
    ("Am Morgen wurde ein 36-Jähriger eingeklemmt, sagte eine Sprecherin. Später wurde der 36-Jährige operiert.",
     36, "36-Jähriger"),
])
def test_an_age_description_refers_to_the_unnamed_person_introduced_before(engine, text, amount, holder):
    ages = [c for c in structured(check(engine, text), "person.age") if c.value.amount == amount]
    assert holder_name(ages[-1]) == holder


def test_an_english_subject_without_an_article_holds_its_figures(engine):
    report = check(engine, "Kelby Foods posted results. Consumer spending grew 4.2% in the final quarter. However crude "
                           "prices rose 3%. Among the new initiatives are 12 pilot schemes.", language="en")
    holders = {c.value.amount: holder_name(c) for c in structured(report)}
    assert holders[4.2] == "Consumer spending"
    assert holders.get(3) != "However crude prices" and holders.get(12) != "Among the new initiatives"
    report = check(engine, "Employment in manufacturing fell by 11,000, and federal government employment dropped by "
                           "12,000.", language="en")
    assert {c.value.amount: holder_name(c) for c in structured(report)} == {
        11000: "Employment in manufacturing", 12000: "federal government employment"}


def test_a_name_described_as_a_place_leaves_the_place_of_the_clause_its_figure(engine):
    report = check(engine, "Tausende Demonstranten haben in der Hauptstadt Tarnow gegen Wahlen in der Unruheregion Kelvan "
                           "protestiert.")
    [crowd] = structured(report, "figure.count")
    assert holder_name(crowd) == "Tarnow"
