"""The shape of what surrounds a number in a language: currencies, percent words,
qualifiers, months, time units, relative dates and tense cues.

Each language pack (service/engine/lang/<lang>.py) fills one `Lexicon`; the number
words themselves are the pack's `NumberWords` (numbers.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# The spaces that stand between a number and its unit: plain, no-break and narrow no-break.
SPACE = "[ \u00a0\u202f]"


def alternation(words) -> str:
    """A regex alternation of literal phrases, longest first, any run of spaces between words."""
    return "|".join(re.escape(w).replace(r"\ ", rf"{SPACE}+")
                    for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class Lexicon:
    """A language's word lists for quantities (currencies, units, months, weekdays), loaded from its pack's
    data."""
    # Currency names written after the number (lower case, spaces as single spaces) -> ISO 4217.
    currency_words: dict[str, str]
    # Symbols and codes, before or after the number -> ISO 4217.
    currency_symbols: dict[str, str]
    # Fractions of a currency unit: word -> share of the main unit.
    subunits: dict[str, float]
    # The currency a fraction's word belongs to in this language: "Cent" is a euro cent in German
    # news and a US cent in English, "p" and "pence" are British.
    subunit_currencies: dict[str, str]
    percent_words: tuple[str, ...]
    point_words: tuple[str, ...]  # percentage points
    # Qualifier phrase -> DESIGN.md qualifier. Longest phrase wins.
    qualifiers: dict[str, str]
    # Qualifiers that also bound the far side: "knapp 13" is a little under 13, not any amount under it.
    near_qualifiers: frozenset[str]
    range_openers: tuple[str, ...]      # "zwischen" 10 und 12
    range_joiners: tuple[str, ...]      # 10 "bis" 12, 10 "und" 12 (after an opener)
    months: dict[str, int]
    since_markers: tuple[str, ...]
    until_markers: tuple[str, ...]
    time_units: dict[str, str]          # "Jahren" -> "year"
    part_of_period: dict[str, str]      # "Anfang" -> "start"
    relative_years: dict[str, int]      # "letztes Jahr" -> -1
    ago: tuple[str, ...]                # "vor" fünf Jahren / five years "ago"
    past_periods: tuple[str, ...]       # "in den vergangenen" fünf Jahren
    quarters: dict[str, int]            # "ersten Quartal" -> 1
    weekdays: dict[str, int]            # "Montag" -> 0
    relative_days: dict[str, int]       # "gestern" -> -1
    relative_spans: dict[str, tuple[int, str]]  # "nächste Woche" -> (+1, "week")
    future: tuple[str, ...]             # "in" drei Wochen
    # Tense cues of a clause: a date without a year is the next one after a future cue
    # ("will take place on 16 January") and the last one before a past cue ("died in July").
    future_cues: str = ""               # regex alternation of words
    past_cues: str = ""
    clause_joiners: tuple[str, ...] = ()  # "and", "und": the tense after one is another clause's
    last_words: tuple[str, ...] = ()    # "last" July, "vergangenen" Oktober
    next_words: tuple[str, ...] = ()    # "next" March, "nächsten" Mai
    change_words: tuple[str, ...] = ()  # "by": before a change, so "by 6.2bn to 178bn" is no range
    # (German "um 10 bis 12 Prozent" is a range of a change: no such word there)
    # "Tausende", "hundreds of": at least this many (a count with no exact figure)
    vague_counts: dict[str, float] = field(default_factory=dict)
    count_links: tuple[str, ...] = ()   # hundreds "of" protesters: between a vague count and its noun
    decade_words: tuple[str, ...] = ()  # "decade", "Jahrzehnt": ten years
    one_words: tuple[str, ...] = ()     # "a" decade, "einem" Jahrzehnt: one of a unit, no digit
    decade_pattern: str = ""            # regex with group "year": "the 1980s", "den 1990er-Jahren"
    century_words: tuple[str, ...] = ()  # "century", "Jahrhundert": "the 18th century" is 1701/1800
    year_links: tuple[str, ...] = ()    # May "of" last year, August "des" vergangenen Jahres
    date_articles: tuple[str, ...] = ()  # Tuesday, "the" 4th; Dienstag, "den" 5. März
    year_words: tuple[str, ...] = ()    # "August last year", "August vergangenen Jahres": the year after a month
    next_week: tuple[str, ...] = ()     # Donnerstag "nächster Woche"
    this_words: tuple[str, ...] = ()    # "this" September: the reference year
    inflected_adjective: str = ""       # regex: an inflected adjective ("syrische", "torlosen"), as it may stand
    day_parts: tuple[str, ...] = ()     # glued to a weekday: "Montag"+"abend", "Dienstag"+"nachmittag"
    seasons: dict[str, int] = None  # type: ignore[assignment]  # "Sommer" -> 6: the month it begins;
    # after `last_words`/`next_words` ("im vergangenen Sommer", "next spring") a season is dated
                                        # between a number and its noun or time unit; empty where adjectives
                                        # do not inflect
    # Scale words after a currency code: "75 USD million".
    scale_words: dict[str, float] = None  # type: ignore[assignment]


def lexicon_of(language: str) -> Lexicon:
    """The lexicon of `language`'s pack."""
    from service.engine.lang import pack
    return pack(language).lexicon
