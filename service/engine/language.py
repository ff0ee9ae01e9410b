"""Tell German from English by their most frequent function words.

A trained detector would need model data we cannot download; for the two
languages we serve, stop-word counts are reliable on anything longer than a
headline, and the caller can always state the language.
"""
from __future__ import annotations

import re

from service.engine.lang import pack

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, candidates: tuple[str, ...] = ("de", "en")) -> str | None:
    """The most likely of `candidates`, or None when the text gives no evidence."""
    markers = {lang: pack(lang).detection_words for lang in candidates}
    # Letters only one language writes (ä, ö, ü, ß): evidence, whatever the words.
    letters = {lang: frozenset(pack(lang).detection_letters) for lang in candidates}
    scores = {lang: 0 for lang in candidates}
    for word in _WORD.findall(text[:20000].lower()):
        for lang in scores:
            if word in markers[lang]:
                scores[lang] += 1
            if letters[lang] and not letters[lang].isdisjoint(word):
                scores[lang] += 1
    if not scores:
        return None
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] == 0 or list(scores.values()).count(scores[best]) > 1:
        return None
    return best
