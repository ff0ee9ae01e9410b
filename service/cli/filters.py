"""What a check run leaves out: finding kinds and predicates .factcheck.toml ignores, and
findings an inline `factcheck-disable-next-line` comment suppresses."""
from __future__ import annotations

from service.exporters import Checked, position
from service.project_config import Config

def filtered(item: Checked, config: Config, suppressed: dict[int, frozenset[str]]) -> None:
    """Drop from `item` what .factcheck.toml ignores and what inline comments suppress."""
    claims = item.claims
    kept = []
    for finding in item.report["findings"]:
        if finding["kind"] in config.ignore_kinds:
            continue
        if finding["claims"] and all(claims[c]["predicate"] in config.ignore_predicates
                                     for c in finding["claims"] if c in claims):
            continue
        line = position(item, item.span(finding)[0]).line
        what = suppressed.get(line)
        if what is not None and (not what or finding["kind"] in what or finding["code"] in what):
            continue
        kept.append(finding)
    item.report["findings"] = kept
