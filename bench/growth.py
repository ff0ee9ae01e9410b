"""Hostile input: does one check stay linear in the length of what an attacker sends?

Runs the whole in-process check (`Engine.check`) on families of hostile input, each a short
unit repeated to 10k, 20k, 40k and 80k characters, and prints the time at each size and the
growth factor per doubling (the time at 2n over the time at n). A linear path grows about
2× per doubling, a quadratic one 4×; every family must stay at or below 2.5×. The families
are the breaks found by attacking the running service (an unclosed quotation mark, an
unclosed Markdown link, an unclosed HTML comment or tag, one sentence repeated) and the
stress inputs of the number reader.

    python bench/growth.py [--sizes 10000,20000,40000,80000] [--family NAME]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from service.config import Settings  # noqa: E402
from service.engine.engine import Engine  # noqa: E402

# name -> (unit repeated, language, format)
FAMILIES = {
    "open quote „": ("„", "de", "plain"),
    "open quote \"": ("\"a ", "en", "plain"),
    "open guillemet »": ("»", "de", "plain"),
    "repeated sentence": ("Microsoft hat 13 Milliarden Dollar in OpenAI investiert und ", "de", "plain"),
    "repeated claim en": ("Microsoft invested $13 billion in OpenAI in 2023, and ", "en", "plain"),
    "markdown [a": ("[a", "de", "markdown"),
    "markdown ![a": ("![a", "en", "markdown"),
    "markdown ``` fence": ("```\na\n", "en", "markdown"),
    "markdown emphasis": ("*a _b ", "en", "markdown"),
    "html <!--": ("<!--", "en", "html"),
    "html <a": ("<a ", "en", "html"),
    "html <script>": ("<script>", "en", "html"),
    "html entities": ("&amp;&#1234;&x", "de", "html"),
    "markdown <!--": ("<!--", "de", "markdown"),
    "digit groups": ("1.000.", "de", "plain"),
    "number words en": ("one hundred and twenty-three and ", "en", "plain"),
    "number words de": ("einhundertdreiundzwanzig und ", "de", "plain"),
    "qualifier chain": ("mehr als über rund ", "de", "plain"),
    "currency signs": ("$ € £ ", "en", "plain"),
    "dates": ("19. März 2024 vor ", "de", "plain"),
    "no spaces": ("a" * 50, "en", "plain"),
    "capitalised names": ("Anna Berg Kelvara Tarn ", "de", "plain"),
    "pronouns": ("Er sagte, sie habe es getan. ", "de", "plain"),
    "one long sentence": ("und 5 Prozent ", "de", "plain"),
}
LIMIT = 2.5  # growth per doubling


def hostile(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def timed(engine: Engine, text: str, language: str, fmt: str) -> float:
    start = time.perf_counter()
    engine.check(text, language=language, fmt=fmt)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,20000,40000,80000", help="characters, comma-separated, each twice the last")
    parser.add_argument("--family", help="run one family only")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    engine = Engine.from_settings(Settings())
    engine.check("Warm-up: Microsoft investierte 2023 13 Milliarden Dollar.", language="de")
    print(f"{'family':22} " + " ".join(f"{s // 1000:>6}k" for s in sizes) + "   growth per doubling")
    worst_name, worst = "", 0.0
    for name, (unit, language, fmt) in FAMILIES.items():
        if args.family and name != args.family:
            continue
        times = [timed(engine, hostile(unit, size), language, fmt) for size in sizes]
        # below a few milliseconds the clock says little: floor the smaller time at 5 ms
        growth = [later / max(earlier, 0.005) for earlier, later in zip(times, times[1:])]
        top = max(growth)
        if top > worst:
            worst_name, worst = name, top
        flag = "" if top <= LIMIT else "   OVER"
        print(f"{name:22} " + " ".join(f"{t:6.2f}s" for t in times) + "   "
              + " ".join(f"{g:4.2f}" for g in growth) + flag)
    print(f"\nworst growth per doubling: {worst:.2f} ({worst_name}); limit {LIMIT}")


if __name__ == "__main__":
    main()
