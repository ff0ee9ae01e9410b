"""Find numbers, money, percentages and dates in text, as DESIGN.md quantities.

Recognition works on characters, not spaCy tokens: German writes money into
hyphenated compounds ("650-Millionen-Dollar-Akquisition") that the tokenizer
keeps as one token, and offsets must point into the submitted text exactly.

Intervals by qualifier (APPROX is the relative tolerance below):

=============  ==============================  ================================
qualifier      phrases (de / en)               interval [low, high]
=============  ==============================  ================================
exact          (none)                          [amount, amount]
approx         rund, etwa, ca.; about, around  [amount·(1-APPROX), amount·(1+APPROX)]
estimated      schätzungsweise; an estimated   [amount·(1-APPROX), amount·(1+APPROX)]
more_than      mehr als, über; more than, over (amount, unbounded]
more_than      gut (a little more)             (amount, amount·(1+APPROX)]
at_least       mindestens; at least            [amount, unbounded]
less_than      weniger als, unter; less than   [unbounded, amount)
less_than      knapp, fast; nearly, almost     [amount·(1-APPROX), amount)
at_most        höchstens, bis zu; up to        [unbounded, amount]
=============  ==============================  ================================
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from service.engine.lexicon import LEXICONS, Lexicon
from service.engine.model import Quantity
from service.errors import UnsupportedLanguage

APPROX = 0.1

_SPACE = r"[ \u00a0\u202f]"


def find_quantities(text: str, language: str, reference_date: date | None = None) -> list[Quantity]:
    """Every money amount, count, percentage, plain number and date in `text`, in text order.

    `reference_date` (the article's publication date) completes dates that
    name no year, such as "im März".
    """
    lexicon = _lexicon(language)
    found = list(_amounts(text, lexicon, language)) + list(_dates(text, lexicon, language, reference_date))
    return _without_overlaps(found)


def _lexicon(language: str) -> Lexicon:
    try:
        return LEXICONS[language]
    except KeyError:
        raise UnsupportedLanguage(f"no quantity lexicon for language {language!r}") from None


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=None)
def _amount_pattern(language: str) -> re.Pattern[str]:
    lx = LEXICONS[language]
    if lx.decimal_comma:
        digits = r"\d{1,3}(?:[.\u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
    else:
        digits = r"\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    suffix = rf"(?P<suffix>{_alternation(lx.scale_suffixes) if lx.scale_suffixes else '(?!)'})(?!\w)"
    return re.compile(
        rf"""(?<![\w.,\-])
        (?:(?P<qual>{_alternation(lx.qualifiers)}){_SPACE}+)?
        (?:(?P<cur_pre>{_alternation(lx.currency_symbols)}){_SPACE}?)?
        (?P<num>{digits}|(?:{_alternation(lx.number_words)})(?!\w))
        (?:{suffix}|(?:{_SPACE}+|-)(?P<scale>{_alternation(lx.scale_words)})(?![\w]))?
        (?:(?:{_SPACE}*|-)(?P<pct>{_alternation(lx.percent_words)})(?!\w)
          |(?:{_SPACE}*|-)(?P<cur_post>{_alternation(list(lx.currency_words) + list(lx.currency_symbols))})(?!\w))?
        """,
        re.IGNORECASE | re.VERBOSE,
    )


def _amounts(text: str, lx: Lexicon, language: str):
    for m in _amount_pattern(language).finditer(text):
        num_text = m["num"]
        is_word = not num_text[0].isdigit()
        scale = lx.scale_words.get((m["scale"] or "").lower()) or lx.scale_suffixes.get((m["suffix"] or "").lower())
        currency = _currency(m["cur_pre"], m["cur_post"], lx)
        if is_word and not (scale or currency or m["pct"]):
            continue  # "eine Studie", "a deal": an article, not a number
        number = lx.number_words[num_text.lower()] if is_word else _parse_digits(num_text, lx)
        if number is None:
            continue
        if m["pct"]:
            kind, unit = "percent", "%"
        elif currency:
            kind, unit = "money", currency
        elif scale:
            kind, unit = "count", None
        else:
            if _looks_like_year(num_text):
                continue  # dates claim bare years
            kind, unit = "number", None
        amount = number * (scale or 1)
        phrase = (m["qual"] or "").lower()
        qualifier = lx.qualifiers.get(phrase, "exact")
        low, high = interval(amount, qualifier, near=phrase in lx.near_qualifiers)
        yield Quantity(kind=kind, text=m.group(0), start=m.start(), end=m.end(), amount=amount,
                       low=low, high=high, qualifier=qualifier, unit=unit)


def interval(amount: float, qualifier: str, *, near: bool = False) -> tuple[float | None, float | None]:
    """The interval a qualifier allows around `amount`, as tabled in the module docstring."""
    # Rounded so that 1,500 ± 10 % prints as 1650, not 1650.0000000000002.
    wide_low, wide_high = round(amount * (1 - APPROX), 6), round(amount * (1 + APPROX), 6)
    if qualifier in ("approx", "estimated"):
        return min(wide_low, wide_high), max(wide_low, wide_high)
    if qualifier == "more_than":
        return amount, (wide_high if near else None)
    if qualifier == "at_least":
        return amount, None
    if qualifier == "less_than":
        return (wide_low if near else None), amount
    if qualifier == "at_most":
        return None, amount
    return amount, amount


def intervals_overlap(low_a: float | None, high_a: float | None,
                      low_b: float | None, high_b: float | None) -> bool:
    """Whether two intervals share a point; None is unbounded on its side."""
    low = max(x for x in (low_a, low_b, float("-inf")) if x is not None)
    high = min(x for x in (high_a, high_b, float("inf")) if x is not None)
    return low <= high


def _currency(prefix: str | None, suffix: str | None, lx: Lexicon) -> str | None:
    for token in (prefix, suffix):
        if token:
            code = lx.currency_symbols.get(token) or lx.currency_symbols.get(token.upper()) \
                or lx.currency_words.get(token.lower())
            if code:
                return code
    return None


def _parse_digits(raw: str, lx: Lexicon) -> float | None:
    cleaned = raw.replace("\u00a0", "").replace("\u202f", "")
    if lx.decimal_comma:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


def _looks_like_year(raw: str) -> bool:
    return len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2199


@lru_cache(maxsize=None)
def _date_patterns(language: str) -> list[re.Pattern[str]]:
    lx = LEXICONS[language]
    # Month names must be capitalised: "Mai 2024" is a date, "MAI-1" a model, "may" a verb.
    months = "|".join(
        re.escape(m[0].upper() + m[1:]) for m in sorted(lx.months, key=len, reverse=True))
    year = r"(?P<year>(?:1[89]|2[01])\d\d)(?![\w.,]\d|\w)"
    if language == "de":
        return [
            re.compile(rf"(?<![\w.])(?P<day>[0-3]?\d)\.{_SPACE}*(?P<month>{months})(?!\w)(?:{_SPACE}+{year})?"),
            re.compile(rf"(?<![\w.])(?P<month>{months})(?!\w){_SPACE}+{year}"),
            re.compile(rf"(?<![\w.,\-]){year}"),
        ]
    return [
        re.compile(rf"(?<![\w.])(?P<month>{months})\.?{_SPACE}+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\w)(?:,?{_SPACE}+{year})?"),
        re.compile(rf"(?<![\w.])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?{_SPACE}+(?P<month>{months})(?!\w)(?:{_SPACE}+{year})?"),
        re.compile(rf"(?<![\w.])(?P<month>{months})(?!\w)(?:{_SPACE}+of)?{_SPACE}+{year}"),
        re.compile(rf"(?<![\w.,\-$€£]){year}"),
    ]


def _dates(text: str, lx: Lexicon, language: str, reference: date | None):
    for pattern in _date_patterns(language):
        for m in pattern.finditer(text):
            groups = m.groupdict()
            year = int(groups["year"]) if groups.get("year") else (reference.year if reference else None)
            if year is None:
                continue
            month = lx.months[groups["month"].lower()] if groups.get("month") else None
            day = int(groups["day"]) if groups.get("day") else None
            if day is not None and month is not None:
                try:
                    iso, granularity = date(year, month, day).isoformat(), "day"
                except ValueError:
                    continue
            elif month is not None:
                iso, granularity = f"{year:04d}-{month:02d}", "month"
            else:
                iso, granularity = f"{year:04d}", "year"
            yield Quantity(kind="date", text=m.group(0), start=m.start(), end=m.end(),
                           date=iso, granularity=granularity)


def _without_overlaps(found: list[Quantity]) -> list[Quantity]:
    """Keep the longest of overlapping candidates ("19. März 2024" over "2024")."""
    kept: list[Quantity] = []
    for q in sorted(found, key=lambda q: (q.start, -(q.end - q.start))):
        if kept and q.start < kept[-1].end:
            if q.end - q.start > kept[-1].end - kept[-1].start:
                kept[-1] = q
            continue
        kept.append(q)
    return kept
