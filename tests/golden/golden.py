"""Whole-article golden tests: each folder under tests/golden/cases holds an article (Markdown
with front matter: title, date, lang) written for this project and `expected.json`, what the
service must read from it — every claim (predicate, holder, value, time) and every finding
(code, and the claims it links, by their text).

    python -m tests.golden.update           # rewrite expected.json, printing what changed
    python -m tests.golden.update --check   # print what changed, write nothing (exit 1 if any)
"""
from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

from service.articles import read

CASES = Path(__file__).resolve().parent / "cases"


def cases() -> list[Path]:
    return sorted(path for path in CASES.iterdir() if (path / "article.md").is_file())


def reading(engine, case: Path) -> dict[str, Any]:
    """What the engine reads from a case's article, in the expected.json shape."""
    article = read(str(case / "article.md"))
    report = engine.check(article.text, language=article.language or "auto", fmt=article.format,
                          title=article.title, published_at=article.published_at).to_dict()
    texts = {claim["id"]: claim["text"] for claim in report["claims"]}
    return {
        "language": report["language"],
        "claims": [_claim(claim) for claim in report["claims"]],
        "findings": [{"code": finding["code"], "claims": [texts.get(c, c) for c in finding["claims"]]}
                     for finding in report["findings"]],
    }


def _claim(claim: dict[str, Any]) -> dict[str, Any]:
    subject = claim.get("subject") or {}
    value = claim.get("value") or {}
    return {
        "text": claim["text"],
        "predicate": claim["predicate"],
        "holder": subject.get("name") or subject.get("text"),
        "value": {key: value[key] for key in ("text", "amount", "unit", "qualifier", "date") if value.get(key) is not None}
        or None,
        "time": claim.get("time"),
        "verdict": claim["verdict"]["label"],
    }


def expected(case: Path) -> dict[str, Any]:
    return json.loads((case / "expected.json").read_text(encoding="utf-8"))


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def diff(case: Path, now: dict[str, Any]) -> str:
    """A readable diff of expected.json against what the service reads now ("" when equal)."""
    before = (case / "expected.json").read_text(encoding="utf-8") if (case / "expected.json").exists() else ""
    return "".join(difflib.unified_diff(before.splitlines(True), dump(now).splitlines(True),
                                        f"{case.name}/expected.json", f"{case.name} now"))
