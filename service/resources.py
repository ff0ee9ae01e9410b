"""The resources one app serves with, as one typed object.

`create_app` builds them once and hangs them in `app.extensions["factcheck"]`; views, the
review pages and the background workers reach them through `resources()`, so a reader (or
mypy) can follow a request from the web layer to the engine and the store.
"""
from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, current_app

from service.auth import KeyRing
from service.budget import CheckBudget
from service.config import Settings
from service.engine.engine import Engine
from service.idempotency import IdempotencyKeys
from service.lifecycle import Purger
from service.limits import RateLimiter
from service.storage import ReportStore
from service.webhooks import Deliverer

EXTENSION = "factcheck"


@dataclass
class Resources:
    """What a request may need; `engine` is swapped whole when rules are reloaded."""
    settings: Settings
    keys: KeyRing
    engine: Engine
    reports: ReportStore
    webhooks: Deliverer
    limiter: RateLimiter
    budget: CheckBudget
    idempotency: IdempotencyKeys
    retention: Purger


def resources(app: Flask | None = None) -> Resources:
    """The resources of `app`, else of the app serving the current request."""
    found: Resources = (app or current_app).extensions[EXTENSION]
    return found
