"""Per-key rate limits: a token bucket per API key (or client address without keys).

The buckets live in each process: with N gunicorn workers or instances, a key may make up to
N times the limit in the worst case. That is the price of needing no shared store; put a
proxy's limit in front for a hard global one.
"""
from __future__ import annotations

import math
import threading
import time


class RateLimiter:
    """A token bucket per caller, so one client cannot monopolize the service or guess keys at speed."""
    def __init__(self, per_minute: int, clock=time.monotonic):
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0  # tokens per second
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last refill)
        self._lock = threading.Lock()

    def admit(self, key: str) -> float:
        """0 if `key` may go ahead now, else the seconds until it may (for Retry-After)."""
        if self.capacity <= 0:
            return 0.0
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.get(key, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1 - tokens) / self.rate


def retry_after(seconds: float) -> str:
    """A Retry-After header value: whole seconds, at least 1."""
    return str(max(1, math.ceil(seconds)))
