"""Idempotency keys on POST /v1/checks and /v1/checks/batch: a CMS that retries after a lost
answer must not store the draft twice.

A request with `Idempotency-Key` first *claims* the key by inserting a row (the primary key
makes one of two concurrent requests fail, across workers and instances); the reports it
stores complete the row in their own transaction (`ReportStore.add_all(idempotency=...)`).
Then, within KEEP_HOURS:
- the same key and the same body: the first answer again (the same reports, status 200 and
  `Idempotent-Replayed: true`);
- the same key and another body: 422;
- the same key while the first request is still being checked: 409 with Retry-After.
A request that fails before storing releases its claim, so a retry can do the work.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from service.errors import BadRequest, Conflict, IdempotencyKeyReused
from service.storage import ReportStore, unavailable
from service.tables import idempotency_keys

KEEP_HOURS = 24
STALE_MINUTES = 10  # a claim this old without reports is from a worker that died: take it over
KEY_FORMAT = re.compile(r"[\x21-\x7e]{1,200}")
T = TypeVar("T")


@dataclass(frozen=True)
class Earlier:
    """What an earlier request with the key left: its report ids, or None while it runs."""
    report_ids: list[str] | None
    same_body: bool


def body_hash(body: bytes) -> str:
    """The request body's digest, to tell a retry from another request reusing its key."""
    return hashlib.sha256(body).hexdigest()


class IdempotencyKeys:
    """Idempotency-Key records in the report database, so a retried POST answers the first report instead of
    storing a second."""
    def __init__(self, store: ReportStore):
        self.engine = store.engine

    def claim(self, submitter: str, key: str, route: str, digest: str) -> Earlier | None:
        """None: the key is ours now (do the work); else what the earlier request left."""
        now = datetime.now(timezone.utc)
        with unavailable("could not claim the idempotency key"), self.engine.begin() as conn:
            # keys older than KEEP_HOURS, and claims left by a dead worker, are free again
            conn.execute(idempotency_keys.delete().where(
                idempotency_keys.c.submitted_by == submitter, idempotency_keys.c.key == key,
                sa.or_(idempotency_keys.c.created_at < now - timedelta(hours=KEEP_HOURS),
                       sa.and_(idempotency_keys.c.state == "pending",
                               idempotency_keys.c.created_at < now - timedelta(minutes=STALE_MINUTES)))))
        try:
            with self.engine.begin() as conn:
                conn.execute(idempotency_keys.insert().values(
                    submitted_by=submitter, key=key, route=route, body_hash=digest, state="pending", created_at=now))
            return None
        except IntegrityError:
            pass
        with unavailable("could not read the idempotency key"), self.engine.connect() as conn:
            row = conn.execute(sa.select(idempotency_keys).where(
                idempotency_keys.c.submitted_by == submitter, idempotency_keys.c.key == key)).mappings().first()
        if row is None:  # released between our insert and this read: try once more
            return self.claim(submitter, key, route, digest)
        same = row["body_hash"] == digest and row["route"] == route
        return Earlier(json.loads(row["report_ids"]) if row["state"] == "done" else None, same)

    def release(self, submitter: str, key: str) -> None:
        """The request failed before storing anything: a retry may do the work."""
        with unavailable("could not release the idempotency key"), self.engine.begin() as conn:
            conn.execute(idempotency_keys.delete().where(
                idempotency_keys.c.submitted_by == submitter, idempotency_keys.c.key == key,
                idempotency_keys.c.state == "pending"))


def run_once(keys: IdempotencyKeys, submitter: str, key: str | None, route: str, body: Any,
             work: Callable[[tuple[str, str] | None], T], replay: Callable[[list[str]], T]) -> T:
    """`work(claimed)` once per Idempotency-Key `key` of `submitter` (without a key, always);
    a retry with the same body gets `replay(report_ids)` of the first request's reports."""
    if key is None:
        return work(None)
    if not KEY_FORMAT.fullmatch(key):
        raise BadRequest("Idempotency-Key must be 1 to 200 visible ASCII characters (a UUID, say)")
    digest = body_hash(json.dumps(body, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    earlier = keys.claim(submitter, key, route, digest)
    if earlier is None:
        try:
            return work((submitter, key))
        except BaseException:
            keys.release(submitter, key)
            raise
    if not earlier.same_body:
        raise IdempotencyKeyReused(f"this Idempotency-Key was used within {KEEP_HOURS} hours for another request body; "
                                   "use a new key for a new request")
    if earlier.report_ids is None:
        raise Conflict("a request with this Idempotency-Key is still being checked; retry shortly", retry_after=1)
    return replay(earlier.report_ids)
