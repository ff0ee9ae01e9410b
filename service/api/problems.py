"""One error payload for the whole API: application/problem+json (RFC 9457).

Domain errors are mapped to statuses here and nowhere else. The `type` of
each problem is stable; `docs/api.md` lists them.
"""
from __future__ import annotations

import logging

from flask import Flask, Response, json
from werkzeug.exceptions import HTTPException

from service.errors import (BadRequest, CheckOverBudget, Conflict, FactcheckError, Forbidden, IdempotencyKeyReused,
                            InvalidInput, NotFound, StorageUnavailable, TooLarge, Unauthorized, UnsupportedLanguage)

log = logging.getLogger(__name__)

# Problem types are tag URIs (RFC 4151): stable names that need no domain of ours, never fetched.
PROBLEM_BASE = "tag:factcheck-service,2026:problems/"
# One title per type, whatever raised it (werkzeug's "Not Found" included).
TITLES = {
    "malformed-body": "Malformed body", "bad-request": "Bad request", "unauthorized": "Unauthorized",
    "forbidden": "Forbidden", "not-found": "Not found", "method-not-allowed": "Method not allowed",
    "too-large": "Too large", "unsupported-media-type": "Unsupported media type",
    "invalid-request": "Invalid request", "unsupported-language": "Unsupported language",
    "invalid-data": "Invalid rules or fixtures", "idempotency-key-reused": "Idempotency key reused",
    "idempotency-key-in-use": "Request in progress", "rate-limited": "Too many requests",
    "storage-unavailable": "Storage unavailable", "check-over-budget": "Check over its budget",
    "internal": "Internal error", "http-error": "HTTP error",
}


class ApiProblem(Exception):
    """An error raised by the web layer itself, with its status and problem type."""

    def __init__(self, status: int, slug: str, detail: str, errors: dict | None = None,
                 headers: dict | None = None):
        super().__init__(detail)
        self.status, self.slug, self.detail = status, slug, detail
        self.errors, self.headers = errors, headers or {}


def problem(status: int, slug: str, detail: str, errors: dict | None = None,
            headers: dict | None = None) -> Response:
    """A problem+json response; its title is the one TITLES gives its type."""
    body = {"type": PROBLEM_BASE + slug, "title": TITLES[slug], "status": status, "detail": detail}
    if errors:
        body["errors"] = errors
    response = Response(json.dumps(body), status=status, mimetype="application/problem+json")
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


_DOMAIN = [
    # (exception, status, problem type): the first that matches, so subclasses come first
    (UnsupportedLanguage, 422, "unsupported-language"),
    (IdempotencyKeyReused, 422, "idempotency-key-reused"),
    (InvalidInput, 422, "invalid-request"),
    (NotFound, 404, "not-found"),
    (BadRequest, 400, "bad-request"),
    (TooLarge, 413, "too-large"),
    (Conflict, 409, "idempotency-key-in-use"),
    (Unauthorized, 401, "unauthorized"),
    (Forbidden, 403, "forbidden"),
    (StorageUnavailable, 503, "storage-unavailable"),
    (CheckOverBudget, 503, "check-over-budget"),
]

def _field_messages(errors: dict) -> dict[str, str]:
    """Field path to one message, the shape openapi.yaml documents."""
    return {path: "; ".join(m) if isinstance(m, (list, tuple)) else str(m) for path, m in errors.items()}


_HTTP_SLUGS = {400: "bad-request", 404: "not-found", 405: "method-not-allowed",
               413: "too-large", 415: "unsupported-media-type"}


def init_app(app: Flask) -> None:
    """Answer every error as RFC 9457 problem JSON: domain errors by the table above, HTTP errors by status,
    anything else as a 500 without a traceback."""
    @app.errorhandler(ApiProblem)
    def _api_problem(exc: ApiProblem):
        return problem(exc.status, exc.slug, exc.detail, exc.errors, exc.headers)

    @app.errorhandler(FactcheckError)
    def _domain(exc: FactcheckError):
        for cls, status, slug in _DOMAIN:
            if isinstance(exc, cls):
                headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
                if isinstance(exc, Conflict):
                    headers = {"Retry-After": str(exc.retry_after)}
                errors = _field_messages(exc.errors) if isinstance(exc, InvalidInput) else None
                detail = exc.detail if isinstance(exc, InvalidInput) else str(exc)
                return problem(status, slug, detail, errors, headers)
        log.exception("unmapped domain error")
        return problem(500, "internal", "the service failed; the error was logged")

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException):
        status = exc.code or 500
        detail = exc.description or exc.name
        if status == 413:
            limit = app.config.get("MAX_CONTENT_LENGTH")
            detail = f"the request body is larger than the limit of {limit} bytes"
        # Keep what werkzeug says beyond the body: `Allow` on 405 (RFC 9110), `Retry-After`, ...
        kept = {name: value for name, value in exc.get_headers() if name.lower() != "content-type"}
        return problem(status, _HTTP_SLUGS.get(status, "http-error"), detail, headers=kept)

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        if isinstance(exc, HTTPException):
            return _http(exc)
        log.exception("unexpected error")
        return problem(500, "internal", "the service failed; the error was logged")
