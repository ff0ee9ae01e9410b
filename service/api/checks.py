"""POST /v1/checks and GET /v1/checks/{id}."""
from __future__ import annotations

import hashlib
import json
import re

from flask import Blueprint, current_app, g, jsonify, url_for
from flask import request as http
from werkzeug.routing import BaseConverter

from service.api.access import require
from service.api.body import json_object, validated
from service.api.problems import ApiProblem
from service.api.schemas import (BatchRequestSchema, CheckListQuerySchema, CheckListSchema, CheckRequestSchema,
                                 DecisionSchema, DeliveriesSchema, FindingSchema, ReportSchema)
from service.exporters import Checked
from service.exporters.claimreview import Publisher, to_claimreview
from service.exporters.sarif import to_sarif
from service.observability import count_report
from service.callback_urls import allowed
from service.decisions import carry_over, with_decisions, with_fingerprints
from service.blocks import join, with_blocks
from service.errors import Forbidden, NotFound
from service.lifecycle import Filters, delete, page
from service.idempotency import body_hash
from service.storage import Pending

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
    rows, next_cursor = page(current_app.extensions["factcheck.reports"], filters, query["limit"], query.get("cursor"))
    return CheckListSchema().dump({"checks": rows, "next_cursor": next_cursor})


@bp.delete("/<report:report_id>")
@require()
def delete_check(report_id: str):
    """Delete a report with its text, decisions and deliveries: its submitter or an admin."""
    store = current_app.extensions["factcheck.reports"]
    stored = store.get(report_id)
    owner = stored.get("_submitted_by")
    key = g.api_key
    if owner != key.name and "admin" not in key.roles:
        if "review" in key.roles:
            raise Forbidden(f"only the report's submitter or a key with the 'admin' role may delete it")
        raise NotFound(f"no report with id {report_id!r}")
    delete(store, [report_id])
    return "", 204


@bp.post("")
@require("submit")
def create_check():
    body = json_object()
    request = validated(CheckRequestSchema(), body)

    def work(claimed):
        [report] = _store([(request, _checked(request, _admit(request)))], claimed)
        return report, 201, {"Location": url_for("checks.get_check", report_id=report["id"])}

    def replay(report_ids):
        store = current_app.extensions["factcheck.reports"]
        [report_id] = report_ids
        return (_body(_readable(store, report_id), store.decisions(report_id)), 200,
                {"Location": url_for("checks.get_check", report_id=report_id), REPLAYED: "true"})
    return _once("check", body, work, replay)


@bp.post("/batch")
@require("submit")
def create_batch():
    """Many articles in one call: each checked and stored as by POST /v1/checks."""
    body = json_object()
    articles = validated(BatchRequestSchema(), body)["articles"]

    def work(claimed):
        # Every article is admitted before any is stored: one refused article refuses the batch.
        previous = [_admit(article, where=f"articles[{number}].") for number, article in enumerate(articles)]
        # ... and checked before any is stored: a refusal of the third (too many claims) stores
        # none; then all are stored in one transaction
        checked = [_checked(article, earlier, where=f"articles[{number}].")
                   for number, (article, earlier) in enumerate(zip(articles, previous))]
        return {"reports": _store(list(zip(articles, checked)), claimed)}, 201

    def replay(report_ids):
        store = current_app.extensions["factcheck.reports"]
        return ({"reports": [_body(_readable(store, i), store.decisions(i)) for i in report_ids]}, 200,
                {REPLAYED: "true"})
    return _once("batch", body, work, replay)


REPLAYED = "Idempotent-Replayed"
_KEY = re.compile(r"[\x21-\x7e]{1,200}")


def _once(route: str, body: dict, work, replay):
    """Run `work` once per Idempotency-Key (service/idempotency.py); without the header, always."""
    key = http.headers.get("Idempotency-Key")
    if key is None:
        return work(None)
    if not _KEY.fullmatch(key):
        raise ApiProblem(400, "bad-request", "Bad request",
                         "Idempotency-Key must be 1 to 200 visible ASCII characters (a UUID, say)")
    keys = current_app.extensions["factcheck.idempotency"]
    digest = body_hash(json.dumps(body, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    earlier = keys.claim(g.api_key.name, key, route, digest)
    if earlier is None:
        try:
            return work((g.api_key.name, key))
        except BaseException:
            keys.release(g.api_key.name, key)
            raise
    if not earlier.same_body:
        raise ApiProblem(422, "idempotency-key-reused", "Idempotency key reused",
                         "this Idempotency-Key was used within 24 hours for another request body; "
                         "use a new key for a new request")
    if earlier.report_ids is None:
        raise ApiProblem(409, "idempotency-key-in-use", "Request in progress",
                         "a request with this Idempotency-Key is still being checked; retry shortly",
                         headers={"Retry-After": "1"})
    return replay(earlier.report_ids)


@bp.get("/<report:report_id>/sarif")
@require()
def export_sarif(report_id: str):
    return to_sarif([_exportable(report_id)]), 200, {"Content-Type": "application/sarif+json"}


@bp.get("/<report:report_id>/claimreview")
@require()
def export_claimreview(report_id: str):
    """Findings an editor confirmed (`?machine=true`: also the machine's verdicts, marked so)."""
    settings = current_app.config["FACTCHECK_SETTINGS"]
    machine = http.args.get("machine", "false").lower() in ("1", "true", "yes")

    def review_url(item, claim):  # the review page, at the claim
        return url_for("review.report", report_id=report_id, _external=True) + f"#claim-{claim['id']}"
    reviews = to_claimreview([_exportable(report_id)], Publisher(settings.publisher_name, settings.publisher_url or None),
                             machine=machine, review_url=review_url)
    return jsonify(reviews), 200, {"Content-Type": "application/ld+json"}


def _exportable(report_id: str) -> Checked:
    """A stored report with its text and editors' decisions, named by its CMS document key when it
    has one."""
    store = current_app.extensions["factcheck.reports"]
    report = with_decisions(_readable(store, report_id), store.decisions(report_id))
    return Checked(report.get("document") or report_id, store.text(report_id), report)


def _admit(request: dict, where: str = "") -> dict | None:
    """Refuse what schemas cannot see: text over the limit, an unknown `previous` report, a
    callback the server may not call. Returns the report this one re-checks: the `previous` one
    named, else the caller's newest on the same `document` key."""
    if "blocks" in request and "text" not in request:
        request["text"], request["placed"] = join(request["blocks"])  # the text the blocks make
    check_text_length(request["text"], where)
    callback = request.get("callback_url")
    settings = current_app.config["FACTCHECK_SETTINGS"]
    if callback:
        if not settings.webhook_secret:
            raise ApiProblem(422, "invalid-request", "Invalid request",
                             "callback_url needs FACTCHECK_WEBHOOK_SECRET on the server to sign deliveries",
                             errors={f"{where}callback_url": "webhooks are not configured"})
        refusal = allowed(callback, frozenset(settings.webhook_hosts))
        if refusal:
            raise ApiProblem(422, "invalid-request", "Invalid request", refusal,
                             errors={f"{where}callback_url": refusal})
    store = current_app.extensions["factcheck.reports"]
    if request.get("previous"):
        return _readable(store, request["previous"])
    if request.get("document"):
        # the caller's own newest report on this key, looked up before the check runs
        latest = store.latest_for_document(request["document"], g.api_key.name)
        if latest is None:
            return None
        own = store.get(latest)
        own.pop("_submitted_by", None)
        return own
    return None


def _checked(request: dict, previous: dict | None, where: str = "") -> Pending:
    """Check an admitted request (`previous` as `_admit` returned it) into a report ready to store,
    with the decisions it carries over; refuses a report over the claim limit."""
    engine = current_app.extensions["factcheck.engine"]
    store = current_app.extensions["factcheck.reports"]
    budget = current_app.extensions["factcheck.budget"]
    placed = request.get("placed")
    report = with_fingerprints(budget.run(lambda: engine.check(
        request["text"], language=request["language"], fmt=request["format"], title=request.get("title"),
        published_at=request.get("published_at")).to_dict()))
    if placed is not None:
        report = with_blocks(report, request["blocks"], placed)
    limit = current_app.config["FACTCHECK_SETTINGS"].max_claims
    if len(report["claims"]) > limit:
        raise ApiProblem(413, "too-large", "Too many claims",
                         f"{where}text gives {len(report['claims'])} claims; a report may hold {limit} "
                         f"(FACTCHECK_MAX_CLAIMS): split the text")
    carried, resolved = [], []
    if previous is not None:
        carried, resolved = carry_over(previous, store.decisions(previous["id"]), report)
        report["previous"] = previous["id"]
    report["resolved_findings"] = resolved
    if request.get("url"):
        report["url"] = request["url"]
    return Pending(report, request["text"], g.api_key.name, request.get("document"), carried,
                   request.get("callback_url"))


def _store(checked: list[tuple[dict, Pending]], claimed: tuple[str, str] | None = None) -> list[dict]:
    """Store checked reports, with their callbacks' deliveries (and the idempotency key they
    complete), in one transaction; then answer with them and wake the deliverer."""
    store = current_app.extensions["factcheck.reports"]
    bodies = []
    for stored in store.add_all([pending for _, pending in checked], render=_body, idempotency=claimed):
        body = _body(stored, store.decisions(stored["id"]))
        count_report(body)
        bodies.append(body)
    if any(pending.callback_url for _, pending in checked):
        current_app.extensions["factcheck.webhooks"].notify()
    return bodies


def _body(stored: dict, decided: dict) -> dict:
    """A report as the API shows it (and a callback receives it): with its decisions."""
    return ReportSchema().dump(with_decisions(stored, decided))


def check_text_length(text: str, where: str = "") -> None:
    limit = current_app.config["FACTCHECK_SETTINGS"].max_text_chars
    if len(text) > limit:
        raise ApiProblem(413, "too-large", "Text too long",
                         f"{where}text has {len(text)} characters; the limit is {limit}")


@bp.get("/<report:report_id>")
@require()
def get_check(report_id: str):
    store = current_app.extensions["factcheck.reports"]
    response = jsonify(_body(_readable(store, report_id), store.decisions(report_id)))
    # a CMS polling a report gets 304 until a decision changes it
    response.set_etag(hashlib.sha256(response.get_data()).hexdigest()[:32])
    return response.make_conditional(http)


@bp.get("/<report:report_id>/deliveries")
@require()
def get_deliveries(report_id: str):
    """The report's callback deliveries and every attempt: what the receiver answered, and when."""
    store = current_app.extensions["factcheck.reports"]
    _readable(store, report_id)
    return DeliveriesSchema().dump({"deliveries": current_app.extensions["factcheck.webhooks"].outbox.for_report(report_id)})


@bp.patch("/<report:report_id>/findings/<finding_id>")
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
