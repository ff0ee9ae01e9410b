"""Deliver reports to a check's `callback_url`, signed, retried, never on the request's time.

Deliveries wait in the database (service/outbox.py) until a receiver accepts them, so a restart
or a reload loses none. Each is a POST of the report's JSON signed twice with
FACTCHECK_WEBHOOK_SECRET: the Standard Webhooks headers `webhook-id` (the delivery's id, the same
on every attempt), `webhook-timestamp` and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of
"id.timestamp.body"; receivers reject old timestamps and repeated ids, so a captured delivery
cannot be replayed), and `X-Factcheck-Signature: sha256=<hex HMAC-SHA256 of the body>` for
receivers written before. Connection errors, 408, 429 and 5xx answers are tried again with
doubling back-off, up to `attempts` times; other answers end the delivery.

A bounded pool of threads sends deliveries at once, at most `per_host` to one receiver, so a
receiver that hangs holds back only its own deliveries.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import queue
import socket
import threading
import time
from collections.abc import Collection
from datetime import datetime, timezone
from urllib.parse import urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter
from sqlalchemy.exc import SQLAlchemyError

from service.callback_urls import allowed, allowlisted, ip_literal, where
from service.outbox import Attempt, Due, Outbox

log = logging.getLogger(__name__)
SIGNATURE_HEADER = "X-Factcheck-Signature"
RETRIED_STATUSES = frozenset({408, 425, 429})  # and every 5xx: the receiver may take it later
LEASE_MARGIN = 30.0  # seconds a claimed delivery stays held beyond the request timeout


def sign(secret: str, body: bytes) -> str:
    """The signature header value of a delivery body (HMAC-SHA256), so receivers can trust it."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signing_key(secret: str) -> bytes:
    """The HMAC key: a Standard Webhooks secret ("whsec_" + base64) is decoded, any other secret
    is used as its UTF-8 bytes."""
    if secret.startswith("whsec_"):
        try:
            return base64.b64decode(secret[len("whsec_"):], validate=True)
        except ValueError:
            pass
    return secret.encode()


def standard_headers(secret: str, delivery_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    """The Standard Webhooks headers of one attempt."""
    signed = f"{delivery_id}.{timestamp}.".encode() + body
    signature = base64.b64encode(hmac.new(signing_key(secret), signed, hashlib.sha256).digest()).decode()
    return {"webhook-id": delivery_id, "webhook-timestamp": str(timestamp), "webhook-signature": f"v1,{signature}"}


def resolve(host: str, port: int) -> list[str]:
    """The addresses `host` resolves to now, in the resolver's order (none: it does not resolve)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return []
    return list(dict.fromkeys(str(info[4][0]).split("%")[0] for info in infos))


class _PinnedHTTPS(HTTPAdapter):
    """HTTPS to a fixed address: TLS still names and verifies the host the URL gave."""

    def __init__(self, hostname: str):
        self.hostname = hostname
        super().__init__()

    def init_poolmanager(self, *args, **kwargs):
        kwargs["server_hostname"] = kwargs["assert_hostname"] = self.hostname
        super().init_poolmanager(*args, **kwargs)


def post_pinned(url: str, address: str, body: bytes, headers: dict[str, str], timeout: float,
                ca_bundle: str = "") -> requests.Response:
    """POST to `url` connecting to `address` — the one that was checked — rather than resolving the
    name again (a name that first resolves to a public address and then to a private one would
    otherwise carry the report inside). Redirects are never followed: they would carry the signed
    report past the checks. `ca_bundle`: a PEM file of certificates to trust instead of the system's."""
    parts = urlsplit(url)
    literal = f"[{address}]" if ":" in address else address
    pinned = urlunsplit((parts.scheme, literal + (f":{parts.port}" if parts.port else ""), parts.path or "/",
                         parts.query, ""))
    with requests.Session() as session:
        session.trust_env = False  # no proxy from the environment: it would connect elsewhere
        if parts.scheme == "https":
            session.mount("https://", _PinnedHTTPS(parts.hostname or ""))
        return session.post(pinned, data=body, headers={**headers, "Host": parts.netloc}, timeout=timeout,
                            allow_redirects=False, verify=ca_bundle or True)


class Deliverer:
    """Sends the outbox's due deliveries from a dispatcher thread and a bounded pool.

    `start()` begins (each process that serves requests calls it, after any fork); `notify()`
    says a delivery was just stored. Every `poll` seconds the dispatcher also looks for deliveries
    stored by other workers or left by a process that stopped."""

    def __init__(self, outbox: Outbox, secret: str, attempts: int = 4, backoff: float = 1.0,
                 timeout: float = 10.0, hosts: Collection[str] = (), workers: int = 8,
                 per_host: int = 2, poll: float = 2.0, ca_bundle: str = ""):
        self.outbox, self.secret = outbox, secret
        self.attempts, self.backoff, self.timeout, self.poll = attempts, backoff, timeout, poll
        self.hosts = hosts  # FACTCHECK_WEBHOOK_HOSTS: explicitly allowed, even when not public
        self.workers, self.per_host = workers, per_host
        self.ca_bundle = ca_bundle  # FACTCHECK_WEBHOOK_CA_BUNDLE: receivers certified by a newsroom's own CA
        self._pid: int | None = None

    def start(self) -> None:
        """Start sending (again, in a forked process: threads do not survive a fork)."""
        if not self.secret or self._pid == os.getpid():
            return
        self._pid = os.getpid()
        self._lock = threading.Lock()
        self._wake, self._stopping = threading.Event(), threading.Event()
        self._claimed: queue.Queue[Due | None] = queue.Queue()
        self._busy: dict[str, int] = {}
        for number in range(self.workers):
            threading.Thread(target=self._work, name=f"webhooks-{number}", daemon=True).start()
        threading.Thread(target=self._dispatch_loop, name="webhooks", daemon=True).start()

    def notify(self) -> None:
        """A delivery was stored: send it now rather than at the next poll."""
        self.start()
        if self._pid == os.getpid():
            self._wake.set()

    def stop(self) -> None:
        """Stop this process's delivery thread; undelivered items stay in the outbox."""
        if self._pid == os.getpid():
            self._stopping.set()
            self._wake.set()
            for _ in range(self.workers):
                self._claimed.put(None)
            self._pid = None

    def _dispatch_loop(self) -> None:
        stopping, wake = self._stopping, self._wake
        while not stopping.is_set():
            try:
                self._dispatch()
                wait = self._until_due()
            except SQLAlchemyError as exc:
                log.warning("webhook outbox unavailable: %s", exc.__class__.__name__)
                wait = self.poll
            wake.wait(wait)
            wake.clear()

    def _dispatch(self) -> None:
        """Claim due deliveries for free workers, never more than `per_host` to one receiver."""
        for due in self.outbox.due(limit=self.workers * 4):
            origin = where(due.url)
            with self._lock:
                if sum(self._busy.values()) >= self.workers:
                    return
                if self._busy.get(origin, 0) >= self.per_host:
                    continue
            if self.outbox.claim(due.id, self.timeout + LEASE_MARGIN):
                with self._lock:
                    self._busy[origin] = self._busy.get(origin, 0) + 1
                self._claimed.put(due)

    def _until_due(self) -> float:
        """How long to sleep: until the next retry falls due, at most `poll`. A delivery already due
        was left for a busy receiver or pool; a finishing worker wakes the dispatcher for it."""
        soonest = self.outbox.soonest()
        if soonest is None:
            return self.poll
        seconds = (soonest - datetime.now(timezone.utc)).total_seconds()
        return self.poll if seconds <= 0 else min(self.poll, seconds)

    def _work(self) -> None:
        claimed = self._claimed
        while (due := claimed.get()) is not None:
            try:
                self._send(due)
            except Exception:  # noqa: BLE001 - a worker must outlive any one delivery
                log.exception("webhook %s: delivery %s failed unexpectedly", where(due.url), due.id)
            finally:
                with self._lock:
                    self._busy[where(due.url)] -= 1
                self._wake.set()

    def _send(self, due: Due) -> None:
        """One attempt at a claimed delivery, recorded with what comes next."""
        attempt = self.attempt(due.url, due.payload.encode(), due.id)
        number, target = due.attempts + 1, where(due.url)
        if attempt.status_code is not None and 200 <= attempt.status_code < 300:
            self.outbox.record(due.id, attempt, "delivered")
            return
        retried = not attempt.refused and (attempt.status_code is None or attempt.status_code >= 500
                                           or attempt.status_code in RETRIED_STATUSES)
        if retried and number < self.attempts:
            log.warning("webhook %s attempt %d failed: %s", target, number, attempt.error or attempt.status_code)
            self.outbox.record(due.id, attempt, "pending", retry_in=self.backoff * 2 ** (number - 1))
            return
        log.error("webhook %s: delivery %s given up after %d attempts: %s", target, due.id, number,
                  attempt.error or attempt.status_code)
        self.outbox.record(due.id, attempt, "failed")

    def attempt(self, url: str, body: bytes, delivery_id: str) -> Attempt:
        """POST `body` to `url` once, to an address checked now; refused if the URL or the address
        it resolves to may not receive reports (checked when the check was posted, but a name may
        resolve elsewhere by now)."""
        refusal = allowed(url, self.hosts)
        if refusal:
            return Attempt(None, f"refused: {refusal}"[:200], 0, refused=True)
        parts = urlsplit(url)
        addresses = resolve(parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80))
        if not addresses:
            return Attempt(None, "the host does not resolve", 0)
        if not allowlisted(url, self.hosts) and not all(getattr(ip_literal(a), "is_global", False) for a in addresses):
            return Attempt(None, "refused: the host resolves to a non-public address", 0, refused=True)
        headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(self.secret, body),
                   **standard_headers(self.secret, delivery_id, int(time.time()), body)}
        started = time.monotonic()
        try:
            response = post_pinned(url, addresses[0], body, headers, self.timeout, self.ca_bundle)
        except requests.RequestException as exc:
            return Attempt(None, exc.__class__.__name__, _ms(started))
        error = "redirect not followed" if 300 <= response.status_code < 400 else None
        return Attempt(response.status_code, error, _ms(started), refused=error is not None)


def _ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)
