"""Reports over their life: listed a page at a time, deleted on request, purged after
FACTCHECK_RETENTION_DAYS. Drafts are confidential before publication, so a deleted report
leaves nothing behind: its text, report, decisions, webhook deliveries with their attempts,
and the idempotency keys that named it go in one transaction.
"""
from __future__ import annotations

import base64
import json
import logging
import os
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import sqlalchemy as sa

from service.errors import InvalidInput
from service.storage import ReportStore, is_report_id, unavailable, utc_iso, with_open_counts
from service.tables import decisions, deliveries, delivery_attempts, idempotency_keys, reports

log = logging.getLogger(__name__)
SEVERITY_COLUMNS = {"error": reports.c.errors, "warning": reports.c.warnings, "info": reports.c.infos}
PURGE_BATCH = 500


@dataclass(frozen=True)
class Filters:
    """What GET /v1/checks narrows to; `submitted_by` None: every submitter's reports."""
    submitted_by: str | None = None
    document: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    open_findings: bool | None = None
    severity: str | None = None


def page(store: ReportStore, filters: Filters, limit: int = 50,
         cursor: str | None = None) -> tuple[list[dict[str, Any]], str | None]:
    """Reports newest first from after `cursor`, at most `limit`; and the cursor of the next page
    (None: this was the last). Filtering by open findings reads decisions, so rows are read in
    batches until the page is full: each report is read once per listing, whatever the filter."""
    statement = sa.select(reports.c.id, reports.c.created_at, reports.c.document, reports.c.title,
                          reports.c.label, reports.c.findings, reports.c.errors, reports.c.warnings,
                          reports.c.infos).order_by(reports.c.created_at.desc(), reports.c.id.desc())
    if filters.submitted_by is not None:
        statement = statement.where(reports.c.submitted_by == filters.submitted_by)
    if filters.document is not None:
        statement = statement.where(reports.c.document == filters.document)
    if filters.since is not None:
        statement = statement.where(reports.c.created_at >= filters.since)
    if filters.until is not None:
        statement = statement.where(reports.c.created_at < filters.until)
    if filters.severity is not None:
        statement = statement.where(SEVERITY_COLUMNS[filters.severity] > 0)
    after = _decode(cursor) if cursor else None
    found: list[dict[str, Any]] = []
    with unavailable("could not list reports"), store.engine.connect() as conn:
        while len(found) <= limit:
            batch = statement
            if after is not None:
                created, report_id = after
                batch = batch.where(sa.or_(reports.c.created_at < created,
                                           sa.and_(reports.c.created_at == created, reports.c.id < report_id)))
            rows = [dict(row) for row in conn.execute(batch.limit(limit + 1)).mappings().all()]
            if not rows:
                break
            with_open_counts(conn, rows)
            found += [row for row in rows if filters.open_findings is None
                      or (row["open"] > 0) == filters.open_findings]
            after = (rows[-1]["created_at"], rows[-1]["id"])
            if len(rows) <= limit:
                break
    more = len(found) > limit
    found = found[:limit]
    next_cursor = _encode(found[-1]["created_at"], found[-1]["id"]) if more and found else None
    for row in found:
        row["created_at"] = utc_iso(row["created_at"])
    return found, next_cursor


def _encode(created: datetime, report_id: str) -> str:
    return base64.urlsafe_b64encode(json.dumps([utc_iso(created), report_id]).encode()).decode().rstrip("=")


def _decode(cursor: str) -> tuple[datetime, str]:
    try:
        created, report_id = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if not is_report_id(report_id):
            raise ValueError(report_id)
        return datetime.fromisoformat(created), report_id
    except (ValueError, TypeError):
        raise InvalidInput("cursor is not one this service gave out", {"cursor": "not a cursor from a listing"}) from None


def delete(store: ReportStore, report_ids: list[str]) -> int:
    """Remove reports and everything that belongs to them, in one transaction; how many were there."""
    if not report_ids:
        return 0
    with unavailable("could not delete the report"), store.engine.begin() as conn:
        sent = sa.select(deliveries.c.id).where(deliveries.c.report_id.in_(report_ids))
        conn.execute(delivery_attempts.delete().where(delivery_attempts.c.delivery_id.in_(sent)))
        conn.execute(deliveries.delete().where(deliveries.c.report_id.in_(report_ids)))
        conn.execute(decisions.delete().where(decisions.c.report_id.in_(report_ids)))
        # report ids are UUIDs: a LIKE finds exactly the keys naming one
        conn.execute(idempotency_keys.delete().where(
            sa.or_(*(idempotency_keys.c.report_ids.like(f'%"{report_id}"%') for report_id in report_ids))))
        return conn.execute(reports.delete().where(reports.c.id.in_(report_ids))).rowcount


def purge(store: ReportStore, days: int, now: datetime | None = None) -> int:
    """Delete every report older than `days`; returns how many."""
    cutoff = (now or datetime.now(timezone.utc)) - timedelta(days=days)
    removed = 0
    while True:
        with unavailable("could not find expired reports"), store.engine.connect() as conn:
            ids = list(conn.execute(sa.select(reports.c.id).where(reports.c.created_at < cutoff)
                                    .limit(PURGE_BATCH)).scalars())
        if not ids:
            return removed
        removed += delete(store, ids)


class Purger:
    """Purges expired reports every `every` seconds in a background thread of each serving
    process (deleting what another worker already deleted is harmless)."""

    def __init__(self, store: ReportStore, days: int, every: float = 3600.0):
        self.store, self.days, self.every = store, days, every
        self._pid: int | None = None

    def start(self) -> None:
        """Start the hourly purge in this process (once; not when retention is off)."""
        if self.days <= 0 or self._pid == os.getpid():
            return
        self._pid = os.getpid()
        threading.Thread(target=self._run, name="retention", daemon=True).start()

    def _run(self) -> None:
        while True:
            try:
                removed = purge(self.store, self.days)
                if removed:
                    log.info("retention: deleted %d reports older than %d days", removed, self.days)
            except Exception as exc:  # noqa: BLE001 - the next round tries again
                log.warning("retention: purge failed: %s", exc.__class__.__name__)
            threading.Event().wait(self.every)
