"""The database's tables (SQLAlchemy Core), in one place: the report store, the outbox, the
idempotency keys, the review sessions and the migrations that create them all read them here.
"""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa

metadata = sa.MetaData()

reports = sa.Table(
    "reports", metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("submitted_by", sa.String(200), nullable=True),
    sa.Column("language", sa.String(8), nullable=False),
    sa.Column("title", sa.Text, nullable=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("report", sa.Text, nullable=False),  # JSON: portable across SQLite and PostgreSQL
    sa.Column("document", sa.String(200), nullable=True, index=True),  # the CMS's key for the article
    # What a list of reports shows, kept beside the report so a list never parses report JSON
    sa.Column("label", sa.String(200), nullable=True),  # the title, else the first claim's words, else the id
    sa.Column("findings", sa.Integer, nullable=True),
    sa.Column("errors", sa.Integer, nullable=True),
    sa.Column("warnings", sa.Integer, nullable=True),
    sa.Column("infos", sa.Integer, nullable=True),
)


# Review sign-ins: the cookie holds only this row's random id; signing out deletes the row.
review_sessions = sa.Table(
    "review_sessions", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("key_name", sa.String(200), nullable=False),
    sa.Column("key_fingerprint", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)
SESSION_HOURS = 12
def summary_columns(report: dict[str, Any]) -> dict[str, Any]:
    """The list columns of a report (see `reports`)."""
    claims = report.get("claims") or []
    first = claims[0]["text"] if claims else ""
    label = report.get("title") or ((first[:59] + "…" if len(first) > 60 else first) if claims else report.get("id", ""))
    severities = (report.get("stats") or {}).get("severities") or {}
    return {"label": (label or "")[:200], "findings": len(report.get("findings") or []),
            "errors": severities.get("error", 0), "warnings": severities.get("warning", 0),
            "infos": severities.get("info", 0)}

# Decisions are appended, never updated: the latest row per finding is its status, and all
# rows are the audit trail. Two editors deciding at once add two rows; nothing is overwritten.
decisions = sa.Table(
    "decisions", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("report_id", sa.String(36), sa.ForeignKey("reports.id"), nullable=False, index=True),
    sa.Column("finding_id", sa.String(40), nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("reason", sa.Text, nullable=True),
    sa.Column("note", sa.Text, nullable=True),
    sa.Column("decided_by", sa.String(200), nullable=False),
    sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
)

# The webhook outbox: a report's callback is written in the report's own transaction, so a stored
# report is never without its delivery, and deliveries survive restarts (service/outbox.py).
deliveries = sa.Table(
    "deliveries", metadata,
    sa.Column("id", sa.String(40), primary_key=True),  # sent as `webhook-id`; the same on every attempt
    sa.Column("report_id", sa.String(36), sa.ForeignKey("reports.id"), nullable=False, index=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("payload", sa.Text, nullable=False),  # the JSON body, fixed when the report was stored
    sa.Column("state", sa.String(12), nullable=False),  # pending | delivered | failed
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),  # a worker is sending it until then
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_deliveries_due", "state", "next_attempt_at"),
)

delivery_attempts = sa.Table(
    "delivery_attempts", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("delivery_id", sa.String(40), sa.ForeignKey("deliveries.id"), nullable=False, index=True),
    sa.Column("attempted_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("status_code", sa.Integer, nullable=True),  # the receiver's answer; None: no answer
    sa.Column("error", sa.String(200), nullable=True),
    sa.Column("duration_ms", sa.Integer, nullable=False),
)

# Idempotency keys of POST /v1/checks and /v1/checks/batch (service/idempotency.py): a retried
# request with the same key and body gets the first answer instead of storing again.
idempotency_keys = sa.Table(
    "idempotency_keys", metadata,
    sa.Column("submitted_by", sa.String(200), primary_key=True),  # keys are each caller's own
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("route", sa.String(40), nullable=False),
    sa.Column("body_hash", sa.String(64), nullable=False),
    sa.Column("state", sa.String(12), nullable=False),  # pending (being checked) | done
    sa.Column("report_ids", sa.Text, nullable=True),  # JSON list, written with the reports
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
)
