"""Does verification cost stay flat as the fact store grows? 100 facts vs 1,000,000.

Builds two synthetic stores beside the bundled fixtures (written as JSON Lines,
loaded through the real validating loader): a small one of about 100 facts and a
large one of 100,000 entities and 1,000,000 facts with made-up but varied names.
Checks the same articles with an Engine on each and prints the cost per claim
on both and their ratio, and the large store's load time and memory.

    python bench/store_scale.py [--entities 100000] [--facts 1000000] [--articles 100]
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.config import BUNDLED_FIXTURES, BUNDLED_RULES  # noqa: E402
from service.engine.engine import Engine  # noqa: E402
from service.facts import load_fact_store  # noqa: E402
from service.rules import load_rules  # noqa: E402

SYLLABLES = "ka ro de lin ta mi vo sen tra bel gor an ix ul pa mer do vek sa ny quo ri zen hal fo".split()
PREDICATES = ["revenue.amount", "profit.amount", "funding.amount", "valuation.amount", "organization.employees"]
CORPUS = ROOT.parent / "shared" / "corpus"


def pseudo_name(rng: random.Random) -> str:
    words = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
             for _ in range(rng.randint(1, 3))]
    return " ".join(words)


def write_store(directory: Path, entities: int, facts: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    names: list[str] = []
    with (directory / "synthetic.jsonl").open("w", encoding="utf-8") as out:
        for i in range(entities):
            name = f"{pseudo_name(rng)} {i}"
            names.append(name)
            out.write(json.dumps({"entity": {"id": f"syn-{i}", "type": "organization", "name": name,
                                             "aliases": [f"{name.split()[0]} Group {i}"]}}) + "\n")
        for i in range(facts):
            subject = rng.randrange(entities)
            amount = rng.randint(1, 10**6) * 1000
            predicate = rng.choice(PREDICATES)
            unit = None if predicate == "organization.employees" else "USD"
            value = {"amount": amount, **({"unit": unit} if unit else {})}
            out.write(json.dumps({"fact": {
                "id": f"syn-fact-{i}", "subject": f"syn-{subject}", "predicate": predicate, "value": value,
                "as_of": str(rng.randint(2000, 2024)), "status": "reported",
                "statement": f"{names[subject]} reported {predicate.split('.')[0]} of {amount}.",
                "sources": [{"url": f"https://example.org/synthetic/{i}", "publisher": "Synthetic"}]}}) + "\n")


def articles(limit: int) -> list[tuple[str, str]]:
    found = [(p.read_text(encoding="utf-8"), "de" if p.stem.endswith("-de") else "en")
             for p in sorted((ROOT / "fixtures" / "articles").glob("*.txt"))]
    for language in ("de", "en"):
        path = CORPUS / f"news-{language}.jsonl"
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                for i, line in enumerate(handle):
                    if i >= limit:
                        break
                    found.append((json.loads(line)["text"], language))
    return found


def per_claim(engine: Engine, texts: list[tuple[str, str]]) -> tuple[float, int]:
    for text, language in texts[:3]:
        engine.check(text, language=language)  # warm caches
    claims = 0
    start = time.perf_counter()
    for text, language in texts:
        claims += len(engine.check(text, language=language).claims)
    return (time.perf_counter() - start) / max(claims, 1), claims


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=100, help="corpus articles per language")
    args = parser.parse_args()
    rules = load_rules(BUNDLED_RULES)
    texts = articles(args.articles)
    with tempfile.TemporaryDirectory() as small_dir, tempfile.TemporaryDirectory() as large_dir:
        write_store(Path(small_dir), entities=10, facts=85)
        small = Engine(rules, load_fact_store([BUNDLED_FIXTURES, Path(small_dir)]))
        small_cost, claims = per_claim(small, texts)
        print(f"small store: {len(small.store.entities)} entities, {len(small.store.facts)} facts; "
              f"{small_cost * 1000:.3f} ms per claim over {claims} claims")

        write_store(Path(large_dir), entities=args.entities, facts=args.facts)
        before = rss_mib()
        start = time.perf_counter()
        store = load_fact_store([BUNDLED_FIXTURES, Path(large_dir)])
        load_s = time.perf_counter() - start
        build = time.perf_counter()
        large = Engine(rules, store)
        index_s = time.perf_counter() - build
        memory = rss_mib() - before
        large_cost, claims = per_claim(large, texts)
        print(f"large store: {len(store.entities)} entities, {len(store.facts)} facts; "
              f"loaded and validated in {load_s:.1f} s, indexed in {index_s:.1f} s, "
              f"+{memory:.0f} MiB resident")
        print(f"             {large_cost * 1000:.3f} ms per claim over {claims} claims")
        print(f"\nper-claim cost ratio large / small: {large_cost / small_cost:.2f} (aim: within 1.5)")


if __name__ == "__main__":
    main()
