"""The output formats of `factcheck check`, and the summary line on standard error."""
from __future__ import annotations

import json
import os

from service.config import Settings
from service.exporters import Checked, position
from service.exporters.claimreview import Publisher, to_claimreview
from service.exporters.github import to_github
from service.exporters.gitlab import to_gitlab
from service.exporters.junit import to_junit
from service.exporters.rdjson import to_rdjson
from service.exporters.sarif import to_sarif

FORMATS = ["text", "json", "sarif", "junit", "github", "gitlab", "rdjson", "claimreview"]


def render(output: str, checked: list[Checked], fail_levels: list[str]) -> str:
    """The checked articles in format `output` (text: file:line:column: severity: message [code])."""
    if output == "json":
        return json.dumps([{"file": item.path, **item.report} for item in checked], ensure_ascii=False, indent=2)
    if output == "sarif":
        return json.dumps(to_sarif(checked), ensure_ascii=False, indent=2)
    if output == "junit":
        return to_junit(checked, fail_levels[0] if fail_levels else "warning")
    if output == "github":
        return to_github(checked)
    if output == "gitlab":
        return json.dumps(to_gitlab(checked), ensure_ascii=False, indent=2)
    if output == "rdjson":
        return json.dumps(to_rdjson(checked), ensure_ascii=False, indent=2)
    if output == "claimreview":
        # No editor decided anything in a CLI run: its reviews are the machine's, marked so.
        settings = Settings.from_env({k: v for k, v in os.environ.items() if k.startswith("FACTCHECK_PUBLISHER")})
        publisher = Publisher(settings.publishing.name, settings.publishing.url or None)
        return json.dumps(to_claimreview(checked, publisher, machine=True), ensure_ascii=False, indent=2)
    lines = []
    for item in checked:
        for finding in item.report["findings"]:
            at = position(item, item.span(finding)[0])
            lines.append(f"{item.path}:{at.line}:{at.column}: {finding['severity']}: {finding['message']} "
                         f"[{finding['code']}]")
    return "\n".join(lines)


def summary(checked: list[Checked]) -> str:
    """One line for people and CI logs: "2 articles, 1 error, 1 warning"."""
    counts = {"error": 0, "warning": 0, "info": 0}
    for item in checked:
        for finding in item.report["findings"]:
            counts[finding["severity"]] += 1
    parts = [f"{len(checked)} article{'s' if len(checked) != 1 else ''}"]
    parts += [f"{n} {severity}{'s' if n != 1 and severity != 'info' else ''}" for severity, n in counts.items() if n]
    return ", ".join(parts) + ("" if any(counts.values()) else ", no findings")
