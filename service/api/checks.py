"""POST /v1/checks and GET /v1/checks/{id}."""
from __future__ import annotations

from flask import Blueprint, current_app, g, url_for

from service.api.access import require
from service.api.body import json_object, validated
from service.api.problems import ApiProblem
from service.api.schemas import CheckRequestSchema, ReportSchema
from service.errors import NotFound

bp = Blueprint("checks", __name__, url_prefix="/v1/checks")


@bp.post("")
@require("submit")
def create_check():
    request = validated(CheckRequestSchema(), json_object())
    check_text_length(request["text"])
    engine = current_app.extensions["factcheck.engine"]
    report = engine.check(request["text"], language=request["language"], fmt=request["format"],
                          title=request.get("title"), published_at=request.get("published_at"))
    stored = current_app.extensions["factcheck.reports"].add(report.to_dict(), request["text"], g.api_key.name)
    body = ReportSchema().dump(stored)
    return body, 201, {"Location": url_for("checks.get_check", report_id=stored["id"])}


def check_text_length(text: str) -> None:
    limit = current_app.config["FACTCHECK_SETTINGS"].max_text_chars
    if len(text) > limit:
        raise ApiProblem(413, "too-large", "Text too long",
                         f"text has {len(text)} characters; the limit is {limit}")


@bp.get("/<report_id>")
@require()
def get_check(report_id: str):
    stored = current_app.extensions["factcheck.reports"].get(report_id)
    owner = stored.pop("_submitted_by", None)
    # Drafts are confidential: reviewers read every report, submitters only their own.
    # Someone else's report is reported as missing, so ids cannot be probed.
    if "review" not in g.api_key.roles and owner != g.api_key.name:
        raise NotFound(f"no report with id {report_id!r}")
    return ReportSchema().dump(stored)
