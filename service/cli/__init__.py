"""The `factcheck` command: serve, check files, test rules, validate fixtures.

One module per job: `parser` (the command line), `environment` (the settings a command reads),
`serve`, `check` (articles to reports), `filters` (.factcheck.toml and inline suppressions),
`renderers` (the output formats), `data` (rules test, fixtures validate), `progress`.

Exit codes: 0 nothing at or above the fail level, 1 findings, 2 usage or input error.
"""
from __future__ import annotations

import sys

from service.cli.parser import parser as _parser
from service.errors import DataFileError, FactcheckError

__all__ = ["main", "_parser"]


def main(argv: list[str] | None = None) -> int:
    """Run the command line `argv` (default: sys.argv); the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return args.run(args)
    except DataFileError as exc:
        print("factcheck: invalid data files:", file=sys.stderr)
        for line in exc.problems:
            print(f"  {line}", file=sys.stderr)
        return 2
    except (FactcheckError, ValueError) as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return 2
