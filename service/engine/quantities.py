"""Find money, counts, percentages, plain numbers, dates and durations in text.

`find_quantities(text, language, reference_date=None)` is the public entry
point (also served as `POST /v1/quantities`). It builds on `numbers.find_numbers`
and reads what stands around each number: a currency before or after it
(symbol, ISO code or name, "US$", "kanadischen Dollar"), cents after it
("15 Dollar und 15 Cent"), a percent word or percentage points, a qualifier
before it, a range ("zwischen 10 und 12 Mrd.", "10–12 billion"). Dates and
periods come from their own patterns ("19. März 2024", "Anfang 2024",
"seit März 2024", "vor fünf Jahren", "in den vergangenen fünf Jahren",
"last year", "Q1 2024"), resolved against `reference_date` where relative.

Recognition works on characters, not spaCy tokens: German writes money into
hyphenated compounds ("650-Millionen-Dollar-Akquisition") that the tokenizer
keeps as one token, and offsets must point into the submitted text exactly.
Money stated in cents or pence is given in the main unit (34 cents = 0.34 USD).
Ranks ("dritte", "die 3. Banane", "twenty-first") are quantities of kind `ordinal`.

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
range          zwischen 10 und 12; 10-12       [first, second]; amount null
=============  ==============================  ================================

For dates, `date` is ISO 8601 as precise as the text ("2024-03", "2024-Q1",
"2024"), or an interval "2019/2024" for a stretch of years; `qualifier` is
`at_least` after "seit"/"since", `at_most` after "bis"/"until", `approx` for
"Anfang"/"early" and the like. Durations have `amount` and `unit` (year,
month, week, day, hour, minute, decade).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from service.engine.lexicon import LEXICONS, Lexicon
from service.engine.model import Quantity
from service.engine.numbers import Number, find_numbers, find_ordinals
from service.errors import UnsupportedLanguage

APPROX = 0.1
_SPACE = "[ \u00a0\u202f]"


def find_quantities(text: str, language: str, reference_date: date | None = None) -> list[Quantity]:
    """Every quantity in `text`, in text order, without overlaps (the longest reading wins)."""
    lx = _lexicon(language)
    patterns = _patterns(language)
    numbers = find_numbers(text, language)
    amounts = [a for a in (_amount(text, n, language, patterns) for n in numbers) if a is not None]
    amounts += _article_amounts(text, patterns)
    amounts = _ranges(text, sorted(amounts, key=lambda a: a.quantity.start), patterns)
    found = [a.quantity for a in amounts]
    found += [Quantity(kind="ordinal", text=text[o.start:o.end], start=o.start, end=o.end, amount=o.value,
                       low=o.value, high=o.value) for o in find_ordinals(text, language)]
    found += _dates(text, lx, patterns, reference_date)
    found += _periods(text, numbers, lx, patterns, reference_date)
    return _without_overlaps(found)


def _lexicon(language: str) -> Lexicon:
    try:
        return LEXICONS[language]
    except KeyError:
        raise UnsupportedLanguage(f"no quantity lexicon for language {language!r}") from None


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


# --- patterns ----------------------------------------------------------------------------

def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", rf"{_SPACE}+")
                    for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class _Patterns:
    percent_after: re.Pattern[str]
    currency_after: re.Pattern[str]
    currency_before: re.Pattern[str]
    qualifier_before: re.Pattern[str]
    subunit_after: re.Pattern[str]
    article_currency: re.Pattern[str]
    percent_before: re.Pattern[str]
    range_opener_before: re.Pattern[str]
    model_name_before: re.Pattern[str]
    lexicon: Lexicon


@lru_cache(maxsize=None)
def _patterns(language: str) -> _Patterns:
    lx = LEXICONS[language]
    symbols = _alternation(lx.currency_symbols)
    names = _alternation(lx.currency_words)
    articles = "ein|eine|einen|einem|einer" if language == "de" else "a|an"
    return _Patterns(
        percent_after=re.compile(
            rf"{_SPACE}*-?(?P<word>{_alternation(lx.point_words + lx.percent_words)})(?!\w)", re.IGNORECASE),
        currency_after=re.compile(
            rf"{_SPACE}*-?{_SPACE}*(?P<currency>{names}|{symbols})(?![^\W\d_])", re.IGNORECASE),
        currency_before=re.compile(rf"(?<![^\W\d_])(?P<currency>{symbols}){_SPACE}*$", re.IGNORECASE),
        qualifier_before=re.compile(rf"(?<!\w)(?P<qualifier>{_alternation(lx.qualifiers)}){_SPACE}+$",
                                    re.IGNORECASE),
        subunit_after=re.compile(
            rf"(?:{_SPACE}+(?:und|and))?{_SPACE}+(?P<number>\S+(?:{_SPACE}*-{_SPACE}*\S+|{_SPACE}+\S+)?)",
            re.IGNORECASE),
        article_currency=re.compile(rf"(?<!\w)(?P<article>{articles}){_SPACE}+(?P<currency>{names})(?!\w)",
                                    re.IGNORECASE),
        percent_before=re.compile(
            rf"(?<!\w)(?:{_alternation(lx.percent_words)}){_SPACE}+(?:of|von){_SPACE}+$", re.IGNORECASE),
        range_opener_before=re.compile(rf"(?<!\w)(?:{_alternation(lx.range_openers)}){_SPACE}+$",
                                       re.IGNORECASE),
        model_name_before=re.compile(r"[^\W\d_]-$"),
        lexicon=lx,
    )


# --- amounts -----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Amount:
    quantity: Quantity
    number_start: int
    scale: float


def _currency_code(raw: str, lx: Lexicon) -> str | None:
    folded = re.sub(r"\s+", " ", raw).lower()
    for table in (lx.currency_words, lx.currency_symbols):
        for key, code in table.items():
            if key.lower() == folded or key.lower().replace(" ", "") == folded.replace(" ", ""):
                return code
    return None


def _amount(text: str, number: Number, language: str, patterns: _Patterns) -> _Amount | None:
    lx = patterns.lexicon
    start, end, value = number.start, number.end, number.value
    kind, unit = None, None
    after = text[end:end + 60]
    percent = patterns.percent_after.match(after)
    currency = None if percent else patterns.currency_after.match(after)
    subunit = None
    if percent:
        kind = "percent"
        unit = "pp" if percent["word"].lower() in lx.point_words or percent["word"].lower() == "pp" else "%"
        end += percent.end()
    elif currency and _currency_code(currency["currency"], lx):
        kind, unit = "money", _currency_code(currency["currency"], lx)
        end += currency.end()
    else:
        subunit = re.match(rf"{_SPACE}*-?(?P<word>{_alternation(lx.subunits)})(?!\w)", after, re.IGNORECASE)
        if subunit and subunit["word"].lower() not in ("p",) or (subunit and not number.spelled):
            kind, unit = "money", "USD" if subunit["word"].lower().startswith("cent") else "GBP"
            if subunit["word"].lower() in ("mao", "fen"):
                unit = "CNY"
            value *= lx.subunits[subunit["word"].lower()]
            end += subunit.end()
    before = text[max(0, start - 40):start]
    prefix = patterns.currency_before.search(before)
    if prefix and kind in (None, "money") and _currency_code(prefix["currency"], lx):
        kind, unit = "money", unit or _currency_code(prefix["currency"], lx)
        start -= len(before) - prefix.start()
        before = text[max(0, start - 40):start]
    if number.suffix == "m":
        if kind != "money":
            return None  # a bare "1m" may be a metre
        value *= 1e6
    if kind == "money" and not subunit:
        value, end = _cents(text, end, value, language, lx)
    percent_before = None if kind else patterns.percent_before.search(before)
    if percent_before:  # "per cent of 210"
        kind, unit = "percent", "%"
        start -= len(before) - percent_before.start()
        before = text[max(0, start - 40):start]
    if kind is None:
        if patterns.model_name_before.search(text[max(0, start - 2):start]):
            return None  # "GPT-4", "MAI-1": part of a name
        if number.scale > 1:
            kind = "count"
        elif _looks_like_year(text[number.start:number.end]) and \
                _year_context(text, number.start, number.end, lx):
            return None  # dates claim bare years
        else:
            kind = "number"
    qualifier_match = patterns.qualifier_before.search(before)
    qualifier, near = "exact", False
    if qualifier_match:
        phrase = re.sub(r"\s+", " ", qualifier_match["qualifier"].lower())
        qualifier, near = lx.qualifiers[phrase], phrase in lx.near_qualifiers
        start -= len(before) - qualifier_match.start()
    low, high = interval(value, qualifier, near=near)
    quantity = Quantity(kind=kind, text=text[start:end], start=start, end=end, amount=value,
                        low=low, high=high, qualifier=qualifier, unit=unit)
    return _Amount(quantity, number.start, number.scale)


def _cents(text: str, end: int, value: float, language: str, lx: Lexicon) -> tuple[float, int]:
    """Add "und 15 Cent", "50", "and forty-five cents", "and five mao five" to a money amount."""
    factor = 0.01
    while True:
        match = re.match(rf"(?P<joiner>{_SPACE}+(?:und|and))?{_SPACE}+", text[end:])
        if not match:
            return value, end
        rest_start = end + match.end()
        small = _small_number(text, rest_start, language)
        if small is None:
            return value, end
        number_end, amount = small
        word = re.match(rf"{_SPACE}*(?P<word>{_alternation(lx.subunits)})(?!\w)", text[number_end:], re.IGNORECASE)
        if word:
            unit_factor = lx.subunits[word["word"].lower()]
            value += amount * unit_factor
            end = number_end + word.end()
            factor = unit_factor / 10 if unit_factor > 0.01 else 0.01
            continue
        following = text[number_end:number_end + 6]
        if amount < 100 and amount == int(amount) and re.match(rf"(?:{_SPACE}*(?:[.,;:!?)]|$)|{_SPACE}+(?:und|and)\b)",
                                                             following):
            return value + amount * factor, number_end
        return value, end


def _small_number(text: str, start: int, language: str) -> tuple[int, float] | None:
    """A whole number under 100 starting exactly at `start` ("15", "fünfzig", "forty-five")."""
    found = find_numbers(text[start:start + 40], language)
    if found and found[0].start == 0 and found[0].value < 100:
        return start + found[0].end, found[0].value
    return None


def _article_amounts(text: str, patterns: _Patterns) -> list[_Amount]:
    """ "einen Euro", "a dollar": one of the currency."""
    found = []
    for match in patterns.article_currency.finditer(text):
        code = _currency_code(match["currency"], patterns.lexicon)
        if code:
            quantity = Quantity(kind="money", text=match.group(0), start=match.start(), end=match.end(),
                                amount=1, low=1, high=1, unit=code)
            found.append(_Amount(quantity, match.start(), 1.0))
    return found


def _ranges(text: str, amounts: list[_Amount], patterns: _Patterns) -> list[_Amount]:
    """Join "10 bis 12 Mrd.", "between 10 and 12 billion", "10–12%" into one range."""
    lx = patterns.lexicon
    result: list[_Amount] = []
    i = 0
    while i < len(amounts):
        first = amounts[i]
        if i + 1 < len(amounts):
            second = amounts[i + 1]
            joined = _range(text, first, second, lx, patterns)
            if joined is not None:
                result.append(joined)
                i += 2
                continue
        result.append(first)
        i += 1
    return result


def _range(text: str, first: _Amount, second: _Amount, lx: Lexicon, patterns: _Patterns) -> _Amount | None:
    a, b = first.quantity, second.quantity
    between = text[a.end:b.start]
    joiner = between.strip().lower()
    if joiner not in lx.range_joiners or "\n" in between:
        return None
    opener = patterns.range_opener_before.search(text[max(0, a.start - 20):a.start])
    if joiner in ("und", "and") and opener is None:
        return None
    if a.qualifier != "exact" or b.qualifier != "exact":
        return None
    if a.kind not in ("number", b.kind) or (a.unit is not None and a.unit != b.unit):
        return None
    low = a.amount
    if first.scale == 1 and second.scale > 1 and a.kind == "number":
        low = a.amount * second.scale
    if low is None or b.amount is None or low > b.amount:
        return None
    start = a.start - (len(text[max(0, a.start - 20):a.start]) - opener.start()) if opener else a.start
    quantity = Quantity(kind=b.kind, text=text[start:b.end], start=start, end=b.end, amount=None,
                        low=low, high=b.amount, qualifier="range", unit=b.unit)
    return _Amount(quantity, first.number_start, second.scale)


def _looks_like_year(raw: str) -> bool:
    return len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2199


# --- dates -------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _date_patterns(language: str) -> list[re.Pattern[str]]:
    lx = LEXICONS[language]
    # Month names must be capitalised: "Mai 2024" is a date, "MAI-1" a model, "may" a verb.
    months = "|".join(
        re.escape(m[0].upper() + m[1:]) for m in sorted(lx.months, key=len, reverse=True))
    year = r"(?P<year>(?:1[89]|2[01])\d\d)(?![\w.,]\d|\w)"
    parts = _alternation(lx.part_of_period)
    part = rf"(?:(?P<part>{parts}){_SPACE}*-?{_SPACE}*)?"
    if language == "de":
        return [
            re.compile(rf"(?<![\w.])(?P<day>[0-3]?\d)\.(?P<numeric_month>[01]?\d)\.{year}"),
            re.compile(rf"(?<![\w.])(?P<day>[0-3]?\d)\.{_SPACE}*(?P<month>{months})(?!\w)(?:{_SPACE}+{year})?"),
            re.compile(rf"(?<![\w.]){part}(?P<month>{months})(?!\w)(?:{_SPACE}+{year})?", re.IGNORECASE),
            re.compile(rf"(?<![\w.]){part}(?:im{_SPACE}+)?(?P<quarter>{_alternation(lx.quarters)}){_SPACE}+"
                       rf"(?:des{_SPACE}+Jahres{_SPACE}+)?{year}", re.IGNORECASE),
            re.compile(rf"(?<![\w.,\-]){part}{year}", re.IGNORECASE),
        ]
    return [
        re.compile(rf"(?<![\w.])(?P<month>{months})\.?{_SPACE}+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\w)(?:,?{_SPACE}+{year})?"),
        re.compile(rf"(?<![\w.])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?{_SPACE}+(?:of{_SPACE}+)?(?P<month>{months})(?!\w)(?:,?{_SPACE}+{year})?"),
        re.compile(rf"(?<![\w.]){part}(?P<month>{months})(?!\w)(?:,?{_SPACE}+(?:of{_SPACE}+)?{year})?"),
        re.compile(rf"(?<![\w.])(?:the{_SPACE}+)?(?P<quarter>{_alternation(lx.quarters)})(?:{_SPACE}+of)?{_SPACE}+{year}",
                   re.IGNORECASE),
        re.compile(rf"(?<![\w.,\-$€£]){part}{year}", re.IGNORECASE),
    ]


def _dates(text: str, lx: Lexicon, patterns: _Patterns, reference: date | None) -> list[Quantity]:
    found = []
    for pattern in _date_patterns("de" if lx is LEXICONS["de"] else "en"):
        for m in pattern.finditer(text):
            quantity = _date(text, m, lx, reference)
            if quantity is not None:
                found.append(quantity)
    found += _relative_years(text, lx, reference)
    return found


def _date(text: str, m: re.Match[str], lx: Lexicon, reference: date | None) -> Quantity | None:
    groups = m.groupdict()
    year = int(groups["year"]) if groups.get("year") else (reference.year if reference else None)
    if year is None:
        return None
    month = None
    if groups.get("numeric_month"):
        month = int(groups["numeric_month"])
    elif groups.get("month"):
        month = lx.months.get(groups["month"].lower())
    day = int(groups["day"]) if groups.get("day") else None
    if groups.get("quarter"):
        quarter = lx.quarters[re.sub(r"\s+", " ", groups["quarter"].lower())]
        iso, granularity = f"{year:04d}-Q{quarter}", "quarter"
    elif day is not None and month is not None:
        try:
            iso, granularity = date(year, month, day).isoformat(), "day"
        except ValueError:
            return None
    elif month is not None:
        iso, granularity = f"{year:04d}-{month:02d}", "month"
    else:
        if not groups.get("part") and not _year_context(text, m.start(), m.end(), lx):
            return None
        iso, granularity = f"{year:04d}", "year"
    qualifier = "approx" if groups.get("part") else _date_qualifier(text, m.start(), lx)
    return Quantity(kind="date", text=m.group(0), start=m.start(), end=m.end(), qualifier=qualifier,
                    date=iso, granularity=granularity)


def _date_qualifier(text: str, start: int, lx: Lexicon) -> str:
    before = text[max(0, start - 12):start].lower().rstrip()
    word = re.search(r"(\w+)$", before)
    if word and word.group(1) in lx.since_markers:
        return "at_least"
    if word and word.group(1) in lx.until_markers:
        return "at_most"
    return "exact"


_YEAR_CUES = re.compile(r"(?:\b(?:im|in|seit|bis|von|ab|vor|nach|jahr|jahre|jahres|since|until|by|from|"
                        r"of|year|before|after|during|between|and|und|to|bis)\s+$)|[(,–-]\s*$", re.IGNORECASE)


def _year_context(text: str, start: int, end: int, lx: Lexicon) -> bool:
    """A bare four-digit number is a year after a cue word or before punctuation, not before a noun."""
    if _YEAR_CUES.search(text[max(0, start - 20):start]):
        return True
    after = text[end:end + 3]
    if not after.strip() or after[:1] in ".,;:)!?–—-/\"'“”»«":
        return True
    word = re.match(r"\s+([^\W\d_])", after)
    return bool(word) and word.group(1).islower() and lx is LEXICONS["de"]


def _relative_years(text: str, lx: Lexicon, reference: date | None) -> list[Quantity]:
    if reference is None:
        return []
    pattern = re.compile(rf"(?<!\w)(?:im{_SPACE}+|in{_SPACE}+)?(?P<phrase>{_alternation(lx.relative_years)})(?!\w)",
                         re.IGNORECASE)
    found = []
    for m in pattern.finditer(text):
        offset = lx.relative_years[re.sub(r"\s+", " ", m["phrase"].lower())]
        found.append(Quantity(kind="date", text=m.group(0), start=m.start(), end=m.end(),
                              date=f"{reference.year + offset:04d}", granularity="year"))
    return found


# --- durations and periods -----------------------------------------------------------------

def _periods(text: str, numbers: list[Number], lx: Lexicon, patterns: _Patterns,
             reference: date | None) -> list[Quantity]:
    """ "fünf Jahre", "vor fünf Jahren", "in den vergangenen fünf Jahren", "five years ago"."""
    units = _alternation(lx.time_units)
    found = []
    for number in numbers:
        unit_match = re.match(rf"{_SPACE}*-?(?P<unit>{units})(?!\w)", text[number.end:], re.IGNORECASE)
        if not unit_match:
            continue
        unit = lx.time_units[unit_match["unit"].lower()]
        start, end = number.start, number.end + unit_match.end()
        before = text[max(0, start - 30):start].lower()
        after = text[end:end + 8].lower()
        ago_before = any(re.search(rf"(?<!\w){marker}{_SPACE}+$", before) for marker in lx.ago)
        ago_after = any(re.match(rf"{_SPACE}+{marker}(?!\w)", after) for marker in lx.ago)
        past = next((p for p in lx.past_periods if re.search(rf"(?<!\w){re.escape(p)}{_SPACE}+$", before)), None)
        if (ago_before or ago_after) and reference and unit in ("year", "month"):
            if ago_before:
                start -= len(re.search(rf"(?<!\w)(?:{'|'.join(lx.ago)}){_SPACE}+$", before).group(0))
            else:
                end += len(re.match(rf"{_SPACE}+\w+", after).group(0))
            found.append(_shifted(text, start, end, number.value, unit, reference))
            continue
        iso = None
        if past is not None:
            start -= len(before) - before.rfind(past)
            if reference and unit == "year" and number.value == int(number.value):
                iso = f"{reference.year - int(number.value):04d}/{reference.year:04d}"
        found.append(Quantity(kind="duration", text=text[start:end], start=start, end=end,
                              amount=number.value, low=number.value, high=number.value,
                              unit=unit, date=iso, granularity="year" if iso else None))
    return found


def _shifted(text: str, start: int, end: int, amount: float, unit: str, reference: date) -> Quantity:
    months = int(amount * 12) if unit == "year" else int(amount)
    total = reference.year * 12 + reference.month - 1 - months
    year, month = divmod(total, 12)
    if unit == "year":
        iso, granularity = f"{year:04d}", "year"
    else:
        iso, granularity = f"{year:04d}-{month + 1:02d}", "month"
    return Quantity(kind="date", text=text[start:end], start=start, end=end, date=iso,
                    granularity=granularity, qualifier="approx")


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
