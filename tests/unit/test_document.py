import pytest

from service.engine.document import read_document
from service.engine.markup import visible_text


def sentences(text, language="de", fmt="plain"):
    doc = read_document(text, language, fmt)
    return [text[s.start:s.end] for s in doc.sentences]


def test_german_abbreviations_do_not_end_sentences():
    text = "Er nannte z. B. 5 Mio. Euro und u. a. 2 Mrd. Dollar. Danach schwieg er."
    assert sentences(text) == ["Er nannte z. B. 5 Mio. Euro und u. a. 2 Mrd. Dollar.", "Danach schwieg er."]


def test_german_ordinal_dates_do_not_end_sentences():
    assert sentences("Am 19. März 2024 kam er. Dann ging er.") == ["Am 19. März 2024 kam er.", "Dann ging er."]


def test_a_quoted_sentence_ends_after_its_closing_quote():
    text = "„Das ist real“, sagt sie. „Doch es wird besser.“ Danach Stille."
    assert sentences(text) == ["„Das ist real“, sagt sie.", "„Doch es wird besser.“", "Danach Stille."]


def test_a_comma_inside_german_quotes_does_not_break():
    text = "„Für ein Unternehmen, das viel investiert hat,“ erklärt ein Beobachter, „ist das neu.“"
    assert sentences(text) == [text]


def test_a_headline_without_full_stop_is_its_own_segment():
    text = "Der leise Wechsel\nMicrosoft baut eigene Modelle. Das ist neu."
    doc = read_document(text, "de")
    assert [text[s.start:s.end] for s in doc.sentences] == [
        "Der leise Wechsel", "Microsoft baut eigene Modelle.", "Das ist neu."]
    assert doc.sentences[0].heading and not doc.sentences[1].heading
    assert [text[p.start:p.end] for p in doc.paragraphs] == [
        "Der leise Wechsel", "Microsoft baut eigene Modelle. Das ist neu."]


def test_english_titles_and_initials_do_not_end_sentences():
    text = "Mr. Smith of the U.S. unit paid $5m. He left."
    assert sentences(text, "en") == ["Mr. Smith of the U.S. unit paid $5m.", "He left."]


def test_markdown_markup_is_blanked_without_moving_offsets():
    text = "# Titel\n\nMicrosoft zahlte **650 Millionen Dollar** an [Inflection](https://example.org)."
    visible = visible_text(text, "markdown")
    assert len(visible) == len(text)
    assert "**" not in visible and "https" not in visible
    assert visible.index("650") == text.index("650")
    assert visible.index("Inflection") == text.index("Inflection")


def test_html_tags_scripts_and_entities_are_blanked_without_moving_offsets():
    text = "<h1>Deal</h1><p>Es kostete &euro;5 Mio. Euro.<script>alert(1)</script> Mehr nicht.</p>"
    visible = visible_text(text, "html")
    assert len(visible) == len(text)
    assert "alert" not in visible and "<" not in visible
    assert "€5 Mio." in visible
    assert sentences(text, "de", "html") == ["Deal", "Es kostete &euro;5 Mio. Euro.", "Mehr nicht."]


def test_front_matter_is_not_article_text():
    text = "---\ntitle: Test\n---\nMicrosoft zahlte viel."
    assert sentences(text, "de", "markdown") == ["Microsoft zahlte viel."]


@pytest.mark.parametrize("fmt", ["plain", "markdown", "html"])
def test_every_sentence_offset_is_inside_the_text(fmt, seed_text):
    doc = read_document(seed_text, "de", fmt)
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= len(seed_text)
        assert seed_text[s.start:s.end].strip() == seed_text[s.start:s.end]


def test_an_endless_run_without_spaces_is_cut_and_keeps_its_length():
    text = "„" * 5000 + " Ende."
    doc = read_document(text, "de")
    assert len(doc.visible) == len(text)
    assert doc.sentences[-1].end == len(text)


def test_ordinary_long_words_are_not_cut():
    word = "Donaudampfschifffahrtsgesellschaftskapitänswitwe"
    assert read_document(f"Die {word} kam.", "de").visible == f"Die {word} kam."
