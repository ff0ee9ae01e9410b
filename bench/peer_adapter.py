"""Our recognizers in the shape ../shared/peer/recognizers-text/score.py expects.

Each spec file tests one Recognizers-Text model, so there is one function per
model: `numbers` (every number, also those inside dates and amounts),
`percents`, `money` and `dates`. score.py calls `fn(text, language)` (plus
`reference_date=` on date lines) and wants dicts with `start`, `end`
(exclusive) and `value`, and `currency` (ISO 4217) for money.
"""
from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from service.engine.numbers import find_numbers  # noqa: E402
from service.engine.quantities import find_quantities  # noqa: E402


def numbers(text: str, language: str) -> list[dict]:
    return [{"start": n.start, "end": n.end, "value": n.value} for n in find_numbers(text, language)]


def percents(text: str, language: str) -> list[dict]:
    return _quantities(text, language, {"percent"})


def money(text: str, language: str) -> list[dict]:
    return _quantities(text, language, {"money"})


def dates(text: str, language: str, reference_date: str | None = None) -> list[dict]:
    return _quantities(text, language, {"date", "duration"}, _reference(reference_date))


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
