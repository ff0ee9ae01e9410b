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
