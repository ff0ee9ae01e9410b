"""`factcheck serve --production`: gunicorn with workers forked from one preloaded app.

The Engine (spaCy pipelines, rules, fact database; gc.freeze()d) is built once in the master
and shared copy-on-write by the workers, so N workers cost far less than N Engines. Each worker
opens its own database connections (a pool must not cross a fork). SIGTERM drains requests for
up to GRACEFUL_SECONDS; SIGHUP (or POST /v1/admin/reload) reloads rules and fixtures in the
master and replaces the workers; a request running longer than FACTCHECK_REQUEST_TIMEOUT gets
its worker killed and replaced (nothing of it is stored).
"""
from __future__ import annotations

import os
import tempfile

from gunicorn.app.base import BaseApplication
from service.resources import resources

GRACEFUL_SECONDS = 30


class ProductionServer(BaseApplication):
    """gunicorn run from Python on our preloaded app, so `factcheck serve --production` needs no config file."""
    def __init__(self, app, options: dict):
        self.application, self.options = app, options
        super().__init__()

    def load_config(self):
        """Hand our options to gunicorn."""
        for name, value in self.options.items():
            self.cfg.set(name, value)

    def load(self):
        """The app every worker serves (built once, before the fork)."""
        return self.application


def serve(settings, host: str) -> None:
    """Serve with gunicorn workers sharing one preloaded Engine, metrics summed across workers."""
    # Metrics from every worker are summed through files in this folder (prometheus_client's
    # multiprocess mode); it must be set before the metrics are created, i.e. before the app.
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="factcheck-metrics-")
    from prometheus_client import multiprocess

    from service.app import create_app, start_background
    from service.observability import json_logging
    from service.reloading import reload_and_log

    json_logging()
    app = create_app(settings)
    app.config["FACTCHECK_MASTER_PID"] = os.getpid()

    def post_fork(server, worker):
        resources(app).reports.engine.dispose(close=False)
        start_background(app)  # each worker sends waiting deliveries and purges expired reports

    def on_reload(server):
        reload_and_log(app)

    def child_exit(server, worker):
        multiprocess.mark_process_dead(worker.pid)

    ProductionServer(app, {
        "bind": f"{host}:{settings.server.port}",
        "workers": settings.server.workers,
        # sync workers: one request each, so the timeout really ends a runaway check (a gthread
        # worker keeps its heartbeat while a thread is stuck); checks are CPU-bound, and more
        # threads per process would only queue on the GIL.
        "worker_class": "sync",
        "timeout": settings.server.request_timeout,
        "graceful_timeout": GRACEFUL_SECONDS,
        "preload_app": True,
        "post_fork": post_fork,
        "on_reload": on_reload,
        "child_exit": child_exit,
        "accesslog": None,  # observability logs each request as JSON, without the draft
        "errorlog": "-",
        "proc_name": "factcheck",
    }).run()
