"""Entity mentions: names and aliases from the fact store found in the text.

Matching is on characters, case-sensitive (so "inflection point" is not the
company), and accepts what German does to names: a genitive s ("Microsofts",
"OpenAIs") and hyphenated compounds ("DeepMind-Mitbegründer"), which are
marked as modifiers because such a name is rarely the claim's subject.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz, process
from spacy.tokens import Doc

from service.engine.model import Mention
from service.engine.nlp import pipeline
from service.facts import FactStore

# Minimum rapidfuzz ratio (0-100) for a proper noun to resolve to a stored name it does not
# match exactly ("Microsft", "Suleiman"). Below it, the name stays unresolved.
FUZZY_CUTOFF = 88

# Pronouns and definite descriptions that can stand for an entity of these types.
PRONOUNS = {
    "de": {
        "er": ("person",), "ihm": ("person",), "ihn": ("person",),
        "sein": ("person", "product", "organization"), "seine": ("person", "product", "organization"),
        "seinen": ("person", "product", "organization"), "seinem": ("person", "product", "organization"),
        "seiner": ("person", "product", "organization"), "seines": ("person", "product", "organization"),
        "sie": ("person", "organization"), "es": ("product", "organization"),
        "das unternehmen": ("organization",), "der konzern": ("organization",),
        "die firma": ("organization",), "das modell": ("product",),
    },
    "en": {
        "he": ("person",), "him": ("person",), "his": ("person",), "she": ("person",),
        "her": ("person",), "it": ("organization", "product"), "its": ("organization", "product"),
        "they": ("organization",), "the company": ("organization",), "the firm": ("organization",),
        "the group": ("organization",), "the model": ("product",),
    },
}


@dataclass(frozen=True)
class FoundMention:
    mention: Mention
    modifier: bool  # first part of a hyphenated compound


class EntityIndex:
    """One compiled pattern over every name and alias in the store, built once per store."""

    def __init__(self, store: FactStore):
        self._entities: dict[str, tuple[str, str]] = {}
        for entity in store.entities.values():
            for name in entity.names:
                # The first entity to claim a name keeps it; curators resolve clashes in fixtures.
                self._entities.setdefault(name, (entity.id, entity.type))
        names = sorted(self._entities, key=len, reverse=True)
        alternation = "|".join(re.escape(n) for n in names) or r"(?!)"
        self._pattern = re.compile(rf"(?<![\w-])(?P<name>{alternation})(?P<genitive>s|’s|'s|')?(?![\w])")

    def find(self, text: str) -> list[FoundMention]:
        """Exact name and alias matches, as written (a genitive s is allowed)."""
        found = []
        for m in self._pattern.finditer(text):
            entity_id, entity_type = self._entities[m["name"]]
            end = m.end("name")
            modifier = m.end() < len(text) and text[m.end()] == "-"
            found.append(FoundMention(
                Mention(text=m["name"], start=m.start(), end=end, type=entity_type,
                        entity_id=entity_id, via="alias"),
                modifier=modifier))
        return found

    def resolve(self, name: str) -> tuple[str, str] | None:
        """(entity id, type) of the stored name closest to `name`, if close enough."""
        if len(name) < 4 or not self._entities:
            return None
        best = process.extractOne(name, list(self._entities), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return self._entities[best[0]] if best else None

    def mentions(self, doc: Doc, text: str, language: str) -> list[FoundMention]:
        """Known names, then the other proper nouns: resolved fuzzily, or kept unresolved."""
        known = self.find(text)
        taken = [(m.mention.start, m.mention.end) for m in known]
        found = list(known)
        for start, end, lone_first in proper_noun_spans(doc, language):
            if any(s < end and start < e for s, e in taken):
                continue
            name = text[start:end]
            resolved = self.resolve(name)
            if lone_first and not resolved and (language != "en" or _common_english(name)):
                continue  # "Doch", "Later": capitalised because they start the sentence
            entity_id, entity_type = resolved if resolved else (None, None)
            modifier = end < len(text) and text[end] == "-"
            found.append(FoundMention(Mention(text=name, start=start, end=end, type=entity_type,
                                              entity_id=entity_id, via="fuzzy" if resolved else None),
                                      modifier=modifier))
        return sorted(found, key=lambda m: m.mention.start)


_GERMAN_NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "ment", "nis", "tum",
                         "ität", "ierung", "ungen", "heiten", "keiten", "schaften", "tionen")


def proper_noun_spans(doc: Doc, language: str) -> list[tuple[int, int, bool]]:
    """Runs of capitalised words that are not common words: names the store may not know.

    English: any capitalised word that is not a function word. German capitalises
    every noun, so a word counts only when neither it nor its last part is a known
    word (spaCy's lookup lemmas, inflected forms and lemmas alike) and it has no noun
    suffix. A lone capitalised word at a sentence's start is flagged (`True`): it is a
    name only if it resolves. Hyphenated words are left to the gazetteer.
    """
    spans: list[tuple[int, int, bool]] = []
    run: list = []
    for token in doc:
        if not _looks_proper(token, language):
            _close(run, spans)
            run = []
        elif run and token.i != run[-1].i + 1:
            _close(run, spans)
            run = [token]
        else:
            run.append(token)
    _close(run, spans)
    return spans


def _close(run: list, spans: list[tuple[int, int, bool]]) -> None:
    if run:
        lone_first = run[0].is_sent_start and len(run) == 1
        spans.append((run[0].idx, run[-1].idx + len(run[-1].text), lone_first))


_NOT_NAMES = frozenset("CEO CFO CTO COO KI AI IT PR TV EU".split())


def _looks_proper(token, language: str) -> bool:
    return _proper_word(token.text, language)


@lru_cache(maxsize=65536)
def _proper_word(text: str, language: str) -> bool:
    """Whether a word, wherever it stands, looks like part of a name (cached: news repeats words)."""
    if len(text) < 2 or not text[0].isupper() or not text.isalpha() or text in _NOT_NAMES:
        return False
    lower = text.lower()
    if lower in _stop_words(language) or lower in _calendar_words(language):
        return False
    if language == "de":
        if text.isupper():
            return True  # acronyms: SAP, BMW
        known = _known_words("de")
        if text in known or lower.endswith(_GERMAN_NOUN_SUFFIXES):
            return False
        for cut in range(3, len(text) - 4):
            # A compound of a known noun of five letters or more: "Branchenbeobachter";
            # shorter endings would make "Suleymann" (Mann) or "Zuckerberg" (Berg) common.
            if text[cut:].capitalize() in known:
                return False
        return not (lower.endswith("innen") and text[:-5] in known) and not (
            lower.endswith("in") and text[:-2] in known)
    return True


@lru_cache(maxsize=None)
def _stop_words(language: str) -> frozenset[str]:
    return frozenset(pipeline(language).Defaults.stop_words)


def _common_english(word: str) -> bool:
    """Whether an English word is a common word (in spaCy's lookup table or stop words)."""
    lower = word.lower()
    return lower in _stop_words("en") or lower in _known_words("en") or lower.endswith(("ly", "ing"))


class _KnownWords:
    """Every form and lemma in spaCy's lookup table: the language's common words.

    The table is keyed by string hashes, so forms are tested with its own `in`.
    """

    def __init__(self, language: str):
        self.table = pipeline(language).get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
        self.lemmas = frozenset(self.table.values())

    def __contains__(self, word: str) -> bool:
        return word in self.lemmas or word in self.table


@lru_cache(maxsize=None)
def _known_words(language: str) -> _KnownWords:
    return _KnownWords(language)


@lru_cache(maxsize=None)
def _calendar_words(language: str) -> frozenset[str]:
    from service.engine.lexicon import LEXICONS
    lx = LEXICONS[language]
    return frozenset(w.rstrip(".") for w in (*lx.months, *lx.weekdays))
