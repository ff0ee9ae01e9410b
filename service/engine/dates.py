"""Dates, periods and durations in text, resolved against the article's date where relative.

Calendar dates are read as precisely as written ("19. März 2024" a day,
"März 2024" a month, "Q1 2024" a quarter, "2019" a year). Relative ones need
the reference date (`published_at`): "gestern", "am Montag" (the latest such
day on or before it: news reports what happened), "letzte Woche" (an ISO
week), "vor fünf Jahren", "in drei Wochen", "last year". Without a reference
date they are left out rather than guessed. A number with a time unit is a
duration; "in den vergangenen fünf Jahren" is a duration whose `date` is the
span of years it covers ("2019/2024").
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from service.engine.lang import pack
from service.engine.lexicon import SPACE, Lexicon, alternation, lexicon_of
from service.engine.model import Quantity
from service.engine.numbers import Number, german_ordinal


def find_dates(text: str, language: str, numbers: list[Number], reference: date | None) -> list[Quantity]:
    """Dates, relative dates and durations in `text` (overlaps are resolved by the caller)."""
    lx = lexicon_of(language)
    found = [q for pattern in _calendar_patterns(language) for m in pattern.finditer(text)
             if (q := _calendar_date(text, m, lx, language, reference)) is not None]
    if reference is not None:
        found += _relative(text, language, reference)
    found += _periods(text, numbers, lx, reference)
    found += _seasons(text)
    found += _decades(text, numbers, lx)
    found += _eras(text, lx)
    return _weekdays_with_dates(text, found, lx)


_DECADE_PARTS = {"start": (0, 4), "mid": (3, 6), "end": (5, 9)}


@lru_cache(maxsize=None)
def _decade_part(words: tuple[str, ...]) -> re.Pattern[str]:
    """"early 1990s", "Anfang der 1920er-Jahre": the part word, perhaps an article, then the decade."""
    return re.compile(rf"(?i)(?<!\w)(?P<part>{alternation(words)})(?:{SPACE}+[^\W\d_]{{2,3}})?{SPACE}*-?{SPACE}*$")


def _eras(text: str, lx: Lexicon) -> list[Quantity]:
    """"the 1980s", "in den 1990er-Jahren" (dated "1980/1989"), "the 18th century", "im 19.
    Jahrhundert" (dated "1701/1800"): a time as wide as written."""
    found = []
    part = _decade_part(tuple(lx.part_of_period)) if lx.part_of_period else None
    if lx.decade_pattern:
        for m in re.finditer(lx.decade_pattern, text):
            first, last, start = int(m["year"]), int(m["year"]) + 9, m.start()
            written = part.search(text, max(0, start - 20), start) if part else None
            side = lx.part_of_period.get(written["part"].lower()) if written else None
            if written and side in _DECADE_PARTS:  # "early 1990s", "Anfang der 1920er-Jahre": that half of it
                first, last = first + _DECADE_PARTS[side][0], first + _DECADE_PARTS[side][1]
                start = written.start()
            found.append(_quantity(text, start, m.end(), f"{first:04d}/{last:04d}", "decade"))
    if lx.century_words:
        for m in re.finditer(rf"(?<![\w.])(\d{{1,2}})(?:st|nd|rd|th|\.)?{SPACE}*-?(?:{alternation(lx.century_words)})(?!\w)",
                             text, re.IGNORECASE):
            number = int(m.group(1))
            if 1 <= number <= 21:
                found.append(_quantity(text, m.start(), m.end(), f"{(number - 1) * 100 + 1:04d}/{number * 100:04d}",
                                       "century"))
    return found


def _decades(text: str, numbers: list[Number], lx: Lexicon) -> list[Quantity]:
    """"for a decade", "two decades", "seit einem Jahrzehnt": stretches of ten years."""
    if not lx.decade_words:
        return []
    words = alternation(lx.decade_words)
    found = []
    for m in re.finditer(rf"(?<!\w)(?:{alternation(lx.one_words)}){SPACE}+(?:{words})(?!\w)", text, re.IGNORECASE):
        found.append(Quantity(kind="duration", text=m.group(0), start=m.start(), end=m.end(),
                              amount=10.0, low=10.0, high=10.0, unit="year"))
    for number in numbers:
        unit = re.match(rf"{SPACE}+(?:{words})(?!\w)", text[number.end:number.end + 20], re.IGNORECASE)
        if unit and number.value and number.value < 100:
            years = number.value * 10
            found.append(Quantity(kind="duration", text=text[number.start:number.end + unit.end()], start=number.start,
                                  end=number.end + unit.end(), amount=years, low=years, high=years, unit="year"))
    return found


def _weekdays_with_dates(text: str, found: list[Quantity], lx: Lexicon) -> list[Quantity]:
    """"Dienstag, 5. März 2025", "on Tuesday, 4 March": a weekday before a calendar date is part of
    it, not a day of its own near the article's date. A date written without a year takes the
    year next to the one read in which the weekday fits, where only that one fits."""
    days = sorted((q for q in found if q.granularity == "day" and q.text[:1].isdigit() or
                   q.granularity == "day" and q.text.split()[0].lower() in lx.months), key=lambda q: q.start)
    weekday_at = {q.end: q for q in found if q.granularity == "day" and q.text.lower() in lx.weekdays}
    merged: list[Quantity] = []
    dropped: set[int] = set()
    joined = re.compile(rf"(?:,|\s)\s*(?:(?:{alternation(lx.date_articles)})\s+)?$", re.IGNORECASE)
    for day in days:
        floor = max(0, day.start - 10)
        joiner = joined.search(text[floor:day.start])
        weekday = weekday_at.get(floor + joiner.start()) if joiner else None
        if weekday is None or day.date is None:
            continue
        iso = day.date
        written = date.fromisoformat(day.date)
        if not re.search(r"\d{4}", day.text) and written.weekday() != lx.weekdays[weekday.text.lower()]:
            fitting = [y for y in (written.year - 1, written.year + 1)
                       if _same_day(written, y).weekday() == lx.weekdays[weekday.text.lower()]]
            if len(fitting) == 1:
                iso = _same_day(written, fitting[0]).isoformat()
        dropped.update((id(weekday), id(day)))
        merged.append(replace(day, text=text[weekday.start:day.end], start=weekday.start, date=iso))
    return [q for q in found if id(q) not in dropped] + merged


def _same_day(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


_SEASON = re.compile(r"(?<![\w.,/])((?:19|20)\d\d)\s?[/–-]\s?((?:19|20)?\d\d)(?![\w/–-]|[.,]\d)")


def _seasons(text: str) -> list[Quantity]:
    """A season across two years, "2000/2001", "2015/16", "2004-05": dated "2000/2001", not as
    its first year and a stray number."""
    found = []
    for m in _SEASON.finditer(text):
        first, second = int(m.group(1)), m.group(2)
        following = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if following == first + 1:
            found.append(_quantity(text, m.start(), m.end(), f"{first:04d}/{following:04d}", "year"))
    return found


def looks_like_year(raw: str) -> bool:
    """Whether four digits read as a year a news article means (1800-2199), not a count."""
    return len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2199


_YEAR_CUES = re.compile(r"(?:\b(?:im|in|seit|bis|von|ab|vor|nach|jahr|jahre|jahres|since|until|by|from|"
                        r"of|year|before|after|during|between|and|und|to)\s+$)|[(,–-]\s*$", re.IGNORECASE)
# "its 2005 presidency", "Woodward's 2005 Lions": after a possessive, a year names the edition
_EDITION_CUES = re.compile(r"(?:\b(?:its|his|her|their|our|my|your)|\w['’]s?)\s+$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _qualified(language: str) -> re.Pattern[str]:
    qualifiers = sorted(pack(language).lexicon.qualifiers, key=len, reverse=True)
    return re.compile(rf"(?i)(?<!\w)(?:{'|'.join(map(re.escape, qualifiers))})\s+$")


def is_year_context(text: str, start: int, end: int, language: str) -> bool:
    """A bare four-digit number is a year after a cue word or before punctuation, not before a noun
    nor after a qualifier of amounts ("mehr als 2000 zumeist Vermummte", "about 2000")."""
    before = text[max(0, start - 20):start]
    if _qualified(language).search(before):
        return False
    if _YEAR_CUES.search(before) or _EDITION_CUES.search(before):
        return True
    after = text[end:end + 3]
    if not after.strip() or after[:1] in ".,;:)!?–—-/\"'“”»«":
        return True
    word = re.match(r"\s+([^\W\d_])", after)
    # Where nouns are capitalised, a lower-case word after the number is a verb: "2004 verlor …".
    return word is not None and word.group(1).islower() and pack(language).capitalises_nouns


# --- calendar dates ----------------------------------------------------------------------

@lru_cache(maxsize=None)
def _calendar_patterns(language: str) -> list[re.Pattern[str]]:
    lx = lexicon_of(language)
    # Month names must be capitalised: "Mai 2024" is a date, "MAI-1" a model, "may" a verb.
    months = "|".join(re.escape(m[0].upper() + m[1:]) for m in sorted(lx.months, key=len, reverse=True))
    year = r"(?P<year>(?:1[89]|2[01])\d\d)(?![\w.,]\d|\w)"
    part = rf"(?:(?P<part>{alternation(lx.part_of_period)}){SPACE}*-?{SPACE}*)?"
    quarter = alternation(lx.quarters)
    fill = {"<S>": SPACE, "<MONTHS>": months, "<YEAR>": year, "<PART>": part, "<QUARTER>": quarter}
    compiled = []
    for template, ignore_case in pack(language).date_patterns:
        for token, value in fill.items():
            template = template.replace(token, value)
        compiled.append(re.compile(template, re.IGNORECASE if ignore_case else 0))
    return compiled


def _calendar_date(text: str, m: re.Match[str], lx: Lexicon, language: str,
                   reference: date | None) -> Quantity | None:
    groups = m.groupdict()
    month = int(groups["numeric_month"]) if groups.get("numeric_month") else \
        lx.months.get(groups["month"].lower()) if groups.get("month") else None
    if groups.get("year"):
        year = int(groups["year"])
    elif reference is None:
        return None
    else:
        year = _year_by_tense(text, m.start(), m.end(), lx, reference, month,
                              int(groups["day"]) if groups.get("day") else None)
    day: int | None = int(groups["day"]) if groups.get("day") else None
    if groups.get("dayword"):
        spelled = german_ordinal(groups["dayword"])  # "am zweiten Mai"
        day = None if spelled is None else int(spelled)
        if day is None or not 1 <= day <= 31:
            return None
        day = int(day)
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
        if not groups.get("part") and not is_year_context(text, m.start(), m.end(), language):
            return None
        iso, granularity = f"{year:04d}", "year"
    start = m.start("dayword") if groups.get("dayword") else m.start()
    qualifier = "approx" if groups.get("part") else _marker_qualifier(text, start, lx)
    return Quantity(kind="date", text=text[start:m.end()], start=start, end=m.end(), qualifier=qualifier,
                    date=iso, granularity=granularity)


def tense(text: str, start: int, end: int, lx: Lexicon) -> int:
    """-1 when the clause around a date speaks of the past, +1 of the future, 0 when it does not say.

    "last"/"next" right before the date decide alone; else the nearest tense cue in the sentence."""
    before = text[max(0, start - 20):start].lower().split()
    if before and before[-1] in lx.last_words:
        return -1
    if before and before[-1] in lx.next_words:
        return 1
    if before and before[-1] in lx.since_markers or len(before) > 1 and before[-2] in lx.since_markers:
        return -1  # "since August", "seit März": a start in the past
    if re.match(rf"\s+(?:{alternation(lx.next_week)})(?!\w)", text[end:end + 30], re.IGNORECASE):
        return 1
    left = re.split(r"[.!?;\n]", text[max(0, start - 160):start])[-1]
    # the clause after the date ends at a coordinating "and"/"und": "began at 00:01 on Thursday
    # and is due to end at midnight on Sunday" — "is due to" dates Sunday, not Thursday
    right = re.split(rf"[.!?;\n]|\s(?:{alternation(lx.clause_joiners)})\s", text[end:end + 120])[0]
    cues: dict[int, int] = {}
    for direction, pattern in ((1, lx.future_cues), (-1, lx.past_cues)):
        if not pattern:
            continue
        for cue in re.finditer(rf"(?<![\w'])(?:{pattern})(?!\w)", left, re.IGNORECASE):
            cues.setdefault(direction, len(left) - cue.end())
        right_cue = re.search(rf"(?<![\w'])(?:{pattern})(?!\w)", right, re.IGNORECASE)
        if right_cue:
            cues[direction] = min(cues.get(direction, 10**6), right_cue.start())
    if not cues:
        return 0
    if 1 in cues and -1 in cues:
        return 1 if cues[1] <= cues[-1] else -1  # the nearer cue rules ("said he will play on …")
    return next(iter(cues))


def _year_by_tense(text: str, start: int, end: int, lx: Lexicon, reference: date,
                   month: int | None, day: int | None) -> int:
    """The year of a date written without one: the next such date for the future, the last
    one for the past, the reference year otherwise."""
    if month is None:
        return reference.year
    before = text[max(0, start - 12):start].lower().split()
    if before and before[-1] in lx.this_words:
        return reference.year  # "this September", "diesen Mai"
    after = re.match(rf"\s+(?:(?:{alternation(lx.year_links)})\s+)?([^\W\d_]+)\s+([^\W\d_]+)", text[end:end + 40])
    if after and after.group(2).lower() in lx.year_words:  # "August vergangenen Jahres", "in May last year"
        if after.group(1).lower() in lx.last_words:
            return reference.year - 1
        if after.group(1).lower() in lx.next_words:
            return reference.year + 1
    direction = tense(text, start, end, lx)
    here = (month, day or 1)
    now = (reference.month, reference.day if day else 1)
    if direction < 0 and here > now:
        return reference.year - 1
    if direction > 0 and here < now:
        return reference.year + 1
    if direction == 0:  # no tense to go by: the nearest such date ("leave on 24 May" in December)
        gap = (here[0] - now[0]) * 31 + here[1] - now[1]
        return reference.year + (1 if gap < -183 else -1 if gap > 183 else 0)
    return reference.year


def _marker_qualifier(text: str, start: int, lx: Lexicon) -> str:
    word = re.search(r"(\w+)$", text[max(0, start - 12):start].lower().rstrip())
    if word and word.group(1) in lx.since_markers:
        return "at_least"
    if word and word.group(1) in lx.until_markers:
        return "at_most"
    return "exact"


# --- relative dates ----------------------------------------------------------------------

def _relative(text: str, language: str, reference: date) -> list[Quantity]:
    lx = lexicon_of(language)
    found = []
    years = re.compile(rf"(?<!\w)(?:im{SPACE}+|in{SPACE}+)?(?P<phrase>{alternation(lx.relative_years)})(?!\w)",
                       re.IGNORECASE)
    for m in years.finditer(text):
        offset = lx.relative_years[re.sub(r"\s+", " ", m["phrase"].lower())]
        found.append(_quantity(text, m.start(), m.end(), f"{reference.year + offset:04d}", "year"))
    days = re.compile(rf"(?<![\w])(?P<word>{alternation(lx.relative_days)})(?!\w)", re.IGNORECASE)
    for m in days.finditer(text):
        word = m["word"].lower()
        if word == "morgen" and (m["word"][0].isupper() and m.start() > 0 and not _sentence_start(text, m.start())
                                 or re.search(r"(?:am|jeden|guten|den|früh)\s+$", text[max(0, m.start() - 8):m.start()],
                                              re.IGNORECASE)):
            continue  # "am Morgen", "Guten Morgen": the morning, not tomorrow
        day = reference + timedelta(days=lx.relative_days[word])
        found.append(_quantity(text, m.start(), m.end(), day.isoformat(), "day"))
    parts = rf"(?:{alternation(lx.day_parts)})?" if lx.day_parts else ""  # "Montagabend": the evening of Monday
    weekdays = re.compile(rf"(?<![\w])(?P<word>{alternation(lx.weekdays)}){parts}(?!\w)", re.IGNORECASE)
    for m in weekdays.finditer(text):
        if not m["word"][0].isupper():
            continue
        weekday = lx.weekdays[m["word"].lower()]
        if tense(text, m.start(), m.end(), lx) > 0:
            ahead = (weekday - reference.weekday()) % 7 or 7
            if re.match(rf"\s+(?:{alternation(lx.next_week)})(?!\w)", text[m.end():m.end() + 30], re.IGNORECASE):
                ahead = 7 + weekday - reference.weekday()  # "Donnerstag nächster Woche": in next week
            found.append(_quantity(text, m.start(), m.end(), (reference + timedelta(days=ahead)).isoformat(), "day"))
            continue
        back = (reference.weekday() - weekday) % 7
        found.append(_quantity(text, m.start(), m.end(), (reference - timedelta(days=back)).isoformat(), "day"))
    found += _relative_seasons(text, lx, reference)
    spans = re.compile(rf"(?<![\w])(?P<phrase>{alternation(lx.relative_spans)})(?!\w)", re.IGNORECASE)
    for m in spans.finditer(text):
        offset, unit = lx.relative_spans[re.sub(r"\s+", " ", m["phrase"].lower())]
        if unit == "week":
            # An interval of days (Monday to Sunday), which every ISO 8601 reader understands.
            monday = reference + timedelta(weeks=offset) - timedelta(days=reference.weekday())
            iso = f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
            found.append(_quantity(text, m.start(), m.end(), iso, "week"))
        else:
            found.append(_quantity(text, m.start(), m.end(), _shift_month(reference, offset), "month"))
    return found


def _relative_seasons(text: str, lx: Lexicon, reference: date) -> list[Quantity]:
    """"im vergangenen Sommer", "last summer", "next spring": the three months of the season
    before or after the reference ("2015-06/2015-08"; a winter runs from December)."""
    if not lx.seasons or not (lx.last_words or lx.next_words):
        return []
    found = []
    pattern = re.compile(rf"(?i)(?<!\w)(?P<which>{alternation((*lx.last_words, *lx.next_words))})\s+"
                         rf"(?P<season>{alternation(lx.seasons)})(?!\w)")
    for m in pattern.finditer(text):
        first = lx.seasons[m["season"].lower()]
        now = reference.year * 12 + reference.month - 1  # months counted from year 0
        this_year = reference.year - (1 if first == 12 and reference.month < 3 else 0)  # the winter we are in
        begins = this_year * 12 + first - 1
        if m["which"].lower() in lx.last_words:
            year = this_year if begins + 2 < now else this_year - 1  # a season over before the reference
        else:
            year = this_year if begins > now else this_year + 1
        start_month, end = date(year, first, 1), _add_months(date(year, first, 1), 2)
        found.append(_quantity(text, m.start(), m.end(), f"{start_month:%Y-%m}/{end:%Y-%m}", "month"))
    return found


def _add_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def _sentence_start(text: str, start: int) -> bool:
    return not text[:start].strip() or text[:start].rstrip()[-1] in ".!?\n"


def _quantity(text: str, start: int, end: int, iso: str, granularity: str, qualifier: str = "exact") -> Quantity:
    return Quantity(kind="date", text=text[start:end], start=start, end=end, date=iso,
                    granularity=granularity, qualifier=qualifier)


def _shift_month(reference: date, months: int) -> str:
    year, month = divmod(reference.year * 12 + reference.month - 1 + months, 12)
    return f"{year:04d}-{month + 1:02d}"


# --- durations and periods -----------------------------------------------------------------

def _periods(text: str, numbers: list[Number], lx: Lexicon, reference: date | None) -> list[Quantity]:
    """ "fünf Jahre", "vor fünf Jahren", "in drei Wochen", "in den vergangenen fünf Jahren"."""
    units = alternation(lx.time_units)
    ago = alternation(lx.ago)
    # "120 torlose Minuten", "zwei weitere Jahre": an inflected adjective may stand before the unit
    adjective = rf"(?:(?-i:{lx.inflected_adjective}){SPACE}+)?" if lx.inflected_adjective else ""
    future_words = re.compile(rf"(?<!\w)(?:{alternation(lx.future)}){SPACE}+$") if lx.future else None
    found = []
    for number in numbers:
        unit_match = re.match(rf"{SPACE}*-?(?P<adjective>{adjective})(?P<unit>{units})(?!\w)", text[number.end:],
                              re.IGNORECASE)
        if not unit_match:
            continue
        unit = lx.time_units[unit_match["unit"].lower()]
        start, end = number.start, number.end + unit_match.end()
        before = text[max(0, start - 30):start]
        future = future_words.search(before) if future_words else None
        if unit_match["adjective"] and future:
            continue  # "in zwei aufeinanderfolgenden Jahren" is a stretch, not "in zwei Jahren" from now
        ago_before = re.search(rf"(?<!\w)(?:{ago}){SPACE}+$", before, re.IGNORECASE)
        ago_after = re.match(rf"{SPACE}+(?:{ago})(?!\w)", text[end:], re.IGNORECASE)
        past = next((p for p in lx.past_periods
                     if re.search(rf"(?<!\w){re.escape(p)}{SPACE}+$", before, re.IGNORECASE)), None)
        shift = None
        if ago_before or ago_after:
            shift = -1
            start -= len(ago_before.group(0)) if ago_before else 0
            end += ago_after.end() if ago_after else 0
        elif future and not past:
            shift, start = 1, start - len(future.group(0))
        if shift is not None and reference is not None and unit in ("year", "month", "week", "day"):
            found.append(_shifted(text, start, end, shift * number.value, unit, reference))
            continue
        iso = None
        if past is not None:
            start -= len(before) - before.lower().rfind(past)
            if reference and unit == "year" and number.value == int(number.value):
                iso = f"{reference.year - int(number.value):04d}/{reference.year:04d}"
        found.append(Quantity(kind="duration", text=text[start:end], start=start, end=end,
                              amount=number.value, low=number.value, high=number.value,
                              unit=unit, date=iso, granularity="year" if iso else None))
    return found


def _shifted(text: str, start: int, end: int, amount: float, unit: str, reference: date) -> Quantity:
    if unit == "year":
        return _quantity(text, start, end, f"{reference.year + int(amount):04d}", "year", "approx")
    if unit == "month":
        return _quantity(text, start, end, _shift_month(reference, int(amount)), "month", "approx")
    days = int(amount * 7) if unit == "week" else int(amount)
    return _quantity(text, start, end, (reference + timedelta(days=days)).isoformat(), "day", "approx")
