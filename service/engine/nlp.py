"""The spaCy pipelines: `spacy.blank(lang)`, lookup lemmas and our sentence rules.

No trained pipeline is loaded (none can be downloaded here); every language
gets the same components so the stages after this one never branch on it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

TERMINALS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
CLOSERS = frozenset({"“", "”", '"', "»", "«", "’", "‘", "'", ")", "]", "›", "‹"})

# Capital initials ("J.", "U.S."); lower-case single letters are listed per language,
# so that "$5m." still ends a sentence.
_INITIAL = re.compile(r"^(?:[^\W\d_a-zäöüß]\.)+$")
_ORDINAL = re.compile(r"^\d{1,2}\.$")


@Language.factory("factcheck_sentences", default_config={})
def make_sentence_rules(nlp: Language, name: str):
    """spaCy factory for the sentence splitter, so pipelines can add it by name."""
    return SentenceRules(nlp.lang or "", frozenset(nlp.Defaults.stop_words))


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
        # Each token's text, space flag and trailing space read from spaCy once: its token
        # objects are costly to make, and the loop below looks at neighbours too.
        texts, spaces, trailing = zip(*[(t.text, t.is_space, t.whitespace_) for t in doc])
        starts = [False] * len(doc)
        starts[0] = True
        for i, text in enumerate(texts):
            if spaces[i] and "\n" in text:
                nxt = _next_word(spaces, i + 1)
                if nxt is not None and not _continues(texts[nxt], text):
                    starts[nxt] = True
                continue
            if "\n" in trailing[i] and i + 1 < len(doc) and not spaces[i + 1]:
                if not texts[i + 1][:1].islower():
                    starts[i + 1] = True
            if self._ends_sentence(text) or self._ends_before_function_word(texts, spaces, i):
                j = i + 1
                while j < len(doc) and texts[j] in CLOSERS:
                    j += 1
                nxt = _next_word(spaces, j)
                if nxt is not None and _starts_sentence(texts[nxt]):
                    starts[nxt] = True
        # One array write: setting token.is_sent_start one by one rescans the doc each time.
        values = numpy.array([1 if start else -1 for start in starts], dtype="int32").reshape(-1, 1)
        doc.from_array([SENT_START], values.astype("uint64"))  # type: ignore[arg-type]  # spaCy's Ints2d is a numpy array
        return doc

    def _ends_before_function_word(self, texts: tuple[str, ...], spaces: tuple[bool, ...], i: int) -> bool:
        text = texts[i]
        if len(text) < 3 or text[-1] != "." or text.lower() not in self.can_end:
            return False
        nxt = _next_word(spaces, i + 1)
        return nxt is not None and texts[nxt][:1].isupper() and texts[nxt].lower() in self.stop_words

    def _ends_sentence(self, text: str) -> bool:
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


def _next_word(spaces: tuple[bool, ...], i: int) -> int | None:
    while i < len(spaces) and spaces[i]:
        i += 1
    return i if i < len(spaces) else None


def _starts_sentence(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first.isdigit() or first in "„“\"»«‚‘'(–-*"


def _continues(text: str, space: str) -> bool:
    """A single line break before a lower-case word is a wrapped line, not a new segment."""
    return space.count("\n") == 1 and text[:1].islower()


@lru_cache(maxsize=None)
def pipeline(lang: str) -> Language:
    """The shared pipeline for `lang`, built once per process."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.add_pipe("factcheck_sentences")
    nlp.initialize()
    return nlp


class _KnownWords:
    """Every form and lemma in spaCy's lookup table: the language's common words.

    The table is keyed by string hashes, so forms are tested with its own `in`.
    """

    def __init__(self, language: str):
        lemmatizer: Any = pipeline(language).get_pipe("lemmatizer")  # typed as a bare pipe by spaCy
        self.table = lemmatizer.lookups.get_table("lemma_lookup")
        # Some languages' tables give several lemmas for a form (French): a list, not a string.
        self.lemmas = frozenset(lemma for value in self.table.values()
                                for lemma in (value if isinstance(value, list) else (value,)))

    def __contains__(self, word: str) -> bool:
        return word in self.lemmas or word in self.table


def known_word(word: str, language: str) -> bool:
    """Whether spaCy's lookup table knows `word` as a form or a lemma."""
    return word in known_words(language)


@lru_cache(maxsize=None)
def known_words(language: str) -> _KnownWords:
    """The words spaCy's lookup tables know in `language`, to tell a word from a name."""
    return _KnownWords(language)
