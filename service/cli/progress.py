"""A progress bar for `factcheck check` over many files."""
from __future__ import annotations

import sys

class Progress:
    """A progress bar on standard error, for people at a terminal; silent in pipes and CI logs."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled = total, enabled

    def step(self, number: int, path: str) -> None:
        """Redraw the bar for the `number`th file (on a terminal only)."""
        if self.enabled:
            filled = int(30 * number / self.total)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {number}/{self.total} {path[-40:]:<40}")
            sys.stderr.flush()

    def done(self) -> None:
        """End the bar's line so the summary starts on its own."""
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()
