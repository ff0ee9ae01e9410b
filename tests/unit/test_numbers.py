"""Numbers in digits and words, German and English: the traps a parser written for English falls into."""
import pytest

from service.engine.numbers import find_numbers, german_cardinal


def value(text, language):
    found = find_numbers(text, language)
    assert len(found) == 1, [(text[n.start:n.end], n.value) for n in found]
    assert found[0].start == 0 or text[:found[0].start].strip() in ("", "-")
    return found[0].value


@pytest.mark.parametrize("text, language, expected", [
    ("1.000", "de", 1000), ("1.000", "en", 1.0),
    ("1,5", "de", 1.5), ("1,000.5", "en", 1000.5), ("2.000,352", "de", 2000.352),
    ("1 000 000", "de", 1_000_000), ("1\u202f234\u202f567,89", "de", 1234567.89),
    ("13,5 Mrd.", "de", 13.5e9), ("13.5bn", "en", 13.5e9), ("10k", "en", 1e4), ("1.2b", "en", 1.2e9),
    ("-9,5", "de", -9.5), ("−12", "en", -12), ("1e10", "en", 1e10), ("3/4", "en", 0.75), ("2 1/4", "en", 2.25),
])
def test_digits_in_each_languages_convention(text, language, expected):
    assert value(text, language) == pytest.approx(expected)


def test_german_billion_is_ten_to_the_twelfth_and_english_billion_ten_to_the_ninth():
    assert value("eine Billion", "de") == 1e12
    assert value("one billion", "en") == 1e9
    assert value("zwei Billiarden", "de") == 2e15
    assert value("3 Bio.", "de") == 3e12


@pytest.mark.parametrize("word, expected", [
    ("dreizehn", 13), ("einhundertfünfzig", 150), ("einundzwanzig", 21), ("zweitausendvierundzwanzig", 2024),
    ("dreihundertneunundneunzigtausendfünfhundertneun", 399509), ("fuenfzehn", 15), ("dreissig", 30),
    ("zweieinhalb", 2.5), ("anderthalb", 1.5), ("eineinhalb", 1.5),
])
def test_german_number_words_written_as_one_word(word, expected):
    assert german_cardinal(word) == expected


@pytest.mark.parametrize("word", ["einhundertzwanzigzig", "hundertundein", "Unternehmen", "und", "zehntausendtausend"])
def test_words_that_only_look_like_numbers_are_not_numbers(word):
    assert german_cardinal(word) is None


@pytest.mark.parametrize("text, expected", [
    ("zwei Dutzend", 24), ("ein halbes Dutzend", 6), ("drei Viertel", 0.75), ("ein Drittel", 1 / 3),
    ("Eine halbe Million", 5e5), ("zwei Millionen dreihunderttausend", 2.3e6), ("zwei Komma drei", 2.3),
    ("fünf und drei Viertel Milliarde", 5.75e9), ("dreieinhalb Millionen", 3.5e6),
])
def test_german_fractions_dozens_and_scales(text, expected):
    assert value(text, "de") == pytest.approx(expected)


@pytest.mark.parametrize("text, expected", [
    ("thirteen", 13), ("one hundred and fifty", 150), ("two and a half", 2.5), ("three quarters", 0.75),
    ("a half", 0.5), ("twenty-one trillion three hundred", 21e12 + 300), ("two thirds of a million", 2e6 / 3),
    ("nine point nought four", 9.04), ("minus five point five", -5.5), ("a dozen", 12), ("3 hundred and 21", 321),
])
def test_english_number_words(text, expected):
    assert value(text, "en") == pytest.approx(expected)


def test_articles_and_pronouns_are_not_numbers():
    assert find_numbers("Eine Studie zeigt ein Ergebnis.", "de") == []
    assert find_numbers("The one you mentioned is good. Which one do you prefer?", "en") == []


def test_units_glued_to_digits_are_not_plain_numbers():
    assert find_numbers("the 180ml bottle", "en") == []


def test_a_list_is_not_a_decimal():
    assert [n.value for n in find_numbers("pages 22,24,26", "en")] == [22, 24, 26]


def test_an_ip_address_is_four_numbers():
    assert [n.value for n in find_numbers("192.168.1.2", "en")] == [192, 168, 1, 2]


def test_two_numbers_joined_by_und_stay_two():
    assert [n.value for n in find_numbers("die Summe aus 2 und 6", "de")] == [2, 6]
