"""POST /v1/admin/reload: re-read rules and fixtures without a restart (admin role)."""
from __future__ import annotations

import os
import signal

from flask import Blueprint, current_app

from service.api.access import require
from service.api.problems import ApiProblem
from service.reloading import reload_engine
from service.errors import DataFileError

bp = Blueprint("admin", __name__, url_prefix="/v1/admin")


@bp.post("/reload")
@require("admin")
def reload():
    """Reload rules and fixtures without a restart; a broken data file keeps the running engine and answers
    422 with every problem."""
    try:
        engine = reload_engine(current_app)
    except DataFileError as exc:
        raise ApiProblem(422, "invalid-data", f"{len(exc.problems)} problem(s); the previous data keeps serving",
                         errors={str(i): p for i, p in enumerate(exc.problems)}) from None
    master = current_app.config.get("FACTCHECK_MASTER_PID")
    if master:  # under `serve --production`: the master reloads too and replaces every worker
        os.kill(master, signal.SIGHUP)
    return {"status": "reloaded", "entities": len(engine.store.entities), "facts": len(engine.store.facts),
            "rules": sum(len(r) for r in engine.rules.values())}
