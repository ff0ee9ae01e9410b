"""Overlap look-ups among short spans (claim values, figures), in O(log n + k) each.

Several stages ask "does this span overlap one I already have?" for every figure of a
text; a scan over all spans would make them quadratic on long or hostile input.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Any, Iterable


class Spans:
    """Spans sorted by start, each with an optional item; `overlapping` finds those that overlap.

    Spans are short (values, names): a span longer than REACH is still found from queries
    that start within REACH after it begins."""
    REACH = 1000

    def __init__(self, spans: Iterable[tuple]):
        self._items = sorted(((s[0], s[1], s[2] if len(s) > 2 else None) for s in spans), key=lambda x: x[:2])
        self._starts = [s for s, _, _ in self._items]

    def overlapping(self, start: int, end: int) -> list[Any]:
        """The items (or (start, end) where a span has none) of the spans that overlap [start, end)."""
        first = bisect_left(self._starts, start - self.REACH)
        last = bisect_left(self._starts, end)
        return [item if item is not None else (s, e) for s, e, item in self._items[first:last] if s < end and start < e]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any stored span overlaps [start, end)."""
        return bool(self.overlapping(start, end))
