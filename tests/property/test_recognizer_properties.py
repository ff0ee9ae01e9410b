"""Properties of the recognizers over generated input: values round-trip, nothing raises, offsets hold."""
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from service.engine.document import read_document
from service.engine.numbers import find_numbers
from service.engine.quantities import find_quantities

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def german(amount: int, cents: int | None) -> str:
    whole = f"{amount:,}".replace(",", ".")
    return whole if cents is None else f"{whole},{cents:02d}"


def english(amount: int, cents: int | None) -> str:
    whole = f"{amount:,}"
    return whole if cents is None else f"{whole}.{cents:02d}"


@SETTINGS
@given(st.integers(min_value=0, max_value=10**12), st.one_of(st.none(), st.integers(0, 99)),
       st.sampled_from(["de", "en"]))
def test_a_number_printed_in_a_languages_style_reads_back(amount, cents, language):
    printed = german(amount, cents) if language == "de" else english(amount, cents)
    expected = amount + (cents or 0) / 100
    found = find_numbers(f"Es sind {printed} Stück." if language == "de" else f"It is {printed} items.", language)
    assert [round(n.value, 2) for n in found] == [round(expected, 2)]


@SETTINGS
@given(st.integers(min_value=1, max_value=999), st.sampled_from([
    ("de", "Millionen Euro", 1e6, "EUR"), ("de", "Mrd. Dollar", 1e9, "USD"), ("de", "Billionen Yen", 1e12, "JPY"),
    ("en", "million dollars", 1e6, "USD"), ("en", "billion euros", 1e9, "EUR"), ("en", "trillion yen", 1e12, "JPY"),
]))
def test_money_with_a_scale_word_reads_back(amount, case):
    language, words, scale, unit = case
    [q] = find_quantities(f"{amount} {words}", language)
    assert (q.kind, q.amount, q.unit) == ("money", amount * scale, unit)


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
NEWSY = st.lists(st.sampled_from([
    "13", "1.000", "1,5", "Mrd.", "Mio.", "Milliarden", "$", "€", "-", "–", " ", "  ", "\n", "über", "rund",
    "zwischen", "und", "bis", "Prozent", "%", "März", "2024", "vor", "Jahren", "einhundert", "halbe", "Dutzend",
    "billion", "and", "a", "half", "point", "over", "cents", "Dollar", "GPT-4", "„", "“", ".", ",", "/", "^", "e",
    "\u200b", "\u202f", "\u00a0", "🚀", "שלום", "١٢٣",
]), max_size=60).map("".join)


@SETTINGS
@given(st.one_of(TEXT, NEWSY), st.sampled_from(["de", "en"]))
@example("13$\u202f1313 and", "de")  # once ran past the last atom looking for "and a half"
@example("13e1313", "de")  # once overflowed a float
@example("-0.5^0.5", "en")
def test_no_input_makes_the_recognizers_raise_and_every_offset_is_valid(text, language):
    for quantity in find_quantities(text, language):
        assert 0 <= quantity.start < quantity.end <= len(text)
        assert text[quantity.start:quantity.end] == quantity.text
    for number in find_numbers(text, language):
        assert 0 <= number.start < number.end <= len(text)


@SETTINGS
@given(st.one_of(TEXT, NEWSY), st.sampled_from(["de", "en"]), st.sampled_from(["plain", "markdown", "html"]))
def test_documents_keep_the_submitted_length_and_sentences_inside_it(text, language, fmt):
    document = read_document(text, language, fmt)
    assert len(document.visible) == len(text)
    for sentence in document.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
