"""How many `statement` claims are noise: made for sentences that carry no check-worthy fact.

Runs the Engine on the 40 annotated corpus articles of ../shared/annotations/news-dev.jsonl.
A statement claim is *noise* when its sentence holds none of the facts annotated by hand in
that article (the annotation lists each fact with its sentence); the lower the share, the
fewer opinion, analysis and quoted feelings an editor has to wade through.

    python bench/statement_noise.py [--show N]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.config import Settings  # noqa: E402
from service.engine.engine import Engine  # noqa: E402

SHARED = ROOT.parent / "shared"
ANNOTATIONS = SHARED / "annotations" / "news-dev.jsonl"


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N noisy statements per language")
    args = parser.parse_args()
    texts = {}
    for language in ("de", "en"):
        for line in (SHARED / "corpus" / f"news-{language}.jsonl").open(encoding="utf-8"):
            record = json.loads(line)
            texts[record["id"]] = record["text"]
    engine = Engine.from_settings(Settings())
    counts: dict[str, Counter] = {}
    shown: dict[str, list[str]] = {}
    for line in ANNOTATIONS.open(encoding="utf-8"):
        article = json.loads(line)
        language, text = article["language"], texts[article["id"]]
        published = article.get("published_at")
        report = engine.check(text, language=language,
                              published_at=date.fromisoformat(published[:10]) if published and len(published) >= 10 else None)
        factual = [_normal(fact["sentence"]) for fact in article["facts"] if fact.get("sentence")]
        count = counts.setdefault(language, Counter())
        for claim in report.claims:
            if claim.predicate != "statement":
                continue
            sentence = _normal(text[claim.sentence.start:claim.sentence.end])
            on_fact = any(f and (f in sentence or sentence in f) for f in factual)
            count["statements"] += 1
            count["on a fact" if on_fact else "noise"] += 1
            if not on_fact and len(shown.setdefault(language, [])) < args.show:
                shown[language].append(text[claim.sentence.start:claim.sentence.end][:160])
    for language, count in counts.items():
        total = count["statements"] or 1
        print(f"{language}: {count['statements']} statement claims, {count['on a fact']} on a sentence with an "
              f"annotated fact, {count['noise']} noise ({100 * count['noise'] / total:.1f} %)")
        for sentence in shown.get(language, []):
            print("   noise:", sentence)


if __name__ == "__main__":
    main()
