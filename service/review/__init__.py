"""The editors' review pages: server-rendered, usable without JavaScript.

Pages read the same report store as the API, and decisions made here are the same
append-only decisions as `PATCH /v1/checks/{id}/findings/{finding_id}`. With API keys
configured an editor signs in once with a key of the `review` role; the key's name is
recorded with each decision.
"""
from __future__ import annotations

import secrets
from functools import wraps

from werkzeug.exceptions import HTTPException
from flask import (Blueprint, abort, g, redirect, render_template, request, session,
                   url_for)

from service.api.schemas import unstorable
from service.auth import LOCAL_USER, token_fingerprint
from service.errors import NotFound
from service.limits import retry_after
from service.engine.model import SEVERITY_RANK
from service.review.highlight import heading_spans, highlighted
from service.checking import decide_finding, decided
from service.resources import resources

bp = Blueprint("review", __name__, url_prefix="/review", template_folder="templates", static_folder="static")


def editor_required(view):
    """Send a visitor without a signed-in review key to the login page (when keys are configured)."""
    @wraps(view)
    def wrapped(*args, **kwargs):
        keyring = resources().keys
        if not keyring.enabled:
            g.api_key = LOCAL_USER
        else:
            opened = resources().reports.session_key(session.get("sid"))
            key = keyring.by_session(*opened) if opened else None
            if key is None or "review" not in key.roles:
                return redirect(url_for("review.login", next=request.path))
            g.api_key = key
        return view(*args, **kwargs)
    return wrapped


@bp.app_context_processor
def csrf():
    """This session's CSRF token, for the review page's forms."""
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(24)
    return {"csrf_token": session["csrf"]}


def _check_csrf() -> None:
    if not secrets.compare_digest(request.form.get("csrf", ""), session.get("csrf", "")):
        abort(400, description="the form has expired; reload the page and try again")


@bp.route("/login", methods=["GET", "POST"])
def login():
    """Sign in with an API key holding the review role; failures count against the client's rate limit."""
    error = None
    if request.method == "POST":
        _check_csrf()
        key = resources().keys.identify(f"Bearer {request.form.get('token', '')}")
        if key is not None and "review" in key.roles:
            # a fresh session kept on the server: the cookie holds only its random id, never the
            # token (the cookie is signed, not encrypted), and a new form token
            session.clear()
            session["sid"] = resources().reports.open_session(key.name, token_fingerprint(key.token))
            session["csrf"] = secrets.token_urlsafe(24)
            target = request.args.get("next", "")
            return redirect(target if target.startswith("/review") else url_for("review.checks"))
        if key is None:
            wait = resources().limiter.admit(f"unauthenticated:{request.remote_addr}")
            if wait:
                return render_template("review/login.html", error="Too many failed logins from this address; "
                                       f"try again in {retry_after(wait)} seconds."), 429, {"Retry-After": retry_after(wait)}
        error = "That key is not valid for reviewing."
    return render_template("review/login.html", error=error), 401 if error else 200


@bp.post("/logout")
def logout():
    """End the session on the server as well as in the browser."""
    _check_csrf()
    resources().reports.close_session(session.get("sid"))
    session.clear()
    return redirect(url_for("review.login"))


@bp.after_request
def _security_headers(response):
    """No inline script runs, nothing is framed or sniffed, no report id leaks in a Referer."""
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@bp.get("/")
@editor_required
def checks():
    """The list of stored reports, newest first, searchable by title."""
    query = request.args.get("q", "").strip()[:200]
    rows = resources().reports.list(query)  # columns only: no report JSON parsed
    return render_template("review/list.html", rows=rows, query=query)


@bp.get("/checks/<report_id>")
@editor_required
def report(report_id: str):
    """One report for review: the article with its claims and findings marked, and the decision forms."""
    store = resources().reports
    try:
        stored = decided(store, report_id, g.api_key)
        text = store.text(report_id)
    except NotFound:
        abort(404)
    claims = {c["id"]: c for c in stored["claims"]}
    claims_by_entity: dict[str, list[dict]] = {}
    for claim in stored["claims"]:
        local = (claim.get("subject") or {}).get("entity")
        if local:
            claims_by_entity.setdefault(local, []).append(claim)
    wanted = {name: request.args.get(name, "").strip() for name in ("verdict", "predicate", "entity")}
    flagged = {c for f in stored["findings"] for c in f["claims"]}
    shown = [c for c in stored["claims"] if c["id"] in flagged or _matches(c, wanted)]
    # the findings panel in reading order, the more severe first where two start together
    findings = sorted(stored["findings"], key=lambda f: (
        min((claims[c]["start"] for c in f["claims"] if c in claims), default=0), -SEVERITY_RANK[f["severity"]]))
    return render_template(
        "review/report.html", report=stored, findings=findings, claims=claims, claims_by_entity=claims_by_entity,
        article=highlighted(text, shown, stored["findings"], heading_spans(text, stored.get("blocks"))), text=text,
        wanted=wanted, show_claims=request.args.get("claims") == "1" or any(wanted.values()),
        verdicts=sorted({c["verdict"]["label"] for c in stored["claims"]}),
        predicates=sorted({c["predicate"] for c in stored["claims"]}))


def _matches(claim: dict, wanted: dict[str, str]) -> bool:
    """Whether a claim passes the page's filter (by verdict, predicate and entity)."""
    subject = claim.get("subject") or {}
    return ((not wanted["verdict"] or claim["verdict"]["label"] == wanted["verdict"])
            and (not wanted["predicate"] or claim["predicate"] == wanted["predicate"])
            and (not wanted["entity"] or wanted["entity"] in (subject.get("entity"), (claim.get("object") or {}).get("entity"))))


@bp.errorhandler(HTTPException)
def error_page(exc: HTTPException):
    """Errors on the review pages are pages, not problem+json: a form sent without JavaScript
    (a dismissal without a reason) shows what to fix and the way back."""
    return render_template("review/error.html", error=exc, back=request.referrer), exc.code or 500


@bp.post("/checks/<report_id>/findings/<finding_id>")
@editor_required
def decide(report_id: str, finding_id: str):
    """Record an editor's decision from the review page's form (the API's rule, see checking.decide_finding)."""
    _check_csrf()
    action = request.form.get("action", "")
    status = {"confirm": "confirmed", "dismiss": "dismissed", "reopen": "open", "note": None}.get(action, "")
    if status == "":
        abort(400, description=f"unknown action {action!r}")
    reason = request.form.get("reason", "").strip()[:2000] or None
    note = request.form.get("note", "").strip()[:2000] or None
    for name, value in (("reason", reason), ("note", note)):
        if value and unstorable(value):
            abort(400, description=f"{name} {unstorable(value)}")
    if status == "dismissed" and not reason:
        abort(400, description="dismissing a finding needs a reason")
    try:
        decide_finding(resources().reports, report_id, finding_id, g.api_key, status, reason, note)
    except NotFound:
        abort(404)
    return redirect(url_for("review.report", report_id=report_id, _anchor=f"finding-{finding_id}"))
