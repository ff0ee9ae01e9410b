"""The finding codes: each with its kind and documented severity. Data below the messages and
the language packs (a pack must have a message for every code; messages render them)."""
from __future__ import annotations

# code -> (kind, documented severity)
CODES = {
    "FC101": ("internal_contradiction", "error"),
    "FC102": ("internal_inconsistency", "warning"),
    "FC103": ("internal_contradiction", "error"),
    "FC104": ("internal_contradiction", "error"),
    "FC105": ("internal_contradiction", "error"),
    "FC106": ("internal_contradiction", "error"),
    "FC107": ("internal_contradiction", "error"),
    "FC108": ("internal_contradiction", "error"),
    "FC109": ("hedge_drift", "info"),
    "FC110": ("internal_contradiction", "error"),
    "FC111": ("internal_inconsistency", "warning"),
    "FC112": ("internal_contradiction", "error"),
    "FC113": ("internal_contradiction", "error"),
    "FC114": ("internal_contradiction", "error"),
    "FC115": ("internal_contradiction", "error"),
    "FC116": ("internal_contradiction", "error"),
    "FC117": ("internal_contradiction", "error"),
    "FC118": ("internal_inconsistency", "warning"),
    "FC119": ("internal_contradiction", "error"),
    "FC120": ("internal_inconsistency", "warning"),
    "FC121": ("internal_contradiction", "error"),
    "FC122": ("internal_contradiction", "error"),
    "FC123": ("internal_contradiction", "error"),
    "FC124": ("internal_contradiction", "error"),
    "FC125": ("internal_contradiction", "error"),
    "FC201": ("fact_contradiction", "error"),
    "FC202": ("disputed_claim", "warning"),
    "FC203": ("outdated_claim", "warning"),
}
