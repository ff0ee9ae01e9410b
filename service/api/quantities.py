"""POST /v1/quantities: the quantity recognizer alone, for CMS integrations."""
from __future__ import annotations

from flask import Blueprint

from service.api.access import require
from service.api.body import json_object, validated
from service.api.schemas import QuantitiesRequestSchema, QuantitiesResponseSchema
from service.checking import check_text_length
from service.resources import resources

bp = Blueprint("quantities", __name__, url_prefix="/v1")


@bp.post("/quantities")
@require("submit")
def quantities():
    """The figures, dates and durations of a text, normalized, without checking or storing anything."""
    request = validated(QuantitiesRequestSchema(), json_object())
    check_text_length(resources().settings.limits, request["text"])
    language, found = resources().engine.quantities(request["text"], request["language"], request["format"],
                                        request.get("reference_date"))
    return QuantitiesResponseSchema().dump({"language": language, "quantities": [q.to_dict() for q in found]})
