"""Rewrite the golden expectations from what the service reads now, printing each change
(see tests/golden/golden.py). `--check` only prints, and exits 1 when anything differs."""
from __future__ import annotations

import sys

from service.config import Settings
from service.engine.engine import Engine
from tests.golden.golden import cases, diff, dump, reading


def main(argv: list[str]) -> int:
    check_only = "--check" in argv
    engine = Engine.from_settings(Settings())
    changed = 0
    for case in cases():
        now = reading(engine, case)
        change = diff(case, now)
        if change:
            changed += 1
            print(change)
            if not check_only:
                (case / "expected.json").write_text(dump(now), encoding="utf-8")
    print(f"{changed} of {len(cases())} cases {'differ' if check_only else 'updated'}", file=sys.stderr)
    return 1 if check_only and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
