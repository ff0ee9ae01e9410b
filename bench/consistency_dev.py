"""Contradictions in articles about anyone: planted contradictions found, look-alikes left alone.

Runs the Engine in-process on the articles of ../shared/contradictions/ (invented news with
planted contradictions `must_link` and consistent look-alikes `must_not_link`; format in its
README) and scores them with the functions of the shared scorer beside them, so the figures
are the ones `score.py` prints against a running service. Per language it prints the planted
contradictions found, the look-alikes flagged as contradictions, and the listed figures found
inside a claim with the right value.

    python bench/consistency_dev.py [--show] [--lang de|en] [DIR]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.config import Settings  # noqa: E402
from service.engine.engine import Engine  # noqa: E402

ARTICLES = ROOT.parent / "shared" / "contradictions"


def _scorer(folder: Path):
    """The shared scorer's helpers (span search, claim and finding matching) without running it:
    the module scores on import, so only its definitions, up to the scoring loop, are executed."""
    source = (folder / "score.py").read_text(encoding="utf-8")
    definitions = source.split("\nqa = ", 1)[0]
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader("shared_contradictions", loader=None))
    exec(compile(definitions, str(folder / "score.py"), "exec"), module.__dict__)
    return module


def score(engine: Engine, folder: Path, language: str | None = None) -> dict[str, dict]:
    s = _scorer(folder)
    stats: dict[str, dict] = {}
    for path in sorted(folder.glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        lang = article["language"]
        if language and lang != language:
            continue
        st = stats.setdefault(lang, {"quantities": 0, "inside": 0, "planted": 0, "found": 0,
                                     "lookalikes": 0, "flagged": 0, "lines": []})
        text = article["text"]
        report = engine.check(text, language=lang, published_at=date.fromisoformat(article["published_at"]))
        result = report.to_dict()
        claims = result["claims"]
        for q in article["quantities"]:
            st["quantities"] += 1
            span = s.find(text, q["text"], q.get("occurrence", 1))
            hit = False
            for claim in claims:
                value = claim.get("value") or {}
                if not s.claim_touches(claim, span):
                    continue
                if "date" in q:
                    hit = any(x.startswith(q["date"]) for x in s.strings_in(value))
                else:
                    hit = s.close(s.amount_of(value), q["amount"]) and ("unit" not in q or value.get("unit") == q["unit"])
                if hit:
                    break
            st["inside"] += hit
            if not hit:
                st["lines"].append(f"  {path.stem}: figure {q['text']!r} not inside a claim with its value")
        for (first, n1), (second, n2) in article["must_link"]:
            st["planted"] += 1
            if s.findings_linking(result, s.find(text, first, n1), s.find(text, second, n2)):
                st["found"] += 1
                st["lines"].append(f"  {path.stem}: FOUND {first!r} ↔ {second!r}")
            else:
                st["lines"].append(f"  {path.stem}: missed {first!r} ↔ {second!r}")
        for (first, n1), (second, n2) in article["must_not_link"]:
            st["lookalikes"] += 1
            if s.findings_linking(result, s.find(text, first, n1), s.find(text, second, n2),
                                  kinds=("internal_contradiction",)):
                st["flagged"] += 1
                st["lines"].append(f"  {path.stem}: FALSE ALARM {first!r} ↔ {second!r}")
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ARTICLES)
    parser.add_argument("--show", action="store_true", help="print every pair and every figure missed")
    parser.add_argument("--lang", help="score one language only")
    args = parser.parse_args()
    if not (args.folder / "score.py").exists():
        print(f"(no contradiction set at {args.folder})")
        return
    engine = Engine.from_settings(Settings())
    stats = score(engine, args.folder, args.lang)
    for lang, st in sorted(stats.items()):
        if args.show:
            print("\n".join(st["lines"]))
        print(f"{lang}: planted contradictions found {st['found']}/{st['planted']}, "
              f"look-alikes flagged {st['flagged']}/{st['lookalikes']}, "
              f"figures inside claims {st['inside']}/{st['quantities']}")


if __name__ == "__main__":
    main()
