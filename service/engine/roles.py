"""Role words: which words of a text name a role, and which role, from the language pack.

Shared by the names stage (a role before a name is not part of the name: "Prime Minister
Tony Blair") and the role claims ("Bürgermeister Gerd Anger").
"""
from __future__ import annotations

import re
from functools import lru_cache

from service.engine.lang import Pack, pack


def role_of(word: str, rules: Pack) -> str | None:
    """The English role key of a role noun as written, or None."""
    if len(word) < 2 or (rules.capitalises_nouns and not word[:1].isupper()):
        return None
    role = _role_of(word.lower(), rules.language)
    if role is None and "-" in word and not rules.compound_roles:
        role = _role_of(word.rsplit("-", 1)[1].lower(), rules.language)  # "Under-Secretary"
    return role


@lru_cache(maxsize=65536)
def _role_of(lower: str, language: str) -> str | None:
    p = pack(language)
    for ending in p.role_endings:
        if ending and not lower.endswith(ending):
            continue
        base = lower[:len(lower) - len(ending)] if ending else lower
        if base in p.role_words:
            return p.role_words[base]
        if p.compound_roles:
            # Compounds end in their head noun: "Landtagsabgeordneten", "ÖVP-Chef".
            for cut in range(1, len(base) - 3):
                if base[cut:] in p.role_words and (base[cut - 1] == "-" or len(base[cut:]) >= 5):
                    return p.role_words[base[cut:]]
    return None


def phrase_ending_at(text: str, start: int, end: int, rules: Pack) -> tuple[str, int] | None:
    """(role, where the phrase starts) of a multi-word role whose last word is text[start:end]:
    "chief executive", "prime minister"."""
    for lead, role in _phrases_by_last_word(rules.language).get(text[start:end].lower(), ()):
        begin = start - len(lead) - 1
        if begin >= 0 and text[begin:start - 1].lower() == lead:
            return role, begin
    return None


def phrase_starts_at(text: str, at: int, rules: Pack) -> bool:
    """Whether a multi-word role begins at `at` ("Prime Minister …", "chief" of "chief executive")."""
    rest = text[at:at + 60].lower()
    return any(rest.startswith(phrase) and not rest[len(phrase):len(phrase) + 1].isalnum()
               for phrase in _multi_word(rules.language))


@lru_cache(maxsize=None)
def _multi_word(language: str) -> tuple[str, ...]:
    return tuple(phrase for phrase in pack(language).role_phrases if " " in phrase)


@lru_cache(maxsize=None)
def _phrases_by_last_word(language: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """Multi-word roles indexed by their last word, so each word of a text costs one look-up."""
    index: dict[str, list[tuple[str, str]]] = {}
    for phrase, role in pack(language).role_phrases.items():
        words = phrase.split()
        if len(words) > 1:
            index.setdefault(words[-1], []).append((" ".join(words[:-1]), role))
    return {word: tuple(leads) for word, leads in index.items()}


@lru_cache(maxsize=None)
def role_candidates(language: str) -> re.Pattern[str]:
    """Words that may be roles, found in one pass over a sentence: a role noun with its endings
    (German also as the head of a compound, "Landtagsabgeordneten"), or a role phrase's last word."""
    p = pack(language)
    if p.compound_roles:
        # Compounds put the role last, so any word may be one: role_of decides (cached).
        return re.compile(r"(?<![\w'’.-])[^\W\d_][\w-]*")
    heads = sorted({*p.role_words, *(phrase.split()[-1] for phrase in p.role_phrases)}, key=len, reverse=True)
    endings = "|".join(re.escape(e) for e in sorted(p.role_endings, key=len, reverse=True) if e)
    # After a hyphen too: "Under-Secretary".
    return re.compile(rf"(?i)(?<![\w'’.])(?:{'|'.join(map(re.escape, heads))})(?:{endings})?(?![\w'’-])")
