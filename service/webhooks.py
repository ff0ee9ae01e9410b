"""Deliver reports to a check's `callback_url`, signed, retried, never on the request's time.

Each delivery is a POST of the report's JSON with the header
`X-Factcheck-Signature: sha256=<hex HMAC-SHA256 of the body with FACTCHECK_WEBHOOK_SECRET>`
(the receiver recomputes it to know the report is ours), tried up to `attempts` times with
doubling back-off on connection errors and 5xx answers, from a worker thread.
"""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
import json
import logging
import queue
import socket
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
    """Why `url` may not receive reports (None: it may) — a service that posts drafts anywhere it
    is told is a leak. Only http(s), parsed strictly: no credentials, backslashes, spaces or
    control characters, which parsers read differently ("http://localhost:1\\@cms.example/"); with
    FACTCHECK_WEBHOOK_HOSTS set, only those hosts; without it, never a loopback, private,
    link-local or otherwise non-public address in any spelling ("127.1", "0x7f000001",
    "[::ffff:127.0.0.1]", "localhost"). Names are resolved again when a report is delivered."""
    if any(c.isspace() or c == "\\" or ord(c) < 32 or ord(c) == 127 for c in url):
        return "callback_url must not contain spaces, backslashes or control characters"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as exc:
        return f"callback_url is not a valid URL ({exc})"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "callback_url must be an http or https URL"
    if "@" in parts.netloc:
        return "callback_url must not carry a user name or password"
    host = parts.hostname
    if hosts:
        return None if host in hosts else f"callback_url host {host!r} is not in FACTCHECK_WEBHOOK_HOSTS"
    address = ip_literal(host)
    if address is not None and not address.is_global:
        return f"callback_url host {host!r} is a loopback, private or link-local address"
    if host == "localhost" or host.endswith(".localhost"):
        return f"callback_url host {host!r} is this machine"
    return None


def ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a host written as an IP literal names, in any spelling the system resolver
    accepts ("127.1", "0177.0.0.1", "2130706433"), an IPv4-mapped IPv6 address as its IPv4 one."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        try:
            address = ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _public(host: str) -> bool:
    """Whether every address `host` resolves to is public (a delivery is refused otherwise)."""
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(ip_literal(info[4][0].split("%")[0]).is_global for info in infos)


def where(url: str) -> str:
    """What a log may say of a callback: its scheme, host and port — never credentials or query."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname}" + (f":{parts.port}" if parts.port else "")


@dataclass(frozen=True)
class Delivery:
    url: str
    payload: dict[str, Any]


class Deliverer:
    def __init__(self, secret: str, attempts: int = 4, backoff: float = 1.0, timeout: float = 10.0,
                 hosts: frozenset[str] = frozenset()):
        self.secret, self.attempts, self.backoff, self.timeout = secret, attempts, backoff, timeout
        self.hosts = hosts  # FACTCHECK_WEBHOOK_HOSTS: explicitly allowed, even when not public
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
        target = where(delivery.url)
        refusal = allowed(delivery.url, self.hosts)
        host = urlsplit(delivery.url).hostname or ""
        if refusal or (host not in self.hosts and ip_literal(host) is None and not _public(host)):
            # checked when the check was posted; a name may resolve elsewhere by now
            log.error("webhook %s refused: %s", target, refusal or "the host resolves to a non-public address")
            return False
        for attempt in range(self.attempts):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                # never follow a redirect: it would carry the signed report past the checks above
                response = requests.post(delivery.url, data=body, headers=headers, timeout=self.timeout,
                                         allow_redirects=False)
            except requests.RequestException as exc:
                log.warning("webhook %s attempt %d failed: %s", target, attempt + 1, exc.__class__.__name__)
                continue
            if 300 <= response.status_code < 400:
                log.warning("webhook %s answered with a redirect (%d), not followed", target, response.status_code)
                return False
            if response.status_code < 500:
                if response.status_code >= 400:
                    log.warning("webhook %s refused the report: %d", target, response.status_code)
                return response.status_code < 400
            log.warning("webhook %s attempt %d: %d", target, attempt + 1, response.status_code)
        log.error("webhook %s: gave up after %d attempts", target, self.attempts)
        return False
