"""marshmallow schemas for the API's requests and responses (mirrored in openapi.yaml)."""
from __future__ import annotations

import re
from datetime import date, timezone

from marshmallow import Schema, ValidationError, fields, validate, validates, validates_schema

from service.blocks import TYPES as BLOCK_TYPES
from service.api.shapes import schema_of
from service.engine.document import FORMATS
from service.engine.model import Claim, Entity, Finding, Quantity, Report

_FORBIDDEN_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def unstorable(value: str) -> str | None:
    """Why no database could store `value` (None: any can): NUL, other control characters or a
    lone surrogate (PostgreSQL cannot store NUL, no encoder writes a lone surrogate)."""
    bad = _FORBIDDEN_CHARS.search(value)
    if bad is None:
        return None
    return f"contains a control character or unpaired surrogate (U+{ord(bad.group(0)):04X}) at offset {bad.start()}"


def check_article_text(value: str) -> None:
    """Refuse empty text and characters no database can store (NUL, lone surrogates)."""
    if not value.strip():
        raise ValidationError("must not be empty")
    problem = unstorable(value)
    if problem:
        raise ValidationError(problem)


class StorableString(fields.String):
    """A string field no database refuses (see `unstorable`); refused with where the character is."""

    def _deserialize(self, value, attr, data, **kwargs):
        result = super()._deserialize(value, attr, data, **kwargs)
        if unstorable(result):
            raise ValidationError(unstorable(result))
        return result


# A date, or an RFC 3339 date-time (any case, leap seconds, any fraction); only the date is used.
_ISO_DATE_TIME = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})"
                            r"(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?")


class PublicationDate(fields.Field):
    """An ISO 8601 date or date-time; the date part is what the engine uses."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, str):
            raise ValidationError("must be an ISO 8601 date string such as 2024-05-07")
        match = _ISO_DATE_TIME.fullmatch(value)
        try:
            if match is None:
                raise ValueError(value)
            return date.fromisoformat(match["date"])
        except ValueError:
            raise ValidationError(f"not an ISO 8601 date: {value!r}") from None


class ArticleTextSchema(Schema):
    """What every request about a text carries: the text, its language and its format."""
    text = fields.String(required=True)
    language = StorableString(load_default="auto", validate=validate.Length(min=2, max=8))
    format = StorableString(load_default="plain", validate=validate.OneOf(FORMATS))

    @validates("text")
    def text_has_content(self, value: str, **kwargs):
        """An article without any visible text is refused with the reason."""
        check_article_text(value)


class BlockSchema(Schema):
    """A CMS block (service/blocks.py)."""
    id = StorableString(required=True, validate=validate.Length(min=1, max=200))
    type = fields.String(required=True, validate=validate.OneOf(BLOCK_TYPES))
    text = fields.String(required=True)

    @validates("text")
    def text_has_content(self, value: str, **kwargs):
        """A block without any visible text is refused with the reason."""
        check_article_text(value)


class CheckRequestSchema(ArticleTextSchema):
    """POST /v1/checks: an article as text or as a CMS's blocks, with its metadata."""
    text = fields.String()  # or `blocks`
    blocks = fields.List(fields.Nested(BlockSchema), validate=validate.Length(min=1, max=5000))
    title = StorableString(allow_none=True, validate=validate.Length(max=1000))
    published_at = PublicationDate(allow_none=True)
    document = StorableString(validate=validate.Length(min=1, max=200))  # the CMS's key for the article
    previous = StorableString(validate=validate.Length(min=1, max=36))   # the report this re-checks
    callback_url = StorableString(validate=validate.Length(min=1, max=2000))  # receives the report, signed
    url = StorableString(validate=validate.Length(min=1, max=2000))  # where the article is (to be) published

    @validates_schema
    def text_or_blocks(self, data, **kwargs):
        """Exactly one of `text` and `blocks`: both would leave it unclear what was checked."""
        if ("text" in data) == ("blocks" in data):
            raise ValidationError("give either text or blocks", field_name="text" if "text" not in data else "blocks")
        if "blocks" in data:
            if data.get("format", "plain") != "plain":
                raise ValidationError("blocks are plain text: leave format out", field_name="format")
            ids = [block["id"] for block in data["blocks"]]
            if len(set(ids)) != len(ids):
                raise ValidationError("every block needs its own id", field_name="blocks")


class BatchRequestSchema(Schema):
    """POST /v1/checks/batch: many articles, checked and stored all or none."""
    articles = fields.List(fields.Nested(CheckRequestSchema), required=True,
                           validate=validate.Length(min=1, max=50, error="give 1 to 50 articles"))


class DecisionSchema(Schema):
    """An editor's decision on a finding."""
    status = fields.String(required=True, validate=validate.OneOf(["open", "confirmed", "dismissed"]))
    reason = StorableString(validate=validate.Length(max=2000))
    note = StorableString(validate=validate.Length(max=2000))

    @validates_schema
    def dismissal_needs_a_reason(self, data, **kwargs):
        """A dismissal without a reason teaches the next editor nothing: refused."""
        if data.get("status") == "dismissed" and not (data.get("reason") or "").strip():
            raise ValidationError("dismissing a finding needs a reason", "reason")


class QuantitiesRequestSchema(ArticleTextSchema):
    """POST /v1/quantities: a text and the date relative dates are read against."""
    reference_date = PublicationDate(allow_none=True)


class EntityMentionSchema(Schema):
    """Where an entity is mentioned, in a report's `entities`."""
    text = fields.String()
    start = fields.Integer()
    end = fields.Integer()


class BlockSpanSchema(Schema):
    """Where in a CMS block a claim or finding stands."""
    id = fields.String()
    start = fields.Integer()
    end = fields.Integer()


class BlockOutSchema(BlockSpanSchema):
    """A CMS block of a report, with its type."""
    type = fields.String()


class DecisionOutSchema(Schema):
    """A decision as reports list it."""
    status = fields.String()
    reason = fields.String(allow_none=True)
    note = fields.String(allow_none=True)
    decided_by = fields.String()
    decided_at = fields.String()


class ResolvedFindingSchema(Schema):
    """A finding of the previous version that this version no longer has."""
    id = fields.String()
    code = fields.String()
    kind = fields.String()
    message = fields.String()
    previous_report = fields.String()


# The report's shape: made from the engine's dataclasses (service/api/shapes.py), plus what
# only the API adds (a stored report's id and blocks, a finding's fingerprint and decisions).
QuantitySchema = schema_of(Quantity)
LocalEntitySchema = schema_of(Entity, name="LocalEntitySchema",
                              extra={"mentions": fields.List(fields.Nested(EntityMentionSchema))})
ClaimSchema = schema_of(Claim, extra={"block": fields.Nested(BlockSpanSchema)})
FindingSchema = schema_of(Finding, extra={
    "block": fields.Nested(BlockSpanSchema, allow_none=True), "fingerprint": fields.String(),
    "decision": fields.Nested(DecisionOutSchema, allow_none=True),
    "history": fields.List(fields.Nested(DecisionOutSchema))})
ReportSchema = schema_of(Report, extra={
    "id": fields.String(), "created_at": fields.String(), "document": fields.String(allow_none=True),
    "previous": fields.String(allow_none=True), "resolved_findings": fields.List(fields.Nested(ResolvedFindingSchema)),
    "url": fields.String(), "blocks": fields.List(fields.Nested(BlockOutSchema)),
    "entities": fields.List(fields.Nested(LocalEntitySchema)), "claims": fields.List(fields.Nested(ClaimSchema)),
    "findings": fields.List(fields.Nested(FindingSchema)), "stats": fields.Dict()})


class DeliveryAttemptSchema(Schema):
    """One attempt to deliver a report to its callback."""
    at = fields.String()
    status_code = fields.Integer(allow_none=True)
    error = fields.String(allow_none=True)
    duration_ms = fields.Integer()


class DeliverySchema(Schema):
    """A webhook delivery with its attempts."""
    id = fields.String()
    target = fields.String()
    state = fields.String()
    created_at = fields.String()
    next_attempt_at = fields.String(allow_none=True)
    attempts = fields.List(fields.Nested(DeliveryAttemptSchema))


class DeliveriesSchema(Schema):
    """GET /v1/checks/{id}/deliveries."""
    deliveries = fields.List(fields.Nested(DeliverySchema))


class CheckListQuerySchema(Schema):
    """GET /v1/checks: which reports to list."""
    document = StorableString(validate=validate.Length(min=1, max=200))
    since = fields.AwareDateTime(default_timezone=timezone.utc)
    until = fields.AwareDateTime(default_timezone=timezone.utc)
    open = fields.Boolean()
    severity = fields.String(validate=validate.OneOf(["error", "warning", "info"]))
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=200))
    cursor = StorableString(validate=validate.Length(max=500))


class CheckSummarySchema(Schema):
    """A report in a list, without its claims."""
    id = fields.String()
    created_at = fields.String()
    document = fields.String(allow_none=True)
    title = fields.String(allow_none=True)
    label = fields.String(allow_none=True)
    findings = fields.Integer()
    errors = fields.Integer()
    warnings = fields.Integer()
    infos = fields.Integer()
    open = fields.Integer()


class CheckListSchema(Schema):
    """GET /v1/checks's answer."""
    checks = fields.List(fields.Nested(CheckSummarySchema))
    next_cursor = fields.String(allow_none=True)


class QuantitiesResponseSchema(Schema):
    """POST /v1/quantities's answer."""
    language = fields.String()
    quantities = fields.List(fields.Nested(QuantitySchema))


class FactSchema(Schema):
    """A fact as the facts API shows it."""
    id = fields.String()
    subject = fields.String()
    predicate = fields.String()
    object = fields.String(allow_none=True)
    value = fields.Dict()
    as_of = fields.String(allow_none=True)
    valid_from = fields.String(allow_none=True)
    valid_until = fields.String(allow_none=True)
    status = fields.String()
    statement = fields.String()
    sources = fields.List(fields.Dict())


class FactPageSchema(Schema):
    """A page of facts."""
    items = fields.List(fields.Nested(FactSchema))
    total = fields.Integer()
    limit = fields.Integer()
    offset = fields.Integer()


class FactQuerySchema(Schema):
    """GET /v1/facts: what to search for."""
    q = fields.String(load_default="", validate=validate.Length(max=200))
    subject = fields.String(load_default=None)
    predicate = fields.String(load_default=None)
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=500))
    offset = fields.Integer(load_default=0, validate=validate.Range(min=0))


class EntitySchema(Schema):
    """An entity of the fact store as the facts API shows it."""
    id = fields.String()
    type = fields.String()
    name = fields.String()
    aliases = fields.List(fields.String())
    wikidata = fields.String(allow_none=True)
    description = fields.String(allow_none=True)
