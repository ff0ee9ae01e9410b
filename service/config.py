"""Settings from `FACTCHECK_*` environment variables, with documented defaults.

Every tunable value lives here so it is configuration, not a literal in code.
"""
from __future__ import annotations

import importlib.resources
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Mapping

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
class Settings:
    host: str = "127.0.0.1"
    port: int = 8080
    rules_dir: Path = BUNDLED_RULES
    fixtures_dirs: tuple[Path, ...] = (BUNDLED_FIXTURES,)
    database_url: str = "sqlite:///factcheck.sqlite3"
    # "name:token:role+role,..." — empty means no keys: local use only.
    api_keys: str = ""
    max_body_bytes: int = 2 * 1024 * 1024
    max_text_chars: int = 500_000
    languages: tuple[str, ...] = ("de", "en")
    # rapidfuzz token_set_ratio (0-100) a statement claim needs with a fact's statement to use it
    # as evidence (see service/engine/verify.py for the measurement behind the default).
    statement_match: float = 80.0
    # Signs webhook deliveries (HMAC-SHA256); without it, checks cannot carry a callback_url.
    webhook_secret: str = ""
    # Hosts webhook deliveries may go to; empty: any http(s) host.
    webhook_hosts: tuple[str, ...] = ()
    # Certificates (a PEM file) to trust for https receivers instead of the system's; the
    # environment's REQUESTS_CA_BUNDLE is not read by deliveries (they ignore proxies and the like).
    webhook_ca_bundle: str = ""
    # Who publishes ClaimReview exports (author.name, author.url).
    publisher_name: str = "factcheck"
    publisher_url: str = ""
    # Browser origins (https://cms.example) that may call the API; empty: none.
    cors_origins: tuple[str, ...] = ()
    secure_cookies: bool = False  # FACTCHECK_SECURE_COOKIES=1 when served over HTTPS
    # Production (factcheck serve --production): gunicorn workers sharing one preloaded Engine.
    workers: int = 2
    # Seconds a request may take before gunicorn restarts its worker (and the client gets an error).
    request_timeout: int = 120
    # Seconds one check may take before its client gets a 503 (0: no budget), and how many checks
    # may run at once (a check past its budget keeps its slot until it ends); see service/budget.py.
    check_timeout: float = 60.0
    # Reports older than this many days are deleted by a periodic purge (0: kept until deleted).
    retention_days: int = 0
    concurrent_checks: int = 4
    # A report with more claims is refused (413): a bound on work and on the stored report's size.
    max_claims: int = 5000
    # Requests per minute each API key (or, without keys, each client address) may make; 0: no limit.
    rate_limit: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> "Settings":
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        if "FACTCHECK_HOST" in env:
            values["host"] = env["FACTCHECK_HOST"]
        if "FACTCHECK_PORT" in env:
            values["port"] = _int(env["FACTCHECK_PORT"], "FACTCHECK_PORT")
        if env.get("FACTCHECK_RULES"):
            values["rules_dir"] = Path(env["FACTCHECK_RULES"])
        if env.get("FACTCHECK_FIXTURES"):
            values["fixtures_dirs"] = tuple(Path(p) for p in env["FACTCHECK_FIXTURES"].split(":") if p)
        if env.get("DATABASE_URL"):
            values["database_url"] = env["DATABASE_URL"]
        if "FACTCHECK_API_KEYS" in env:
            if not env["FACTCHECK_API_KEYS"].replace(",", "").strip():
                raise ValueError("FACTCHECK_API_KEYS is set but names no key: give name:token:role entries, "
                                 "or unset it to serve on loopback only")
            values["api_keys"] = env["FACTCHECK_API_KEYS"]
        if "FACTCHECK_MAX_BODY_BYTES" in env:
            values["max_body_bytes"] = _int(env["FACTCHECK_MAX_BODY_BYTES"], "FACTCHECK_MAX_BODY_BYTES")
        if env.get("FACTCHECK_WEBHOOK_SECRET"):
            values["webhook_secret"] = env["FACTCHECK_WEBHOOK_SECRET"]
        if env.get("FACTCHECK_WEBHOOK_HOSTS"):
            from service.callback_urls import allowlist_entry
            values["webhook_hosts"] = tuple(h.strip() for h in env["FACTCHECK_WEBHOOK_HOSTS"].split(",") if h.strip())
            for entry in values["webhook_hosts"]:
                allowlist_entry(entry)  # a mistyped entry is a start-up error, not a silent refusal
        if env.get("FACTCHECK_WEBHOOK_CA_BUNDLE"):
            values["webhook_ca_bundle"] = env["FACTCHECK_WEBHOOK_CA_BUNDLE"]
            if not os.path.isfile(values["webhook_ca_bundle"]):
                raise ValueError(f"FACTCHECK_WEBHOOK_CA_BUNDLE: no file at {values['webhook_ca_bundle']}")
        if env.get("FACTCHECK_PUBLISHER_NAME"):
            values["publisher_name"] = env["FACTCHECK_PUBLISHER_NAME"]
        if env.get("FACTCHECK_PUBLISHER_URL"):
            values["publisher_url"] = env["FACTCHECK_PUBLISHER_URL"]
        if env.get("FACTCHECK_CORS_ORIGINS"):
            values["cors_origins"] = tuple(o.strip() for o in env["FACTCHECK_CORS_ORIGINS"].split(",") if o.strip())
            for origin in values["cors_origins"]:
                if origin == "*" or "://" not in origin:
                    raise ValueError(f"FACTCHECK_CORS_ORIGINS entry {origin!r}: give origins such as "
                                     f"https://cms.example (a wildcard would let any site read drafts)")
        if "FACTCHECK_SECURE_COOKIES" in env:
            values["secure_cookies"] = env["FACTCHECK_SECURE_COOKIES"].strip().lower() in ("1", "true", "yes", "on")
        if "FACTCHECK_STATEMENT_MATCH" in env:
            values["statement_match"] = _float(env["FACTCHECK_STATEMENT_MATCH"], "FACTCHECK_STATEMENT_MATCH")
        if "FACTCHECK_CHECK_TIMEOUT" in env:
            values["check_timeout"] = _float(env["FACTCHECK_CHECK_TIMEOUT"], "FACTCHECK_CHECK_TIMEOUT")
        if "FACTCHECK_MAX_TEXT_CHARS" in env:
            values["max_text_chars"] = _int(env["FACTCHECK_MAX_TEXT_CHARS"], "FACTCHECK_MAX_TEXT_CHARS")
        for name, variable in (("workers", "FACTCHECK_WORKERS"), ("request_timeout", "FACTCHECK_REQUEST_TIMEOUT"),
                               ("max_claims", "FACTCHECK_MAX_CLAIMS"), ("rate_limit", "FACTCHECK_RATE_LIMIT"),
                               ("concurrent_checks", "FACTCHECK_CONCURRENT_CHECKS"),
                               ("retention_days", "FACTCHECK_RETENTION_DAYS")):
            if variable in env:
                values[name] = _int(env[variable], variable)
        if values.get("retention_days", 0) < 0:
            raise ValueError("FACTCHECK_RETENTION_DAYS must be 0 (keep reports) or a number of days")
        if values.get("concurrent_checks", 1) < 1:
            raise ValueError("FACTCHECK_CONCURRENT_CHECKS must be at least 1")
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_overrides(self, mapping: Mapping[str, Any]) -> "Settings":
        known = {f.name for f in fields(self)}
        unknown = set(mapping) - known
        if unknown:
            raise ValueError(f"unknown settings: {', '.join(sorted(unknown))}")
        return replace(self, **mapping)


def _int(raw: str, name: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, got {raw!r}") from None


def _float(raw: str, name: str) -> float:
    try:
        return float(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number, got {raw!r}") from None
