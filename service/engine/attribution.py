"""Who says it: quotes and reported speech in a sentence.

A claim inside quotation marks, or in a sentence with a reporting verb
("sagte", "erklärt", "laut", "said", "according to"), is attributed to the
speaker named there: "erklärt ein Branchenbeobachter" gives "ein
Branchenbeobachter"; "according to the company" gives "the company".
"""
from __future__ import annotations

import re

_QUOTES = re.compile(r"„[^“”\n]*[“”]|“[^”\n]*”|»[^«\n]*«|«[^»\n]*»|\"[^\"\n]*\"|‚[^‘\n]*‘")
_SPEAKER = r"(?P<speaker>[^\W\d_][^,.;:!?„“”\"»«()]{1,60}?)"
_END = r"(?=\s*(?:[,.;:!?„“”\"»«()]|$|\s(?:der|die|das|who|which|that)\s))"

_PATTERNS = {
    "de": [
        re.compile(rf"(?<!\w)(?:laut|nach\s+Angaben\s+(?:von|des|der))\s+{_SPEAKER}{_END}", re.IGNORECASE),
        re.compile(rf"(?<!\w){_SPEAKER}\s+zufolge(?!\w)", re.IGNORECASE),
        re.compile(rf"(?<!\w)(?:sagt|sagte|sagten|erklärt|erklärte|betont|betonte|bestätigt|bestätigte|bemerkt|"
                   rf"bemerkte|meint|meinte|schreibt|schrieb|teilte|berichtet|berichtete|so)\s+{_SPEAKER}{_END}"),
    ],
    "en": [
        re.compile(rf"(?<!\w)according\s+to\s+{_SPEAKER}{_END}", re.IGNORECASE),
        re.compile(rf"(?:[,”\"]\s*|^){_SPEAKER}\s+(?:said|says|told|added|explained|noted|wrote|reported)(?!\w)"),
        re.compile(rf"(?<!\w)(?:said|says|added|explained|noted)\s+{_SPEAKER}{_END}"),
    ],
}


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of quoted passages, quotation marks included."""
    return [(m.start(), m.end()) for m in _QUOTES.finditer(text)]


def speaker(sentence: str, language: str) -> str | None:
    """The speaker a sentence reports, if it names one."""
    for pattern in _PATTERNS.get(language, ()):
        match = pattern.search(sentence)
        if match:
            name = match["speaker"].strip()
            if language == "de":
                name = _noun_phrase(name)
            if name and len(name.split()) <= 8 and name.lower() not in _NO_SOURCE:
                return name
    return None


# "Berichten zufolge", "according to reports": a hedge with no one named to attribute it to.
_NO_SOURCE = frozenset({"berichten", "medienberichten", "informationen", "angaben", "reports",
                        "media reports", "sources"})


def _noun_phrase(words: str) -> str:
    """German nouns are capitalised and verbs are not: a speaker ends at the first
    lower-case word after its noun ("Microsoft stieg …" gives "Microsoft")."""
    kept: list[str] = []
    seen_noun = False
    for word in words.split():
        if seen_noun and word[:1].islower():
            break
        kept.append(word)
        seen_noun = seen_noun or word[:1].isupper()
    return " ".join(kept)
