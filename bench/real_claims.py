"""How well the service reads real news: structured claims against hand-annotated facts.

Runs the Engine in-process on the 40 annotated corpus articles of
../shared/annotations/news-dev.jsonl and scores them with the functions of the
shared scorer (../shared/annotations/score.py), so the figures are the ones that
script prints against a running service. Per language it prints recall (facts
covered by a structured claim with the right value and holder), precision
(structured claims on annotated figures that are right), and the misses and wrong
claims counted by kind.

    python bench/real_claims.py [--show N] [--kind KIND] [--lang de|en] [ANNOTATIONS.jsonl ...]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
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


def _scorer():
    """The shared scorer as a module: its value and holder tests are the definition of right."""
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "annotations" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _texts() -> dict[str, str]:
    texts = {}
    for language in ("de", "en"):
        for line in (SHARED / "corpus" / f"news-{language}.jsonl").open(encoding="utf-8"):
            record = json.loads(line)
            texts[record["id"]] = record["text"]
    return texts


def score(engine: Engine, paths: list[Path], show: int = 0, kind: str | None = None,
          language: str | None = None) -> dict[str, dict]:
    s = _scorer()
    texts = _texts()
    stats: dict[str, dict] = {}
    for path in paths:
        for line in path.open(encoding="utf-8"):
            if not line.strip():
                continue
            article = json.loads(line)
            lang = article["language"]
            if language and lang != language:
                continue
            text = texts[article["id"]]
            st = stats.setdefault(lang, {"facts": 0, "found": 0, "judged": 0, "right": 0, "unjudged": 0,
                                         "missed": Counter(), "wrong": Counter(), "lines": []})
            published = article.get("published_at")
            report = engine.check(text, language=lang,
                                  published_at=date.fromisoformat(s.full_date(published)) if published else None)
            claims = [c.to_dict() for c in report.claims]
            structured = [c for c in claims if c["predicate"] != "statement"]
            facts = []
            for fact in article["facts"]:
                try:
                    facts.append((fact, s.figure_span(text, fact["figure"])))
                except ValueError:
                    pass
            nots = []
            for entry in article.get("figures_not_claims", []):
                try:
                    nots.append(s.figure_span(text, entry))
                except ValueError:
                    pass
            for fact, span in facts:
                st["facts"] += 1
                hit = any(s.claim_value_span(c) and s.overlaps(s.claim_value_span(c), span)
                          and s.value_ok(c, fact) and s.holder_ok(c, fact, text) for c in structured)
                st["found"] += hit
                if not hit:
                    st["missed"][fact["kind"]] += 1
                    if not kind or fact["kind"] == kind:
                        st["lines"].append(f"  miss {article['id']} {fact['kind']}: {fact['figure']['text']!r} "
                                           f"({fact.get('holder_name')}; {fact.get('measure')})")
            for claim in structured:
                span = s.claim_value_span(claim)
                if not span:
                    st["unjudged"] += 1
                    continue
                over = [(f, sp) for f, sp in facts if s.overlaps(span, sp)]
                if not over and not any(s.overlaps(span, sp) for sp in nots):
                    st["unjudged"] += 1
                    continue
                st["judged"] += 1
                ok = any(s.value_ok(claim, f) and s.holder_ok(claim, f, text) for f, _ in over)
                st["right"] += ok
                if not ok:
                    fact_kind = over[0][0]["kind"] if over else "not_a_claim"
                    st["wrong"][fact_kind] += 1
                    if not kind or fact_kind == kind:
                        subject = (claim.get("subject") or {}).get("text")
                        st["lines"].append(f"  wrong {article['id']} {claim['predicate']} subject={subject!r} "
                                           f"value={text[span[0]:span[1]]!r} (annotated: {fact_kind})")
    for lang, st in sorted(stats.items()):
        if show:
            print("\n".join(st["lines"][:show]))
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=[ANNOTATIONS])
    parser.add_argument("--show", type=int, default=0, help="misses and wrong claims to print per language")
    parser.add_argument("--kind", help="print only misses and wrong claims of this kind")
    parser.add_argument("--lang", help="score one language only")
    args = parser.parse_args()
    if not all(p.exists() for p in args.files):
        print(f"(no annotations at {', '.join(str(p) for p in args.files)})")
        return
    engine = Engine.from_settings(Settings())
    stats = score(engine, args.files, args.show, args.kind, args.lang)
    for lang, st in sorted(stats.items()):
        recall = st["found"] / st["facts"] if st["facts"] else 0.0
        precision = st["right"] / st["judged"] if st["judged"] else 0.0
        print(f"{lang}: recall {st['found']}/{st['facts']} = {recall:.0%}, "
              f"precision {st['right']}/{st['judged']} = {precision:.0%} (unjudged claims {st['unjudged']})")
        print(f"  missed by kind: {dict(st['missed'].most_common())}")
        print(f"  wrong by kind:  {dict(st['wrong'].most_common())}")


if __name__ == "__main__":
    main()
