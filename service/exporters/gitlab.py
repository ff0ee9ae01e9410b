"""GitLab Code Quality: the JSON array a merge request's code quality widget reads
(`artifacts: reports: codequality`), one issue per finding."""
from __future__ import annotations

import hashlib
from typing import Any

from service.exporters.model import Checked

# GitLab's severities are info, minor, major, critical and blocker.
SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def to_gitlab(checked: list[Checked]) -> list[dict[str, Any]]:
    """A GitLab Code Quality report, so findings show in the merge request's widget."""
    issues = []
    for item in checked:
        for finding in item.report["findings"]:
            first, last = item.region(finding)
            issues.append({
                "type": "issue",
                "check_name": finding["code"],
                "description": finding.get("message_en") or finding["message"],
                "categories": ["Bug Risk"],
                # stable across runs and edits elsewhere in the article (GitLab compares them
                # between the source and target branch), distinct per file
                "fingerprint": hashlib.sha256(
                    f"{item.path}\0{finding.get('fingerprint') or finding['id']}".encode()).hexdigest(),
                "severity": SEVERITIES[finding["severity"]],
                "location": {"path": item.path, "lines": {"begin": first.line, "end": last.line}},
            })
    return issues
