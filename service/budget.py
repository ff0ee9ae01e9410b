"""A time budget and a bound on concurrent checks, so one request cannot hang the server.

The dev server answers each request in a thread of one process: a check that runs long holds
its client and, sharing the interpreter, slows every other request. A check gets
`seconds` (FACTCHECK_CHECK_TIMEOUT); past that its client gets a 503 and nothing is stored.
Python cannot stop a thread, so the check runs on to its end in the background and its result
is dropped; it keeps its slot until then, and when all `concurrent` slots
(FACTCHECK_CONCURRENT_CHECKS) are taken, new checks are refused at once rather than piling up.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from service.errors import CheckOverBudget

T = TypeVar("T")


class CheckBudget:
    """How long one check may take and how many may run at once, so one huge article cannot starve the
    others."""
    def __init__(self, seconds: float, concurrent: int):
        self.seconds = seconds
        self.concurrent = concurrent
        self._slots = threading.BoundedSemaphore(concurrent)

    def run(self, work: Callable[[], T]) -> T:
        """`work()`'s result, or CheckOverBudget; without a budget (seconds <= 0) it runs here."""
        if self.seconds <= 0:
            return work()
        if not self._slots.acquire(blocking=False):
            raise CheckOverBudget(f"all {self.concurrent} check slots are busy (FACTCHECK_CONCURRENT_CHECKS); "
                                  f"try again shortly")
        outcome: dict[str, object] = {}

        def target() -> None:
            try:
                outcome["value"] = work()
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting request
                outcome["error"] = exc
            finally:
                self._slots.release()

        thread = threading.Thread(target=target, name="check", daemon=True)
        thread.start()
        thread.join(self.seconds)
        if thread.is_alive():
            raise CheckOverBudget(f"the check took longer than its budget of {self.seconds:g} s "
                                  f"(FACTCHECK_CHECK_TIMEOUT); nothing was stored: shorten the text")
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["value"]  # type: ignore[return-value]
