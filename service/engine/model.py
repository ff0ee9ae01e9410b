"""The data model of DESIGN.md as frozen dataclasses.

Every stage of the pipeline takes and returns these plain objects, so the
stages can be tested alone and the web layer only has to serialise them.
Offsets are code-point offsets into the text exactly as submitted, end
exclusive.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, TypeGuard


# A field with INTERNAL metadata stays inside the engine: reports, schemas and openapi.yaml leave
# it out. A field with a NAME is shown under that name.
INTERNAL = {"internal": True}


def dumped(item: Any) -> dict[str, Any]:
    """A dataclass as the report shows it: every field but the internal ones, under its shown
    name, nested dataclasses dumped the same way. The report's shape is the dataclasses'
    fields: the API's response schemas are made from them too (service/api/shapes.py)."""
    return {f.metadata.get("name", f.name): _plain(getattr(item, f.name))
            for f in fields(item) if not f.metadata.get("internal")}


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if is_dataclass(value) and not isinstance(value, type):
        return dumped(value)
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, float):
        return _plain_number(value)
    return value


@dataclass(frozen=True)
class Span:
    """A stretch of the text: code-point offsets, end exclusive."""
    start: int
    end: int


@dataclass(frozen=True)
class Segment:
    """A paragraph or sentence; `heading` marks a line without closing punctuation."""
    kind: str  # "paragraph" | "sentence"
    start: int
    end: int
    heading: bool = False


@dataclass(frozen=True)
class Quantity:
    """A figure, date or duration as written, with the interval its wording allows."""
    kind: str  # money | count | percent | date | duration | number
    text: str
    start: int
    end: int
    amount: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    unit: str | None = None
    date: str | None = None
    granularity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The quantity as reports and the quantities API show it."""
        return dumped(self)


class Measured(Quantity):
    """A quantity whose amount is set (`has_amount`): a type for mypy, never built, so the
    checks that do arithmetic on figures take them through one test at their entry."""
    amount: float


class Dated(Quantity):
    """A quantity whose calendar date is set (`has_date`); a type, never built."""
    date: str


def has_amount(quantity: Quantity) -> TypeGuard[Measured]:
    """Whether the quantity has one amount (a range "10 bis 12 Prozent" may have only its ends)."""
    return quantity.amount is not None


def has_date(quantity: Quantity) -> TypeGuard[Dated]:
    """Whether the quantity resolves to a calendar date, however coarse ("2024", "2024-03")."""
    return bool(quantity.date)


def _plain_number(value: float | None) -> float | int | None:
    """Whole numbers leave as ints so 13 billion prints as 13000000000, not 1.3e10."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() and abs(value) < 2**63 else value


@dataclass(frozen=True)
class Mention:
    """A named entity in the text, resolved to the fact store when `entity_id` is set."""
    text: str
    start: int
    end: int
    type: str | None = None
    entity_id: str | None = None
    via: str | None = field(default=None, metadata=INTERNAL)  # "alias" | "coreference"
    entity: str | None = None  # the article-local entity ("e3") of the report's `entities`
    name: str | None = None    # that entity's fullest name in the article


@dataclass(frozen=True)
class Entity:
    """A person, organization, place or event the article names, known to the store or not."""
    id: str                      # local to the report: "e1"
    name: str                    # the fullest form in the article
    type: str | None
    entity_id: str | None        # the fact store's id, when it knows the entity
    mentions: tuple[Span, ...]   # names, short forms and resolved pronouns

    def to_dict(self, text: str) -> dict[str, Any]:
        """The entity as reports show it, each mention with its text."""
        return {"id": self.id, "name": self.name, "type": self.type, "entity_id": self.entity_id,
                "mentions": [{"text": text[m.start:m.end], "start": m.start, "end": m.end}
                             for m in self.mentions]}


@dataclass(frozen=True)
class Evidence:
    """A fixture fact a verdict rests on, with its sources."""
    fact_id: str = field(metadata={"name": "id"})
    statement: str
    status: str
    sources: tuple[dict[str, Any], ...] = ()
    # (language, statement) from the fixtures: messages use them, reports do not show them
    translations: tuple[tuple[str, str], ...] = field(default=(), metadata=INTERNAL)


@dataclass(frozen=True)
class Verdict:
    """What the fact database says of a claim, and the facts it rests on."""
    label: str  # supported | contradicted | disputed | outdated | unverified
    reason: str = ""
    facts: tuple[Evidence, ...] = ()


UNVERIFIED = Verdict("unverified", "no fact in the store matches this claim")


@dataclass(frozen=True)
class Claim:
    """One checkable statement of the article: who (subject, object), what (predicate), how
    much or when (value, time), as the text hedges or attributes it, and its verdict. A new
    field shows in reports and API responses by itself; openapi.yaml's Claim must list it
    (tests/api/test_report_shape.py)."""
    id: str
    text: str
    start: int
    end: int
    sentence: Span
    predicate: str
    rule: str
    subject: Mention | None = None
    object: Mention | None = None
    value: Quantity | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    attribution: str | None = None
    hedge: str | None = None
    verdict: Verdict = UNVERIFIED
    measure: str | None = None  # what a generic figure measures, language-independent ("death_toll")
    time: str | None = None     # when the claim holds: ISO 8601 as precise as the text

    @property
    def key(self) -> tuple[str | None, str, str | None]:
        """What the claim is about, independent of wording: used to compare claims and facts."""
        return (_entity_key(self.subject), self.predicate, _entity_key(self.object))

    def to_dict(self) -> dict[str, Any]:
        """The claim as reports show it."""
        return dumped(self)


class Valued(Claim):
    """A claim whose value is set: a type for mypy, never built. The checks that pair figures
    take claims through `has_value` once, so they read `claim.value.low` without a test at
    every use and without asserts scattered through them."""
    value: Quantity


class Held(Claim):
    """A claim whose subject is set (`has_subject`); a type, never built."""
    subject: Mention


class HeldValued(Valued, Held):
    """A claim with both a subject and a value (`has_subject_and_value`); a type, never built."""


class Relation(Held):
    """A claim with both a subject and an object, as roles are (`has_both`); a type, never built."""
    object: Mention


def has_value(claim: Claim) -> TypeGuard[Valued]:
    """Whether the claim gives a figure, date or duration."""
    return claim.value is not None


def has_subject(claim: Claim) -> TypeGuard[Held]:
    """Whether the claim names what it is about."""
    return claim.subject is not None


def has_subject_and_value(claim: Claim) -> TypeGuard[HeldValued]:
    """Whether the claim names what it is about and gives a figure."""
    return claim.subject is not None and claim.value is not None


def has_both(claim: Claim) -> TypeGuard[Relation]:
    """Whether the claim names both its subject and its object."""
    return claim.subject is not None and claim.object is not None


def _entity_key(mention: Mention | None) -> str | None:
    if mention is None:
        return None
    return mention.entity_id or mention.text.casefold()


# Severities in rising order: "at or above warning" means warning or error.
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Suggestion:
    """The correction the article itself implies: write `replacement` for [start, end), the
    figure of claim `claim`. `reason` says why: `stated_more_often` (the other figure is given
    more often), `sum_of_parts` (the total the parts add up to), `implied_by_levels` (the
    change the two levels give), `implied_by_figures` (a share, speed or duration the other
    figures give)."""
    claim: str
    start: int
    end: int
    replacement: str
    reason: str


@dataclass(frozen=True)
class Finding:
    """Something an editor should look at: a contradiction, inside the article or with the
    fact database, with the claims (and facts) it rests on."""
    id: str
    kind: str  # internal_contradiction | internal_inconsistency | fact_contradiction | ...
    code: str  # stable message code, e.g. FC101
    severity: str  # error | warning | info
    message: str
    claims: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    status: str = "open"
    message_en: str = ""  # the same explanation in English, whatever the article's language
    suggestion: Suggestion | None = None

    def to_dict(self) -> dict[str, Any]:
        """The finding as reports show it; `message_en` is the message when that is English."""
        return {**dumped(self), "message_en": self.message_en or self.message}


@dataclass(frozen=True)
class Report:
    """The engine's reading of one article: its claims, findings and entities."""
    language: str
    language_detected: bool
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    segments: tuple[Segment, ...] = field(metadata=INTERNAL)
    title: str | None = None
    published_at: str | None = None
    entities: tuple[Entity, ...] = ()
    text: str = field(default="", metadata=INTERNAL)

    @property
    def stats(self) -> dict[str, Any]:
        """Counts by verdict and severity, so a CI job or CMS can decide without reading every claim."""
        verdicts: dict[str, int] = {}
        for claim in self.claims:
            verdicts[claim.verdict.label] = verdicts.get(claim.verdict.label, 0) + 1
        severities = {"error": 0, "warning": 0, "info": 0}
        for finding in self.findings:
            severities[finding.severity] += 1
        return {
            "sentences": sum(1 for s in self.segments if s.kind == "sentence"),
            "paragraphs": sum(1 for s in self.segments if s.kind == "paragraph"),
            "claims": len(self.claims),
            "findings": len(self.findings),
            "verdicts": verdicts,
            "severities": severities,
        }

    def to_dict(self) -> dict[str, Any]:
        """The report as the CLI prints it and the API stores it (entities with their words)."""
        return {**{f.name: _plain(getattr(self, f.name)) for f in fields(self)
                   if not f.metadata.get("internal") and f.name != "entities"},
                "entities": [e.to_dict(self.text) for e in self.entities], "stats": self.stats}
