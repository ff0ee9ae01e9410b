"""What a stated figure allows: the interval around an amount a qualifier ("about", "more
than") opens, and whether two such intervals meet. Shared by the engine's reading and
consistency checks and by the fact store, so it sits below both.
"""
from __future__ import annotations

# "about", "rund", "estimated": ±10 % (docs/quantities.md)
APPROX = 0.1


def interval(amount: float, qualifier: str, *, near: bool = False) -> tuple[float | None, float | None]:
    """The interval a qualifier allows around `amount`, as tabled in the module docstring."""
    # Rounded so that 1,500 ± 10 % prints as 1650, not 1650.0000000000002.
    wide_low, wide_high = round(amount * (1 - APPROX), 6), round(amount * (1 + APPROX), 6)
    if qualifier in ("approx", "estimated"):
        return min(wide_low, wide_high), max(wide_low, wide_high)
    if qualifier == "more_than":
        return amount, (wide_high if near else None)
    if qualifier == "at_least":
        return amount, None
    if qualifier == "less_than":
        return (wide_low if near else None), amount
    if qualifier == "at_most":
        return None, amount
    return amount, amount


def intervals_overlap(low_a: float | None, high_a: float | None,
                      low_b: float | None, high_b: float | None) -> bool:
    """Whether two intervals share a point; None is unbounded on its side."""
    low = max(x for x in (low_a, low_b, float("-inf")) if x is not None)
    high = min(x for x in (high_a, high_b, float("inf")) if x is not None)
    return low <= high
