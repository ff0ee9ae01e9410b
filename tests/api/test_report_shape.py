"""The report's shape is written once: the engine's dataclasses make the response schemas, and
openapi.yaml's components must list the same fields, nullable where the schema allows null and
nested where the schema nests. A field added to Claim fails here until openapi.yaml has it."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from marshmallow import fields

from service.api import schemas
from service.api.shapes import schema_of
from service.engine.model import Claim, Evidence, Mention, Quantity, Span, Suggestion, Verdict, dumped
from tests.api.openapi_check import spec

COMPONENTS = {
    "Report": schemas.ReportSchema, "Claim": schemas.ClaimSchema, "Finding": schemas.FindingSchema,
    "Quantity": schemas.QuantitySchema, "LocalEntity": schemas.LocalEntitySchema, "Mention": schema_of(Mention),
    "Evidence": schema_of(Evidence), "Verdict": schema_of(Verdict), "Suggestion": schema_of(Suggestion),
    "Span": schema_of(Span), "BlockSpan": schemas.BlockSpanSchema, "Decision": schemas.DecisionOutSchema,
}
COMPONENT_OF = {schema: name for name, schema in COMPONENTS.items()}


def _nullable(prop: dict) -> bool:
    kinds = prop.get("type")
    return (isinstance(kinds, list) and "null" in kinds) or any(o.get("type") == "null" for o in prop.get("oneOf", []))


def _ref(prop: dict) -> str | None:
    refs = [prop.get("$ref")] + [o.get("$ref") for o in prop.get("oneOf", [])] + [prop.get("items", {}).get("$ref")]
    found = [r.rsplit("/", 1)[-1] for r in refs if r]
    return found[0] if found else None


@pytest.mark.parametrize("component", sorted(COMPONENTS))
def test_openapi_lists_exactly_the_fields_the_response_schema_dumps(component):
    documented = spec()["components"]["schemas"][component]["properties"]
    assert set(documented) == set(COMPONENTS[component]().fields), component


@pytest.mark.parametrize("component", sorted(COMPONENTS))
def test_openapi_marks_nullable_exactly_the_fields_the_schema_lets_be_null(component):
    documented = spec()["components"]["schemas"][component]["properties"]
    schema_fields = COMPONENTS[component]().fields
    wrong = {name: {"openapi": _nullable(prop), "schema": schema_fields[name].allow_none}
             for name, prop in documented.items()
             if name in schema_fields and _nullable(prop) != schema_fields[name].allow_none}
    assert wrong == {}


@pytest.mark.parametrize("component", sorted(COMPONENTS))
def test_openapi_nests_the_components_the_schema_nests(component):
    documented = spec()["components"]["schemas"][component]["properties"]
    wrong = {}
    for name, field in COMPONENTS[component]().fields.items():
        inner = field.inner if isinstance(field, fields.List) else field
        if isinstance(inner, fields.Nested) and type(inner.schema) in COMPONENT_OF:
            if _ref(documented[name]) != COMPONENT_OF[type(inner.schema)]:
                wrong[name] = (_ref(documented[name]), COMPONENT_OF[type(inner.schema)])
        if isinstance(field, fields.List) and documented[name].get("type") != "array":
            wrong[name] = "a list in the schema, not an array in openapi.yaml"
    assert wrong == {}


def test_a_claim_dumps_exactly_the_fields_of_the_claim_schema_but_the_api_only_block():
    claim = Claim(id="c1", text="X hat 3 Mitarbeiter.", start=0, end=20, sentence=Span(0, 20),
                  predicate="company.employees", rule="r", value=Quantity("count", "3", 6, 7, amount=3.0))
    assert set(claim.to_dict()) == set(schemas.ClaimSchema().fields) - {"block"}
    assert claim.to_dict()["value"]["amount"] == 3  # whole numbers stay integers


def test_a_field_added_to_a_dataclass_shows_in_its_dump_and_its_schema_without_another_edit():
    @dataclass(frozen=True)
    class WiderClaim(Claim):
        checked_by: str | None = None

    claim = WiderClaim(id="c1", text="t", start=0, end=1, sentence=Span(0, 1), predicate="p", rule="r",
                       checked_by="desk")
    schema = schema_of(WiderClaim)()
    assert dumped(claim)["checked_by"] == "desk"
    assert schema.fields["checked_by"].allow_none
    assert schema.dump(dumped(claim))["checked_by"] == "desk"


def test_internal_fields_stay_out_of_reports_and_renamed_fields_show_under_their_name():
    mention = Mention("Acme", 0, 4, via="coreference")
    evidence = Evidence("f1", "s", "verified", translations=(("de", "s"),))
    assert "via" not in dumped(mention) and "via" not in schema_of(Mention)().fields
    assert dumped(evidence) == {"id": "f1", "statement": "s", "status": "verified", "sources": []}
