"""The command line: every command, option and its help, and the examples shown by --help."""
from __future__ import annotations

import argparse
import os
from pathlib import Path

from service import __version__
import importlib
from collections.abc import Callable

from service.cli.renderers import FORMATS


def _command(module: str, function: str) -> Callable[[argparse.Namespace], int]:
    """A command imported when it runs: `factcheck --help` needs neither spaCy nor Flask."""
    def run(args: argparse.Namespace) -> int:
        found: Callable[[argparse.Namespace], int] = getattr(importlib.import_module(module), function)
        return found(args)
    return run


run_serve = _command("service.cli.serve", "serve")
run_check = _command("service.cli.check", "check")
run_rules_test = _command("service.cli.data", "rules_test")
run_fixtures_validate = _command("service.cli.data", "fixtures_validate")

EXAMPLES = """examples:
  factcheck check articles/                       every .md, .html and .txt below articles/
  factcheck check --format sarif draft.md > factcheck.sarif
  factcheck check --format gitlab 'articles/**/*.md' > gl-code-quality-report.json
  factcheck check --format rdjson articles/ | reviewdog -f=rdjson -reporter=github-pr-review
  cat draft.html | factcheck check --stdin-filename draft.html -
  factcheck check --server https://factcheck.example --fail-on error articles/
  factcheck serve --production                    needs: pip install 'factcheck-service[server]'

exit codes: 0 nothing at or above the fail level, 1 findings, 2 usage or input error.
settings: .factcheck.toml (nearest above each article, or --config / FACTCHECK_CONFIG);
the service's FACTCHECK_* variables are listed in the README."""


def parser() -> argparse.ArgumentParser:
    """The `factcheck` parser; each command sets `run`, the function that carries it out."""
    made = argparse.ArgumentParser(prog="factcheck", description="Claim verification for news drafts.",
                                     epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    made.add_argument("--version", action="version", version=f"factcheck {__version__}",
                        help="print the version and exit")
    sub = made.add_subparsers(dest="command", metavar="command")

    serve = sub.add_parser("serve", help="run the HTTP service")
    serve.add_argument("--host", help="address to listen on (default: FACTCHECK_HOST, else 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (default: FACTCHECK_PORT, else 8080)")
    serve.add_argument("--production", action="store_true",
                       help="gunicorn with FACTCHECK_WORKERS workers sharing one preloaded Engine")
    serve.add_argument("--workers", type=int, help="worker processes with --production (default 2)")
    _data_options(serve)
    serve.set_defaults(run=run_serve)

    check = sub.add_parser("check", help="check article files, folders, globs or - (standard input)")
    check.add_argument("files", nargs="+", help="files (.txt, .md, .html), folders, globs, or - for stdin")
    check.add_argument("--language", help="de, en or auto (default: front matter, .factcheck.toml, auto)")
    check.add_argument("--format", dest="output", default="text", choices=FORMATS,
                       help="text (file:line:column: severity: message [code]), json, sarif, junit, github "
                            "(workflow annotations), gitlab (Code Quality), rdjson (reviewdog), claimreview")
    check.add_argument("--fail-on", choices=["error", "warning", "info", "never"],
                       help="exit 1 when a finding is at or above this severity (default: warning)")
    check.add_argument("--server", help="check against a running service at this URL instead of in-process")
    check.add_argument("--api-key", help="the service's API key (default: FACTCHECK_API_KEY)")
    check.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    check.add_argument("--config", type=Path, default=os.environ.get("FACTCHECK_CONFIG") or None,
                       help="settings file for every article instead of the nearest .factcheck.toml "
                            "(default: FACTCHECK_CONFIG)")
    check.add_argument("--stdin-filename", metavar="NAME",
                       help="name for the article read from - : its suffix sets the format (.md, .html), "
                            "reports name it, its folder's .factcheck.toml applies")
    check.add_argument("--quiet", action="store_true", help="no summary line on standard error")
    _data_options(check)
    check.set_defaults(run=run_check)

    rules = sub.add_parser("rules", help="work with claim rules")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    rules_test = rules_sub.add_parser("test", help="run every rule's examples (exit 1 if one fails)")
    _data_options(rules_test)
    rules_test.set_defaults(run=run_rules_test)

    fixtures = sub.add_parser("fixtures", help="work with the fact database")
    fixtures_sub = fixtures.add_subparsers(dest="fixtures_command", required=True)
    validate = fixtures_sub.add_parser("validate", help="validate fixture files (exit 2 if invalid)")
    validate.add_argument("directories", nargs="*", type=Path,
                          help="fixture folders (default: FACTCHECK_FIXTURES, else the bundled fixtures)")
    validate.set_defaults(run=run_fixtures_validate)
    return made


def _data_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--fixtures", action="append", type=Path,
                        help="fixtures directory (repeatable); replaces the bundled set")
    parser.add_argument("--rules", type=Path, help="rules directory; replaces the bundled rules")
