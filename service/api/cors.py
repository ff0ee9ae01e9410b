"""CORS for the origins in FACTCHECK_CORS_ORIGINS only, so an editor's browser plug-in on the
CMS can call the API with its bearer token; every other origin gets no CORS headers (and so
no access from a browser). Preflights are answered before authentication: browsers send
them without the Authorization header."""
from __future__ import annotations

from flask import Flask, Response, request

ALLOWED_METHODS = "GET, POST, PATCH, DELETE"
ALLOWED_HEADERS = "Authorization, Content-Type, Idempotency-Key, If-None-Match, X-Request-Id"
EXPOSED_HEADERS = "Location, ETag, Retry-After, X-Request-Id, Idempotent-Replayed"
PREFLIGHT_SECONDS = "600"


def init_app(app: Flask, origins: tuple[str, ...]) -> None:
    """Answer CORS preflights and mark responses for the configured origins only: drafts are confidential, so
    no wildcard."""
    allowed = frozenset(origin.rstrip("/") for origin in origins)

    def allowed_origin() -> str | None:
        origin = request.headers.get("Origin")
        return origin if origin in allowed and request.path.startswith("/v1/") else None

    @app.before_request
    def _preflight():
        origin = allowed_origin()
        if origin and request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
            response = Response(status=204)
            response.headers.update({"Access-Control-Allow-Origin": origin,
                                     "Access-Control-Allow-Methods": ALLOWED_METHODS,
                                     "Access-Control-Allow-Headers": ALLOWED_HEADERS,
                                     "Access-Control-Max-Age": PREFLIGHT_SECONDS})
            response.vary.add("Origin")
            return response
        return None

    @app.after_request
    def _headers(response: Response) -> Response:
        origin = allowed_origin()
        if origin:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
        if allowed:
            response.vary.add("Origin")  # caches must not hand one origin's answer to another
        return response
