"""The application factory: the only place the app and its Engine are assembled."""
from __future__ import annotations

from typing import Any, Mapping, cast

import os
import secrets

from flask import Flask
from flask.json.provider import DefaultJSONProvider

from service import __version__, api, observability, review
from service.auth import KeyRing, parse_api_keys
from service.budget import CheckBudget
from service.config import Settings
from service.engine.engine import Engine
from service.limits import RateLimiter
from service.errors import StorageUnavailable
from service.storage import ReportStore
from service.idempotency import IdempotencyKeys
from service.lifecycle import Purger
from service.outbox import Outbox
from service.resources import EXTENSION, Resources, resources
from service.webhooks import Deliverer


def create_app(config: Settings | Mapping[str, Any] | None = None, *, engine: Engine | None = None) -> Flask:
    """Build the app from `config` (Settings, or overrides of the environment's settings).

    `engine` lets tests and the CLI share one Engine between apps.
    """
    if isinstance(config, Settings):
        settings = config
    else:
        settings = Settings.from_env().with_overrides(dict(config or {}))
    app = Flask(__name__)
    # Signs the review pages' session cookie; without FACTCHECK_SECRET_KEY, sign-ins last one process.
    app.secret_key = os.environ.get("FACTCHECK_SECRET_KEY") or secrets.token_hex(32)
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "Strict"
    app.config["SESSION_COOKIE_SECURE"] = settings.server.secure_cookies  # served over HTTPS: never sent in clear
    app.config["MAX_CONTENT_LENGTH"] = settings.limits.max_body_bytes
    json_provider = cast(DefaultJSONProvider, app.json)
    json_provider.ensure_ascii = False
    json_provider.sort_keys = False
    reports = ReportStore(settings.storage.database_url)
    app.extensions[EXTENSION] = Resources(
        settings=settings, keys=KeyRing(parse_api_keys(settings.access.api_keys)),
        engine=engine or Engine.from_settings(settings), reports=reports,
        # started by whatever serves requests (not here: a thread started before gunicorn forks is lost)
        webhooks=Deliverer(Outbox(reports), settings.webhooks.secret, hosts=settings.webhooks.hosts,
                           ca_bundle=settings.webhooks.ca_bundle),
        limiter=RateLimiter(settings.limits.rate_limit), budget=CheckBudget(settings.limits.check_timeout, settings.limits.concurrent_checks),
        idempotency=IdempotencyKeys(reports), retention=Purger(reports, settings.storage.retention_days))
    observability.init_app(app)
    api.init_app(app)
    app.register_blueprint(review.bp)

    @app.get("/healthz")
    def healthz():
        """Alive: the process answers. Whether it can do work is /readyz."""
        return {"status": "ok"}

    @app.get("/readyz")
    def readyz():
        """Ready: rules and fact database loaded, database reachable. 503 lists what is not."""
        engine = resources(app).engine
        ready = {"version": __version__, "rules": {lang: len(rules) for lang, rules in engine.rules.items()},
                 "fixtures": {"entities": len(engine.store.entities), "facts": len(engine.store.facts)}}
        problems = [f"no rules for {lang}" for lang, count in ready["rules"].items() if not count]
        try:
            resources(app).reports.ping()
            ready["database"] = "ok"
        except StorageUnavailable as exc:
            ready["database"] = str(exc)
            problems.append(str(exc))
        ready["status"] = "not ready" if problems else "ready"
        if problems:
            ready["problems"] = problems
        return ready, 503 if problems else 200

    return app


def start_background(app: Flask) -> None:
    """Start what each serving process runs beside its requests: webhook deliveries and the
    retention purge. Called by the dev server and by every gunicorn worker after the fork
    (threads started before a fork are lost)."""
    resources(app).webhooks.start()
    resources(app).retention.start()
