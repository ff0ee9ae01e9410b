"""POST /v1/quantities: the quantity recognizer alone, for CMS integrations."""
from __future__ import annotations

from flask import Blueprint, current_app

from service.api.access import require
from service.api.body import json_object, validated
from service.api.checks import check_text_length
from service.api.schemas import QuantitiesRequestSchema, QuantitiesResponseSchema

bp = Blueprint("quantities", __name__, url_prefix="/v1")


@bp.post("/quantities")
@require("submit")
def quantities():
    request = validated(QuantitiesRequestSchema(), json_object())
    check_text_length(request["text"])
    engine = current_app.extensions["factcheck.engine"]
    language, found = engine.quantities(request["text"], request["language"], request["format"],
                                        request.get("reference_date"))
    return QuantitiesResponseSchema().dump({"language": language, "quantities": [q.to_dict() for q in found]})
