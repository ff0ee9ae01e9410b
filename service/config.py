"""Settings from `FACTCHECK_*` environment variables, with documented defaults.

Settings come in groups, one per concern (where the service listens, what one request may
cost, where reports are kept, who may read them, where webhooks go, how articles are read,
who publishes exports), so a function is handed the group it needs. Every variable is one
row of `VARIABLES`: its name, the setting it fills and how its text is read; `from_env`
reads the table and nothing else, so a new tunable is one field and one row, and its error
names the variable. docs/production.md lists them for operators.
"""
from __future__ import annotations

import importlib.resources
import os
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Mapping, get_type_hints

PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def _bundled(package: str, checkout_folder: str) -> Path:
    """A folder of bundled data: inside the installed package (the wheel maps the repository's
    top-level rules/ and fixtures/ there, see pyproject.toml), else in the checkout this code
    runs from (an editable install or the source tree)."""
    installed = importlib.resources.files("service") / package
    if installed.is_dir():
        return Path(str(installed))
    return PACKAGE_ROOT / checkout_folder


BUNDLED_RULES = _bundled("bundled_rules", "rules")
BUNDLED_FIXTURES = _bundled("bundled_fixtures", "fixtures")


@dataclass(frozen=True)
class Server:
    """Where the service listens and how its HTTP side behaves."""
    host: str = "127.0.0.1"
    port: int = 8080
    # Production (factcheck serve --production): gunicorn workers sharing one preloaded Engine.
    workers: int = 2
    # Seconds a request may take before gunicorn restarts its worker (and the client gets an error).
    request_timeout: int = 120
    # Browser origins (https://cms.example) that may call the API; empty: none.
    cors_origins: tuple[str, ...] = ()
    secure_cookies: bool = False  # FACTCHECK_SECURE_COOKIES=1 when served over HTTPS


@dataclass(frozen=True)
class Limits:
    """What one request, one article and one client may cost: bounds on work and on storage."""
    max_body_bytes: int = 2 * 1024 * 1024
    max_text_chars: int = 500_000
    # A report with more claims is refused (413): a bound on work and on the stored report's size.
    max_claims: int = 5000
    # Seconds one check may take before its client gets a 503 (0: no budget), and how many checks
    # may run at once (a check past its budget keeps its slot until it ends); see service/budget.py.
    check_timeout: float = 60.0
    concurrent_checks: int = 4
    # Requests per minute each API key (or, without keys, each client address) may make; 0: no limit.
    rate_limit: int = 0


@dataclass(frozen=True)
class Storage:
    """Where reports are kept, and for how long."""
    database_url: str = "sqlite:///factcheck.sqlite3"
    # Reports older than this many days are deleted by a periodic purge (0: kept until deleted).
    retention_days: int = 0


@dataclass(frozen=True)
class Access:
    """Who may read drafts and reports."""
    # "name:token:role+role,..." — empty means no keys: local use only.
    api_keys: str = ""


@dataclass(frozen=True)
class Webhooks:
    """Where finished checks are delivered, and how deliveries prove their origin."""
    # Signs webhook deliveries (HMAC-SHA256); without it, checks cannot carry a callback_url.
    secret: str = ""
    # Hosts webhook deliveries may go to; empty: any http(s) host.
    hosts: tuple[str, ...] = ()
    # Certificates (a PEM file) to trust for https receivers instead of the system's; the
    # environment's REQUESTS_CA_BUNDLE is not read by deliveries (they ignore proxies and the like).
    ca_bundle: str = ""


@dataclass(frozen=True)
class Reading:
    """What the engine reads with: its rules, its fact store, its languages and its cut-offs."""
    rules_dir: Path = BUNDLED_RULES
    fixtures_dirs: tuple[Path, ...] = (BUNDLED_FIXTURES,)
    languages: tuple[str, ...] = ("de", "en")
    # rapidfuzz token_set_ratio (0-100) a statement claim needs with a fact's statement to use it
    # as evidence. Measured: paraphrases of a fact score 85-91, other sentences about the same
    # entities 50-55.
    statement_match: float = 80.0
    # rapidfuzz ratio (0-100) a proper noun needs with a stored name it does not match exactly
    # ("Microsft", "Suleiman") to resolve to it; below it, the name stays the article's own.
    entity_match: float = 88.0


@dataclass(frozen=True)
class Publishing:
    """Who publishes ClaimReview exports (author.name, author.url)."""
    name: str = "factcheck"
    url: str = ""


@dataclass(frozen=True)
class Settings:
    """Everything the service is configured with, by group; `Settings()` is the bundled
    defaults (`factcheck serve` on a fresh machine)."""
    server: Server = field(default_factory=Server)
    limits: Limits = field(default_factory=Limits)
    storage: Storage = field(default_factory=Storage)
    access: Access = field(default_factory=Access)
    webhooks: Webhooks = field(default_factory=Webhooks)
    reading: Reading = field(default_factory=Reading)
    publishing: Publishing = field(default_factory=Publishing)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> "Settings":
        """The defaults with every variable of `VARIABLES` that the environment sets, each
        read and checked by its row (a bad value raises ValueError naming the variable);
        then `overrides` (the CLI's flags, by setting name; None means not given)."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for variable in VARIABLES:
            raw = env.get(variable.name)
            if raw is None or (not raw and not variable.empty_is_a_value):
                continue
            values[variable.setting] = variable.read(raw, variable.name)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls().with_overrides(values)

    def with_overrides(self, mapping: Mapping[str, Any]) -> "Settings":
        """These settings with some replaced. A name is a group ("webhooks", given a `Webhooks`),
        a "group.field", or a bare field name, which is unique across groups ("port",
        "database_url", "api_keys"); an unknown name is refused. Whole groups apply first."""
        unknown = sorted(name for name in mapping if name not in _GROUPS and _group_of(name) is None)
        if unknown:
            raise ValueError(f"unknown settings: {', '.join(unknown)}")
        groups = {name: mapping.get(name, getattr(self, name)) for name in _GROUPS}
        for name, value in mapping.items():
            if name not in _GROUPS:
                group = str(_group_of(name))
                groups[group] = replace(groups[group], **{name.rpartition(".")[2]: value})
        return Settings(**groups)


# group name -> the names of its fields, to find a setting by its name alone
_GROUPS = {name: frozenset(f.name for f in fields(group)) for name, group in get_type_hints(Settings).items()}


def _group_of(name: str) -> str | None:
    """The group a setting belongs to ("port" -> "server", "server.port" -> "server"), or None."""
    group, _, field_name = name.rpartition(".")
    return next((g for g, names in _GROUPS.items() if (not group or g == group) and field_name in names), None)


# --- reading the environment ---------------------------------------------------------------------

def _text(raw: str, name: str) -> str:
    return raw


def _whole(raw: str, name: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, got {raw!r}") from None


def _at_least(lowest: int, meaning: str) -> Callable[[str, str], int]:
    """A whole number no lower than `lowest`; `meaning` says what the lowest means."""
    def read(raw: str, name: str) -> int:
        value = _whole(raw, name)
        if value < lowest:
            raise ValueError(f"{name} must be {meaning}, got {raw!r}")
        return value
    return read


def _number(raw: str, name: str) -> float:
    try:
        return float(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number, got {raw!r}") from None


def _percent(raw: str, name: str) -> float:
    value = _number(raw, name)
    if not 0 <= value <= 100:
        raise ValueError(f"{name} must be a score from 0 to 100, got {raw!r}")
    return value


def _switch(raw: str, name: str) -> bool:
    return raw.strip().lower() in ("1", "true", "yes", "on")


def _path(raw: str, name: str) -> Path:
    return Path(raw)


def _paths(raw: str, name: str) -> tuple[Path, ...]:
    return tuple(Path(p) for p in raw.split(":") if p)


def _listed(raw: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in raw.split(",") if item.strip())


def _api_keys(raw: str, name: str) -> str:
    if not raw.replace(",", "").strip():
        raise ValueError(f"{name} is set but names no key: give name:token:role entries, "
                         "or unset it to serve on loopback only")
    return raw


def _webhook_hosts(raw: str, name: str) -> tuple[str, ...]:
    from service.callback_urls import allowlist_entry
    hosts = _listed(raw)
    for entry in hosts:
        allowlist_entry(entry)  # a mistyped entry is a start-up error, not a silent refusal
    return hosts


def _pem_file(raw: str, name: str) -> str:
    if not os.path.isfile(raw):
        raise ValueError(f"{name}: no file at {raw}")
    return raw


def _origins(raw: str, name: str) -> tuple[str, ...]:
    origins = _listed(raw)
    for origin in origins:
        if origin == "*" or "://" not in origin:
            raise ValueError(f"{name} entry {origin!r}: give origins such as "
                             f"https://cms.example (a wildcard would let any site read drafts)")
    return origins


@dataclass(frozen=True)
class Variable:
    """One environment variable: the setting it fills ("group.field") and how its text is read
    (a reader raises ValueError naming the variable). An empty value counts as unset unless
    `empty_is_a_value` (an empty key list is a mistake worth stopping for). `server_only`:
    only a server reads it, so `factcheck check` in a CI job whose environment was meant for
    the service (a blank FACTCHECK_API_KEYS from a missing secret, say) is not stopped by it."""
    name: str
    setting: str
    read: Callable[[str, str], Any]
    server_only: bool = False
    empty_is_a_value: bool = False


VARIABLES: tuple[Variable, ...] = (
    Variable("FACTCHECK_HOST", "server.host", _text, server_only=True),
    Variable("FACTCHECK_PORT", "server.port", _whole, server_only=True),
    Variable("FACTCHECK_WORKERS", "server.workers", _at_least(1, "at least 1"), server_only=True),
    Variable("FACTCHECK_REQUEST_TIMEOUT", "server.request_timeout", _whole, server_only=True),
    Variable("FACTCHECK_CORS_ORIGINS", "server.cors_origins", _origins, server_only=True),
    Variable("FACTCHECK_SECURE_COOKIES", "server.secure_cookies", _switch, server_only=True),
    Variable("FACTCHECK_MAX_BODY_BYTES", "limits.max_body_bytes", _whole, server_only=True),
    Variable("FACTCHECK_MAX_TEXT_CHARS", "limits.max_text_chars", _whole),
    Variable("FACTCHECK_MAX_CLAIMS", "limits.max_claims", _whole, server_only=True),
    Variable("FACTCHECK_CHECK_TIMEOUT", "limits.check_timeout", _number, server_only=True),
    Variable("FACTCHECK_CONCURRENT_CHECKS", "limits.concurrent_checks", _at_least(1, "at least 1"), server_only=True),
    Variable("FACTCHECK_RATE_LIMIT", "limits.rate_limit", _whole, server_only=True),
    Variable("DATABASE_URL", "storage.database_url", _text, server_only=True),
    Variable("FACTCHECK_RETENTION_DAYS", "storage.retention_days",
             _at_least(0, "0 (keep reports) or a number of days"), server_only=True),
    Variable("FACTCHECK_API_KEYS", "access.api_keys", _api_keys, empty_is_a_value=True, server_only=True),
    Variable("FACTCHECK_WEBHOOK_SECRET", "webhooks.secret", _text, server_only=True),
    Variable("FACTCHECK_WEBHOOK_HOSTS", "webhooks.hosts", _webhook_hosts, server_only=True),
    Variable("FACTCHECK_WEBHOOK_CA_BUNDLE", "webhooks.ca_bundle", _pem_file, server_only=True),
    Variable("FACTCHECK_RULES", "reading.rules_dir", _path),
    Variable("FACTCHECK_FIXTURES", "reading.fixtures_dirs", _paths),
    Variable("FACTCHECK_STATEMENT_MATCH", "reading.statement_match", _percent),
    Variable("FACTCHECK_ENTITY_MATCH", "reading.entity_match", _percent),
    Variable("FACTCHECK_PUBLISHER_NAME", "publishing.name", _text),
    Variable("FACTCHECK_PUBLISHER_URL", "publishing.url", _text),
)

# The variables `factcheck check`, `rules test` and `fixtures validate` leave out.
SERVER_ONLY = frozenset(v.name for v in VARIABLES if v.server_only)
