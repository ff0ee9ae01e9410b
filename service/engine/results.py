"""Results lists: the boxes sports reports end with.

"1. Daniela Iraschko-Stolz (AUT) 242,6 Punkte (92,5/97,0 Meter) 2. Sara Takanashi (JPN)
238,6 (95,0/90,0) …" is a table written as a line: each entry a rank, a name, perhaps a
nation code, a score, perhaps the parts of the score in brackets. The units are written
once, in the first entry, and hold for the entries after it. A list needs at least two
entries in a row, so "1. FC Köln" in running text is never one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from service.engine.model import Quantity

_NUMBER = r"\d{1,4}(?:[.,]\d{1,2})?"
_NAME = r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’-]*){0,3}"
_ENTRY = re.compile(
    rf"(?<![\w.,])(?P<rank>\d{{1,3}})\.\s+(?P<name>{_NAME}?)(?:\s+\((?P<nation>[A-Z]{{2,3}})\))?\s+"
    rf"(?P<score>{_NUMBER})(?:\s+(?P<unit>[^\W\d_]+\.?))?"
    rf"(?:\s+\((?P<first>{_NUMBER})/(?P<second>{_NUMBER})(?:\s+(?P<part_unit>[^\W\d_]+))?\))?")
_GAP = re.compile(r"\s*(?:[–—-]\s*|[.;,]\s*)?$")


@dataclass(frozen=True)
class ResultEntry:
    """One line of a results list: who, their place and their figures."""
    name: tuple[int, int]
    rank: Quantity
    values: tuple[Quantity, ...]


def find_results(text: str, units: dict[str, str]) -> list[ResultEntry]:
    """The entries of every results list in `text` (lists of two or more entries)."""
    entries: list[ResultEntry] = []
    run: list[re.Match[str]] = []
    written: dict[str, str | None] = {"score": None, "parts": None}  # units carry into later lists ("Weiter: …")
    for match in _ENTRY.finditer(text):
        if run and not _GAP.match(text[run[-1].end():match.start()]):
            entries += _read(run, units, written)
            run = []
        run.append(match)
    entries += _read(run, units, written)
    return entries


def _read(run: list[re.Match[str]], units: dict[str, str], written: dict[str, str | None]) -> list[ResultEntry]:
    if len(run) < 2 or not _ascending(run):
        return []
    score_unit, part_unit = written["score"], written["parts"]
    entries = []
    for match in run:
        unit_word = (match.group("unit") or "").lower()
        if units.get(unit_word):
            score_unit = units[unit_word]
        if match.group("part_unit") and units.get(match.group("part_unit").lower()):
            part_unit = units[match.group("part_unit").lower()]
        rank = int(match.group("rank"))
        rank_q = Quantity(kind="ordinal", text=match.group(0)[:len(match.group("rank")) + 1],
                          start=match.start("rank"), end=match.end("rank") + 1, amount=rank, low=rank, high=rank)
        values = [_measure(match, "score", score_unit, with_unit=units.get(unit_word) is not None)]
        if match.group("first"):
            values += [_measure(match, "first", part_unit), _measure(match, "second", part_unit)]
        entries.append(ResultEntry((match.start("name"), match.end("name")), rank_q, tuple(values)))
    written["score"], written["parts"] = score_unit, part_unit
    return entries


def _ascending(run: list[re.Match[str]]) -> bool:
    ranks = [int(m.group("rank")) for m in run]
    return all(a < b for a, b in zip(ranks, ranks[1:]))


def _measure(match: re.Match[str], group: str, unit: str | None, with_unit: bool = False) -> Quantity:
    raw = match.group(group)
    amount = float(raw.replace(",", "."))
    end = match.end("unit") if with_unit else match.end(group)
    return Quantity(kind="measure", text=match.string[match.start(group):end], start=match.start(group), end=end,
                    amount=amount, low=amount, high=amount, unit=unit)
