"""Stored reports, through SQLAlchemy Core: an SQLite file by default, PostgreSQL by URL.

The text of a draft is confidential; it is stored with its report so that a
report can be shown again, and only read through `ReportStore`.
"""
from __future__ import annotations

import json
import re
import secrets
import uuid
from contextlib import contextmanager
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from service.errors import NotFound, StorageUnavailable
from service.migrations import migrate
from service.tables import (SESSION_HOURS, decisions, deliveries, idempotency_keys,
                            reports, review_sessions, summary_columns)

# Report ids are UUIDs (36 visible ASCII characters at most in any database made before): an id of
# another shape names no report and is not sent to the database (PostgreSQL refuses NUL in a
# query parameter: a hostile id in a URL would be a 503).
_REPORT_ID = re.compile(r"[\x21-\x7e]{1,36}")


def is_report_id(value: object) -> bool:
    """Whether `value` could name a stored report (and so may be sent to the database)."""
    return isinstance(value, str) and _REPORT_ID.fullmatch(value) is not None


@dataclass(frozen=True)
class StoredReport:
    """A stored report as read back: the report as first answered, and the key that submitted it
    (None without keys). Kept apart so the submitter's name never travels inside a report."""
    body: dict[str, Any]
    submitted_by: str | None


@dataclass
class Pending:
    """A checked report waiting to be stored, with its text, the decisions it carries over and
    the callback that is to receive it."""
    report: dict[str, Any]
    text: str
    submitted_by: str | None
    document: str | None = None
    carried: list[dict[str, Any]] = field(default_factory=list)
    callback_url: str | None = None


class ReportStore:
    """Reports, decisions, sessions and deliveries in SQLite or PostgreSQL, through SQLAlchemy Core; every
    failure is StorageUnavailable."""
    def __init__(self, url: str):
        self.engine = sa.create_engine(url, future=True, pool_pre_ping=True)
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        migrate(self.engine)

    def add(self, report: dict[str, Any], text: str, submitted_by: str | None,
            document: str | None = None, carried: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
        """Store a report; `carried` decisions (from the previous version) are stored with it."""
        return self.add_all([Pending(report, text, submitted_by, document, list(carried))])[0]

    def add_all(self, pending: list[Pending],
                render: Callable[[dict[str, Any], dict[str, list[dict[str, Any]]]], dict[str, Any]] | None = None,
                idempotency: tuple[str, str] | None = None) -> list[dict[str, Any]]:
        """Store several reports in one transaction: all of them, or (on any error) none; each
        returned as `render` makes it from the stored report and the decisions stored with it
        (default: the stored report), which is also the payload of its callback's delivery, stored
        in the same transaction. `idempotency` (submitter, key): the claimed key is completed with
        the reports' ids in the same transaction, so a retry finds them or finds nothing stored."""
        created = datetime.now(timezone.utc)
        shown_all, ids = [], []
        try:
            with self.engine.begin() as conn:
                for item in pending:
                    report_id = str(uuid.uuid4())
                    ids.append(report_id)
                    stored = {"id": report_id, "created_at": created.isoformat(), "document": item.document,
                              **item.report}
                    conn.execute(reports.insert().values(
                        id=report_id, created_at=created, submitted_by=item.submitted_by,
                        language=item.report["language"], title=item.report.get("title"), text=item.text,
                        report=json.dumps(stored, ensure_ascii=False), document=item.document,
                        **summary_columns(stored)))
                    decided: dict[str, list[dict[str, Any]]] = {}
                    for decision in item.carried:
                        conn.execute(decisions.insert().values(report_id=report_id, decided_at=created, **decision))
                        decided.setdefault(decision["finding_id"], []).append(
                            _decision({**decision, "decided_at": created}))
                    shown = render(stored, decided) if render else stored
                    if item.callback_url:
                        conn.execute(deliveries.insert().values(
                            id=str(uuid.uuid4()), report_id=report_id, url=item.callback_url,
                            payload=json.dumps(shown, ensure_ascii=False), state="pending", attempts=0,
                            next_attempt_at=created, created_at=created))
                    shown_all.append(shown)
                if idempotency:
                    conn.execute(idempotency_keys.update().where(
                        idempotency_keys.c.submitted_by == idempotency[0], idempotency_keys.c.key == idempotency[1])
                        .values(state="done", report_ids=json.dumps(ids)))
        except SQLAlchemyError as exc:
            raise StorageUnavailable(f"could not store the report: {exc.__class__.__name__}") from exc
        return shown_all

    def decide(self, report_id: str, finding_id: str, status: str, decided_by: str,
               reason: str | None = None, note: str | None = None) -> dict[str, Any]:
        """Append a decision on a finding; returns it."""
        row = {"report_id": report_id, "finding_id": finding_id, "status": status, "reason": reason,
               "note": note, "decided_by": decided_by, "decided_at": datetime.now(timezone.utc)}
        try:
            with self.engine.begin() as conn:
                inserted = conn.execute(decisions.insert().values(**row)).inserted_primary_key
                row["id"] = inserted[0] if inserted else None
        except SQLAlchemyError as exc:
            raise StorageUnavailable(f"could not store the decision: {exc.__class__.__name__}") from exc
        return _decision(row)

    def decisions(self, report_id: str) -> dict[str, list[dict[str, Any]]]:
        """Every decision of a report by finding id, oldest first."""
        if not is_report_id(report_id):
            return {}
        try:
            with self.engine.connect() as conn:
                rows = conn.execute(sa.select(decisions).where(decisions.c.report_id == report_id)
                                    .order_by(decisions.c.id)).mappings().all()
        except SQLAlchemyError as exc:
            raise StorageUnavailable(f"could not read decisions: {exc.__class__.__name__}") from exc
        found: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            found.setdefault(row["finding_id"], []).append(_decision(dict(row)))
        return found

    def latest_for_document(self, document: str, submitted_by: str | None) -> str | None:
        """The id of the newest report a submitter stored on a CMS document key: keys are the
        submitter's own, so no one can see or squat another's."""
        with unavailable("could not look up the document"), self.engine.connect() as conn:
            return conn.execute(sa.select(reports.c.id).where(reports.c.document == document,
                                                              reports.c.submitted_by == submitted_by)
                                .order_by(reports.c.created_at.desc()).limit(1)).scalar()

    def list(self, query: str = "", limit: int = 100) -> list[dict[str, Any]]:
        """Recent reports, newest first, optionally those whose title or text contains `query`:
        their list columns and how many findings are still open, read from columns and the
        decisions in two queries, never from the reports' JSON."""
        statement = sa.select(reports.c.id, reports.c.created_at, reports.c.label, reports.c.findings,
                              reports.c.errors, reports.c.warnings, reports.c.infos) \
            .order_by(reports.c.created_at.desc()).limit(limit)
        query = "".join(ch for ch in query if ch >= " ")  # no stored text holds NUL (PostgreSQL refuses it)
        if query:
            like = f"%{query.replace('%', '').replace('_', '')}%"
            statement = statement.where(sa.or_(reports.c.title.ilike(like), reports.c.text.ilike(like)))
        with unavailable("could not list reports"), self.engine.connect() as conn:
            rows = [dict(row) for row in conn.execute(statement).mappings().all()]
            with_open_counts(conn, rows)
        for row in rows:
            row["created_at"] = utc_iso(row["created_at"])
        return rows

    def text(self, report_id: str) -> str:
        """The article text a report was made from (the review page shows it)."""
        if not is_report_id(report_id):
            raise NotFound(f"no report with id {report_id!r}")
        with unavailable("could not read the text"), self.engine.connect() as conn:
            text = conn.execute(sa.select(reports.c.text).where(reports.c.id == report_id)).scalar()
        if text is None:
            raise NotFound(f"no report with id {report_id!r}")
        return text

    def get(self, report_id: str) -> StoredReport:
        """The stored report and its submitter; NotFound for an unknown or malformed id."""
        if not is_report_id(report_id):
            raise NotFound(f"no report with id {report_id!r}")
        try:
            with self.engine.connect() as conn:
                row = conn.execute(sa.select(reports.c.report, reports.c.submitted_by)
                                   .where(reports.c.id == report_id)).first()
        except SQLAlchemyError as exc:
            raise StorageUnavailable(f"could not read the report: {exc.__class__.__name__}") from exc
        if row is None:
            raise NotFound(f"no report with id {report_id!r}")
        return StoredReport(json.loads(row.report), row.submitted_by)

    def count(self) -> int:
        """How many reports are stored: what tests check to see that a refusal stored nothing."""
        with unavailable("could not count the reports"), self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(reports)).scalar_one()

    def open_session(self, key_name: str, key_fingerprint: str) -> str:
        """A new review session for a key; returns its id (for the cookie)."""
        session_id = secrets.token_urlsafe(32)
        with unavailable("could not open the session"), self.engine.begin() as conn:
            conn.execute(review_sessions.insert().values(id=session_id, key_name=key_name,
                                                         key_fingerprint=key_fingerprint,
                                                         created_at=datetime.now(timezone.utc)))
        return session_id

    def session_key(self, session_id: str | None) -> tuple[str, str] | None:
        """The key name and fingerprint of an open session younger than SESSION_HOURS, else None."""
        if not session_id:
            return None
        with unavailable("could not read the session"), self.engine.connect() as conn:
            row = conn.execute(sa.select(review_sessions).where(review_sessions.c.id == session_id)).mappings().first()
        if row is None:
            return None
        if datetime.now(timezone.utc) - as_utc(row["created_at"]) > timedelta(hours=SESSION_HOURS):
            return None
        return row["key_name"], row["key_fingerprint"]

    def close_session(self, session_id: str | None) -> None:
        """Forget a review-page session, so a stolen cookie stops working at logout."""
        if session_id:
            with unavailable("could not close the session"), self.engine.begin() as conn:
                conn.execute(review_sessions.delete().where(review_sessions.c.id == session_id))

    def ping(self) -> None:
        """Raise StorageUnavailable unless the database answers (the readiness check)."""
        try:
            with self.engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
        except SQLAlchemyError as exc:
            raise StorageUnavailable(f"database unavailable: {exc.__class__.__name__}") from exc

    def dispose(self) -> None:
        """Close the connection pool, so a test or tool leaves no open database connection behind."""
        self.engine.dispose()


def with_open_counts(conn: sa.Connection, rows: list[dict[str, Any]]) -> None:
    """Set each listed report's `open`: its findings less those whose latest decision closed
    them, from one query over the listed reports' decisions."""
    ids = [row["id"] for row in rows]
    decided = conn.execute(sa.select(decisions.c.report_id, decisions.c.finding_id, decisions.c.status)
                           .where(decisions.c.report_id.in_(ids)).order_by(decisions.c.id)).all() if ids else []
    latest: dict[tuple[str, str], str] = {}
    for report_id, finding_id, status in decided:
        latest[(report_id, finding_id)] = status  # in order: the last row is the status
    closed: dict[str, int] = {}
    for (report_id, _), status in latest.items():
        closed[report_id] = closed.get(report_id, 0) + (status != "open")
    for row in rows:
        row["open"] = max(0, (row["findings"] or 0) - closed.get(row["id"], 0))


@contextmanager
def unavailable(action: str):
    """A database error inside becomes StorageUnavailable (503), never a 500."""
    try:
        yield
    except SQLAlchemyError as exc:
        raise StorageUnavailable(f"{action}: {exc.__class__.__name__}") from exc


def _decision(row: dict[str, Any]) -> dict[str, Any]:
    return {"status": row["status"], "reason": row.get("reason"), "note": row.get("note"),
            "decided_by": row["decided_by"], "decided_at": utc_iso(row["decided_at"])}


def as_utc(moment: datetime) -> datetime:
    """A stored time with its zone: SQLite gives times back without one (all are UTC)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def utc_iso(moment: datetime | str) -> str:
    """A stored time in ISO 8601 with its zone."""
    return as_utc(moment).isoformat() if isinstance(moment, datetime) else str(moment)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers and a writer work at once; the busy timeout makes writers wait, not fail.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
