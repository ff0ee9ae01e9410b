"""The application factory: the only place the app and its Engine are assembled."""
from __future__ import annotations

from typing import Any, Mapping

from flask import Flask

from service import api
from service.auth import KeyRing, parse_api_keys
from service.config import Settings
from service.engine.engine import Engine
from service.storage import ReportStore


def create_app(config: Settings | Mapping[str, Any] | None = None, *, engine: Engine | None = None) -> Flask:
    """Build the app from `config` (Settings, or overrides of the environment's settings).

    `engine` lets tests and the CLI share one Engine between apps.
    """
    if isinstance(config, Settings):
        settings = config
    else:
        settings = Settings.from_env().with_overrides(dict(config or {}))
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.config["FACTCHECK_SETTINGS"] = settings
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    app.extensions["factcheck.keys"] = KeyRing(parse_api_keys(settings.api_keys))
    app.extensions["factcheck.engine"] = engine or Engine.from_settings(settings)
    app.extensions["factcheck.reports"] = ReportStore(settings.database_url)
    api.init_app(app)

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app
