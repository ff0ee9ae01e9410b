"""How many check-worthy sentences become claims: FEVER and CLIMATE-FEVER claims, one by one.

Every line of those sets is a claim a fact-checker wrote or found, so each should
give at least one claim. Prints the share that does, by set and label, and some
that do not.

    python bench/claim_recall.py [--show N]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.config import Settings  # noqa: E402
from service.engine.engine import Engine  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
SETS = ("claims-en-fever.jsonl", "claims-en-climate-fever.jsonl")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=5, help="sentences without a claim to print per set")
    args = parser.parse_args()
    engine = Engine.from_settings(Settings())
    for name in SETS:
        path = CORPUS / name
        if not path.exists():
            print(f"(no {path})")
            continue
        total, made, by_label, missed = Counter(), Counter(), Counter(), []
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            label = record.get("label") or record.get("claim_label") or "?"
            claims = engine.check(record["claim"], language="en").claims
            total[label] += 1
            if claims:
                made[label] += 1
            elif len(missed) < args.show:
                missed.append(record["claim"])
        all_total, all_made = sum(total.values()), sum(made.values())
        print(f"{name}: {all_made}/{all_total} = {100 * all_made / all_total:.1f}% give a claim")
        for label in sorted(total):
            print(f"  {label:16} {made[label]}/{total[label]} = {100 * made[label] / total[label]:.1f}%")
        for sentence in missed:
            print(f"  no claim: {sentence}")


if __name__ == "__main__":
    main()
