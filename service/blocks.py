"""Structured input: a CMS's blocks (paragraphs, headings, quotes, captions, list items with
their element ids) joined into one text for the check, and the report mapped back to them.

Blocks are joined with a blank line, so each is its own paragraph. A `quote` block is a
quotation even when the CMS shows it without quotation marks: it is checked inside marks
(added unless it has them; the joined text, which is what is stored, shows them), its claims
are reported speech, and they are attributed to the speaker the next (or else the previous)
block names ("sagte Nadella", "said the minister") — the way a pull quote and its credit line
sit in a CMS. Every claim and finding then carries `block`: the block's id and the offsets
within the block's own text, beside the offsets into the joined text.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from service.engine.attribution import speaker

TYPES = ("paragraph", "heading", "quote", "caption", "list_item")
SEPARATOR = "\n\n"
# Pairs of quotation marks the reading knows, tried in order: the first whose marks the quote's
# own text does not use (a mark inside would end the quotation early).
_MARK_PAIRS = (("„", "“"), ("«", "»"), ("“", "”"), ('"', '"'))
_OPENING_MARKS = "„“«»\"‚"


@dataclass(frozen=True)
class Placed:
    """Where a CMS block landed in the joined text, so findings can be mapped back to the block."""
    id: str
    type: str
    start: int   # where the block begins in the joined text (its added mark included)
    end: int
    inner: int   # where the block's own text begins in the joined text


def join(blocks: list[dict[str, str]]) -> tuple[str, list[Placed]]:
    """The text to check and where each block sits in it."""
    parts: list[str] = []
    placed: list[Placed] = []
    at = 0
    for block in blocks:
        text = block["text"]
        opening, closing = _marks(text) if block["type"] == "quote" else ("", "")
        if parts:
            parts.append(SEPARATOR)
            at += len(SEPARATOR)
        piece = opening + text + closing
        placed.append(Placed(block["id"], block["type"], at, at + len(piece), at + len(opening)))
        parts.append(piece)
        at += len(piece)
    return "".join(parts), placed


def _marks(text: str) -> tuple[str, str]:
    if text.lstrip()[:1] in _OPENING_MARKS:
        return "", ""  # quoted already
    for opening, closing in _MARK_PAIRS:
        if opening not in text and closing not in text:
            return opening, closing
    return "", ""


def with_blocks(report: dict[str, Any], blocks: list[dict[str, str]], placed: list[Placed]) -> dict[str, Any]:
    """The report with its blocks, each claim's and finding's block, and quote blocks' claims
    attributed."""
    starts = [p.start for p in placed]
    texts = [block["text"] for block in blocks]  # in the order of `placed`

    def within(index: int, start: int, end: int) -> dict[str, Any]:
        block, length = placed[index], len(texts[index])
        return {"id": block.id, "start": min(max(start - block.inner, 0), length),
                "end": min(max(end - block.inner, 0), length)}

    report["blocks"] = [{"id": p.id, "type": p.type, "start": p.start, "end": p.end} for p in placed]
    claims = {}
    for claim in report["claims"]:
        index = max(0, bisect_right(starts, claim["start"]) - 1)
        claim["block"] = within(index, claim["start"], claim["end"])
        claims[claim["id"]] = claim
        if placed[index].type == "quote":
            claim["hedge"] = claim.get("hedge") or "reported"
            claim["attribution"] = claim.get("attribution") or _credit(placed, texts, index, report["language"])
    for finding in report["findings"]:
        first = claims.get(finding["claims"][0]) if finding.get("claims") else None
        finding["block"] = dict(first["block"]) if first else None
    return report


def _credit(placed: list[Placed], texts: list[str], index: int, language: str) -> str | None:
    """The speaker the block after a quote names, else the block before it."""
    for neighbour in (index + 1, index - 1):
        if 0 <= neighbour < len(placed) and placed[neighbour].type in ("paragraph", "caption"):
            name = speaker(texts[neighbour], language)
            if name:
                return name
    return None
