"""POST /v1/checks and GET /v1/checks/{id}."""
from __future__ import annotations

from flask import Blueprint, current_app, g, url_for

from service.api.access import require
from service.api.body import json_object, validated
from service.api.problems import ApiProblem
from service.api.schemas import CheckRequestSchema, DecisionSchema, FindingSchema, ReportSchema
from service.decisions import carry_over, with_decisions, with_fingerprints
from service.errors import NotFound

bp = Blueprint("checks", __name__, url_prefix="/v1/checks")


@bp.post("")
@require("submit")
def create_check():
    request = validated(CheckRequestSchema(), json_object())
    check_text_length(request["text"])
    engine = current_app.extensions["factcheck.engine"]
    store = current_app.extensions["factcheck.reports"]
    report = with_fingerprints(engine.check(request["text"], language=request["language"], fmt=request["format"],
                                            title=request.get("title"),
                                            published_at=request.get("published_at")).to_dict())
    previous_id = request.get("previous") or (store.latest_for_document(request["document"])
                                              if request.get("document") else None)
    carried, resolved = [], []
    if previous_id:
        previous = _readable(store, previous_id)
        carried, resolved = carry_over(previous, store.decisions(previous_id), report)
        report["previous"] = previous_id
    report["resolved_findings"] = resolved
    stored = store.add(report, request["text"], g.api_key.name, document=request.get("document"), carried=carried)
    body = ReportSchema().dump(with_decisions(stored, store.decisions(stored["id"])))
    return body, 201, {"Location": url_for("checks.get_check", report_id=stored["id"])}


def check_text_length(text: str) -> None:
    limit = current_app.config["FACTCHECK_SETTINGS"].max_text_chars
    if len(text) > limit:
        raise ApiProblem(413, "too-large", "Text too long",
                         f"text has {len(text)} characters; the limit is {limit}")


@bp.get("/<report_id>")
@require()
def get_check(report_id: str):
    store = current_app.extensions["factcheck.reports"]
    return ReportSchema().dump(with_decisions(_readable(store, report_id), store.decisions(report_id)))


@bp.patch("/<report_id>/findings/<finding_id>")
@require("review")
def decide(report_id: str, finding_id: str):
    request = validated(DecisionSchema(), json_object())
    store = current_app.extensions["factcheck.reports"]
    report = _readable(store, report_id)
    if finding_id not in {f["id"] for f in report["findings"]}:
        raise NotFound(f"report {report_id!r} has no finding {finding_id!r}")
    store.decide(report_id, finding_id, request["status"], g.api_key.name, request.get("reason"), request.get("note"))
    report = with_decisions(report, store.decisions(report_id))
    return FindingSchema().dump(next(f for f in report["findings"] if f["id"] == finding_id))


def _readable(store, report_id: str) -> dict:
    """The stored report, if the caller may read it. Drafts are confidential: reviewers read
    every report, submitters only their own; another's report is reported as missing, so ids
    cannot be probed."""
    stored = store.get(report_id)
    owner = stored.pop("_submitted_by", None)
    if "review" not in g.api_key.roles and owner != g.api_key.name:
        raise NotFound(f"no report with id {report_id!r}")
    return stored
