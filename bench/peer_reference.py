"""The peer itself: Recognizers-Text's Python release behind the scorer's interface.

bench/quantities_peer.py runs ../shared/peer/recognizers-text/score.py with this module
in a Python that has the peer installed (`--peer-python`), so our figures and the
peer's are measured on the same cases in the same run. The release (1.0.2a2, 2019)
needs `emoji<1.0`; install both into a separate virtualenv, never into the project:

    python3 -m venv /tmp/peer && /tmp/peer/bin/pip install recognizers-text-suite 'emoji<1.0'

Each function returns what the scorer expects: start, end (exclusive), value, currency.
"""
from __future__ import annotations

from recognizers_date_time import DateTimeRecognizer
from recognizers_number import NumberRecognizer
from recognizers_number_with_unit import NumberWithUnitRecognizer
from recognizers_text import Culture

# The Python release has no German culture: German files are the ones it does not support.
_CULTURES = {"en": Culture.English}
_MODELS: dict = {}


def supports(language: str) -> bool:
    return language in _CULTURES


def _model(kind: str, language: str):
    key = (kind, language)
    if key not in _MODELS:
        culture = _CULTURES[language]
        _MODELS[key] = {
            "number": lambda: NumberRecognizer(culture).get_number_model(),
            "ordinal": lambda: NumberRecognizer(culture).get_ordinal_model(),
            "percent": lambda: NumberRecognizer(culture).get_percentage_model(),
            "currency": lambda: NumberWithUnitRecognizer(culture).get_currency_model(),
            "dimension": lambda: NumberWithUnitRecognizer(culture).get_dimension_model(),
            "datetime": lambda: DateTimeRecognizer(culture).get_datetime_model(),
        }[kind]()
    return _MODELS[key]


def _number(text: str) -> float | str | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return text


def _run(kind: str, text: str, language: str) -> list[dict]:
    try:
        results = _model(kind, language).parse(text)
    except Exception:  # the release raises on some inputs; a raise scores as a miss
        return []
    found = []
    for r in results:
        resolution = r.resolution or {}
        value = resolution.get("value")
        if isinstance(value, str) and kind != "datetime":
            value = _number(value.rstrip("%"))
        found.append({"start": r.start, "end": r.end + 1, "value": value,
                      "currency": resolution.get("isoCurrency")})
    return found


def numbers(text: str, language: str) -> list[dict]:
    return _run("number", text, language)


def ordinals(text: str, language: str) -> list[dict]:
    return _run("ordinal", text, language)


def percents(text: str, language: str) -> list[dict]:
    return _run("percent", text, language)


def money(text: str, language: str) -> list[dict]:
    return _run("currency", text, language)


def dimensions(text: str, language: str) -> list[dict]:
    return _run("dimension", text, language)


def dates(text: str, language: str, reference_date: str | None = None) -> list[dict]:
    from datetime import datetime
    reference = datetime.fromisoformat(reference_date.replace("Z", "")) if reference_date else None
    try:
        model = _model("datetime", language)
        results = model.parse(text, reference) if reference else model.parse(text)
    except Exception:
        return []
    found = []
    for r in results:
        for value in (r.resolution or {}).get("values", []):
            shown = value.get("timex") or value.get("value")
            found.append({"start": r.start, "end": r.end + 1, "value": shown})
    return found
