"""The article as HTML for reading: findings marked by severity, every other claim marked
quietly (shown on hover, or with the page's "show claims" toggle), headings as headings, an
anchor for every claim; every character escaped.

The text is cut at every claim and heading boundary; each piece is escaped on its own and
wrapped in a <mark> naming the claims that cover it, so overlapping claims need no nesting
and no article text ever reaches the page unescaped.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape

from service.engine.model import SEVERITY_RANK

_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+[^\n]+", re.M)


def heading_spans(text: str, blocks: list[dict[str, Any]] | None) -> list[tuple[int, int]]:
    """Where the article's headings are: its `heading` blocks, else Markdown "# …" lines."""
    if blocks:
        return [(b["start"], b["end"]) for b in blocks if b.get("type") == "heading"]
    return [(m.start(), m.end()) for m in _MARKDOWN_HEADING.finditer(text)]


def highlighted(text: str, claims: list[dict[str, Any]], findings: list[dict[str, Any]],
                headings: Sequence[tuple[int, int]] = ()) -> Markup:
    """The article as escaped HTML with claims and findings marked, headings kept; nothing of the text is
    ever markup."""
    severity: dict[str, str] = {}
    for finding in findings:
        if finding.get("status") == "dismissed":
            continue  # an editor set it aside: the text reads clean there
        for claim_id in finding["claims"]:
            current = severity.get(claim_id)
            if current is None or SEVERITY_RANK[finding["severity"]] > SEVERITY_RANK[current]:
                severity[claim_id] = finding["severity"]
    spans = [(c["start"], c["end"], c) for c in claims if 0 <= c["start"] < c["end"] <= len(text)]
    heads = [(s, e) for s, e in headings if 0 <= s < e <= len(text)]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans),
                   *(s for s, _ in heads), *(e for _, e in heads)})
    anchored: set[str] = set()
    parts: list[str] = []
    for start, end in zip(cuts, cuts[1:]):
        if any(s == start for s, _ in heads):
            parts.append('<span class="heading" role="heading" aria-level="2">')
        piece = escape(text[start:end])
        covering = [c for s, e, c in spans if s <= start and end <= e]
        # an anchor for every claim where it begins, so a link to any claim lands on an element
        parts += [f'<span class="anchor" id="claim-{escape(c["id"])}"></span>' for c in covering
                  if c["id"] not in anchored]
        anchored.update(c["id"] for c in covering)
        if not covering:
            parts.append(str(piece))
        else:
            flagged = [c for c in covering if c["id"] in severity]
            claim = max(flagged or covering, key=lambda c: SEVERITY_RANK.get(severity.get(c["id"], "info"), 0))
            level = severity.get(claim["id"])
            classes = f'claim verdict-{claim["verdict"]["label"]}' + (f" flagged severity-{level}" if level else " quiet")
            ids = " ".join(c["id"] for c in covering)
            title = escape(f'{claim["predicate"]}: {claim["verdict"]["label"]}')
            parts.append(f'<mark class="{classes}" data-claims="{escape(ids)}" title="{title}">{piece}</mark>')
        if any(e == end for _, e in heads):
            parts.append("</span>")
    return Markup("".join(parts))
