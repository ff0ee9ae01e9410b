"""The whole check over hostile input — random Unicode, huge numbers, deeply nested HTML,
right-to-left text, emoji, zero-width characters: it never raises, never hangs, and every
offset in the report points into the submitted text."""
import re
import signal
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from service.errors import UnsupportedLanguage

SETTINGS = settings(max_examples=200, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
LONG_RUN = re.compile(r"\S{100}")
HANG_SECONDS = 60  # a watchdog for endless loops, far above any real check; not a speed test

UNICODE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
SPECIAL = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202b", "\u202e",
           "\u2066", "\u2069", "\u00ad", "\u202f", "\u00a0", "🚀", "👩‍👩‍👧", "🇩🇪", "e\u0301", "שלום", "مرحبا",
           "١٢٣", "٫", "ﷺ", "𝟏𝟐𝟑", "Ⅻ", "½", "²"]
WORDS = ["Microsoft", "OpenAI", "hat", "investierte", "invested", "Milliarden", "billion", "Dollar", "$", "€",
         "Mrd.", "Mio.", "mehr als", "über", "rund", "seit", "März", "2024", "CEO", "Mustafa Suleyman",
         "Parameter", "GPT-4", "MAI-1", "kleiner als", "twice as many as", "„", "“", ".", ",", "\n\n", " "]
HUGE = st.integers(min_value=10**15, max_value=10**400).map(str) | st.sampled_from(
    ["1e308", "1e309", "9" * 500, "1.000.000.000.000.000.000", "0,000000000000001", "-" + "9" * 50])
NEWSY = st.lists(st.sampled_from(WORDS + SPECIAL) | HUGE, max_size=80).map(" ".join)


@st.composite
def nested_html(draw):
    depth = draw(st.integers(min_value=1, max_value=3000))
    tag = draw(st.sampled_from(["div", "b", "span", "p", "li", "table"]))
    inner = draw(NEWSY)
    return f"<{tag}>" * depth + inner + f"</{tag}>" * draw(st.integers(0, depth))


@contextmanager
def watchdog(seconds):
    def hung(signum, frame):
        raise AssertionError(f"the check did not finish within {seconds} s: it hangs")
    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def assert_offsets_hold(report: dict, text: str, exact: bool) -> None:
    """Spans lie inside the text and their `text` has the span's length; with `exact` (plain
    text; markup is blanked and runs of 100+ non-space characters are cut, at equal length)
    it is the submitted text itself."""
    def inside(span):
        assert 0 <= span["start"] <= span["end"] <= len(text), span

    ids = set()
    for claim in report["claims"]:
        ids.add(claim["id"])
        inside(claim)
        inside(claim["sentence"])
        assert claim["sentence"]["start"] <= claim["start"] and claim["end"] <= claim["sentence"]["end"]
        for part in ("subject", "object", "value"):
            if claim.get(part):
                inside(claim[part])
                start, end = claim[part]["start"], claim[part]["end"]
                assert len(claim[part]["text"]) == end - start
                if exact:
                    assert text[start:end] == claim[part]["text"]
    for finding in report["findings"]:
        assert set(finding["claims"]) <= ids


@pytest.mark.parametrize("fmt", ["plain", "markdown", "html"])
@SETTINGS
@given(text=st.one_of(UNICODE, NEWSY, nested_html()), language=st.sampled_from(["de", "en"]))
@example(text="<div>" * 5000 + "Microsoft hat 10 Milliarden Dollar in OpenAI investiert.", language="de")
@example(text="\u202eMicrosoft hat 10\u200b Milliarden Dollar in OpenAI investiert.\u202c", language="de")
@example(text="Microsoft invested $" + "9" * 400 + " billion in OpenAI.", language="en")
@example(text="‏מיקרוסופט השקיעה 13 מיליארד דולר ב-OpenAI. Microsoft hat 13 Mrd. $ investiert.", language="de")
def test_hostile_input_checks_cleanly_with_valid_offsets(engine, fmt, text, language):
    with watchdog(HANG_SECONDS):
        report = engine.check(text, language=language, fmt=fmt).to_dict()
    assert_offsets_hold(report, text, exact=fmt == "plain" and not LONG_RUN.search(text))


@SETTINGS
@given(text=st.one_of(NEWSY, nested_html()))
def test_language_detection_on_hostile_input_answers_or_refuses(engine, text):
    with watchdog(HANG_SECONDS):
        try:
            report = engine.check(text, language="auto", fmt="html").to_dict()
        except UnsupportedLanguage:
            return
    assert report["language"] in ("de", "en")
    assert_offsets_hold(report, text, exact=False)
