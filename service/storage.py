"""Stored reports, through SQLAlchemy Core: an SQLite file by default, PostgreSQL by URL.

The text of a draft is confidential; it is stored with its report so that a
report can be shown again, and only read through `ReportStore`.
"""
from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from service.errors import FactcheckError, NotFound

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
)


class StorageUnavailable(FactcheckError):
    """The database cannot be reached or refused the operation."""


class ReportStore:
    def __init__(self, url: str):
        self.engine = sa.create_engine(url, future=True, pool_pre_ping=True)
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        metadata.create_all(self.engine)

    def add(self, report: dict[str, Any], text: str, submitted_by: str | None) -> dict[str, Any]:
        report_id = str(uuid.uuid4())
        created = datetime.now(timezone.utc)
        stored = {"id": report_id, "created_at": created.isoformat(), **report}
        try:
            with self.engine.begin() as conn:
                conn.execute(reports.insert().values(
                    id=report_id, created_at=created, submitted_by=submitted_by,
                    language=report["language"], title=report.get("title"), text=text,
                    report=json.dumps(stored, ensure_ascii=False)))
        except SQLAlchemyError as exc:
            raise StorageUnavailable(f"could not store the report: {exc.__class__.__name__}") from exc
        return stored

    def get(self, report_id: str) -> dict[str, Any]:
        try:
            with self.engine.connect() as conn:
                row = conn.execute(sa.select(reports.c.report, reports.c.submitted_by)
                                   .where(reports.c.id == report_id)).first()
        except SQLAlchemyError as exc:
            raise StorageUnavailable(f"could not read the report: {exc.__class__.__name__}") from exc
        if row is None:
            raise NotFound(f"no report with id {report_id!r}")
        stored = json.loads(row.report)
        stored["_submitted_by"] = row.submitted_by
        return stored

    def count(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(reports)).scalar_one()

    def ping(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
        except SQLAlchemyError as exc:
            raise StorageUnavailable(f"database unavailable: {exc.__class__.__name__}") from exc

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers and a writer work at once; the busy timeout makes writers wait, not fail.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
