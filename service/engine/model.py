"""The data model of DESIGN.md as frozen dataclasses.

Every stage of the pipeline takes and returns these plain objects, so the
stages can be tested alone and the web layer only has to serialise them.
Offsets are code-point offsets into the text exactly as submitted, end
exclusive.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
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
        data = asdict(self)
        for key in ("amount", "low", "high"):
            data[key] = _plain_number(data[key])
        return data


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
    via: str | None = None  # "alias" | "coreference"
    entity: str | None = None  # the article-local entity ("e3") of the report's `entities`
    name: str | None = None    # that entity's fullest name in the article

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "type": self.type, "entity_id": self.entity_id, "entity": self.entity, "name": self.name}


@dataclass(frozen=True)
class Entity:
    """A person, organization, place or event the article names, known to the store or not."""
    id: str                      # local to the report: "e1"
    name: str                    # the fullest form in the article
    type: str | None
    entity_id: str | None        # the fact store's id, when it knows the entity
    mentions: tuple[Span, ...]   # names, short forms and resolved pronouns

    def to_dict(self, text: str) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "entity_id": self.entity_id,
                "mentions": [{"text": text[m.start:m.end], "start": m.start, "end": m.end}
                             for m in self.mentions]}


@dataclass(frozen=True)
class Evidence:
    fact_id: str
    statement: str
    status: str
    sources: tuple[dict[str, Any], ...] = ()
    translations: tuple[tuple[str, str], ...] = ()  # (language, statement) from the fixtures

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.fact_id, "statement": self.statement,
                "status": self.status, "sources": [dict(s) for s in self.sources]}


@dataclass(frozen=True)
class Verdict:
    label: str  # supported | contradicted | disputed | outdated | unverified
    reason: str = ""
    facts: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "reason": self.reason,
                "facts": [f.to_dict() for f in self.facts]}


UNVERIFIED = Verdict("unverified", "no fact in the store matches this claim")


@dataclass(frozen=True)
class Claim:
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
        return {
            "id": self.id, "text": self.text, "start": self.start, "end": self.end,
            "sentence": {"start": self.sentence.start, "end": self.sentence.end},
            "predicate": self.predicate, "rule": self.rule,
            "subject": self.subject.to_dict() if self.subject else None,
            "object": self.object.to_dict() if self.object else None,
            "value": self.value.to_dict() if self.value else None,
            "attributes": dict(self.attributes),
            "attribution": self.attribution, "hedge": self.hedge,
            "measure": self.measure, "time": self.time,
            "verdict": self.verdict.to_dict(),
        }


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

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Finding:
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
        return {"id": self.id, "kind": self.kind, "code": self.code,
                "severity": self.severity, "message": self.message,
                "message_en": self.message_en or self.message,
                "claims": list(self.claims), "facts": list(self.facts),
                "status": self.status, "suggestion": self.suggestion.to_dict() if self.suggestion else None}


@dataclass(frozen=True)
class Report:
    language: str
    language_detected: bool
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    segments: tuple[Segment, ...]
    title: str | None = None
    published_at: str | None = None
    entities: tuple[Entity, ...] = ()
    text: str = ""

    @property
    def stats(self) -> dict[str, Any]:
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
        return {
            "language": self.language,
            "language_detected": self.language_detected,
            "title": self.title,
            "published_at": self.published_at,
            "entities": [e.to_dict(self.text) for e in self.entities],
            "claims": [c.to_dict() for c in self.claims],
            "findings": [f.to_dict() for f in self.findings],
            "stats": self.stats,
        }
