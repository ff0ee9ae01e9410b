"""The application factory: the only place the app and its Engine are assembled."""
from __future__ import annotations

from typing import Any, Mapping

import os
import secrets

from flask import Flask

from service import api, review
from service.auth import KeyRing, parse_api_keys
from service.config import Settings
from service.engine.engine import Engine
from service.storage import ReportStore
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
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.config["FACTCHECK_SETTINGS"] = settings
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    app.extensions["factcheck.keys"] = KeyRing(parse_api_keys(settings.api_keys))
    app.extensions["factcheck.engine"] = engine or Engine.from_settings(settings)
    app.extensions["factcheck.reports"] = ReportStore(settings.database_url)
    app.extensions["factcheck.webhooks"] = Deliverer(settings.webhook_secret)
    api.init_app(app)
    app.register_blueprint(review.bp)

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
