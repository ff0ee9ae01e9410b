"""marshmallow schemas for fixture files: every field checked, unknown keys refused."""
from __future__ import annotations

import re

from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from service.vocabulary import ENTITY_TYPES, FACT_STATUSES, PREDICATES, QUALIFIERS

_SLUG = validate.Regexp(r"^[a-z0-9][a-z0-9._-]*$", error="must be a lower-case slug (a-z, 0-9, '.', '_', '-')")
_PARTIAL_DATE = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")


class PartialDate(fields.String):
    """An ISO 8601 date as precise as known: "2024", "2024-03" or "2024-03-19"."""

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, int):
            value = str(value)
        text = super()._deserialize(value, attr, data, **kwargs)
        if not _PARTIAL_DATE.match(text):
            raise ValidationError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
        return text


class EntitySchema(Schema):
    """An entity of a fixture file, validated at load time."""
    id = fields.String(required=True, validate=_SLUG)
    type = fields.String(required=True, validate=validate.OneOf(sorted(ENTITY_TYPES)))
    name = fields.String(required=True, validate=validate.Length(min=1))
    aliases = fields.List(fields.String(validate=validate.Length(min=1)), load_default=list)
    wikidata = fields.String(validate=validate.Regexp(r"^Q\d+$", error="must be a Wikidata id like Q2283"))
    description = fields.String()


class SourceSchema(Schema):
    """A fact's source: every fact needs at least one, with a URL and a publisher."""
    url = fields.Url(required=True, schemes={"http", "https"})
    publisher = fields.String(required=True, validate=validate.Length(min=1))
    published = PartialDate()
    title = fields.String()
    quote = fields.String()


class ValueSchema(Schema):
    """A fact's value: an amount or range with a unit, a date, or a role."""
    amount = fields.Float(allow_nan=False)
    low = fields.Float(allow_nan=False)
    high = fields.Float(allow_nan=False)
    unit = fields.String()
    qualifier = fields.String(load_default="exact", validate=validate.OneOf(sorted(QUALIFIERS)))
    role = fields.String()
    since = PartialDate()
    until = PartialDate()
    date = PartialDate()


class FactSchema(Schema):
    """A fact of a fixture file, validated at load time with precise errors."""
    id = fields.String(required=True, validate=_SLUG)
    subject = fields.String(required=True, validate=_SLUG)
    predicate = fields.String(required=True, validate=validate.OneOf(sorted(PREDICATES - {"statement"})))
    object = fields.String(validate=_SLUG)
    value = fields.Nested(ValueSchema)
    as_of = PartialDate()
    valid_from = PartialDate()
    valid_until = PartialDate()
    status = fields.String(required=True, validate=validate.OneOf(sorted(FACT_STATUSES)))
    statement = fields.String(required=True, validate=validate.Length(min=1))
    # The statement in the languages messages are written in (else it is quoted as the source's words).
    translations = fields.Dict(keys=fields.String(validate=validate.OneOf(["de", "en"])),
                               values=fields.String(validate=validate.Length(min=1)))
    sources = fields.List(fields.Nested(SourceSchema), required=True,
                          validate=validate.Length(min=1, error="every fact needs at least one source"))

    @validates_schema
    def value_fits_predicate(self, data, **kwargs):
        """Refuse a value of the wrong kind for its predicate (a role for a revenue), unless undisclosed."""
        value = data.get("value") or {}
        if data.get("status") == "undisclosed":
            return
        if data["predicate"] == "person.role" and "role" not in value:
            raise ValidationError("person.role facts need value.role", "value")
        if data["predicate"].endswith((".amount", ".price", ".percent", ".parameters", ".employees", ".users")) \
                and "amount" not in value:
            raise ValidationError(f"{data['predicate']} facts need value.amount", "value")


class RateSchema(Schema):
    """An exchange rate: 1 `from` is `rate` `to`, on a date, with a source like any fact."""
    from_ = fields.String(required=True, data_key="from", validate=validate.Regexp(r"^[A-Z]{3}$"))
    to = fields.String(required=True, validate=validate.Regexp(r"^[A-Z]{3}$"))
    rate = fields.Float(required=True, allow_nan=False, validate=validate.Range(min=0, min_inclusive=False))
    as_of = PartialDate(required=True)
    sources = fields.List(fields.Nested(SourceSchema), required=True,
                          validate=validate.Length(min=1, error="every rate needs at least one source"))


class FixtureFileSchema(Schema):
    """A fixture file: its entities and facts."""
    entities = fields.List(fields.Nested(EntitySchema), load_default=list)
    facts = fields.List(fields.Nested(FactSchema), load_default=list)
    rates = fields.List(fields.Nested(RateSchema), load_default=list)
