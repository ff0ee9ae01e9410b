"""Entity mentions: names and aliases from the fact store found in the text.

Matching is on characters, case-sensitive (so "inflection point" is not the
company), and accepts what German does to names: a genitive s ("Microsofts",
"OpenAIs") and hyphenated compounds ("DeepMind-Mitbegründer"), which are
marked as modifiers because such a name is rarely the claim's subject.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from itertools import accumulate

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from spacy.tokens import Doc

from service.engine.lang import pack
from service.engine.model import Mention
from service.engine.nlp import known_word, known_words, pipeline
from service.engine.roles import role_of
from service.facts import FactStore
from service.config import Reading


@dataclass(frozen=True)
class FoundMention:
    """A name found in the text; `modifier` marks the first part of a compound ("OpenAI-Chef"), which names
    no subject."""
    mention: Mention
    modifier: bool  # first part of a hyphenated compound


_WORD = re.compile(r"[^\W_]+|[^\w\s]")
# How many of a name's rarest trigrams gather fuzzy candidates, and how many candidates
# are scored: enough for spelling variants, independent of the store's size.
FUZZY_TRIGRAMS = 6
FUZZY_CANDIDATES = 64
# Trigrams in more names than this say little about any one name and cost a long walk.
FUZZY_COMMON = 2000


class EntityIndex:
    """Every name and alias of the store, looked up by first word; built once per store.

    Exact matching scans the text's words once and looks each up in a dict, and fuzzy
    resolution scores only the names that share the rarest trigrams with the query, so
    the cost per mention does not grow with the number of entities.
    """

    def __init__(self, store: FactStore, cutoff: float = Reading.entity_match):
        """`cutoff`: the rapidfuzz ratio (0-100) a proper noun needs with a stored name it does not
        match exactly to resolve to it (FACTCHECK_ENTITY_MATCH)."""
        self.cutoff = cutoff
        self._entities: dict[str, tuple[str, str]] = {}
        for entity in store.entities.values():
            for name in entity.names:
                # The first entity to claim a name keeps it; curators resolve clashes in fixtures.
                self._entities.setdefault(name, (entity.id, entity.type))
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for name in self._entities:
            words = tuple(_WORD.findall(name))
            if words:
                self._by_first.setdefault(words[0], []).append(words)
        for candidates in self._by_first.values():
            candidates.sort(key=len, reverse=True)  # longest name first
        self._names = list(self._entities)
        self._trigrams: dict[str, list[int]] = {}
        for number, name in enumerate(self._names):
            for gram in _trigrams(name):
                self._trigrams.setdefault(gram, []).append(number)

    def find(self, text: str) -> list[FoundMention]:
        """Exact name and alias matches, as written (a genitive s is allowed)."""
        words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
        found: list[FoundMention] = []
        i = 0
        while i < len(words):
            match = self._match_at(text, words, i)
            if match is None:
                i += 1
                continue
            name, end, used = match
            start = words[i][1]
            entity_id, entity_type = self._entities[name]
            after = words[i + used - 1][2]  # end including a genitive s
            modifier = after < len(text) and text[after] == "-"
            found.append(FoundMention(Mention(text=text[start:end], start=start, end=end, type=entity_type,
                                              entity_id=entity_id, via="alias"), modifier=modifier))
            i += used
        return found

    def _match_at(self, text: str, words, i: int):
        word, start, _ = words[i]
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_"):
            return None  # inside a word or a compound: "Ex-CEO", "Nicht-Microsoft"
        keys = [word] + ([word[:-1]] if word.endswith("s") and len(word) > 2 else [])
        for key in keys:
            for candidate in self._by_first.get(key, ()):
                used = len(candidate)
                if i + used > len(words):
                    continue
                window = words[i:i + used]
                if not all(a == b or (k == used - 1 and a == b + "s")
                           for k, ((a, _, _), b) in enumerate(zip(window, candidate))):
                    continue
                if any(window[k + 1][1] != window[k][2] and not _spaced(candidate, k)
                       for k in range(used - 1)):
                    continue
                last_word, _, last_end = window[-1]
                genitive = last_word == candidate[-1] + "s"
                end = last_end - 1 if genitive else last_end
                name = _joined(text, window)
                name = name[:-1] if genitive else name
                if name in self._entities:
                    return name, end, used
        return None

    def resolve(self, name: str) -> tuple[str, str] | None:
        """(entity id, type) of the stored name closest to `name`, if close enough."""
        if len(name) < 4 or not self._names:
            return None
        grams = sorted((g for g in _trigrams(name) if 0 < len(self._trigrams.get(g, ())) <= FUZZY_COMMON),
                       key=lambda g: len(self._trigrams[g]))
        counts: dict[int, int] = {}
        for gram in grams[:FUZZY_TRIGRAMS]:
            for number in self._trigrams.get(gram, ()):
                counts[number] = counts.get(number, 0) + 1
        candidates = sorted(counts, key=lambda number: counts[number], reverse=True)[:FUZZY_CANDIDATES]
        if not candidates:
            return None
        best = process.extractOne(name, [self._names[n] for n in candidates], scorer=fuzz.ratio,
                                  score_cutoff=self.cutoff)
        return self._entities[best[0]] if best else None

    def mentions(self, doc: Doc, text: str, language: str) -> list[FoundMention]:
        """Known names, then the other proper nouns: resolved fuzzily, or kept unresolved."""
        known = self.find(text)
        taken = sorted((m.mention.start, m.mention.end) for m in known)
        starts = [s for s, _ in taken]
        reach = list(accumulate((e for _, e in taken), max))  # the furthest end among spans[:i+1]
        found = list(known)
        spans = proper_noun_spans(doc, language)
        # Words of multi-word names: "Mitterlehner" alone is a name where "Reinhold Mitterlehner" stands.
        # Short forms: the surname of a full name ("Mitterlehner"); where only names are
        # capitalised (English) also any word of a longer name ("Rovers" of "Blackburn Rovers").
        loose = not pack(language).capitalises_nouns
        name_words = {w for start, end, _ in spans if personal_name(text[start:end], language)
                      or (loose and " " in text[start:end])
                      for w in text[start:end].split()[1:] if len(w) > 2 and w[:1].isupper()
                      and w.lower() not in _stop_words(language)}
        spans = _with_name_words(doc, spans, name_words)
        # A word a sentence opens with is a name where the text also writes it as one inside a
        # sentence ("Tarrow's position …. Tarrow is the second-busiest …").
        inside = {text[start:end] for start, end, lone_first in spans if not lone_first}
        # Where nouns are capitalised too, a word no list knows, written as a name more than once
        # ("Ventrapharm", "Nordport"), is one even where the tagger does not say so.
        repeated = Counter(text[start:end] for start, end, lone_first in spans
                           if not lone_first and " " not in text[start:end])
        capitalises_nouns = pack(language).capitalises_nouns
        for start, end, lone_first in spans:
            if _overlaps(starts, reach, start, end):
                continue
            name = text[start:end]
            resolved = self.resolve(name)
            if name in name_words or (lone_first and name in inside):
                pass
            elif lone_first and not resolved and not _unknown_name(name, language):
                continue  # "Doch", "Later": capitalised because they start the sentence
            elif not resolved and " " not in name and not _name_by_lexicon(name, language, lone_first) \
                    and not (capitalises_nouns and repeated[name] > 1):
                continue  # "Derzeit", "British", "Pleitebanken": a lone word the tagger reads as no name
            entity_id, entity_type = resolved if resolved else (None, None)
            modifier = end < len(text) and text[end] == "-" or _attributive(text, start, end, language) \
                or (not capitalises_nouns and "-" in name and _before_a_noun(text, end, language))
            found.append(FoundMention(Mention(text=name, start=start, end=end, type=entity_type,
                                              entity_id=entity_id, via="fuzzy" if resolved else None),
                                      modifier=modifier))
        return sorted(found, key=lambda m: m.mention.start)


def _attributive(text: str, start: int, end: int, language: str) -> bool:
    """"The Bedford star", "the Swiss striker": a name between an article and a person noun
    describes that person (named before); the name holds none of the sentence's figures."""
    rules = pack(language)
    before = text[max(0, start - 6):start].lower().split()
    if not before or before[-1] not in rules.definite_articles:
        return False
    after = re.match(r"\s+(\w+)", text[end:end + 30])
    return after is not None and after.group(1).lower() in rules.person_nouns


def _before_a_noun(text: str, end: int, language: str) -> bool:
    """"US-German carmaker", "Asia-Pacific office": a hyphenated name before a lower-case noun
    is an adjective compound describing the noun, not who acts."""
    from service.engine.words import tagged_as_noun
    after = re.match(r" ([a-z]+)", text[end:end + 30])
    return after is not None and tagged_as_noun(after.group(1), language)


def personal_name(name: str, language: str) -> bool:
    """A name that opens with a listed first name: its other words are surnames."""
    from service.engine.words import first_names
    words = name.split()
    return len(words) > 1 and words[0] in first_names(language)


def _with_name_words(doc: Doc, spans: list[tuple[int, int, bool]], name_words: set[str]) -> list[tuple[int, int, bool]]:
    """Add the lone words of full names that the word lists took for nouns: "Wagner" where
    "Ilse Wagner" stands, "Koch" after "Thomas Koch"."""
    if not name_words:
        return spans
    covered = sorted(spans)
    starts = [s for s, _, _ in covered]
    added = []
    # A word of letters and hyphens is found as a whole run of them, without a pattern built per
    # article; only the rest ("O'Brien") needs one.
    plain = {w for w in name_words if _RUN.fullmatch(w)}
    hits = [(m.start(), m.end()) for m in _RUN.finditer(doc.text) if m.group(0) in plain]
    if len(plain) < len(name_words):
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(name_words - plain))) + r")(?![\w-])")
        hits = sorted(hits + [(m.start(), m.end()) for m in pattern.finditer(doc.text)])
    for start, end in hits:
        i = bisect_left(starts, start + 1) - 1
        if i >= 0 and covered[i][0] <= start < covered[i][1]:
            continue
        added.append((start, end, False))
    return sorted(spans + added) if added else spans


_RUN = re.compile(r"[\w-]+")


def _name_by_lexicon(word: str, language: str, first: bool) -> bool:
    """A lone capitalised word is a name when a name list has it, else when HanTa tags it as one.

    English capitalises only names (and a sentence's first word), so there a word inside a
    sentence is a name unless it is an adjective ("British"); German capitalises every noun,
    so there the tagger must read it as a name."""
    from service.engine.words import COMMON, UNKNOWN, nationality_adjective, tagged_as_name, word_class
    kind = word_class(word, language)
    if kind not in (COMMON, UNKNOWN):
        return True
    if word.isupper():
        return True  # acronyms: "SPÖ", "BBC"
    if not pack(language).capitalises_nouns and not first:
        return not nationality_adjective(word, pack(language))
    return tagged_as_name(word, language)


def _unknown_name(word: str, language: str) -> bool:
    """A sentence's first word that is a name all the same: a listed name ("Robert"), or a word
    no lexicon knows in any case ("Badawi war …")."""
    from service.engine.words import COMMON, UNKNOWN, tagged_as_name, word_class
    if not pack(language).capitalises_nouns and _common_word(word, language):
        # "Labour", "Apple" open sentences as names; "Later", "Budget" as words: the tagger tells.
        return word.lower() not in _stop_words(language) and tagged_as_name(word, language)
    kind = word_class(word, language)
    if kind == COMMON:
        return False
    return kind != UNKNOWN or not (known_word(word.lower(), language) or known_word(word, language))


def _overlaps(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a known name: one of those starting before `end` ends after `start`."""
    i = bisect_left(starts, end) - 1
    return i >= 0 and reach[i] > start


def proper_noun_spans(doc: Doc, language: str) -> list[tuple[int, int, bool]]:
    """Runs of capitalised words that are not common words: names the store may not know.

    English: any capitalised word that is not a function word. German capitalises
    every noun, so a word counts only when neither it nor its last part is a known
    word (spaCy's lookup lemmas, inflected forms and lemmas alike) and it has no noun
    suffix. A lone capitalised word at a sentence's start is flagged (`True`): it is a
    name only if it resolves. Hyphenated words are left to the gazetteer.
    """
    from service.engine.words import first_names
    names = first_names(language)
    legal_forms = pack(language).organization_words  # "Kelvara AG": they join the name before them
    tokens = list(doc)
    texts = [t.text for t in tokens]
    acronyms, not_names = pack(language).stopword_acronyms, pack(language).not_name_words
    stop = _stop_words(language)
    proper = [_proper_word(text, language) or (text in acronyms and _acronym(texts, i))
              # "Hohenstaufen Bank": a capitalised word before a legal form names the organization
              or (i + 1 < len(texts) and texts[i + 1] in legal_forms and _capitalised_word(text)
                  and text.lower() not in stop and text not in not_names)
              for i, text in enumerate(texts)]
    spans: list[tuple[int, int, bool]] = []
    run: list = []
    glued = False
    for i, token in enumerate(tokens):
        follows = bool(run) and run[-1].i == token.i - 1
        # "Daniel Day-Lewis", "Rolls-Royce": a hyphen the tokenizer splits off joins two capitalised words
        hyphen = follows and texts[i] == "-" and not tokens[i - 1].whitespace_ and not token.whitespace_ \
            and i + 1 < len(texts) and _capitalised_word(texts[i + 1])
        joins = glued or hyphen or proper[i] \
            or (follows and (texts[i] in legal_forms or (texts[i - 1] in names and _capitalised_word(texts[i])))) \
            or (texts[i] in names and i + 1 < len(texts) and len(texts[i]) > 2 and (
                proper[i + 1] or (_capitalised_word(texts[i + 1]) and (
                    _plain_first_name(texts[i], language) or (i > 0 and role_of(texts[i - 1], pack(language)))))))
        # "Christopher Drexler"; "Günther Platter", where the surname is also a noun; after a role
        # word even a first name that is also a word ("Kultusminister Jan Berg", "manager Mark Hughes")
        glued = hyphen
        if not joins:
            _close(run, spans)
            run = []
        elif run and not follows:
            _close(run, spans)
            run = [token]
        else:
            run.append(token)
    _close(run, spans)
    return spans


@lru_cache(maxsize=65536)
def _plain_first_name(word: str, language: str) -> bool:
    """A first name that is no common word of the language ("Günther", not "Mark", "Will" or "Am")."""
    return word.lower() not in _stop_words(language) and not (
        known_word(word, language) or known_word(word.lower(), language))


def _capitalised_word(text: str) -> bool:
    """A surname after a first name, even when it is also a noun ("Gerd Brand", "Lionel Messi"),
    double-barrelled too ("Daniela Iraschko-Stolz")."""
    return len(text) > 1 and all(part[:1].isupper() and part.isalpha() for part in text.split("-"))


_OPENERS = frozenset("-–—*•„“\"'‘«»([")


def _close(run: list, spans: list[tuple[int, int, bool]]) -> None:
    if run:
        first = run[0]
        # After a list bullet or an opening quote a sentence's first word is still its first.
        opens = first.is_sent_start or (first.i > 0 and first.doc[first.i - 1].is_sent_start
                                        and first.doc[first.i - 1].text in _OPENERS)
        lone_first = opens and len(run) == 1
        spans.append((run[0].idx, run[-1].idx + len(run[-1].text), lone_first))


def _acronym(texts: list[str], i: int) -> bool:
    """An acronym spelt like a function word ("US", "WHO") is a name inside mixed-case text;
    in a run of capitals (a shouted headline) it is only the word."""
    neighbours = [texts[j] for j in (i - 1, i + 1) if 0 <= j < len(texts) and texts[j][:1].isalpha()]
    return not any(n.isupper() and len(n) > 1 for n in neighbours)


_NOT_NAMES = frozenset("CEO CFO CTO COO KI AI IT PR TV EU".split())


@lru_cache(maxsize=65536)
def _proper_word(text: str, language: str) -> bool:
    """Whether a word, wherever it stands, looks like part of a name (cached: news repeats words)."""
    if "-" in text.strip("-"):
        # "Mecklenburg-Vorpommern", "Iraschko-Stolz" only where every part is a name:
        # "Copa-America-Gastgeber" is a noun
        return all(_proper_word(part, language) for part in text.split("-"))
    if re.fullmatch(r"[A-Z]{1,3}\d{1,2}", text):
        return True  # "G7", "G20": a group's name, not a number
    if len(text) < 2 or not text[0].isupper() or not text.isalpha() or text in _NOT_NAMES \
            or text in pack(language).demonym_nouns:
        return False
    lower = text.lower()
    if lower in _stop_words(language) or lower in _calendar_words(language) or lower in pack(language).units:
        return False  # "TEU", "KM": a unit, not a name
    if pack(language).capitalises_nouns:
        return _name_among_nouns(text, language)
    return True


def _name_among_nouns(text: str, language: str) -> bool:
    """Where every noun is capitalised (German), a word is a name only when no list knows it
    as a noun, it has no noun suffix, and it is no compound or feminine form of a known noun."""
    if text.isupper():
        return True  # acronyms: SAP, BMW
    if re.search(r"[a-zäöüß][A-ZÄÖÜ]", text):
        return True  # "PricewaterhouseCoopers", "YouTube": no German noun has a capital inside
    from service.engine.words import COMMON, UNKNOWN, word_class
    kind = word_class(text, language)
    if kind not in (COMMON, UNKNOWN):
        return True  # a listed first name, surname or place
    known = known_words(language)
    lower = text.lower()
    if kind == COMMON or text in known or lower.endswith(pack(language).noun_suffixes):
        return False
    for cut in range(3, len(text) - 4):
        # A compound of a known noun of five letters or more: "Branchenbeobachter";
        # shorter endings would make "Suleymann" (Mann) or "Zuckerberg" (Berg) common.
        if text[cut:].capitalize() in known:
            return False
    # Feminine and plural forms of a known noun: "Bürgermeisterin", "Ministerinnen".
    return not any(lower.endswith(ending) and text[:-len(ending)] in known
                   for ending in pack(language).derived_endings)


@lru_cache(maxsize=None)
def _stop_words(language: str) -> frozenset[str]:
    return frozenset(pipeline(language).Defaults.stop_words)


def _common_word(word: str, language: str) -> bool:
    """Whether a word is a common word: a stop word, in spaCy's lookup table, or with an
    ending only common words have ("-ly", "-ing")."""
    lower = word.lower()
    return lower in _stop_words(language) or lower in known_words(language) or \
        lower.endswith(pack(language).common_word_endings)


@lru_cache(maxsize=None)
def _calendar_words(language: str) -> frozenset[str]:
    from service.engine.lexicon import lexicon_of
    lx = lexicon_of(language)
    return frozenset(w.rstrip(".") for w in (*lx.months, *lx.weekdays))


def _trigrams(name: str) -> set[str]:
    padded = f"  {name.lower()} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def _spaced(words: tuple[str, ...], k: int) -> bool:
    """Whether a name has a space between its words k and k+1 (all but punctuation do)."""
    return words[k].isalnum() and words[k + 1].isalnum()


def _joined(text: str, window) -> str:
    """The words of a window as the name is written: spaces between words, none around punctuation."""
    return text[window[0][1]:window[-1][2]]
