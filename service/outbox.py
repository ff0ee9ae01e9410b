"""The webhook outbox: deliveries kept in the database until a receiver has the report.

`ReportStore.add_all` writes a delivery in the report's own transaction; the deliverer
(service/webhooks.py) takes due deliveries from here. A worker *claims* a delivery by setting
its lease in one conditional UPDATE, so two workers or two instances never send the same
attempt; a worker that dies while sending leaves a lease that runs out, and another worker
sends the delivery again (receivers tell repeats apart by the `webhook-id` header).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from service.callback_urls import where
from service.errors import StorageUnavailable
from service.storage import ReportStore, as_utc, utc_iso
from service.tables import deliveries, delivery_attempts


@dataclass(frozen=True)
class Due:
    """A delivery to send now."""
    id: str
    url: str
    payload: str
    attempts: int  # attempts made before this one


@dataclass(frozen=True)
class Attempt:
    """What one attempt got: the receiver's status (None: no answer) or the error."""
    status_code: int | None
    error: str | None
    duration_ms: int
    refused: bool = False  # not to be tried again (a refused address, a redirect); not stored


class Outbox:
    """Webhook deliveries waiting in the report database, so none is lost when a process stops."""
    def __init__(self, store: ReportStore):
        self.engine = store.engine

    def due(self, limit: int) -> list[Due]:
        """Pending deliveries whose time has come and that no worker holds, oldest first."""
        now = _now()
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(deliveries.c.id, deliveries.c.url, deliveries.c.payload, deliveries.c.attempts)
                .where(deliveries.c.state == "pending", deliveries.c.next_attempt_at <= now,
                       sa.or_(deliveries.c.lease_until.is_(None), deliveries.c.lease_until < now))
                .order_by(deliveries.c.next_attempt_at).limit(limit)).all()
        return [Due(*row) for row in rows]

    def claim(self, delivery_id: str, seconds: float) -> bool:
        """Hold a delivery for `seconds` (the time one attempt may take); False: another has it."""
        now = _now()
        with self.engine.begin() as conn:
            result = conn.execute(
                deliveries.update()
                .where(deliveries.c.id == delivery_id, deliveries.c.state == "pending",
                       sa.or_(deliveries.c.lease_until.is_(None), deliveries.c.lease_until < now))
                .values(lease_until=now + timedelta(seconds=seconds)))
        return result.rowcount == 1

    def record(self, delivery_id: str, attempt: Attempt, state: str, retry_in: float = 0.0) -> None:
        """Keep an attempt and release the delivery: `state` pending (again in `retry_in` seconds),
        delivered or failed."""
        now = _now()
        with self.engine.begin() as conn:
            conn.execute(delivery_attempts.insert().values(
                delivery_id=delivery_id, attempted_at=now, status_code=attempt.status_code,
                error=attempt.error, duration_ms=attempt.duration_ms))
            conn.execute(deliveries.update().where(deliveries.c.id == delivery_id).values(
                state=state, attempts=deliveries.c.attempts + 1, lease_until=None,
                next_attempt_at=now + timedelta(seconds=retry_in)))

    def soonest(self) -> datetime | None:
        """When the next pending delivery falls due (None: none is pending)."""
        # a delivery another worker holds falls due when its lease runs out, not before
        held = sa.and_(deliveries.c.lease_until.is_not(None), deliveries.c.lease_until > deliveries.c.next_attempt_at)
        with self.engine.connect() as conn:
            moment = conn.execute(sa.select(sa.func.min(sa.case((held, deliveries.c.lease_until),
                                                                else_=deliveries.c.next_attempt_at)))
                                  .where(deliveries.c.state == "pending")).scalar()
        return None if moment is None else as_utc(moment)

    def for_report(self, report_id: str) -> list[dict[str, Any]]:
        """A report's deliveries with every attempt, oldest first; the URL as `where()` shows it."""
        try:
            with self.engine.connect() as conn:
                rows = conn.execute(sa.select(deliveries).where(deliveries.c.report_id == report_id)
                                    .order_by(deliveries.c.created_at, deliveries.c.id)).mappings().all()
                tried = conn.execute(
                    sa.select(delivery_attempts).where(delivery_attempts.c.delivery_id.in_([r["id"] for r in rows]))
                    .order_by(delivery_attempts.c.id)).mappings().all() if rows else []
        except SQLAlchemyError as exc:
            raise StorageUnavailable(f"could not read the deliveries: {exc.__class__.__name__}") from exc
        attempts: dict[str, list[dict[str, Any]]] = {}
        for row in tried:
            attempts.setdefault(row["delivery_id"], []).append(
                {"at": utc_iso(row["attempted_at"]), "status_code": row["status_code"], "error": row["error"],
                 "duration_ms": row["duration_ms"]})
        return [{"id": row["id"], "target": where(row["url"]), "state": row["state"],
                 "created_at": utc_iso(row["created_at"]),
                 "next_attempt_at": utc_iso(row["next_attempt_at"]) if row["state"] == "pending" else None,
                 "attempts": attempts.get(row["id"], [])} for row in rows]


def _now() -> datetime:
    return datetime.now(timezone.utc)
