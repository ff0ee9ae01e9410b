"""Check speed: articles per second, and our full check time ÷ spaCy's tokenizer time.

Checks the project's example articles and every article of ../shared/corpus/
(news-de.jsonl, news-en.jsonl) when present, and tokenizes the same texts
with `spacy.blank(lang)` in the same run, so the ratio does not depend on how
busy the machine is. Also prints the cost per 1,000 words for short and for
long articles (built by joining corpus articles), to show growth is linear.

    python bench/check_speed.py [--limit N]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.config import Settings  # noqa: E402
from service.engine.engine import Engine  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
# Findings that say the article contradicts itself: these must stay (near) zero on real news.
INTERNAL = ("internal_contradiction", "internal_inconsistency")


def articles(limit: int | None) -> dict[str, list[str]]:
    texts: dict[str, list[str]] = {"de": [], "en": []}
    for path in sorted((ROOT / "fixtures" / "articles").glob("*.txt")):
        texts["de" if path.stem.endswith("-de") else "en"].append(path.read_text(encoding="utf-8"))
    for language in ("de", "en"):
        path = CORPUS / f"news-{language}.jsonl"
        if not path.exists():
            print(f"(no {path}: corpus articles skipped)")
            continue
        with path.open(encoding="utf-8") as handle:
            for i, line in enumerate(handle):
                if limit is not None and i >= limit:
                    break
                texts[language].append(json.loads(line)["text"])
    return texts


def timed(function, texts) -> float:
    start = time.perf_counter()
    for text in texts:
        function(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="at most N corpus articles per language")
    args = parser.parse_args()

    engine = Engine.from_settings(Settings())
    texts = articles(args.limit)
    print(f"{'lang':4} {'articles':>8} {'words':>9} {'check s':>8} {'tokenize s':>10} "
          f"{'ratio':>6} {'articles/s':>10} {'claims':>7} {'findings':>8}")  # internal ones listed below a line
    for language, batch in texts.items():
        if not batch:
            continue
        tokenizer = spacy.blank(language)
        tokenizer(batch[0])
        engine.check(batch[0], language=language)  # warm both before timing
        # Interleaved article by article, so a change in the machine's speed during the run
        # (other load, frequency scaling) weighs on both sides of the ratio alike.
        reports, tokenize_s, check_s = [], 0.0, 0.0
        for text in batch:
            tokenize_s += timed(tokenizer, (text,))
            check_s += timed(lambda t: reports.append(engine.check(t, language=language)), (text,))
        words = sum(len(t.split()) for t in batch)
        claims = sum(len(r.claims) for r in reports)
        findings = sum(len(r.findings) for r in reports)
        internal = [(r, f) for r in reports for f in r.findings if f.kind in INTERNAL]
        print(f"{language:4} {len(batch):8d} {words:9d} {check_s:8.2f} {tokenize_s:10.3f} "
              f"{check_s / tokenize_s:6.1f} {len(batch) / check_s:10.1f} {claims:7d} {findings:8d}")
        for report, finding in internal:
            claims_by_id = {c.id: c for c in report.claims}
            print(f"     {finding.code} {finding.kind}: " + " | ".join(
                claims_by_id[c].text[:80] for c in finding.claims if c in claims_by_id))

    print("\ngrowth with length (ms per 1,000 words; flat means linear):")
    for language, batch in texts.items():
        if len(batch) < 20:
            continue
        short = batch[:20]
        long_text = "\n\n".join(batch[:20])
        short_words = sum(len(t.split()) for t in short)
        short_ms = timed(lambda t: engine.check(t, language=language), short) * 1000 / short_words * 1000
        long_ms = timed(lambda t: engine.check(t, language=language), [long_text]) * 1000 / len(long_text.split()) * 1000
        print(f"  {language}: 20 articles one by one {short_ms:7.1f} ms; joined into one "
              f"{len(long_text.split())}-word text {long_ms:7.1f} ms; ratio {long_ms / short_ms:.2f}")

    # The worst case for the consistency stage: one claim key repeated with two figures, so
    # every repetition contradicts the others. Pairs are compared per distinct figure, so
    # this too should grow linearly.
    repeated = "Microsoft hat 10 Milliarden Dollar in OpenAI investiert. Später waren es 14 Milliarden Dollar. "
    small, large = repeated * 500, repeated * 4000
    small_s = timed(lambda t: engine.check(t, language="de"), [small])
    large_s = timed(lambda t: engine.check(t, language="de"), [large])
    print(f"  de, one contradiction repeated: 500 times {small_s:.2f} s, 4,000 times {large_s:.2f} s; "
          f"per repetition ratio {(large_s / 4000) / (small_s / 500):.2f}")


if __name__ == "__main__":
    main()
