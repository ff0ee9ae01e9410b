"""Deliver reports to a check's `callback_url`, signed, retried, never on the request's time.

Each delivery is a POST of the report's JSON with the header
`X-Factcheck-Signature: sha256=<hex HMAC-SHA256 of the body with FACTCHECK_WEBHOOK_SECRET>`
(the receiver recomputes it to know the report is ours), tried up to `attempts` times with
doubling back-off on connection errors and 5xx answers, from a worker thread.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import queue
import threading
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests

log = logging.getLogger(__name__)
SIGNATURE_HEADER = "X-Factcheck-Signature"


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def allowed(url: str, hosts: frozenset[str]) -> str | None:
    """Why `url` may not receive reports (None: it may). Only http(s); with FACTCHECK_WEBHOOK_HOSTS
    set, only those hosts — a service that posts drafts anywhere it is told is a leak."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "callback_url must be an http or https URL"
    if hosts and parts.hostname not in hosts:
        return f"callback_url host {parts.hostname!r} is not in FACTCHECK_WEBHOOK_HOSTS"
    return None


@dataclass(frozen=True)
class Delivery:
    url: str
    payload: dict[str, Any]


class Deliverer:
    def __init__(self, secret: str, attempts: int = 4, backoff: float = 1.0, timeout: float = 10.0):
        self.secret, self.attempts, self.backoff, self.timeout = secret, attempts, backoff, timeout
        self._queue: queue.Queue[Delivery] = queue.Queue()
        self._worker: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, url: str, payload: dict[str, Any]) -> None:
        """Queue a delivery and return at once."""
        with self._lock:
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._run, name="webhooks", daemon=True)
                self._worker.start()
        self._queue.put(Delivery(url, payload))

    def _run(self) -> None:
        while True:
            self.deliver(self._queue.get())

    def deliver(self, delivery: Delivery) -> bool:
        body = json.dumps(delivery.payload, ensure_ascii=False).encode()
        headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(self.secret, body)}
        for attempt in range(self.attempts):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                response = requests.post(delivery.url, data=body, headers=headers, timeout=self.timeout)
            except requests.RequestException as exc:
                log.warning("webhook %s attempt %d failed: %s", delivery.url, attempt + 1, exc.__class__.__name__)
                continue
            if response.status_code < 500:
                if response.status_code >= 400:
                    log.warning("webhook %s refused the report: %d", delivery.url, response.status_code)
                return response.status_code < 400
            log.warning("webhook %s attempt %d: %d", delivery.url, attempt + 1, response.status_code)
        log.error("webhook %s: gave up after %d attempts", delivery.url, self.attempts)
        return False
