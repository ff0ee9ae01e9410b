"""What the exporters share: a checked file and positions in it."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from service.engine.model import SEVERITY_RANK


@dataclass
class Checked:
    """One checked article as exporters need it: its path, its text (offsets point into it) and its report."""
    path: str            # as the user named it; "-" for standard input
    text: str            # as read (offsets point into it)
    report: dict[str, Any]
    line_starts: list[int] = field(init=False, repr=False)
    claims: dict[str, dict[str, Any]] = field(init=False, repr=False)  # by id

    def __post_init__(self):
        self.line_starts = [0] + [i + 1 for i, ch in enumerate(self.text) if ch == "\n"]
        self.claims = {c["id"]: c for c in self.report["claims"]}

    def span(self, finding: dict[str, Any]) -> tuple[int, int]:
        """Where a finding points: its first claim's span (the start of the text if none)."""
        first = self.claims.get(finding["claims"][0]) if finding.get("claims") else None
        return (first["start"], first["end"]) if first else (0, 0)

    def region(self, finding: dict[str, Any]) -> tuple["Position", "Position"]:
        """The finding's span as (first, last) line and column."""
        start, end = self.span(finding)
        return position(self, start), position(self, end)


def at_or_above(findings: list[dict[str, Any]], level: str) -> list[dict[str, Any]]:
    """The findings that fail a check run with `--fail-on level` ("never": none)."""
    if level == "never":
        return []
    return [f for f in findings if SEVERITY_RANK[f["severity"]] >= SEVERITY_RANK[level]]


@dataclass(frozen=True)
class Position:
    """A line and column as editors count them (1-based, in code points)."""
    line: int    # 1-based
    column: int  # 1-based, in Unicode code points


def position(checked: Checked, offset: int) -> Position:
    """Line and column of a code-point offset: what editors, GitHub and SARIF (with
    columnKind unicodeCodePoints) count, also for Markdown/HTML and multi-byte text."""
    offset = max(0, min(offset, len(checked.text)))
    line = bisect_right(checked.line_starts, offset) - 1
    return Position(line + 1, offset - checked.line_starts[line] + 1)
