"""Finding messages: stable codes with templates in German and English.

Clients and tests match on the code; the wording can change and be translated.
"""
from __future__ import annotations

TEMPLATES = {
    "FC101": {
        "kind": "internal_contradiction", "severity": "error",
        "en": "The article gives {predicate} of {about} as {first} and as {second}; both cannot be true.",
        "de": "Der Artikel nennt für {about} ({predicate}) {first} und {second}; beides kann nicht stimmen.",
    },
    "FC102": {
        "kind": "internal_inconsistency", "severity": "warning",
        "en": "The article states {predicate} of {about} differently: {first} and {second}.",
        "de": "Der Artikel gibt {about} ({predicate}) unterschiedlich an: {first} und {second}.",
    },
    "FC201": {
        "kind": "fact_contradiction", "severity": "error",
        "en": "The claim \"{claim}\" contradicts the fact store: {statement}",
        "de": "Die Aussage „{claim}“ widerspricht der Faktendatenbank: {statement}",
    },
    "FC202": {
        "kind": "disputed_claim", "severity": "warning",
        "en": "The claim \"{claim}\" concerns a matter the fact store records as unconfirmed: {statement}",
        "de": "Die Aussage „{claim}“ betrifft etwas, das laut Faktendatenbank unbestätigt ist: {statement}",
    },
    "FC203": {
        "kind": "outdated_claim", "severity": "warning",
        "en": "The claim \"{claim}\" gives a figure that no longer held at the article's date: {statement}",
        "de": "Die Aussage „{claim}“ nennt einen Wert, der zum Datum des Artikels nicht mehr galt: {statement}",
    },
}


def render(code: str, language: str, **values: str) -> tuple[str, str, str]:
    """(kind, severity, message) for a finding code, in `language` (English when missing)."""
    template = TEMPLATES[code]
    text = template.get(language, template["en"])
    return template["kind"], template["severity"], text.format(**values)
