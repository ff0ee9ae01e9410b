"""The lexical layer: what kind of word a capitalised word is, without a trained model.

German capitalises every noun, so "is this a name?" needs a noun lexicon: the
Wiktionary-derived `german-nouns` list (CC BY-SA 4.0, shipped inside its wheel)
tells common nouns from first names, surnames and place names, and spaCy's lookup
lemmas (spacy-lookups-data) cover the other word classes. English has no such
list here; there a capitalised word is a name unless the lookup table knows it.
Word classes are looked up per distinct word and cached: news repeats its words,
and a table look-up costs far less than tagging (HanTa, measured at ~4,300
tokens/s, would cost more than the whole check; see docs/architecture.md).
"""
from __future__ import annotations

import csv
from functools import lru_cache

from service.engine.lang import pack
from service.engine.nlp import known_word  # the spaCy lookup table

FIRST_NAME, SURNAME, PLACE, PROPER, COMMON, UNKNOWN = "first_name", "surname", "place", "proper", "common", "unknown"


@lru_cache(maxsize=None)
def _noun_table() -> dict[str, str]:
    """Every form of every noun in german-nouns -> its class (a name class wins over common)."""
    try:
        from german_nouns.config import CSV_FILE_PATH
    except ImportError:  # the package is a dependency; without it German names are guessed
        return {}
    table: dict[str, str] = {}
    # A common noun outranks a place or surname ("Brand" is a fire first); a first name outranks all.
    # But a place's own headword outranks the plural of its people: "Bayern" and "Niedersachsen"
    # are states before they are plurals of "Bayer" and "Niedersachse" ("Wahlen" stays elections).
    rank = {PROPER: 0, PLACE: 1, SURNAME: 2, COMMON: 3, FIRST_NAME: 4}
    common_lemmas, place_lemmas = set(), set()
    with open(CSV_FILE_PATH, encoding="utf-8") as handle:
        rows = csv.reader(handle)
        next(rows)
        for row in rows:
            pos = row[1]
            kind = (FIRST_NAME if "Vorname" in pos else SURNAME if "Nachname" in pos else
                    PLACE if "Toponym" in pos else PROPER if "Eigenname" in pos else COMMON)
            if kind == COMMON:
                common_lemmas.add(row[0])
            elif kind == PLACE:
                place_lemmas.add(row[0])
            for form in {row[0], *row[7:]}:
                if form and " " not in form and rank[kind] >= rank.get(table.get(form, PROPER), 0):
                    table[form] = kind
    people = {lemma + "n" for lemma in common_lemmas}
    for place in (place_lemmas - common_lemmas) & people:
        if table.get(place) == COMMON:
            table[place] = PLACE
    return table


@lru_cache(maxsize=None)
def first_names(language: str) -> frozenset[str]:
    """First names in texts of `language`: those german-nouns lists ("Franz", "Robert") and the US
    Census 1990 lists (public domain, shipped in the MIT-licensed `names` package: "Tony",
    "Gordon", "Paula"), less those that are common words of the language ("Will", "Mark",
    "Bill" in English), which would make a name of any capitalised word after them."""
    listed = {w for w, kind in _noun_table().items() if kind == FIRST_NAME} | set(_census_first_names())
    return frozenset(name for name in listed if not known_word(name.lower(), language))


@lru_cache(maxsize=None)
def _census_genders() -> dict[str, str]:
    """First names of one gender only in the US Census 1990 lists: "Astrid" -> "f", "Gordon" -> "m"."""
    try:
        from importlib.resources import files
        folder = files("names")
    except (ImportError, ModuleNotFoundError):
        return {}
    lists = {}
    for gender, list_name in (("m", "dist.male.first"), ("f", "dist.female.first")):
        lists[gender] = {line.split()[0].capitalize() for line in
                         folder.joinpath(list_name).read_text(encoding="utf-8").splitlines() if line.strip()}
    both = lists["m"] & lists["f"]
    return {name: gender for gender, names in lists.items() for name in names - both}


def first_name_gender(name: str) -> str | None:
    """"f" or "m" for a name whose first word is a first name of one gender only, else None."""
    first = name.split()[0] if name.split() else ""
    return _census_genders().get(first)


def _census_first_names() -> list[str]:
    try:
        from importlib.resources import files
        folder = files("names")
    except (ImportError, ModuleNotFoundError):
        return []
    found = []
    for list_name in ("dist.male.first", "dist.female.first"):
        for line in folder.joinpath(list_name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.append(line.split()[0].capitalize())
    return found


@lru_cache(maxsize=200_000)
def word_class(word: str, language: str) -> str:
    """first_name, surname, place, proper, common or unknown."""
    if pack(language).noun_list:
        kind = _noun_table().get(word)
        if kind is not None:
            return kind
        if pack(language).genitive_s and word.endswith("s") and _noun_table().get(word[:-1]) in (PLACE, PROPER):
            return _noun_table()[word[:-1]]  # "Argentiniens", "Österreichs": a place's genitive, not listed
    elif word in first_names(language):
        return FIRST_NAME
    return COMMON if known_word(word, language) or known_word(word.lower(), language) else UNKNOWN


@lru_cache(maxsize=None)
def _tagger(language: str):
    """HanTa's model for `language` (shipped inside its wheel; loaded once, ~0.2 s)."""
    from HanTa import HanoverTagger
    return HanoverTagger.HanoverTagger(pack(language).tagger_model)


def nationality_adjective(word: str, rules) -> bool:
    """ "British", "Swiss", "Australian": a capitalised adjective, where only names are capitalised
    otherwise; asked of the tagger only for words shaped like one (the pack's endings)."""
    return bool(rules.adjective_endings) and word.endswith(rules.adjective_endings) and \
        tagged_as_adjective(word, rules.language)


@lru_cache(maxsize=100_000)
def _tag(word: str, language: str) -> str:
    """HanTa's tag for a lone word (cached: the names stage asks about the same words again)."""
    if not pack(language).tagger_model:
        return ""
    try:
        return _tagger(language).analyze(word)[1]
    except Exception:  # an analysis failure must not stop a check
        return ""


def tagged_as_noun(word: str, language: str) -> bool:
    """Whether HanTa reads a lone word as a common noun ("Arbeiter", "Bärin", "man")."""
    return _tag(word, language).startswith("NN")


def tagged_as_finite_verb(word: str, language: str) -> bool:
    """Whether HanTa reads a lone word as a finite verb ("stieg", "hat", "stiftet")."""
    tag = _tag(word, language)
    return tag.startswith("V") and "FIN" in tag


def tagged_as_verb(word: str, language: str) -> bool:
    """Whether HanTa reads a lone word as a verb of any form ("created", "erstellte")."""
    return _tag(word, language).startswith("V")


def tagged_as_adverb(word: str, language: str) -> bool:
    """Whether HanTa reads a lone word as an adverb ("zudem", "allein"), not a preposition."""
    return _tag(word, language).startswith(("ADV", "PROAV"))


def tagged_as_adverbial(word: str, language: str) -> bool:
    """Whether HanTa reads a lone word as an adverb or a preposition, what a fronted adverbial
    opens with ("Im März", "Seit 2019", "Heute", "zudem")."""
    return _tag(word, language).startswith(("ADV", "APPR", "PROAV"))


def tagged_as_superlative(word: str, language: str) -> bool:
    """Whether HanTa reads a lone word as a superlative ("largest", "best"; CLAWS "AJS")."""
    return _tag(word, language).startswith("AJS")


def tagged_as_adjective(word: str, language: str) -> bool:
    """Whether HanTa reads a lone word as an adjective ("syrische", "neue")."""
    return _tag(word, language).startswith(("ADJ", "AJ"))


def tagged_as_determiner(word: str, language: str) -> bool:
    """Whether HanTa reads a lone word as an attributive pronoun ("solcher", "dieser", "ihrer")."""
    return _tag(word, language) in ("PIAT", "PDAT", "PPOSAT")


@lru_cache(maxsize=100_000)
def tagged_as_name(word: str, language: str) -> bool:
    """Whether HanTa reads a lone capitalised word as a name.

    Asked only of words the lexicons above leave open ("Badawi", "Derzeit", "British").
    HanTa's own lexicon of frequent words answers first (a dictionary look-up: "derzeit"
    is an adverb); a German compound whose head is a listed noun ("Pleitebanken") is a
    noun; only the rest get the full analysis (~2 ms a word), cached per distinct word.
    """
    rules = pack(language)
    if not rules.tagger_model:
        return True
    listed = _lexicon_tag(word, language)
    if listed is not None:
        return listed in rules.name_tags
    if rules.noun_list and _compound_of_noun(word):
        return False
    tag = _tag(word, language)
    return tag in rules.name_tags or tag == ""  # no analysis: keep the word as a name


def _lexicon_tag(word: str, language: str) -> str | None:
    """The most likely tag HanTa's lexicon of frequent words lists for `word` (as written, or in
    lower case for a capitalised sentence opener), or None when it does not list it."""
    tagger = _tagger(language)
    for form in (word, word.lower()):
        tags = tagger.cache.get(form)
        if tags:
            best, _ = max(tags, key=lambda t: t[1])  # (tag number, log probability)
            return tagger.int2tag.get(best)
    return None


def _compound_of_noun(word: str) -> bool:
    """"Pleitebanken", "Einzelbewerb": a word that ends in a listed common noun of five letters or more."""
    table = _noun_table()
    for cut in range(2, len(word) - 4):
        head = word[cut:].capitalize()
        if table.get(head) == COMMON:
            return True
    return False


def warm_word_classes(language: str) -> None:
    """Load the lists and the tagger `language` uses now rather than on the first check."""
    rules = pack(language)
    if rules.noun_list:
        _noun_table()
    first_names(language)
    if rules.tagger_model:
        _tagger(language)
