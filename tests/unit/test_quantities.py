from datetime import date

import pytest

from service.engine.quantities import find_quantities
from service.errors import UnsupportedLanguage


def only(text, language, **kwargs):
    found = find_quantities(text, language, **kwargs)
    assert len(found) == 1, found
    return found[0]


def test_german_money_with_scale_word_and_qualifier():
    q = only("Microsoft hat mehr als 13 Milliarden Dollar investiert.", "de")
    assert (q.kind, q.amount, q.unit, q.qualifier) == ("money", 13e9, "USD", "more_than")
    assert (q.low, q.high) == (13e9, None)
    assert q.text == "mehr als 13 Milliarden Dollar"


def test_money_inside_a_hyphenated_german_compound():
    text = "Die 650-Millionen-Dollar-Akquisition war teuer."
    q = only(text, "de")
    assert (q.kind, q.amount, q.unit) == ("money", 650e6, "USD")
    assert text[q.start:q.end] == "650-Millionen-Dollar"


def test_german_billion_is_ten_to_the_twelfth():
    q = only("GPT-4 soll über einer Billion Parametern haben.", "de")
    assert (q.kind, q.amount, q.qualifier) == ("count", 1e12, "more_than")


def test_english_billion_is_ten_to_the_ninth():
    assert only("It raised $2 billion.", "en").amount == 2e9


@pytest.mark.parametrize("text, amount", [
    ("1.000 Euro", 1000), ("1,5 Mio. Euro", 1.5e6), ("13,5 Mrd. Euro", 13.5e9), ("2.500.000 Euro", 2.5e6),
])
def test_german_digit_separators(text, amount):
    q = only(text, "de")
    assert q.amount == pytest.approx(amount)
    assert q.unit == "EUR"


@pytest.mark.parametrize("text, amount, unit", [
    ("$13bn", 13e9, "USD"), ("US$650m", 650e6, "USD"), ("1,000.5 euros", 1000.5, "EUR"),
    ("£2.5 million", 2.5e6, "GBP"), ("13.5 billion dollars", 13.5e9, "USD"),
])
def test_english_money_forms(text, amount, unit):
    q = only(text, "en")
    assert (q.kind, q.amount, q.unit) == ("money", pytest.approx(amount), unit)


@pytest.mark.parametrize("phrase, qualifier, low, high", [
    ("rund 10 Millionen Euro", "approx", 9e6, 11e6),
    ("schätzungsweise 10 Millionen Euro", "estimated", 9e6, 11e6),
    ("mindestens 10 Millionen Euro", "at_least", 10e6, None),
    ("bis zu 10 Millionen Euro", "at_most", None, 10e6),
    ("knapp 10 Millionen Euro", "less_than", 9e6, 10e6),
    ("weniger als 10 Millionen Euro", "less_than", None, 10e6),
])
def test_german_qualifiers_give_documented_intervals(phrase, qualifier, low, high):
    q = only(phrase, "de")
    assert q.qualifier == qualifier
    assert (q.low, q.high) == (pytest.approx(low) if low else None, pytest.approx(high) if high else None)


@pytest.mark.parametrize("phrase, qualifier", [
    ("more than $5m", "more_than"), ("over $5m", "more_than"), ("about $5m", "approx"),
    ("an estimated $5m", "estimated"), ("nearly $5m", "less_than"), ("up to $5m", "at_most"),
])
def test_english_qualifiers(phrase, qualifier):
    assert only(phrase, "en").qualifier == qualifier


def test_percentages():
    q = only("Der Anteil stieg auf 12,5 Prozent.", "de")
    assert (q.kind, q.amount, q.unit) == ("percent", 12.5, "%")
    assert only("a 49% stake", "en").amount == 49


@pytest.mark.parametrize("text, language, iso, granularity", [
    ("seit März 2024", "de", "2024-03", "month"),
    ("am 19. März 2024", "de", "2024-03-19", "day"),
    ("im Jahr 2019", "de", "2019", "year"),
    ("since March 2024", "en", "2024-03", "month"),
    ("on March 19, 2024", "en", "2024-03-19", "day"),
    ("on 19 March 2024", "en", "2024-03-19", "day"),
])
def test_dates_as_precise_as_the_text(text, language, iso, granularity):
    q = only(text, language)
    assert (q.kind, q.date, q.granularity) == ("date", iso, granularity)


def test_a_date_without_year_takes_the_reference_year():
    q = only("am 3. Oktober", "de", reference_date=date(2023, 5, 1))
    assert q.date == "2023-10-03"


def test_a_model_name_is_not_a_month_or_number():
    assert find_quantities("MAI-1 und GPT-4 sind Modelle.", "de") == []


def test_articles_are_not_numbers():
    assert find_quantities("Eine Studie zeigt, dass ein Modell reicht.", "de") == []
    assert find_quantities("A deal is a deal.", "en") == []


def test_offsets_point_into_the_text():
    text = "Zuerst 5 Mio. Euro, dann über 14 Milliarden Dollar im Mai 2024."
    for q in find_quantities(text, "de"):
        assert text[q.start:q.end] == q.text


def test_unknown_language_is_refused():
    with pytest.raises(UnsupportedLanguage):
        find_quantities("13", "fr")


# --- issue 3: traps, money forms, ranges, periods ------------------------------------------

@pytest.mark.parametrize("text, language, amount", [
    ("1.000 Euro", "de", 1000), ("1.000 euros", "en", 1.0),
])
def test_one_thousand_in_german_is_one_in_english(text, language, amount):
    assert only(text, language).amount == amount


def test_thirteen_and_a_half_billion_in_both_styles():
    de = only("13,5 Mrd. Dollar", "de")
    en = only("$13.5bn", "en")
    assert de.amount == en.amount == 13.5e9
    assert de.unit == en.unit == "USD"


def test_mio_at_the_end_of_a_sentence_keeps_amount_and_sentence(engine):
    text = "Der Umsatz lag bei 5 Mio. Im Jahr davor war er kleiner."
    [amount] = [q for q in find_quantities(text, "de") if q.kind == "count"]
    assert amount.amount == 5e6 and text[amount.start:amount.end] == "5 Mio."
    report = engine.check(text, language="de")
    assert report.stats["sentences"] == 2


@pytest.mark.parametrize("text, language, amount, unit", [
    ("die 13-Milliarden-Investition", "de", 13e9, None),
    ("eine 650-Millionen-Dollar-Akquisition", "de", 650e6, "USD"),
    ("a $650m deal", "en", 650e6, "USD"),
    ("ein 2,5-Milliarden-Euro-Paket", "de", 2.5e9, "EUR"),
])
def test_money_inside_compounds(text, language, amount, unit):
    q = only(text, language)
    assert (q.amount, q.unit) == (pytest.approx(amount), unit)


@pytest.mark.parametrize("text, language, unit", [
    ("5 Mio. Franken", "de", "CHF"), ("5 Mio. Schweizer Franken", "de", "CHF"), ("300 Pfund", "de", "GBP"),
    ("16,4 Millionen kanadischen Dollar", "de", "CAD"), ("1000 Yen", "de", "JPY"), ("¥1000", "en", "JPY"),
    ("CHF 20", "de", "CHF"), ("20 EUR", "de", "EUR"), ("US$ 5", "en", "USD"), ("C$ 5", "en", "CAD"),
    ("HK$ 10.05 billion", "en", "HKD"), ("£15m", "en", "GBP"), ("10,000 swiss francs", "en", "CHF"),
    ("five million yen", "en", "JPY"), ("100元", "en", "CNY"),
])
def test_currencies_by_symbol_code_and_name(text, language, unit):
    q = only(text, language)
    assert (q.kind, q.unit) == ("money", unit)


def test_cents_join_the_amount_in_the_main_unit():
    assert only("es kostet 15 Dollar und 15 Cent.", "de").amount == pytest.approx(15.15)
    assert only("it cost thirteen dollars and forty-five cents", "en").amount == pytest.approx(13.45)
    assert only("shares fell 34 cents", "en").amount == pytest.approx(0.34)


@pytest.mark.parametrize("text, language", [
    ("Der Polizei zufolge nahmen mehr als 2000 zumeist Vermummte teil.", "de"),
    ("About 2000 people attended.", "en"),
])
def test_a_qualified_four_digit_number_is_an_amount_not_a_year(text, language):
    assert only(text, language).kind != "date"


@pytest.mark.parametrize("text, language, amount, unit", [
    ("the shares closed at 412p", "en", 4.12, "GBP"), ("a dividend of 6.5p per share", "en", 0.065, "GBP"),
    ("der Preis stieg auf 3,17 Cent", "de", 0.0317, "EUR"), ("it cost 40 cents", "en", 0.4, "USD"),
])
def test_a_fraction_of_a_currency_is_money_of_the_languages_currency(text, language, amount, unit):
    q = only(text, language)
    assert (q.kind, q.unit, q.amount) == ("money", unit, pytest.approx(amount))


def test_percentage_points_are_not_percent():
    assert only("ein Plus von 1,5 Prozentpunkten", "de").unit == "pp"
    assert only("up 2 percentage points", "en").unit == "pp"
    assert only("up 2 per cent", "en").unit == "%"


@pytest.mark.parametrize("text, language, low, high, unit", [
    ("zwischen 10 und 12 Mrd. Euro", "de", 10e9, 12e9, "EUR"),
    ("10 bis 12 Milliarden Dollar", "de", 10e9, 12e9, "USD"),
    ("between $10 and $12 billion", "en", 10, 12e9, "USD"),
    ("10–12 billion dollars", "en", 10e9, 12e9, "USD"),
    ("5 to 7 percent", "en", 5, 7, "%"),
])
def test_ranges_become_one_interval(text, language, low, high, unit):
    q = only(text, language)
    assert (q.qualifier, q.low, q.high, q.unit, q.amount) == ("range", low, high, unit, None)


def test_two_amounts_joined_by_and_without_between_stay_two():
    assert len(find_quantities("5 Mio. Euro und 3 Mio. Dollar", "de")) == 2


@pytest.mark.parametrize("phrase, qualifier", [
    ("fast 5 Mio. Euro", "less_than"), ("gut 5 Mio. Euro", "more_than"), ("höchstens 5 Mio. Euro", "at_most"),
    ("etwa 5 Mio. Euro", "approx"), ("ca. 5 Mio. Euro", "approx"),
])
def test_more_german_qualifiers(phrase, qualifier):
    assert only(phrase, "de").qualifier == qualifier


@pytest.mark.parametrize("text, language, iso, qualifier", [
    ("seit März 2024", "de", "2024-03", "at_least"),
    ("bis März 2024", "de", "2024-03", "at_most"),
    ("Anfang 2024", "de", "2024", "approx"),
    ("im ersten Quartal 2024", "de", "2024-Q1", "exact"),
    ("in the first quarter of 2024", "en", "2024-Q1", "exact"),
    ("since March 2024", "en", "2024-03", "at_least"),
    ("early 2024", "en", "2024", "approx"),
    ("am 19.03.2024", "de", "2024-03-19", "exact"),
])
def test_dates_and_periods(text, language, iso, qualifier):
    q = only(text, language)
    assert (q.kind, q.date, q.qualifier) == ("date", iso, qualifier)


@pytest.mark.parametrize("text, language, iso", [
    ("vor fünf Jahren", "de", "2019"), ("five years ago", "en", "2019"), ("last year", "en", "2023"),
    ("im vergangenen Jahr", "de", "2023"), ("vor drei Monaten", "de", "2024-02"),
])
def test_relative_dates_resolve_against_the_publication_date(text, language, iso):
    q = only(text, language, reference_date=date(2024, 5, 7))
    assert (q.kind, q.date) == ("date", iso)


def test_a_past_period_is_a_duration_with_its_years():
    q = only("in den vergangenen fünf Jahren", "de", reference_date=date(2024, 5, 7))
    assert (q.kind, q.amount, q.unit, q.date) == ("duration", 5, "year", "2019/2024")
    without_reference = only("in the past five years", "en")
    assert (without_reference.kind, without_reference.amount, without_reference.date) == ("duration", 5, None)


@pytest.mark.parametrize("text, language, amount, unit", [
    ("zwei Wochen", "de", 2, "week"), ("18 Monate", "de", 18, "month"), ("three days", "en", 3, "day"),
])
def test_durations(text, language, amount, unit):
    q = only(text, language)
    assert (q.kind, q.amount, q.unit) == ("duration", amount, unit)


def test_a_number_before_a_noun_is_not_a_year():
    q = only("Die Firma hat 1900 Mitarbeiter.", "de")
    assert (q.kind, q.amount) == ("number", 1900)


def test_a_bare_m_is_not_a_million_without_a_currency():
    assert find_quantities("a 1m wall", "en") == []
    assert only("£1m", "en").amount == 1e6


@pytest.mark.parametrize("text, language, iso, granularity", [
    ("am 22.04. zurück", "de", "2024-04-22", "day"),
    ("am zweiten Mai", "de", "2024-05-02", "day"),
    ("gestern", "de", "2024-05-06", "day"),
    ("am Freitag", "de", "2024-05-03", "day"),
    ("letzte Woche", "de", "2024-04-29/2024-05-05", "week"),  # Monday to Sunday of that week
    ("im vergangenen Monat", "de", "2024-04", "month"),
    ("in drei Wochen", "de", "2024-05-28", "day"),
    ("vor drei Tagen", "de", "2024-05-04", "day"),
    ("yesterday", "en", "2024-05-06", "day"),
    ("on Friday", "en", "2024-05-03", "day"),
    ("next month", "en", "2024-06", "month"),
    ("on Dec. 31 , 1994", "en", "1994-12-31", "day"),
    ("am Montagabend", "de", "2024-05-06", "day"),  # a weekday with its time of day glued to it
    ("am Freitagnachmittag", "de", "2024-05-03", "day"),
    ("im vergangenen Sommer", "de", "2023-06/2023-08", "month"),
    ("im kommenden Herbst", "de", "2024-09/2024-11", "month"),
    ("last winter", "en", "2023-12/2024-02", "month"),
    ("next spring", "en", "2025-03/2025-05", "month"),
])
def test_relative_and_short_dates_resolve_against_the_publication_date(text, language, iso, granularity):
    q = only(text, language, reference_date=date(2024, 5, 7))
    assert (q.kind, q.date, q.granularity) == ("date", iso, granularity)


def test_last_winter_is_the_one_before_the_winter_we_are_in():
    assert only("last winter", "en", reference_date=date(2016, 1, 20)).date == "2014-12/2015-02"


def test_relative_dates_are_left_out_without_a_publication_date():
    assert find_quantities("gestern und am Freitag", "de") == []


def test_the_morning_is_not_tomorrow():
    assert find_quantities("Am Morgen kam er, guten Morgen.", "de", reference_date=date(2024, 5, 7)) == []


@pytest.mark.parametrize("text, language, rank", [
    ("der drittgrößte Konzern ist die dritte Wahl", "de", 3), ("zum 2. Mal", "de", 2),
    ("the twenty-first", "en", 21), ("its 21st year", "en", 21),
])
def test_ordinals_are_ranks(text, language, rank):
    ranks = [q.amount for q in find_quantities(text, language) if q.kind == "ordinal"]
    assert rank in ranks


def test_erst_and_kosten_are_not_ranks():
    assert [q for q in find_quantities("Erst die Kosten, dann die Liste.", "de") if q.kind == "ordinal"] == []


def test_a_model_number_does_not_join_the_figure_after_it():
    [q] = find_quantities("Berichten zufolge hat MAI-1 500 Milliarden Parameter.", "de")
    assert (q.amount, q.text) == (500e9, "500 Milliarden")


@pytest.mark.parametrize("text, amounts", [
    ("The fund lost USD240 last year.", [(240, "USD")]),
    ("Fees came to 99.5EUR a month.", [(99.5, "EUR")]),
    ("Losses above 12 MUSD were booked.", [(12e6, "USD")]),
    ("Revenue reached MEUR 45 in March.", [(45e6, "EUR")]),
    ("They raised 40 USD million in May.", [(40e6, "USD")]),
    ("A loan of 3,45,000.50 rupees was approved.", [(345000.5, "INR")]),
    ("Tickets were 8 $ and 12 $ at the door.", [(8, "USD"), (12, "USD")]),
    ("Bids of $ 1,500 $ 2,250 were made.", [(1500, "USD"), (2250, "USD")]),
])
def test_money_as_finance_desks_write_it(text, amounts):
    found = [(q.amount, q.unit) for q in find_quantities(text, "en") if q.kind == "money"]
    assert found == amounts


@pytest.mark.parametrize("text, language, iso", [
    ("since the 2000/2001 season", "en", "2000/2001"), ("in der Saison 2015/16", "de", "2015/2016"),
    ("the 2012-13 campaign", "en", "2012/2013"),
])
def test_a_season_across_two_years_is_one_date(text, language, iso):
    q = only(text, language)
    assert (q.kind, q.date) == ("date", iso)


def test_a_change_and_its_new_level_are_no_range():
    found = find_quantities("Total lending rose by £6.2bn to £178bn.", "en")
    assert [q.amount for q in found] == [6.2e9, 178e9]


@pytest.mark.parametrize("text, kind, amount", [
    ("She will now seek a third title.", "ordinal", 3), ("They won the Cup for a seventh time.", "ordinal", 7),
    ("a third of the votes", "number", 1 / 3), ("A fifth said no.", "number", 0.2),
])
def test_a_third_before_a_noun_is_an_ordinal_and_before_of_or_a_verb_a_share(text, kind, amount):
    q = only(text, "en")
    assert (q.kind, q.amount) == (kind, pytest.approx(amount))


@pytest.mark.parametrize("text, language, years", [
    ("They have worked together for a decade.", "en", 10), ("for two decades", "en", 20),
    ("seit einem Jahrzehnt", "de", 10), ("seit zwei Jahrzehnten", "de", 20),
])
def test_a_decade_is_ten_years(text, language, years):
    q = only(text, language)
    assert (q.kind, q.amount, q.unit) == ("duration", years, "year")


@pytest.mark.parametrize("text, language, iso", [
    ("He founded it back in the 1980s.", "en", "1980/1989"), ("in the early 1990s", "en", "1990/1994"),
    ("the late 1970s", "en", "1975/1979"), ("in den 1990er-Jahren", "de", "1990/1999"),
    ("Anfang der 1920er-Jahre", "de", "1920/1924"), ("an 18th-century painting", "en", "1701/1800"),
    ("im 19. Jahrhundert", "de", "1801/1900"), ("in den späten 1920ern", "de", "1925/1929"),
])
def test_a_decade_or_century_is_a_date_as_wide_as_written(text, language, iso):
    q = only(text, language)
    assert (q.kind, q.date) == ("date", iso)


@pytest.mark.parametrize("text, language, amount", [
    ("Tausende Nationalisten protestierten.", "de", 1000), ("Thousands of people marched.", "en", 1000),
    ("tens of thousands of people", "en", 10000), ("Hunderte Kleinsparer", "de", 100),
])
def test_a_vague_plural_is_at_least_that_many(text, language, amount):
    q = only(text, language)
    assert (q.kind, q.low, q.high, q.qualifier) == ("count", amount, None, "at_least")


def test_a_vague_amount_of_money_is_left_alone():
    assert find_quantities("Es geht um Millionen Euro.", "de") == []


def test_a_german_duration_with_an_adjective_before_its_unit():
    [duration] = find_quantities("Messi traf nach 120 torlosen Minuten vom Punkt.", "de")
    assert (duration.kind, duration.amount, duration.unit) == ("duration", 120, "minute")
    found = find_quantities("Er kam in zwei aufeinanderfolgenden Jahren zu Ehren.", "de", date(2016, 1, 21))
    assert not [q for q in found if q.kind == "date"]  # a stretch, not "in two years" from now
    [per_month] = find_quantities("He made £26,000 per month.", "en")
    assert per_month.kind == "money"
