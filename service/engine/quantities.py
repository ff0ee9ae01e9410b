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
month, week, day, hour, minute; a decade is ten years).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from service.engine.dates import find_dates, is_year_context, looks_like_year
from service.engine.lexicon import SPACE, Lexicon, alternation, lexicon_of
from service.engine.model import Quantity
from service.engine.numbers import Number, find_numbers, find_ordinals
from service.errors import UnsupportedLanguage
from service.intervals import interval


def find_quantities(text: str, language: str, reference_date: date | None = None) -> list[Quantity]:
    """Every quantity in `text`, in text order, without overlaps (the longest reading wins)."""
    _lexicon(language)  # refuses a language without a lexicon, as UnsupportedLanguage
    patterns = _patterns(language)
    numbers = find_numbers(text, language)
    by_start = {n.start: n for n in numbers}
    amounts = [a for a in (_amount(text, n, patterns, by_start) for n in numbers) if a is not None]
    amounts += _article_amounts(text, patterns)
    amounts += _glued_codes(text, patterns)
    amounts = _ranges(text, sorted(amounts, key=lambda a: a.quantity.start), patterns)
    found = [a.quantity for a in amounts]
    found += [Quantity(kind="ordinal", text=text[o.start:o.end], start=o.start, end=o.end, amount=o.value,
                       low=o.value, high=o.value) for o in find_ordinals(text, language)]
    found += find_dates(text, language, numbers, reference_date)
    found += _vague_counts(text, language)
    return _without_overlaps(found)


@lru_cache(maxsize=None)
def _vague_pattern(language: str) -> re.Pattern[str] | None:
    lx = _lexicon(language)
    if not lx.vague_counts:
        return None
    words = alternation(lx.vague_counts)
    link = rf"(?:{SPACE}+(?:{alternation(lx.count_links)}){SPACE}+)?" if lx.count_links else ""
    return re.compile(rf"(?<![\w.,])(?P<word>{words}){link}(?={SPACE}+[^\W\d_]|{SPACE}*[^\W\d_])", re.IGNORECASE)


def _vague_counts(text: str, language: str) -> list[Quantity]:
    """"Tausende Nationalisten", "hundreds of protesters": at least that many, not an exact count
    (a vague amount of money, "Millionen Euro", is left alone)."""
    pattern, lx = _vague_pattern(language), _lexicon(language)
    if pattern is None:
        return []
    found = []
    for m in pattern.finditer(text):
        following = re.match(rf"{SPACE}*([^\W\d_]+)", text[m.end():m.end() + 30])
        if not following or _currency_code(following.group(1), lx):
            continue
        amount = lx.vague_counts[m["word"].lower()]
        found.append(Quantity(kind="count", text=m.group(0).rstrip(), start=m.start(), end=m.start() + len(m.group(0).rstrip()),
                              amount=amount, low=amount, high=None, qualifier="at_least"))
    return found


def _lexicon(language: str) -> Lexicon:
    try:
        return lexicon_of(language)
    except ValueError:
        raise UnsupportedLanguage(f"no quantity lexicon for language {language!r}") from None


# --- patterns ----------------------------------------------------------------------------

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
    glued_code: re.Pattern[str]
    scale_after: re.Pattern[str]
    million_code_after: re.Pattern[str]
    million_code_before: re.Pattern[str]
    lexicon: Lexicon
    language: str


@lru_cache(maxsize=None)
def _patterns(language: str) -> _Patterns:
    lx = lexicon_of(language)
    symbols = alternation(lx.currency_symbols)
    names = alternation(lx.currency_words)
    from service.engine.lang import pack
    articles = "|".join(map(re.escape, pack(language).currency_articles))
    return _Patterns(
        percent_after=re.compile(
            rf"{SPACE}*-?(?P<word>{alternation(lx.point_words + lx.percent_words)})(?!\w)", re.IGNORECASE),
        currency_after=re.compile(
            # Not before a digit: in "3 USD50" and "1 $10" the symbol opens the next amount.
            rf"{SPACE}*-?{SPACE}*(?P<currency>{names}|{symbols})(?![^\W_])", re.IGNORECASE),
        currency_before=re.compile(rf"(?<![^\W\d_])(?P<currency>{symbols}){SPACE}*$", re.IGNORECASE),
        qualifier_before=re.compile(rf"(?<!\w)(?P<qualifier>{alternation(lx.qualifiers)}){SPACE}+$",
                                    re.IGNORECASE),
        subunit_after=re.compile(
            rf"(?:{SPACE}+(?:und|and))?{SPACE}+(?P<number>\S+(?:{SPACE}*-{SPACE}*\S+|{SPACE}+\S+)?)",
            re.IGNORECASE),
        article_currency=re.compile(rf"(?<!\w)(?P<article>{articles}){SPACE}+(?P<currency>{names})(?!\w)",
                                    re.IGNORECASE),
        percent_before=re.compile(
            rf"(?<!\w)(?:{alternation(lx.percent_words)}){SPACE}+(?:of|von){SPACE}+$", re.IGNORECASE),
        range_opener_before=re.compile(rf"(?<!\w)(?:{alternation(lx.range_openers)}){SPACE}+$",
                                       re.IGNORECASE),
        model_name_before=re.compile(r"[^\W\d_]-$"),
        glued_code=re.compile(r"(?<![\w.,])(?:(?P<code>[A-Z]{3})(?P<number>\d+(?:[.,]\d+)?)|"
                              r"(?P<number2>\d+(?:\.\d+)?)(?P<code2>[A-Z]{3}))(?![\w])"),
        scale_after=re.compile(rf"{SPACE}+(?P<scale>{alternation(lx.scale_words)})(?![^\W\d_])", re.IGNORECASE),
        million_code_after=re.compile(rf"{SPACE}*(?P<code>M[A-Z]{{3}})(?![^\W\d_])"),
        million_code_before=re.compile(rf"(?<![^\W\d_])(?P<code>M[A-Z]{{3}}){SPACE}*$"),
        lexicon=lx,
        language=language,
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


def _million_code(raw: str, lx: Lexicon) -> str | None:
    """Finance desks write millions as "MUSD", "MEUR", "MAUD 60": M and an ISO code."""
    if len(raw) == 4 and raw[0] == "M" and raw[1:].isupper() and raw[1:] in lx.currency_symbols:
        return lx.currency_symbols[raw[1:]]
    return None


def _amount(text: str, number: Number, patterns: _Patterns, by_start: dict[int, Number]) -> _Amount | None:
    lx = patterns.lexicon
    start, end, value = number.start, number.end, number.value
    kind, unit = None, None
    after = text[end:end + 60]
    before = text[max(0, start - 40):start]
    prefix = patterns.currency_before.search(before)
    prefix_code = _currency_code(prefix["currency"], lx) if prefix else None
    percent = patterns.percent_after.match(after)
    currency = None if percent else patterns.currency_after.match(after)
    currency_code = _currency_code(currency["currency"], lx) if currency else None
    subunit = None
    if percent:
        kind = "percent"
        unit = "pp" if percent["word"].lower() in lx.point_words or percent["word"].lower() == "pp" else "%"
        end += percent.end()
    elif currency and currency_code and not (prefix_code and _opens_next(text, end + currency.end(), by_start)):
        kind, unit = "money", currency_code
        end += currency.end()
        scaled = patterns.scale_after.match(text, end)
        if scaled and number.scale == 1:  # "75 USD million"
            value *= lx.scale_words[scaled["scale"].lower()]
            end = scaled.end()
    elif (millions := patterns.million_code_after.match(text, end)) and _million_code(millions["code"], lx):
        kind, unit = "money", _million_code(millions["code"], lx)  # "30 MUSD"
        value *= 1e6
        end = millions.end()
    else:
        subunit = re.match(rf"{SPACE}*-?(?P<word>{alternation(lx.subunits)})(?!\w)", after, re.IGNORECASE)
        if subunit and subunit["word"].lower() not in ("p",) or (subunit and not number.spelled):
            kind, unit = "money", lx.subunit_currencies[subunit["word"].lower()]
            value *= lx.subunits[subunit["word"].lower()]
            end += subunit.end()
    if prefix and prefix_code and (kind is None or (kind == "money" and subunit)):
        kind, unit = "money", unit or prefix_code
        start -= len(before) - prefix.start()
        before = text[max(0, start - 40):start]
    elif kind is None and (million_prefix := patterns.million_code_before.search(before)) \
            and _million_code(million_prefix["code"], lx):
        kind, unit = "money", _million_code(million_prefix["code"], lx)  # "MAUD 60"
        value *= 1e6
        start -= len(before) - million_prefix.start()
        before = text[max(0, start - 40):start]
    if number.suffix == "p":  # "412p": pence where the language writes them so, else nothing of ours
        if kind is not None or "p" not in lx.subunits:
            return None
        kind, unit, value = "money", lx.subunit_currencies["p"], value * lx.subunits["p"]
    if number.suffix == "m":
        if kind != "money":
            return None  # a bare "1m" may be a metre
        value *= 1e6
    if kind == "money" and not subunit:
        value, end = _cents(text, end, value, lx, by_start)
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
        elif looks_like_year(text[number.start:number.end]) and \
                is_year_context(text, number.start, number.end, patterns.language):
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


def _opens_next(text: str, end: int, by_start: dict) -> bool:
    """ "$ 20,000.00 $ 37,305.97", "rmb 10 usd 20": a symbol after an amount that has its own
    symbol before it opens the next amount, if one follows."""
    gap = re.match(rf"{SPACE}*", text[end:end + 4])
    return end + (gap.end() if gap else 0) in by_start


def _cents(text: str, end: int, value: float, lx: Lexicon, by_start: dict[int, Number]) -> tuple[float, int]:
    """Add "und 15 Cent", "50", "and forty-five cents", "and five mao five" to a money amount."""
    factor = 0.01
    while True:
        match = re.match(rf"(?P<joiner>{SPACE}+(?:und|and))?{SPACE}+", text[end:])
        if not match:
            return value, end
        rest_start = end + match.end()
        small = by_start.get(rest_start)
        if small is None or small.value >= 100:
            return value, end
        number_end, amount = small.end, small.value
        word = re.match(rf"{SPACE}*(?P<word>{alternation(lx.subunits)})(?!\w)", text[number_end:], re.IGNORECASE)
        if word:
            unit_factor = lx.subunits[word["word"].lower()]
            value += amount * unit_factor
            end = number_end + word.end()
            factor = unit_factor / 10 if unit_factor > 0.01 else 0.01
            continue
        following = text[number_end:number_end + 6]
        if amount < 100 and amount == int(amount) and re.match(rf"(?:{SPACE}*(?:[.,;:!?)]|$)|{SPACE}+(?:und|and)\b)",
                                                             following):
            return value + amount * factor, number_end
        return value, end


def _glued_codes(text: str, patterns: _Patterns) -> list[_Amount]:
    """Codes written onto the figure: "USD115", "USD115.5", "115USD", "115.5USD"."""
    found = []
    for match in patterns.glued_code.finditer(text):
        code = _currency_code(match["code"] or match["code2"], patterns.lexicon)
        if code is None:
            continue
        raw = (match["number"] or match["number2"]).replace(",", "")
        value = float(raw)
        quantity = Quantity(kind="money", text=match.group(0), start=match.start(), end=match.end(),
                            amount=value, low=value, high=value, unit=code)
        found.append(_Amount(quantity, match.start(), 1.0))
    return found


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
    if opener is not None and opener.group(0).strip().lower() == "from" and joiner == "to":
        return None  # "rose from 4.4% to 5%" is a change; English ranges say "between … and"
    before = re.search(r"([^\W\d_]+)\s*$", text[max(0, a.start - 15):a.start])
    if before and before.group(1).lower() in lx.change_words:
        return None  # "rose by £6.2bn to £178bn": a change and the new level
    if a.qualifier != "exact" or b.qualifier != "exact":
        return None
    if a.kind not in ("number", b.kind) or (a.unit is not None and a.unit != b.unit):
        return None
    if a.amount is not None and b.amount is not None and a.amount < 1 <= b.amount:
        return None  # "cut its stake in half to 10%": a fraction and a figure, not a range
    low = a.amount
    if low is not None and first.scale == 1 and second.scale > 1 and a.kind == "number":
        low = low * second.scale
    if low is None or b.amount is None or low > b.amount:
        return None
    start = a.start - (len(text[max(0, a.start - 20):a.start]) - opener.start()) if opener else a.start
    quantity = Quantity(kind=b.kind, text=text[start:b.end], start=start, end=b.end, amount=None,
                        low=low, high=b.amount, qualifier="range", unit=b.unit)
    return _Amount(quantity, first.number_start, second.scale)


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
