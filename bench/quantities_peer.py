"""Value accuracy of our recognizers on the public Recognizers-Text specs, per file.

Runs ../shared/peer/recognizers-text/score.py (see its README) on every German
and English file there, with the adapter function for the file's model
(bench/peer_adapter.py), once over the cases that Recognizers-Text's own
Python port supports (--skip-python-unsupported) and once over all cases.

    python bench/quantities_peer.py [--show-misses N] [--peer-python PATH]

With --peer-python (a Python that has Recognizers-Text's Python release installed; see
bench/peer_reference.py) the peer itself is scored on all cases in the same run, and
the last column says whether we are ahead on each file it supports.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEER = ROOT.parent / "shared" / "peer" / "recognizers-text"
ADAPTER = ROOT / "bench" / "peer_adapter.py"
MODELS = {"number": "numbers", "ordinal": "ordinals", "percent": "percents", "currency": "money",
          "dimension": "numbers", "datetime": "dates"}
REQUIRED = ("number", "percent", "currency")  # the bar: 95 % on these
RESULT = re.compile(r"value accuracy: (\d+)/(\d+)")


REFERENCE = ROOT / "bench" / "peer_reference.py"
PEER_FUNCTIONS = {"number": "numbers", "ordinal": "ordinals", "percent": "percents", "currency": "money",
                  "dimension": "dimensions", "datetime": "dates"}


def score(path: Path, function: str, *flags: str, python: str = sys.executable,
          adapter: Path = ADAPTER) -> tuple[int, int, str]:
    command = [python, str(PEER / "score.py"), f"{adapter}:{function}", str(path), *flags]
    out = subprocess.run(command, capture_output=True, text=True, cwd=PEER, timeout=900).stdout
    match = RESULT.search(out.strip().splitlines()[-1] if out.strip() else "")
    if not match:
        return 0, 0, out
    return int(match[1]), int(match[2]), out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--peer-python", help="a Python with recognizers-text-suite installed, to score the peer too")
    args = parser.parse_args()
    if not PEER.is_dir():
        print(f"no peer specs at {PEER}")
        return 1
    print(f"{'file':22} {'function':9} {'python-supported':>22} {'all cases':>22}"
          + (f" {'peer, all cases':>22} ahead" if args.peer_python else ""))
    below = []
    for path in sorted(PEER.glob("[de][en]-*.jsonl")):
        model = path.stem.split("-", 1)[1]
        function = MODELS[model]
        extra = [f"--show-misses={args.show_misses}"] if args.show_misses else []
        ok, total, out = score(path, function, "--skip-python-unsupported", *extra)
        ok_all, total_all, _ = score(path, function)
        supported = f"{ok}/{total} = {100 * ok / total:5.1f}%" if total else "no gold results"
        every = f"{ok_all}/{total_all} = {100 * ok_all / total_all:5.1f}%" if total_all else "-"
        peer = ""
        if args.peer_python:
            if path.name.startswith("en-"):  # the Python release has no German
                ok_peer, total_peer, _ = score(path, PEER_FUNCTIONS[model], python=args.peer_python,
                                               adapter=REFERENCE)
                ahead = "yes" if ok_all > ok_peer else "tie" if ok_all == ok_peer else "NO"
                peer = f" {f'{ok_peer}/{total_peer} = {100 * ok_peer / total_peer:5.1f}%':>22} {ahead}"
            else:
                peer = f" {'not supported':>22}"
        print(f"{path.name:22} {function:9} {supported:>22} {every:>22}{peer}")
        if args.show_misses:
            print("\n".join(line for line in out.splitlines() if "MISS" in line))
        if model in REQUIRED and total and ok / total < 0.95:
            below.append(path.name)
    print("\nbelow 95 % on a number, percent or currency file:", ", ".join(below) if below else "none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
