"""SARIF 2.1.0, as GitHub code scanning accepts it: one run, a rule per finding code."""
from __future__ import annotations

from typing import Any

from service import __version__
from service.exporters.code_docs import DESCRIPTIONS
from service.engine.messages import CODES
from service.exporters.model import Checked, position

LEVELS = {"error": "error", "warning": "warning", "info": "note"}
INFORMATION_URI = "https://github.com/factcheck/factcheck-service"
HELP_URI = INFORMATION_URI + "/blob/main/docs/api.md#finding-codes"
# What an editor does about a finding of each kind (the rule's help beside its description).
ADVICE = {
    "internal_contradiction": "Check both places against the sources and correct the one that is wrong.",
    "internal_inconsistency": "Check both places; if both hold, say how they differ (time, scope, rounding).",
    "hedge_drift": "Keep the hedge (estimated, reported) where the figure is repeated, or source it.",
    "fact_contradiction": "Compare the claim with the fact's sources and correct it, or update the fact database.",
    "disputed_claim": "Attribute the figure to whoever states it, or say that it is disputed.",
    "outdated_claim": "Date the figure (\"as of …\") or give the current one.",
}


def to_sarif(checked: list[Checked], version: str = __version__) -> dict[str, Any]:
    """SARIF 2.1.0, for code-scanning views (GitHub, Azure DevOps) that read it."""
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
                "relatedLocations": _related(item, finding),
                "partialFingerprints": {"factcheckFinding/v1": finding.get("fingerprint") or finding["id"]},
                **_suppressions(finding),
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


def _related(item: Checked, finding: dict[str, Any]) -> list[dict[str, Any]]:
    """The finding's other claims (the second figure of a contradiction), where they are."""
    related = []
    for number, claim_id in enumerate(finding.get("claims", [])[1:], start=1):
        claim = item.claims.get(claim_id)
        if claim is None:
            continue
        first, last = position(item, claim["start"]), position(item, claim["end"])
        related.append({"id": number, "message": {"text": f"also: {claim['text'][:200]}"},
                        "physicalLocation": {"artifactLocation": {"uri": _uri(item.path)},
                                             "region": {"startLine": first.line, "startColumn": first.column,
                                                        "endLine": last.line, "endColumn": last.column}}})
    return related


def _suppressions(finding: dict[str, Any]) -> dict[str, Any]:
    """A finding an editor dismissed is kept, as suppressed, with the editor's reason."""
    decision = finding.get("decision") or {}
    if decision.get("status") != "dismissed":
        return {}
    return {"suppressions": [{"kind": "external", "status": "accepted",
                              "justification": f"dismissed by {decision.get('decided_by')}: {decision.get('reason') or ''}"
                                               .rstrip(": ")}]}


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
    """A finding code as a SARIF rule: what it means (docs/api.md's words) and where to read more."""
    kind, severity = CODES.get(code, (code, "warning"))
    description = DESCRIPTIONS.get(code, kind.replace("_", " "))
    short = description.split(" (")[0]
    return {"id": code, "name": kind,
            "shortDescription": {"text": short[0].upper() + short[1:] + "."},
            "fullDescription": {"text": description[0].upper() + description[1:] + "."},
            "help": {"text": f"{code} ({kind.replace('_', ' ')}): {description}. {ADVICE.get(kind, '')} See {HELP_URI}.",
                     "markdown": f"**{code}** ({kind.replace('_', ' ')}): {description}.\n\n{ADVICE.get(kind, '')} "
                                 f"[Finding codes]({HELP_URI})"},
            "helpUri": HELP_URI,
            "defaultConfiguration": {"level": LEVELS[severity]}}


def _uri(path: str) -> str:
    """A relative URI as GitHub code scanning expects: forward slashes, no leading "./"."""
    if path == "-":
        return "stdin"
    uri = path.replace("\\", "/")
    return uri[2:] if uri.startswith("./") else uri
