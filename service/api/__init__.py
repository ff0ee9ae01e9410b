"""The REST API: thin blueprints over the Engine and the report store."""
from flask import Flask

from service.api import admin, checks, cors, facts, problems, quantities
from service.resources import resources


def init_app(app: Flask) -> None:
    """Mount the API's error handler, CORS policy, id converter and blueprints on `app`."""
    problems.init_app(app)
    cors.init_app(app, resources(app).settings.server.cors_origins)
    app.url_map.converters["report"] = checks.ReportIdConverter
    app.register_blueprint(checks.bp)
    app.register_blueprint(facts.bp)
    app.register_blueprint(quantities.bp)
    app.register_blueprint(admin.bp)
