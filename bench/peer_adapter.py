"""Our recognizers in the shape ../shared/peer/recognizers-text/score.py expects.

Each spec file tests one Recognizers-Text model, so there is one function per
model: `numbers` (every number, also those inside dates and amounts),
`ordinals`, `percents`, `money` and `dates`. score.py calls `fn(text, language)` (plus
`reference_date=` on date lines) and wants dicts with `start`, `end`
(exclusive) and `value`, and `currency` (ISO 4217) for money.
"""
from __future__ import annotations

import re
import sys
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from service.engine.numbers import find_numbers, find_ordinals  # noqa: E402
from service.engine.quantities import find_quantities  # noqa: E402


def numbers(text: str, language: str) -> list[dict]:
    return [{"start": n.start, "end": n.end, "value": n.value} for n in find_numbers(text, language)]


def ordinals(text: str, language: str) -> list[dict]:
    return [{"start": n.start, "end": n.end, "value": n.value} for n in find_ordinals(text, language)]


def percents(text: str, language: str) -> list[dict]:
    return _quantities(text, language, {"percent"})


def money(text: str, language: str) -> list[dict]:
    """Money; amounts we state in the main unit go back to cents where the spec counts in cents.

    We read "34 cents" as 0.34 USD (what a claim means); Recognizers-Text gives it as 34 with
    the unit "Cent". Only the unit convention differs, so it is translated here.
    """
    found = _quantities(text, language, {"money"})
    for item in found:
        stated = text[item["start"]:item["end"]].lower()
        if _SUBUNIT.search(stated) and not _MAIN_UNIT.search(stated):
            item["value"] = round(item["value"] * 100, 9)
    return found


# Recognizers-Text states durations in seconds, with a year of 365 and a month of 30 days.
_SECONDS = {"minute": 60, "hour": 3600, "day": 86400, "week": 604800, "month": 2592000,
            "year": 31536000, "decade": 315360000}


def dates(text: str, language: str, reference_date: str | None = None) -> list[dict]:
    found = []
    for q in find_quantities(text, language, reference_date=_reference(reference_date)):
        if q.kind == "date":
            found.append({"start": q.start, "end": q.end, "value": _week(q) or q.date})
        elif q.kind == "duration":
            found.append({"start": q.start, "end": q.end, "value": q.amount * _SECONDS[q.unit]})
    return found


def _week(q) -> str | None:
    """Our weeks are intervals of days ("2018-03-12/2018-03-18"); the specs write ISO weeks ("2018-W11")."""
    if q.granularity != "week" or "/" not in (q.date or ""):
        return None
    year, week, _ = date.fromisoformat(q.date.split("/")[0]).isocalendar()
    return f"{year:04d}-W{week:02d}"


_SUBUNIT = re.compile(r"\b(?:cents?|pence|penny)\b")
_MAIN_UNIT = re.compile(r"\b(?:dollars?|euros?|pounds?)\b|[$€£]")


def _quantities(text: str, language: str, kinds: set[str], reference: date | None = None) -> list[dict]:
    found = []
    for q in find_quantities(text, language, reference_date=reference):
        if q.kind not in kinds:
            continue
        item = {"start": q.start, "end": q.end, "value": q.date if q.kind == "date" else q.amount}
        if q.kind == "money":
            item["currency"] = q.unit
        found.append(item)
    return found


def _reference(raw: str | None) -> date | None:
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw).date()
    except ValueError:
        return None
