from service.engine.language import detect_language


def test_detects_german():
    assert detect_language("Microsoft hat mehr als 13 Milliarden Dollar in OpenAI investiert, und das ist viel.") == "de"


def test_detects_english():
    assert detect_language("Microsoft has invested more than $13 billion in OpenAI, and that is a lot.") == "en"


def test_gives_up_without_evidence():
    assert detect_language("13 14 15 !!!") is None
    assert detect_language("OpenAI Microsoft") is None


def test_a_short_german_sentence_without_common_function_words():
    assert detect_language("Microsoft zahlte rund 650 Mio. Dollar, also knapp 0,6 Mrd. Euro – seit März 2024.") == "de"


def test_umlauts_count_as_german():
    assert detect_language("Größere Übernahmen") == "de"
