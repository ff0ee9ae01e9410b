"""Does the recognizer stay linear on hostile input? Time at n and 4n characters, print the ratio.

A ratio near 4 is linear; near 16 would be quadratic. Inputs are built to
stress the patterns: long digit chains, number words without end, qualifier
chains, unclosed ranges, currency symbols, runs without spaces.

    python bench/quantities_growth.py [--size N]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from service.engine.document import read_document  # noqa: E402
from service.engine.quantities import find_quantities  # noqa: E402

HOSTILE = {
    "digit groups": "1.000.",
    "spaced digits": "1 000 ",
    "number words de": "einhundertdreiundzwanzig und ",
    "number words en": "one hundred and twenty-three and ",
    "scale chain": "Millionen Milliarden ",
    "qualifiers": "mehr als über rund ",
    "ranges": "zwischen 10 und ",
    "currency": "$ € £ ",
    "fractions": "three quarters of a ",
    "cents": "15 Dollar und 15 ",
    "no spaces": "„13$",
    "dates": "19. März 2024 vor ",
}


def timed(text: str, language: str) -> float:
    start = time.perf_counter()
    find_quantities(text, language)
    read_document(text, language)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000, help="characters in the smaller input")
    args = parser.parse_args()
    print(f"{'input':18} {'lang':4} {'n s':>8} {'4n s':>8} {'ratio':>6}")
    worst = 0.0
    for name, unit in HOSTILE.items():
        language = "en" if name.endswith(" en") or name == "fractions" else "de"
        small = (unit * (args.size // len(unit) + 1))[: args.size]
        large = (unit * (4 * args.size // len(unit) + 1))[: 4 * args.size]
        timed(small[:1000], language)
        t_small, t_large = timed(small, language), timed(large, language)
        ratio = t_large / t_small if t_small else float("nan")
        worst = max(worst, ratio)
        print(f"{name:18} {language:4} {t_small:8.3f} {t_large:8.3f} {ratio:6.1f}")
    print(f"\nworst ratio {worst:.1f} (4 is linear, 16 quadratic)")


if __name__ == "__main__":
    main()
