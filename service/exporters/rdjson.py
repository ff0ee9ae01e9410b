"""reviewdog's Diagnostic Format (rdjson): `factcheck check --format rdjson | reviewdog -f=rdjson`
posts findings as review comments, with the correction as a suggestion where there is one."""
from __future__ import annotations

from typing import Any

from service.exporters.model import Checked, Position, position

SEVERITIES = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}
SOURCE = {"name": "factcheck", "url": "https://github.com/factcheck/factcheck-service"}


def to_rdjson(checked: list[Checked]) -> dict[str, Any]:
    """reviewdog's diagnostic JSON, so findings become review comments on any code host reviewdog serves."""
    diagnostics = []
    for item in checked:
        for finding in item.report["findings"]:
            start, end = item.span(finding)
            diagnostic = {
                "message": finding.get("message_en") or finding["message"],
                "location": {"path": item.path, "range": _range(item, start, end)},
                "severity": SEVERITIES[finding["severity"]],
                "code": {"value": finding["code"]},
            }
            suggestion = finding.get("suggestion")
            if suggestion:
                diagnostic["suggestions"] = [{"range": _range(item, suggestion["start"], suggestion["end"]),
                                              "text": suggestion["replacement"]}]
            diagnostics.append(diagnostic)
    return {"source": SOURCE, "diagnostics": diagnostics}


def _range(item: Checked, start: int, end: int) -> dict[str, Any]:
    """rdjson counts columns in UTF-8 bytes (1-based) and ends ranges exclusively."""
    return {"start": _bytes(item, position(item, start)), "end": _bytes(item, position(item, end))}


def _bytes(item: Checked, at: Position) -> dict[str, int]:
    line_start = item.line_starts[at.line - 1]
    before = item.text[line_start:line_start + at.column - 1]
    return {"line": at.line, "column": len(before.encode("utf-8")) + 1}
