"""Who says it: quotes and reported speech in a sentence.

A claim inside quotation marks, or in a sentence with a reporting verb
("sagte", "erklärt", "laut", "said", "according to"), is attributed to the
speaker named there: "erklärt ein Branchenbeobachter" gives "ein
Branchenbeobachter"; "according to the company" gives "the company".
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from service.engine.lang import pack

# Each opening quotation mark and the marks that close it; a quotation never spans a line.
_CLOSING = {"„": "“”", "“": "”", "»": "«", "«": "»", "\"": "\"", "‚": "‘"}
_MARKS = re.compile("[" + re.escape("".join(_CLOSING) + "".join(_CLOSING.values())) + "\n]")
_SPEAKER = r"(?P<speaker>[^\W\d_][^,.;:!?„“”\"»«()]{1,60}?)"
# A speaker ends at punctuation or where a relative clause begins ("…, der", "… who").
_END = r"(?=\s*(?:[,.;:!?„“”\"»«()]|$|\s(?:{relative})\s))"


@lru_cache(maxsize=None)
def _patterns(language: str) -> tuple[re.Pattern[str], ...]:
    """The pack's attribution cues, with the speaker and the end of the speaker filled in."""
    rules = pack(language)
    end = _END.replace("{relative}", "|".join(map(re.escape, rules.relative_pronouns)))
    return tuple(re.compile(p.replace("{SPEAKER}", _SPEAKER).replace("{END}", end))
                 for p in rules.speaker_patterns)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of quoted passages, quotation marks included: from an opening mark to the first
    mark that closes it on the same line, left to right, none inside another.

    One pass over the marks, each mark's next closing mark looked up by bisection: an opening
    mark with no closing one ("„„„„…") costs a look-up, not a scan to the end of the line, so
    the time stays linear in the length of the text."""
    marks = [(m.start(), m.group(0)) for m in _MARKS.finditer(text)]
    following: dict[str, list[int]] = {}
    for at, mark in marks:
        following.setdefault(mark, []).append(at)
    lines = following.get("\n", [])
    spans, after = [], -1
    for at, mark in marks:
        if at <= after or mark not in _CLOSING:
            continue
        line_end = _next(lines, at)
        close = min((_next(following.get(c, []), at) for c in _CLOSING[mark]), default=len(text))
        if close < line_end:
            spans.append((at, close + 1))
            after = close
    return spans


def _next(positions: list[int], at: int) -> int:
    """The first of the sorted `positions` after `at`, else infinity."""
    i = bisect_right(positions, at)
    return positions[i] if i < len(positions) else 1 << 62


def speaker(sentence: str, language: str) -> str | None:
    """The speaker a sentence reports, if it names one."""
    rules = pack(language)
    for pattern in _patterns(language):
        match = pattern.search(sentence)
        if match:
            name = match["speaker"].strip()
            if rules.speaker_is_noun_phrase:
                name = _noun_phrase(name)
            # "Berichten zufolge", "according to reports": a hedge with no one named.
            if name and len(name.split()) <= 8 and name.lower() not in rules.no_source_words:
                return name
    return None


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
