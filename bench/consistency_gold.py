"""Precision and recall of internal-contradiction findings on our gold set, and their rate on real news.

The gold set (tests/data/consistency-gold.jsonl) holds short passages, written for this
project, that contradict themselves or only look as if they do. A passage counts as
flagged when the check gives an `internal_contradiction` or `internal_inconsistency`.
Then every article of ../shared/corpus/ is checked and contradiction findings per 1,000
words are printed, with the findings themselves for a person to judge.

    python bench/consistency_gold.py [--show-corpus N]
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.config import Settings  # noqa: E402
from service.engine.engine import Engine  # noqa: E402

GOLD = ROOT / "tests" / "data" / "consistency-gold.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus"
INTERNAL = ("internal_contradiction", "internal_inconsistency")


def flagged(engine: Engine, record: dict) -> list:
    published = date.fromisoformat(record["published_at"]) if record.get("published_at") else None
    report = engine.check(record["text"], language=record["language"], published_at=published)
    return [f for f in report.findings if f.kind in INTERNAL]


def score_gold(engine: Engine) -> dict[str, dict[str, float]]:
    results: dict[str, dict] = {}
    for line in GOLD.open(encoding="utf-8"):
        record = json.loads(line)
        counts = results.setdefault(record["language"], {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "misses": []})
        predicted = bool(flagged(engine, record))
        key = {(True, True): "tp", (False, True): "fp", (True, False): "fn", (False, False): "tn"}[
            (record["contradiction"], predicted)]
        counts[key] += 1
        if key in ("fp", "fn"):
            counts["misses"].append(f"{key} {record['id']} [{record['kind']}] {record['text']}")
    for counts in results.values():
        flagged_total = counts["tp"] + counts["fp"]
        positive_total = counts["tp"] + counts["fn"]
        counts["precision"] = counts["tp"] / flagged_total if flagged_total else 1.0
        counts["recall"] = counts["tp"] / positive_total if positive_total else 1.0
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-corpus", type=int, default=20, help="corpus findings to print")
    args = parser.parse_args()
    engine = Engine.from_settings(Settings())
    for language, counts in sorted(score_gold(engine).items()):
        print(f"{language}: precision {counts['precision']:.3f}, recall {counts['recall']:.3f} "
              f"(tp {counts['tp']}, fp {counts['fp']}, fn {counts['fn']}, tn {counts['tn']})")
        for miss in counts["misses"]:
            print(f"   {miss}")
    shown = 0
    for language in ("de", "en"):
        path = CORPUS / f"news-{language}.jsonl"
        if not path.exists():
            continue
        words = findings = 0
        for line in path.open(encoding="utf-8"):
            article = json.loads(line)
            words += len(article["text"].split())
            report = engine.check(article["text"], language=language)
            claims = {c.id: c for c in report.claims}
            for finding in report.findings:
                if finding.kind not in INTERNAL:
                    continue
                findings += 1
                if shown < args.show_corpus:
                    shown += 1
                    parts = " || ".join(claims[c].text[:90] for c in finding.claims)
                    print(f"   corpus {article['id']} {finding.code}: {parts}")
        print(f"corpus {language}: {findings} contradiction findings in {words} words = "
              f"{1000 * findings / max(words, 1):.4f} per 1,000 words")


if __name__ == "__main__":
    main()
