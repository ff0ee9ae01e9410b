"""What the exporters share: a checked file and positions in it."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass
class Checked:
    path: str            # as the user named it; "-" for standard input
    text: str            # as read (offsets point into it)
    report: dict[str, Any]
    line_starts: list[int] = field(init=False, repr=False)

    def __post_init__(self):
        self.line_starts = [0] + [i + 1 for i, ch in enumerate(self.text) if ch == "\n"]

    def claims(self) -> dict[str, dict[str, Any]]:
        return {c["id"]: c for c in self.report["claims"]}

    def span(self, finding: dict[str, Any]) -> tuple[int, int]:
        """Where a finding points: its first claim's span (the start of the text if none)."""
        claims = self.claims()
        first = claims.get(finding["claims"][0]) if finding.get("claims") else None
        return (first["start"], first["end"]) if first else (0, 0)


@dataclass(frozen=True)
class Position:
    line: int    # 1-based
    column: int  # 1-based, in Unicode code points


def position(checked: Checked, offset: int) -> Position:
    """Line and column of a code-point offset: what editors, GitHub and SARIF (with
    columnKind unicodeCodePoints) count, also for Markdown/HTML and multi-byte text."""
    offset = max(0, min(offset, len(checked.text)))
    line = bisect_right(checked.line_starts, offset) - 1
    return Position(line + 1, offset - checked.line_starts[line] + 1)
