"""Hostile input that made a single check quadratic: each must now be read in one pass.

These inputs took minutes on the regular expressions they replace (an unclosed opening made
every later opening scan to the end of the text); here they finish at once. How the time grows
with length is measured by bench/growth.py, not asserted here.
"""
from service.engine.attribution import quote_spans
from service.engine.markup import visible_text

LONG = 300_000


def test_unclosed_quotation_marks_are_no_quotes():
    assert quote_spans("„" * LONG) == []
    assert quote_spans("»" * LONG) == []
    assert quote_spans("„Ja“, sagte sie. " + "„" * LONG) == [(0, 4)]


def test_a_quotation_closes_at_its_first_closing_mark_on_its_line():
    assert quote_spans("„a“ „b\n“ »c« \"d\"") == [(0, 3), (9, 12), (13, 16)]  # "„b" is closed on no line


def test_unclosed_markdown_links_stay_text():
    text = "[a" * (LONG // 2)
    assert visible_text(text, "markdown") == text
    assert visible_text("![a" * (LONG // 3), "markdown") == "![a" * (LONG // 3)


def test_a_markdown_link_keeps_its_text_after_unclosed_brackets():
    text = "[a [Kelvara](https://k.example) b"
    assert visible_text(text, "markdown") == "[a  Kelvara" + " " * 21 + "b"


def test_unclosed_comments_and_scripts_hide_nothing_after_them():
    for unit in ("<!--", "<script>", "<a "):
        text = "Umsatz 5 Mio. " + unit * (LONG // len(unit))
        blanked = visible_text(text, "html")
        assert len(blanked) == len(text) and blanked.startswith("Umsatz 5 Mio.")
    assert visible_text("<!-- x --> 5 Mio. " + "<!--" * (LONG // 4), "markdown").startswith(" " * 10 + " 5 Mio.")


def test_a_closed_comment_and_script_are_hidden_and_text_between_kept():
    text = "a<!-- b -->c<script>d</SCRIPT >e<style x=1>f</style>g"
    assert visible_text(text, "html").replace(" ", "") == "aceg"
