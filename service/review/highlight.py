"""The article as HTML with every claim marked at its span; every character escaped.

The text is cut at every claim boundary; each piece is escaped on its own and wrapped
in a <mark> naming the claims that cover it, so overlapping claims need no nesting
and no article text ever reaches the page unescaped.
"""
from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from service.engine.model import SEVERITY_RANK


def highlighted(text: str, claims: list[dict[str, Any]], findings: list[dict[str, Any]]) -> Markup:
    severity: dict[str, str] = {}
    for finding in findings:
        for claim_id in finding["claims"]:
            current = severity.get(claim_id)
            if current is None or SEVERITY_RANK[finding["severity"]] > SEVERITY_RANK[current]:
                severity[claim_id] = finding["severity"]
    spans = [(c["start"], c["end"], c) for c in claims if 0 <= c["start"] < c["end"] <= len(text)]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    first_piece: set[str] = set()
    parts: list[str] = []
    for start, end in zip(cuts, cuts[1:]):
        piece = escape(text[start:end])
        covering = [c for s, e, c in spans if s <= start and end <= e]
        if not covering:
            parts.append(str(piece))
            continue
        claim = max(covering, key=lambda c: SEVERITY_RANK.get(severity.get(c["id"], "info"), 0))
        ids = " ".join(c["id"] for c in covering)
        anchors = "".join(f' id="claim-{c["id"]}"' for c in covering[:1] if c["id"] not in first_piece)
        first_piece.update(c["id"] for c in covering)
        level = severity.get(claim["id"])
        classes = f'claim verdict-{claim["verdict"]["label"]}' + (f" severity-{level}" if level else "")
        title = escape(f'{claim["predicate"]}: {claim["verdict"]["label"]}')
        parts.append(f'<mark class="{classes}" data-claims="{ids}"{anchors} title="{title}">{piece}</mark>')
    return Markup("".join(parts))
