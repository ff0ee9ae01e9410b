"""What each request leaves behind: a request id, one JSON log line, Prometheus metrics.

Log lines carry method, route, status, duration, the key's name and the request id, never a
draft's text or a query string (drafts are confidential before publication). Metrics are
per process unless PROMETHEUS_MULTIPROC_DIR is set (the production server sets it, so that
/metrics sums all gunicorn workers).
"""
from __future__ import annotations

import json
import logging
import os
import re
import time
import uuid
from datetime import datetime, timezone

from flask import Flask, Response, g, request
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client import multiprocess

log = logging.getLogger("factcheck.requests")
REQUEST_ID = "X-Request-Id"
_VALID_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")

REQUESTS = Counter("factcheck_requests_total", "HTTP requests", ["method", "route", "status"])
LATENCY = Histogram("factcheck_request_seconds", "Time to answer a request", ["method", "route"],
                    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))
CLAIMS = Counter("factcheck_claims_total", "Claims extracted from checked articles", ["language"])
FINDINGS = Counter("factcheck_findings_total", "Findings in checked articles", ["severity"])


class JsonFormatter(logging.Formatter):
    """Log records as one JSON object per line, for log collectors."""
    def format(self, record: logging.LogRecord) -> str:
        """The record as a JSON line with its time, level, logger, message and extra fields."""
        entry = {"time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
                 "level": record.levelname.lower(), "logger": record.name, "message": record.getMessage()}
        entry.update(getattr(record, "fields", {}))
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def json_logging(level: int = logging.INFO) -> None:
    """Our loggers ("factcheck.*", "service.*") as JSON lines on stderr, kept apart from the
    root logger that gunicorn configures for itself."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    for name in ("factcheck", "service"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(level)
        logger.propagate = False
    for noisy in ("spacy", "werkzeug"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def init_app(app: Flask) -> None:
    """Time and log every request, and serve Prometheus metrics on /metrics."""
    @app.before_request
    def _start():
        g.started = time.perf_counter()
        incoming = request.headers.get(REQUEST_ID, "")
        g.request_id = incoming if _VALID_ID.fullmatch(incoming) else uuid.uuid4().hex

    @app.after_request
    def _finish(response: Response) -> Response:
        route = request.url_rule.rule if request.url_rule else "unmatched"
        elapsed = time.perf_counter() - g.get("started", time.perf_counter())
        response.headers[REQUEST_ID] = g.get("request_id", "")
        if route != "/metrics":
            method = request.method if request.method in _METHODS else "OTHER"  # the caller chooses it: no new labels
            REQUESTS.labels(method, route, str(response.status_code)).inc()
            LATENCY.labels(method, route).observe(elapsed)
        key = g.get("api_key")
        log.info("%s %s %d", request.method, route, response.status_code, extra={"fields": {
            "request_id": g.get("request_id"), "method": request.method, "route": route,
            "status": response.status_code, "duration_ms": round(elapsed * 1000, 1),
            "key": getattr(key, "name", None), "bytes_in": request.content_length or 0}})
        return response

    @app.get("/metrics")
    def metrics():
        return Response(generate_latest(_registry()), mimetype=CONTENT_TYPE_LATEST.split(";")[0],
                        headers={"Content-Type": CONTENT_TYPE_LATEST})


def count_report(report: dict) -> None:
    """Count a stored report's claims and findings in the metrics."""
    CLAIMS.labels(report.get("language", "unknown")).inc(len(report.get("claims", [])))
    for finding in report.get("findings", []):
        FINDINGS.labels(finding["severity"]).inc()


def _registry():
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return registry
    from prometheus_client import REGISTRY
    return REGISTRY
