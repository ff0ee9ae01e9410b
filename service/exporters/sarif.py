"""SARIF 2.1.0, as GitHub code scanning accepts it: one run, a rule per finding code."""
from __future__ import annotations

from typing import Any

from service import __version__
from service.engine.lang import pack
from service.engine.messages import CODES
from service.exporters.model import Checked, position

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
INFORMATION_URI = "https://github.com/factcheck/factcheck-service"


def to_sarif(checked: list[Checked], version: str = __version__) -> dict[str, Any]:
    codes = sorted({f["code"] for item in checked for f in item.report["findings"]})
    rules = [_rule(code) for code in codes]
    index = {code: i for i, code in enumerate(codes)}
    results = []
    for item in checked:
        for finding in item.report["findings"]:
            start, end = item.span(finding)
            first, last = item.region(finding)
            results.append({
                "ruleId": finding["code"],
                "ruleIndex": index[finding["code"]],
                "level": LEVELS[finding["severity"]],
                "message": {"text": finding.get("message_en") or finding["message"]},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": _uri(item.path)},
                    "region": {"startLine": first.line, "startColumn": first.column,
                               "endLine": last.line, "endColumn": max(last.column, first.column + (end > start))},
                }}],
                "partialFingerprints": {"factcheckFinding/v1": finding.get("fingerprint") or finding["id"]},
                # Whom the finding is about: the article-local entities of its claims' subjects.
                "properties": {"entities": _entities_of(item.report, finding)},
                **_fixes(item, finding),
            })
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "factcheck", "version": version, "informationUri": INFORMATION_URI,
                                "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def _fixes(item: Checked, finding: dict[str, Any]) -> dict[str, Any]:
    """The correction the article implies, as a SARIF fix editors and code scanning can offer."""
    suggestion = finding.get("suggestion")
    if not suggestion:
        return {}
    first, last = position(item, suggestion["start"]), position(item, suggestion["end"])
    return {"fixes": [{
        "description": {"text": f"Replace with {suggestion['replacement']!r} ({suggestion['reason']})."},
        "artifactChanges": [{
            "artifactLocation": {"uri": _uri(item.path)},
            "replacements": [{
                "deletedRegion": {"startLine": first.line, "startColumn": first.column,
                                  "endLine": last.line, "endColumn": last.column},
                "insertedContent": {"text": suggestion["replacement"]},
            }],
        }],
    }]}


def _entities_of(report: dict[str, Any], finding: dict[str, Any]) -> list[str]:
    claims = {c["id"]: c for c in report.get("claims", [])}
    names = {e["id"]: e["name"] for e in report.get("entities", [])}
    found: list[str] = []
    for claim_id in finding.get("claims", []):
        subject = (claims.get(claim_id) or {}).get("subject") or {}
        name = names.get(subject.get("entity") or "") or subject.get("name") or subject.get("text")
        if name and name not in found:
            found.append(name)
    return found


def _rule(code: str) -> dict[str, Any]:
    if code not in CODES:
        return {"id": code, "name": code, "shortDescription": {"text": code},
                "defaultConfiguration": {"level": "warning"}}
    kind, severity = CODES[code]
    english = pack("en").messages[code]
    return {"id": code, "name": kind,
            "shortDescription": {"text": english.split(":")[0].split(";")[0][:200]},
            "defaultConfiguration": {"level": LEVELS[severity]}}


def _uri(path: str) -> str:
    """A relative URI as GitHub code scanning expects: forward slashes, no leading "./"."""
    if path == "-":
        return "stdin"
    uri = path.replace("\\", "/")
    return uri[2:] if uri.startswith("./") else uri
