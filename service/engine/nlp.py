"""The spaCy pipelines: `spacy.blank(lang)`, lookup lemmas and our sentence rules.

No trained pipeline is loaded (none can be downloaded here); every language
gets the same components so the stages after this one never branch on it.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

TERMINALS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
CLOSERS = frozenset({"“", "”", '"', "»", "«", "’", "‘", "'", ")", "]", "›", "‹"})

# Capital initials ("J.", "U.S."); lower-case single letters are listed per language,
# so that "$5m." still ends a sentence.
_INITIAL = re.compile(r"^(?:[^\W\d_a-zäöüß]\.)+$")
_ORDINAL = re.compile(r"^\d{1,2}\.$")


@Language.factory("factcheck_sentences", default_config={})
def make_sentence_rules(nlp: Language, name: str):
    return SentenceRules(nlp.lang, frozenset(nlp.Defaults.stop_words))


class SentenceRules:
    """Sentence boundaries for news text, set on `token.is_sent_start`.

    A sentence ends at terminal punctuation (with any closing quotes after it)
    followed by a capitalised word, a digit or an opening quote; never at an
    abbreviation, an initial or a German ordinal ("19. März"). A line break
    ends a sentence unless the next line continues in lower case, so a
    headline without a full stop stays a segment of its own.
    """

    def __init__(self, lang: str, stop_words: frozenset[str] = frozenset()):
        from service.engine.lang import pack
        rules = pack(lang)
        self.abbreviations = rules.abbreviations
        self.can_end = rules.sentence_final_abbreviations
        self.ordinal_dot = rules.ordinal_dot
        self.lang = lang
        self.stop_words = stop_words

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = [False] * len(doc)
        starts[0] = True
        for i, token in enumerate(doc):
            if token.is_space and "\n" in token.text:
                nxt = _next_word(doc, i + 1)
                if nxt is not None and not _continues(doc[nxt], token.text):
                    starts[nxt] = True
                continue
            if "\n" in token.whitespace_ and i + 1 < len(doc) and not doc[i + 1].is_space:
                if not doc[i + 1].text[:1].islower():
                    starts[i + 1] = True
            if self._ends_sentence(token) or self._ends_before_function_word(doc, i):
                j = i + 1
                while j < len(doc) and doc[j].text in CLOSERS:
                    j += 1
                nxt = _next_word(doc, j)
                if nxt is not None and _starts_sentence(doc[nxt]):
                    starts[nxt] = True
        # One array write: setting token.is_sent_start one by one rescans the doc each time.
        values = numpy.array([1 if start else -1 for start in starts], dtype="int32").reshape(-1, 1)
        doc.from_array([SENT_START], values.astype("uint64"))
        return doc

    def _ends_before_function_word(self, doc: Doc, i: int) -> bool:
        if len(doc[i].text) < 3 or doc[i].text[-1] != "." or doc[i].text.lower() not in self.can_end:
            return False
        nxt = _next_word(doc, i + 1)
        return nxt is not None and doc[nxt].text[:1].isupper() and doc[nxt].text.lower() in self.stop_words

    def _ends_sentence(self, token: Token) -> bool:
        text = token.text
        if text in TERMINALS:
            return True
        if not text.endswith(".") or len(text) < 2:
            return text.endswith(("!", "?"))
        lowered = text.lower()
        if lowered in self.abbreviations or _INITIAL.match(text):
            return False
        if self.ordinal_dot and _ORDINAL.match(text):
            return False
        return True


def _next_word(doc: Doc, i: int) -> int | None:
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i if i < len(doc) else None


def _starts_sentence(token: Token) -> bool:
    first = token.text[:1]
    return first.isupper() or first.isdigit() or first in "„“\"»«‚‘'(–-*"


def _continues(token: Token, space: str) -> bool:
    """A single line break before a lower-case word is a wrapped line, not a new segment."""
    return space.count("\n") == 1 and token.text[:1].islower()


@lru_cache(maxsize=None)
def pipeline(lang: str) -> Language:
    """The shared pipeline for `lang`, built once per process."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.add_pipe("factcheck_sentences")
    nlp.initialize()
    return nlp
