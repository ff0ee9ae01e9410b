"""Editors' decisions on findings: merged into reports, and carried over to a re-check.

A finding is recognised across versions of a draft by its fingerprint: its code and,
for each of its claims, the predicate, subject, object and value as written. An edit
elsewhere in the article leaves it unchanged, so the decision stays with the finding;
a finding whose fingerprint no longer occurs is listed as resolved.
"""
from __future__ import annotations

import hashlib
from typing import Any

STATUSES = ("open", "confirmed", "dismissed")


def fingerprint(finding: dict[str, Any], claims: dict[str, dict[str, Any]]) -> str:
    """A finding's identity independent of offsets and ids (its code and its claims' content), so a decision
    carries over to the next version of an article."""
    parts = [finding["code"]]
    for claim_id in finding["claims"]:
        claim = claims.get(claim_id) or {}
        value = claim.get("value") or {}
        parts.append("|".join(str(x) for x in (
            claim.get("predicate"), _entity(claim.get("subject")), _entity(claim.get("object")),
            (value.get("text") or "").casefold())))
    return hashlib.sha1("\n".join(sorted(parts[1:]) + parts[:1]).encode()).hexdigest()[:16]


def _entity(mention: dict[str, Any] | None) -> str:
    if not mention:
        return ""
    return mention.get("entity_id") or mention.get("text", "").casefold()


def with_fingerprints(report: dict[str, Any]) -> dict[str, Any]:
    """The report with every finding's fingerprint set (see `fingerprint`)."""
    claims = {c["id"]: c for c in report["claims"]}
    for finding in report["findings"]:
        finding["fingerprint"] = fingerprint(finding, claims)
    return report


def with_decisions(report: dict[str, Any], decisions: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The report with each finding's current status, latest decision and full history."""
    for finding in report["findings"]:
        history = decisions.get(finding["id"], [])
        finding["history"] = history
        finding["decision"] = history[-1] if history else None
        finding["status"] = history[-1]["status"] if history else "open"
    return report


def carry_over(previous: dict[str, Any], previous_decisions: dict[str, list[dict[str, Any]]],
               new: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(decision rows to store for the new report, findings of the previous one now resolved)."""
    old_by_print = {f.get("fingerprint"): f for f in previous["findings"]}
    new_prints = {f["fingerprint"] for f in new["findings"]}
    carried = []
    for finding in new["findings"]:
        old = old_by_print.get(finding["fingerprint"])
        history = previous_decisions.get(old["id"], []) if old else []
        if history:
            latest = history[-1]
            carried.append({"finding_id": finding["id"], "status": latest["status"], "reason": latest["reason"],
                            "note": f"carried over from report {previous['id']}"
                                    + (f": {latest['note']}" if latest.get("note") else ""),
                            "decided_by": latest["decided_by"]})
    resolved = [{"id": f["id"], "code": f["code"], "kind": f["kind"], "message": f["message"],
                 "previous_report": previous["id"]}
                for f in previous["findings"] if f.get("fingerprint") not in new_prints]
    return carried, resolved
