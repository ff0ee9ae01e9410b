"""Arithmetic inside one passage, whoever the figures are about (none of the names is in the store).

Each contradiction has a consistent look-alike beside it: the checks must tell them apart.
"""
from datetime import date

import pytest


def findings(engine, text, language, published_at=date(2025, 6, 2)):
    report = engine.check(text, language=language, published_at=published_at)
    return report, [f for f in report.findings if f.kind == "internal_contradiction"]


def linked_values(report, finding):
    """The figures, as written, of the claims a finding names."""
    claims = {c.id: c for c in report.claims}
    return {claims[i].value.text for i in finding.claims}


@pytest.mark.parametrize("text, language, code, figures", [
    ("Average weekly pay rose 0.4% in the month to $912.50, from $901.20 in May.", "en",
     "FC113", {"0.4%", "$912.50", "$901.20"}),
    ("Die Eigenkapitalquote stieg um 0,9 Prozentpunkte auf 12,1 Prozent (Vorjahr: 11,6 Prozent).", "de",
     "FC113", {"0,9 Prozentpunkte", "12,1 Prozent", "11,6 Prozent"}),
    ("Der Umsatz ging leicht zurück auf 2,7 Mrd. Euro, nach 2,4 Mrd. Euro im Vorjahr.", "de",
     "FC113", {"2,7 Mrd. Euro", "2,4 Mrd. Euro"}),
    ("Die Rettungsdienste rückten zu 2.900 Einsätzen aus – fast doppelt so viele wie beim Hochwasser 2021, "
     "als 2.500 Einsätze gezählt wurden.", "de", "FC115", {"2.900", "2.500"}),
    ("Sie machte 19 Fehler und damit weniger als ihre Gegnerin, die auf 15 kam.", "de", "FC115", {"19", "15"}),
    ("61 Prozent der Befragten waren Frauen, 44 Prozent Männer.", "de", "FC117", {"61 Prozent", "44 Prozent"}),
    ("The library holds 12,000 items, including 8,000 books, 3,000 maps and 2,500 prints.", "en",
     "FC112", {"12,000", "8,000", "3,000", "2,500"}),
    ("Im Herbst wurden 1.600 Pflegekräfte eingestellt. 640 von ihnen kamen aus dem Ausland – ein Anteil von "
     "25 Prozent.", "de", "FC114", {"25 Prozent", "640", "1.600"}),
    ("The pier, which opened in 1961, has been in use for 52 years.", "en", "FC116", {"52 years", "1961"}),
    ("Shares in Corvane rose 9% on Tuesday. The stock closed at 265p, up from 250p on Monday.", "en",
     "FC113", {"9%", "265p", "250p"}),
    ("The 48-hour strike began at 00:01 on Thursday and is due to end at midnight on Sunday.", "en",
     "FC124", {"48-hour", "Thursday", "Sunday"}),
    ("Der Streik soll 24 Stunden dauern. Er beginnt am Montag um 6 Uhr und endet am Mittwoch um 6 Uhr.", "de",
     "FC124", {"24 Stunden", "Montag", "Mittwoch"}),
    ("Der Rat beschloss den Haushalt am Dienstag, 5. März 2025, mit großer Mehrheit.", "de", "FC125",
     {"Dienstag, 5. März 2025"}),
    ("Harlow council approved the budget on Friday, 4 March 2025.", "en", "FC125", {"Friday, 4 March 2025"}),
    ("Der Landtag hat 48 Sitze. Die SPÖ kommt auf 15 Sitze, die ÖVP auf 14, die FPÖ auf 14, die Grünen auf 5 und "
     "die KPÖ auf 2.", "de", "FC112", {"48", "15", "14", "5", "2"}),
    ("The council has 60 seats. Labour won 28 seats, the Conservatives 21, the Liberal Democrats 9 and the "
     "Greens 5.", "en", "FC112", {"60", "28", "21", "9", "5"}),
    ("Die Aktie der Brenfeld AG legte um 21 Prozent zu. Sie schloss bei 58 Euro, nach 52 Euro am Freitag.", "de",
     "FC113", {"21 Prozent", "58 Euro", "52 Euro"}),
])
def test_figures_that_cannot_all_hold_are_one_finding_about_each_of_them(engine, text, language, code, figures):
    report, found = findings(engine, text, language)
    assert [f.code for f in found] == [code]
    assert linked_values(report, found[0]) == figures


@pytest.mark.parametrize("text, language", [
    ("Average weekly pay rose 0.7% in the month to $912.50, from $906.20 in May.", "en"),
    ("Die Eigenkapitalquote stieg um 0,5 Prozentpunkte auf 12,1 Prozent (Vorjahr: 11,6 Prozent).", "de"),
    ("Der Umsatz stieg auf 2,7 Mrd. Euro, nach 2,4 Mrd. Euro im Vorjahr.", "de"),
    ("Die Rettungsdienste rückten zu 4.700 Einsätzen aus – fast doppelt so viele wie 2021, als 2.500 gezählt wurden.", "de"),
    ("Die Abwässer werden nicht wie geplant zu 80 Prozent, sondern nur zu 60 Prozent geklärt.", "de"),
    ("65 Prozent der Ärzte und 55 Prozent der Pfleger arbeiten Vollzeit.", "de"),
    ("Turnout ranged from 69% in Harlow, 65% in Stevenage to 62% in Luton.", "en"),
    ("The share was 62%, and the board hopes it will rise to 85% by 2028 and 100% by 2030.", "en"),
    ("The library holds 13,500 items, including 8,000 books, 3,000 maps and 2,500 prints.", "en"),
    ("Im Herbst wurden 1.600 Pflegekräfte eingestellt. 400 von ihnen kamen aus dem Ausland – ein Anteil von "
     "25 Prozent.", "de"),
    ("The pier, which opened in 1961, has been in use for 64 years.", "en"),
    ("The stock rose 3% to 212p, or 4% on the week.", "en"),
    ("Die Gemeinde hat die Quote von 1,5 Prozent mehr als erfüllt, man liege bei zwei Prozent.", "de"),
    ("Der Beitrag soll von 4,5 auf 3,5 oder 3,6 Prozent sinken.", "de"),
    ("Shares in Corvane rose 6% on Tuesday. The stock closed at 265p, up from 250p on Monday.", "en"),
    ("Harlow council approved the budget on Tuesday, 4 March 2025.", "en"),
    ("The council has 60 seats. Labour won 28 seats, the Conservatives 19, the Liberal Democrats 8 and the "
     "Greens 5.", "en"),
    ("Die Firma hat 120 Mitarbeiter. In Linz arbeiten 40 Mitarbeiter, in Graz 30 und in Wien 25.", "de"),
    ("Der Rat beschloss den Haushalt am Dienstag, 4. März, mit großer Mehrheit.", "de"),
    ("The 72-hour strike began at 00:01 on Thursday and is due to end at midnight on Saturday.", "en"),
    ("The 48-hour strike began on Thursday and ended on Saturday.", "en"),
    ("Der Streik soll 48 Stunden dauern. Er beginnt am Montag um 6 Uhr und endet am Mittwoch um 6 Uhr.", "de"),
    ("Shares in Corvane rose 9% on Tuesday, to 273p from 250p. Its bonds closed at 265p, up from 250p.", "en"),
])
def test_a_consistent_look_alike_is_left_alone(engine, text, language):
    assert findings(engine, text, language)[1] == []


def test_a_finding_names_its_figures_and_the_arithmetic_in_each_language(engine):
    report, [finding] = findings(engine, "Der Umsatz stieg um 12 Prozent auf 4,6 Millionen Euro, "
                                         "von 4,3 Millionen Euro im Vorjahr.", "de")
    assert "„12 Prozent“" in finding.message and "+7,0 %" in finding.message
    assert "12 Prozent" in finding.message_en and "+7.0%" in finding.message_en and "sind" not in finding.message_en


def test_claims_stay_in_text_order_with_the_figures_a_finding_adds(engine):
    report, _ = findings(engine, "Average weekly pay rose 0.4% in the month to $912.50, from $901.20 in May.", "en")
    assert [c.id for c in report.claims] == [f"c{i + 1}" for i in range(len(report.claims))]
    assert [c.start for c in report.claims] == sorted(c.start for c in report.claims)


@pytest.mark.parametrize("text, language, figures", [
    ("An der Studie nahmen 2.350 Patientinnen und Patienten teil. Später hieß es, die Studie mit 2.530 Patienten "
     "sei abgeschlossen.", "de", {"2.350", "2.530"}),
    ("Harrow Air has cancelled 270 flights. The airline said the 720 cancellations would hit families.", "en",
     {"270", "720"}),
    ("The trust runs 48 schools in the county. Its chair said the trust's 84 schools needed repairs.", "en",
     {"48", "84"}),
])
def test_the_same_digits_in_another_order_for_the_same_thing_are_flagged(engine, text, language, figures):
    report = engine.check(text, language=language, published_at=date(2025, 6, 2))
    [finding] = [f for f in report.findings if f.code == "FC118"]
    assert finding.kind == "internal_inconsistency" and linked_values(report, finding) == figures


@pytest.mark.parametrize("text, language", [
    ("The trust runs 48 schools. The council runs 84 nurseries.", "en"),  # different things
    ("Microsoft paid $650 million. The deal cost $0.65 billion.", "en"),  # the same amount
    ("Only 242 of the 422 teachers stayed. All 422 teachers were asked.", "en"),  # related on purpose
    ("Der Umsatz stieg von 1.240 auf 1.420 Millionen Euro.", "de"),  # one sentence: a change
])
def test_transposed_looking_figures_that_are_meant_are_left_alone(engine, text, language):
    report = engine.check(text, language=language, published_at=date(2025, 6, 2))
    assert [f for f in report.findings if f.code == "FC118"] == []


@pytest.mark.parametrize("text, language, code", [
    ("Lane completed the 150km stage in 4 hours 10 minutes, an average speed of 41.2km/h.", "en", "FC123"),
    ("Insgesamt nutzten 2,2 Millionen Gäste das Bad. Das sind 15 Prozent mehr als im Vorjahr, als 2,1 Millionen "
     "Gäste gezählt wurden.", "de", "FC113"),
    ("Mit 19 zu 9 Stimmen bei vier Enthaltungen stimmte der Rat zu. Von den 30 anwesenden Räten stimmten auch "
     "Teile der Opposition zu.", "de", "FC122"),
])
def test_arithmetic_across_measures_sentences_and_votes(engine, text, language, code):
    assert [f.code for f in findings(engine, text, language)[1]] == [code]


@pytest.mark.parametrize("text, language", [
    ("Lane completed the 150km stage in 4 hours 10 minutes, an average speed of 36km/h.", "en"),
    ("Insgesamt nutzten 2,2 Millionen Gäste das Bad. Das sind 5 Prozent mehr als im Vorjahr, als 2,1 Millionen "
     "Gäste gezählt wurden.", "de"),
    ("Mit 19 zu 9 Stimmen bei zwei Enthaltungen stimmte der Rat zu. Von den 30 anwesenden Räten stimmten auch "
     "Teile der Opposition zu.", "de"),
])
def test_arithmetic_that_fits_is_left_alone(engine, text, language):
    assert findings(engine, text, language)[1] == []


@pytest.mark.parametrize("text, language, published_at, flagged", [
    ("Die Arbeiten sollen im Frühjahr 2026 beginnen und im Herbst 2027 abgeschlossen sein. Für die Bauzeit von "
     "rund 34 Monaten rechnet die Stadt mit Staus.", "de", date(2025, 3, 14), True),
    ("Die Arbeiten sollen im Frühjahr 2026 beginnen und im Herbst 2027 abgeschlossen sein. Für die Bauzeit von "
     "rund 18 Monaten rechnet die Stadt mit Staus.", "de", date(2025, 3, 14), False),
    ("Der Prozess hatte Anfang Februar dieses Jahres begonnen. Nach 15 Monaten fiel nun das Urteil.", "de",
     date(2025, 11, 20), True),
    ("Der Prozess hatte Anfang Februar dieses Jahres begonnen. Nach neun Monaten fiel nun das Urteil.", "de",
     date(2025, 11, 20), False),
    ("The trial ran for 18 months, from October 2022 to March 2024.", "en", date(2025, 5, 9), False),
])
def test_a_stretch_of_time_against_its_start_and_end(engine, text, language, published_at, flagged):
    report = engine.check(text, language=language, published_at=published_at)
    assert [f.code for f in report.findings if f.kind == "internal_contradiction"] == (["FC124"] if flagged else [])


@pytest.mark.parametrize("text, flagged", [
    ("The pier is now expected to cost $52.0 million. A state grant of $30 million will cover about 75% of the cost, "
     "officials said.", True),
    ("The pier is now expected to cost $40.0 million. A state grant of $30 million will cover about 75% of the cost, "
     "officials said.", False),
])
def test_a_share_of_a_whole_given_in_another_sentence(engine, text, flagged):
    assert [f.code for f in findings(engine, text, "en")[1]] == (["FC114"] if flagged else [])


def test_a_date_takes_the_tense_of_its_own_clause_not_the_next_one(engine):
    _, found = engine.quantities("The strike began at 00:01 on Thursday and is due to end at midnight on Sunday.",
                                 language="en", reference_date=date(2025, 10, 23))
    assert [(q.text, q.date) for q in found if q.kind == "date"] == [("Thursday", "2025-10-23"),
                                                                      ("Sunday", "2025-10-26")]


@pytest.mark.parametrize("text, language, flagged", [
    ("Das Start-up Varnor hat 40 Millionen Euro eingesammelt. Angeführt wird die Runde von Northbeam. Von ihm "
     "stammen 25 Millionen Euro, von den Altinvestoren zusammen 20 Millionen Euro.", "de", True),
    ("Das Start-up Varnor hat 45 Millionen Euro eingesammelt. Angeführt wird die Runde von Northbeam. Von ihm "
     "stammen 25 Millionen Euro, von den Altinvestoren zusammen 20 Millionen Euro.", "de", False),
    ("Tessor has raised $80m. Of that, $50m came from Arcadia and $40m came from existing backers.", "en", True),
])
def test_contributions_against_the_total_raised(engine, text, language, flagged):
    assert [f.code for f in findings(engine, text, language)[1]] == (["FC112"] if flagged else [])


@pytest.mark.parametrize("text, flagged", [
    ("Nausea was less frequent than with placebo: 7% of patients on the drug reported it, compared with 5% on "
     "placebo.", True),
    ("Nausea was less frequent than with placebo: 3% of patients on the drug reported it, compared with 5% on "
     "placebo.", False),
])
def test_a_comparison_whose_two_figures_both_follow_it(engine, text, flagged):
    assert [f.code for f in findings(engine, text, "en")[1]] == (["FC115"] if flagged else [])


def test_a_weekday_and_its_date_are_one_date_whose_year_the_weekday_fits(engine):
    report = engine.check("Ilse Wagner tagte am Dienstag, 4. März, in Lindholm.", language="de",
                          published_at=date(2025, 6, 2))
    [day] = [c for c in report.claims if c.predicate == "event.date"]
    assert (day.value.text, day.value.date) == ("Dienstag, 4. März", "2025-03-04")
    later = engine.check("Ilse Wagner tagte am Mittwoch, 4. März, in Lindholm.", language="de",
                         published_at=date(2025, 6, 2))
    [day] = [c for c in later.claims if c.predicate == "event.date"]
    assert day.value.date == "2026-03-04"  # the only year near 2025 whose 4 March is a Wednesday
