"""Swap in a new Engine built from the rules and fixtures on disk, or keep the old one.

The new Engine is built completely before it replaces the old one in a single
assignment, so a request sees either the old data or the new, never a mix, and
a broken file leaves the old data serving.
"""
from __future__ import annotations

import logging
import signal
import threading

from flask import Flask

from service.engine.engine import Engine
from service.errors import DataFileError
from service.resources import resources

log = logging.getLogger(__name__)
_LOCK = threading.Lock()


def reload_engine(app: Flask) -> Engine:
    """Build and install a new Engine; raises DataFileError (old Engine kept) on invalid data."""
    with _LOCK:
        engine = Engine.from_settings(resources(app).settings)
        resources(app).engine = engine
        return engine


def reload_and_log(app: Flask) -> None:
    """Reload for a signal, which has nobody to answer: the outcome goes to the log."""
    try:
        engine = reload_engine(app)
        log.warning("reloaded: %d entities, %d facts", len(engine.store.entities), len(engine.store.facts))
    except DataFileError as exc:
        log.error("reload refused, previous data keeps serving:\n%s", "\n".join(exc.problems))


def reload_on_sighup(app: Flask) -> None:
    """Reload on SIGHUP, as daemons do; problems are logged and the old data keeps serving."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGHUP, lambda signum, frame: reload_and_log(app))
