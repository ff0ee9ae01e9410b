"""Versioned schema migrations, applied in order when a store opens.

Each migration runs once per database, in its own transaction, and is recorded in
`schema_migrations`. On PostgreSQL, instances that start together take an advisory lock, so
one migrates and the others wait and then find nothing left to do. A database created before
migrations existed (tables already there) is adopted: step 1 creates only what is missing.
Add a step by appending to MIGRATIONS; never edit one that has shipped.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, OperationalError

from service.tables import metadata, summary_columns

LOCK_KEY = 0x6661637463686B  # "factchk": the advisory lock instances share while migrating

schema_migrations = sa.Table(
    "schema_migrations", sa.MetaData(),
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("description", sa.String(200), nullable=False),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
)


def _create_tables(conn: sa.Connection) -> None:
    metadata.create_all(conn, checkfirst=True)


def _add_document_column(conn: sa.Connection) -> None:
    existing = {column["name"] for column in sa.inspect(conn).get_columns("reports")}
    if "document" not in existing:
        conn.execute(sa.text("ALTER TABLE reports ADD COLUMN document VARCHAR(200)"))
        conn.execute(sa.text("CREATE INDEX IF NOT EXISTS ix_reports_document ON reports (document)"))


def _index_decisions_by_finding(conn: sa.Connection) -> None:
    conn.execute(sa.text("CREATE INDEX IF NOT EXISTS ix_decisions_report_finding "
                         "ON decisions (report_id, finding_id, id)"))


def _add_list_columns(conn: sa.Connection) -> None:
    """The columns a list of reports shows, filled once from each stored report's JSON."""
    import json

    existing = {column["name"] for column in sa.inspect(conn).get_columns("reports")}
    for name, kind in (("label", "VARCHAR(200)"), ("findings", "INTEGER"), ("errors", "INTEGER"),
                       ("warnings", "INTEGER"), ("infos", "INTEGER")):
        if name not in existing:
            conn.execute(sa.text(f"ALTER TABLE reports ADD COLUMN {name} {kind}"))
    rows = conn.execute(sa.text("SELECT id, report FROM reports WHERE findings IS NULL")).all()
    for report_id, report in rows:
        conn.execute(sa.text("UPDATE reports SET label = :label, findings = :findings, errors = :errors, "
                             "warnings = :warnings, infos = :infos WHERE id = :id"),
                     {"id": report_id, **summary_columns(json.loads(report))})


MIGRATIONS: list[tuple[int, str, Callable[[sa.Connection], None]]] = [
    (1, "reports and decisions tables", _create_tables),
    (2, "reports.document: the CMS's key for re-checks", _add_document_column),
    (3, "decisions indexed by report and finding", _index_decisions_by_finding),
    (4, "reports' list columns: label and finding counts", _add_list_columns),
    (5, "review sessions kept on the server", _create_tables),
    (6, "webhook outbox: deliveries and their attempts", _create_tables),
    (7, "idempotency keys of check requests", _create_tables),
]


def migrate(engine: sa.Engine) -> list[int]:
    """Apply the migrations this database lacks; returns the versions applied now.

    SQLite has no advisory lock and starts its transaction only at the first write, so two
    processes may both see a step as missing; the loser's step fails ("already exists") and it
    tries again, finding the winner's record."""
    for attempt in range(5):
        try:
            return _migrate_once(engine)
        except (OperationalError, IntegrityError):
            if engine.dialect.name != "sqlite" or attempt == 4:
                raise
            time.sleep(0.05 * (attempt + 1))
    return []


def _migrate_once(engine: sa.Engine) -> list[int]:
    applied_now = []
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
        schema_migrations.create(conn, checkfirst=True)
        done = set(conn.execute(sa.select(schema_migrations.c.version)).scalars())
        for version, description, step in MIGRATIONS:
            if version in done:
                continue
            step(conn)
            conn.execute(schema_migrations.insert().values(
                version=version, description=description, applied_at=datetime.now(timezone.utc)))
            applied_now.append(version)
    return applied_now


def current_version(engine: sa.Engine) -> int:
    """The highest schema migration applied to this database (0 for a new one)."""
    with engine.connect() as conn:
        return conn.execute(sa.select(sa.func.max(schema_migrations.c.version))).scalar() or 0
