"""POST /v1/checks and GET /v1/checks/{id}."""
from __future__ import annotations

import hashlib

from flask import Blueprint, g, jsonify, url_for
from flask import request as http
from werkzeug.routing import BaseConverter

from service.api.access import require
from service.api.body import json_object, validated
from service.api.schemas import (BatchRequestSchema, CheckListQuerySchema, CheckListSchema, CheckRequestSchema,
                                 DecisionSchema, DeliveriesSchema, FindingSchema, ReportSchema)
from service.exporters import Checked
from service.exporters.claimreview import Publisher, to_claimreview
from service.exporters.sarif import to_sarif
from service.checking import check_and_store, decide_finding, decided, delete_report, readable
from service.decisions import with_decisions
from service.lifecycle import Filters, page
from service.idempotency import run_once
from service.resources import resources

bp = Blueprint("checks", __name__, url_prefix="/v1/checks")


class ReportIdConverter(BaseConverter):
    """Any path segment but `batch`, so that /v1/checks/batch is only the POST route (and its
    `Allow` header says so) rather than also a GET of a report called "batch"."""
    regex = r"(?!batch(?:/|$))[^/]+"


@bp.get("")
@require()
def list_checks():
    """Reports a page at a time, newest first: reviewers see every report, others their own."""
    query = validated(CheckListQuerySchema(), http.args.to_dict())
    key = g.api_key
    filters = Filters(submitted_by=None if "review" in key.roles else key.name, document=query.get("document"),
                      since=query.get("since"), until=query.get("until"), open_findings=query.get("open"),
                      severity=query.get("severity"))
    rows, next_cursor = page(resources().reports, filters, query["limit"], query.get("cursor"))
    return CheckListSchema().dump({"checks": rows, "next_cursor": next_cursor})


@bp.delete("/<report:report_id>")
@require()
def delete_check(report_id: str):
    """Delete a report with its text, decisions and deliveries: its submitter or an admin."""
    delete_report(resources().reports, report_id, g.api_key)
    return "", 204


@bp.post("")
@require("submit")
def create_check():
    """Check one article and store its report (201, Location: the report)."""
    body = json_object()
    request = validated(CheckRequestSchema(), body)

    def work(claimed):
        [report] = check_and_store(resources(), [request], g.api_key, _body, claimed=claimed)
        return report, 201, {"Location": url_for("checks.get_check", report_id=report["id"])}

    def replay(report_ids):
        [report_id] = report_ids
        return (_shown(report_id), 200,
                {"Location": url_for("checks.get_check", report_id=report_id), REPLAYED: "true"})
    return _once("check", body, work, replay)


@bp.post("/batch")
@require("submit")
def create_batch():
    """Many articles in one call: each checked as by POST /v1/checks, all stored or none."""
    body = json_object()
    articles = validated(BatchRequestSchema(), body)["articles"]

    def work(claimed):
        return {"reports": check_and_store(resources(), articles, g.api_key, _body, batch=True, claimed=claimed)}, 201

    def replay(report_ids):
        return {"reports": [_shown(i) for i in report_ids]}, 200, {REPLAYED: "true"}
    return _once("batch", body, work, replay)


REPLAYED = "Idempotent-Replayed"


def _once(route: str, body: dict, work, replay):
    """Run `work` once per Idempotency-Key (service/idempotency.py); without the header, always."""
    return run_once(resources().idempotency, g.api_key.name, http.headers.get("Idempotency-Key"), route, body,
                    work, replay)


@bp.get("/<report:report_id>/sarif")
@require()
def export_sarif(report_id: str):
    """The report's findings as SARIF 2.1.0, for code-scanning dashboards."""
    return to_sarif([_exportable(report_id)]), 200, {"Content-Type": "application/sarif+json"}


@bp.get("/<report:report_id>/claimreview")
@require()
def export_claimreview(report_id: str):
    """Findings an editor confirmed (`?machine=true`: also the machine's verdicts, marked so)."""
    settings = resources().settings
    machine = http.args.get("machine", "false").lower() in ("1", "true", "yes")

    def review_url(item, claim):  # the review page, at the claim
        return url_for("review.report", report_id=report_id, _external=True) + f"#claim-{claim['id']}"
    reviews = to_claimreview([_exportable(report_id)], Publisher(settings.publishing.name, settings.publishing.url or None),
                             machine=machine, review_url=review_url)
    return jsonify(reviews), 200, {"Content-Type": "application/ld+json"}


def _exportable(report_id: str) -> Checked:
    """A stored report with its text and editors' decisions, named by its CMS document key when it
    has one."""
    store = resources().reports
    report = decided(store, report_id, g.api_key)
    return Checked(report.get("document") or report_id, store.text(report_id), report)


def _body(stored: dict, decisions: dict) -> dict:
    """A report as the API shows it (and a callback receives it): with its decisions."""
    return ReportSchema().dump(with_decisions(stored, decisions))


def _shown(report_id: str) -> dict:
    """A stored report the caller may read, as the API shows it."""
    return ReportSchema().dump(decided(resources().reports, report_id, g.api_key))


@bp.get("/<report:report_id>")
@require()
def get_check(report_id: str):
    """A report with its editors' decisions; an ETag so a poller gets 304 until it changes."""
    response = jsonify(_shown(report_id))
    # a CMS polling a report gets 304 until a decision changes it
    response.set_etag(hashlib.sha256(response.get_data()).hexdigest()[:32])
    return response.make_conditional(http)


@bp.get("/<report:report_id>/deliveries")
@require()
def get_deliveries(report_id: str):
    """The report's callback deliveries and every attempt: what the receiver answered, and when."""
    readable(resources().reports, report_id, g.api_key)
    return DeliveriesSchema().dump({"deliveries": resources().webhooks.outbox.for_report(report_id)})


@bp.patch("/<report:report_id>/findings/<finding_id>")
@require("review")
def decide(report_id: str, finding_id: str):
    """An editor's decision on a finding: confirmed, dismissed (with a reason) or open again."""
    request = validated(DecisionSchema(), json_object())
    finding = decide_finding(resources().reports, report_id, finding_id, g.api_key, request["status"],
                             request.get("reason"), request.get("note"))
    return FindingSchema().dump(finding)
