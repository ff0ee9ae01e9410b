"""GitHub Actions workflow commands: an annotation per finding on the checked file."""
from __future__ import annotations

from service.exporters.model import Checked

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def to_github(checked: list[Checked]) -> str:
    """GitHub Actions workflow commands, so findings show as annotations on the pull request's files."""
    lines = []
    for item in checked:
        for finding in item.report["findings"]:
            first, last = item.region(finding)
            properties = ",".join(f"{key}={_property(value)}" for key, value in (
                ("file", item.path), ("line", first.line), ("col", first.column),
                ("endLine", last.line), ("endColumn", last.column), ("title", finding["code"])))
            lines.append(f"::{COMMANDS[finding['severity']]} {properties}::"
                         f"{_data(finding.get('message_en') or finding['message'])}")
    return "\n".join(lines)


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value) -> str:
    return _data(str(value)).replace(":", "%3A").replace(",", "%2C")
