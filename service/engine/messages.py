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
    "FC103": {
        "kind": "internal_contradiction", "severity": "error",
        "en": "The article says {first} is {relation} {second}, but gives {first_value} and {second_value}.",
        "de": "Der Artikel nennt {first} {relation_de} {second}, gibt aber {first_value} und {second_value} an.",
    },
    "FC104": {
        "kind": "internal_contradiction", "severity": "error",
        "en": "The article names both {first} and {second} as the current {role} of {about}.",
        "de": "Der Artikel nennt sowohl {first} als auch {second} als amtierende(n) {role} von {about}.",
    },
    "FC105": {
        "kind": "internal_contradiction", "severity": "error",
        "en": "The article calls {first} both former and current {role} of {about}.",
        "de": "Der Artikel nennt {first} zugleich ehemalige(n) und amtierende(n) {role} von {about}.",
    },
    "FC106": {
        "kind": "internal_contradiction", "severity": "error",
        "en": "The shares the article gives for {about} add up to at least {total}%, more than 100%.",
        "de": "Die Anteile, die der Artikel für {about} nennt, ergeben mindestens {total} %, mehr als 100 %.",
    },
    "FC107": {
        "kind": "internal_contradiction", "severity": "error",
        "en": "The article dates something about {about} to {event}, before it was founded ({founded}).",
        "de": "Der Artikel datiert etwas über {about} auf {event}, vor der Gründung ({founded}).",
    },
    "FC108": {
        "kind": "internal_contradiction", "severity": "error",
        "en": "The article gives {first}'s start as {role} of {about} as {since} and as {ago}.",
        "de": "Der Artikel nennt für {first} als {role} von {about} den Beginn {since} und {ago}.",
    },
    "FC109": {
        "kind": "hedge_drift", "severity": "info",
        "en": "The article first gives {first} as {hedge}, then states it as fact: {second}.",
        "de": "Der Artikel nennt {first} zunächst als {hedge_de}, später als Tatsache: {second}.",
    },
    "FC110": {
        "kind": "internal_contradiction", "severity": "error",
        "en": "The article gives {first}'s age as {age}, but a birth in {born} makes {expected} at the article's date.",
        "de": "Der Artikel nennt {first} {age} alt, die Geburt {born} ergibt zum Datum des Artikels {expected}.",
    },
    "FC111": {
        "kind": "internal_inconsistency", "severity": "warning",
        "en": "The article speaks of {span} for {about}, but dates part of it to {event}.",
        "de": "Der Artikel spricht für {about} von {span}, datiert einen Teil davon aber auf {event}.",
    },
    "FC112": {
        "kind": "internal_contradiction", "severity": "error",
        "en": "The parts the article gives for {about} add up to {parts}, more than the total {total}.",
        "de": "Die Teile, die der Artikel für {about} nennt, ergeben {parts}, mehr als die Summe {total}.",
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


def explain(code: str, language: str, severities: dict[str, str] | None = None, **values: str):
    """(kind, severity, message in the article's language, message in English); `severities`
    (from rules/verification.yaml) may override a code's documented severity."""
    kind, severity, message = render(code, language, **values)
    english = render(code, "en", **values)[2]
    return kind, (severities or {}).get(code, severity), message, english
