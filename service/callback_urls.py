"""Where a callback may go: a `callback_url` parsed strictly and checked against the allowlist
(FACTCHECK_WEBHOOK_HOSTS) or, without one, against every non-public address; and what a log
may say of it. Read when a check is posted and again before each delivery (service/webhooks.py).
"""
from __future__ import annotations

import ipaddress
import socket
from collections.abc import Collection
from urllib.parse import urlsplit


def allowed(url: str, hosts: Collection[str]) -> str | None:
    """Why `url` may not receive reports (None: it may) — a service that posts drafts anywhere it
    is told is a leak. Only http(s), parsed strictly: no credentials, backslashes, spaces or
    control characters, which parsers read differently ("http://localhost:1\\@cms.example/"); with
    FACTCHECK_WEBHOOK_HOSTS set, only what it allows (see `allowlisted`); without it, never a loopback, private,
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
        return None if allowlisted(url, hosts) else \
            f"callback_url {where(url)!r} is not allowed by FACTCHECK_WEBHOOK_HOSTS"
    address = ip_literal(host)
    if address is not None and not address.is_global:
        return f"callback_url host {host!r} is a loopback, private or link-local address"
    if host == "localhost" or host.endswith(".localhost"):
        return f"callback_url host {host!r} is this machine"
    return None


def allowlisted(url: str, hosts: Collection[str]) -> bool:
    """Whether an entry of FACTCHECK_WEBHOOK_HOSTS allows `url`: an entry is a host ("cms.example",
    http or https on any port), a host and port ("cms.example:8443") or a scheme and host with an
    optional port ("https://cms.example" is https on 443 only); each part given must match."""
    parts = urlsplit(url)
    for entry in hosts:
        spec = allowlist_entry(entry)
        port = spec.port or (_default_port(spec.scheme) if spec.scheme else None)
        if spec.hostname == parts.hostname and spec.scheme in ("", parts.scheme) \
                and port in (None, parts.port or _default_port(parts.scheme)):
            return True
    return False


def _default_port(scheme: str) -> int:
    return 443 if scheme == "https" else 80


def allowlist_entry(entry: str):
    """An entry of FACTCHECK_WEBHOOK_HOSTS, parsed; ValueError names what is wrong with it."""
    problem = ValueError(f"FACTCHECK_WEBHOOK_HOSTS entry {entry!r}: expected host, host:port or scheme://host:port")
    try:
        spec = urlsplit(entry if "://" in entry else "//" + entry)
        spec.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        raise problem from None
    if not spec.hostname or spec.scheme not in ("", "http", "https") or spec.path or spec.query \
            or "@" in spec.netloc:
        raise problem
    return spec


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


def where(url: str) -> str:
    """What a log may say of a callback: its scheme, host and port — never credentials or query."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname}" + (f":{parts.port}" if parts.port else "")
