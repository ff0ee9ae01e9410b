"""The `factcheck` command: serve, check files, test rules, validate fixtures.

Exit codes: 0 nothing at or above the fail level, 1 findings, 2 usage or input error.
"""
from __future__ import annotations

import argparse
import ipaddress
import json
import sys
from pathlib import Path

from service.config import Settings
from service.errors import DataFileError, FactcheckError

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def main(argv: list[str] | None = None) -> int:
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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factcheck", description="Claim verification for news drafts.")
    sub = parser.add_subparsers(dest="command")

    serve = sub.add_parser("serve", help="run the HTTP service")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    _data_options(serve)
    serve.set_defaults(run=_serve)

    check = sub.add_parser("check", help="check article files")
    check.add_argument("files", nargs="+", type=Path)
    check.add_argument("--language", default="auto")
    check.add_argument("--format", dest="output", choices=["text", "json"], default="text")
    check.add_argument("--fail-on", choices=["error", "warning", "info", "never"], default="warning")
    _data_options(check)
    check.set_defaults(run=_check)

    rules = sub.add_parser("rules", help="work with claim rules")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    rules_test = rules_sub.add_parser("test", help="run every rule's examples")
    _data_options(rules_test)
    rules_test.set_defaults(run=_rules_test)

    fixtures = sub.add_parser("fixtures", help="work with the fact database")
    fixtures_sub = fixtures.add_subparsers(dest="fixtures_command", required=True)
    validate = fixtures_sub.add_parser("validate", help="validate fixture files")
    validate.add_argument("directories", nargs="*", type=Path)
    validate.set_defaults(run=_fixtures_validate)
    return parser


def _data_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--fixtures", action="append", type=Path,
                        help="fixtures directory (repeatable); replaces the bundled set")
    parser.add_argument("--rules", type=Path, help="rules directory; replaces the bundled rules")


def _settings(args) -> Settings:
    return Settings.from_env(
        host=getattr(args, "host", None), port=getattr(args, "port", None),
        rules_dir=getattr(args, "rules", None),
        fixtures_dirs=tuple(args.fixtures) if getattr(args, "fixtures", None) else None)


def _serve(args) -> int:
    from werkzeug.serving import run_simple

    from service.app import create_app
    from service.reloading import reload_on_sighup

    settings = _settings(args)
    host = settings.host
    if not settings.api_keys and not _is_loopback(host):
        print(f"factcheck: no API keys configured (FACTCHECK_API_KEYS), so the service binds to "
              f"127.0.0.1 instead of {host}: drafts are confidential.", file=sys.stderr)
        host = "127.0.0.1"
    elif not settings.api_keys:
        print("factcheck: no API keys configured; listening on loopback only, every local caller "
              "has every role.", file=sys.stderr)
    app = create_app(settings)
    reload_on_sighup(app)
    print(f"factcheck: serving on http://{host}:{settings.port} "
          f"(database {settings.database_url.split('://')[0]})", file=sys.stderr)
    run_simple(host, settings.port, app, threaded=True)
    return 0


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check(args) -> int:
    from service.engine.engine import Engine

    engine = Engine.from_settings(_settings(args))
    results = []
    for path in args.files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"factcheck: cannot read {path}: {exc}", file=sys.stderr)
            return 2
        fmt = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}.get(path.suffix.lower(), "plain")
        report = engine.check(text, language=args.language, fmt=fmt)
        results.append((path, text, report))
    worst = -1
    for path, text, report in results:
        for finding in report.findings:
            worst = max(worst, SEVERITY_RANK[finding.severity])
    if args.output == "json":
        print(json.dumps([{"file": str(p), **r.to_dict()} for p, _, r in results], ensure_ascii=False, indent=2))
    else:
        for path, text, report in results:
            claims = {c.id: c for c in report.claims}
            for finding in report.findings:
                first = claims[finding.claims[0]] if finding.claims else None
                line, col = _line_col(text, first.start) if first else (1, 1)
                print(f"{path}:{line}:{col}: {finding.severity}: {finding.message} [{finding.code}]")
    if args.fail_on == "never":
        return 0
    return 1 if worst >= SEVERITY_RANK[args.fail_on] else 0


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _rules_test(args) -> int:
    from service.engine.engine import Engine
    from service.rule_examples import run_examples

    engine = Engine.from_settings(_settings(args))
    failures = 0
    total = 0
    for outcome in run_examples(engine):
        total += 1
        if not outcome.passed:
            failures += 1
            print(f"FAIL {outcome.rule.path}: {outcome.rule.id}: example {outcome.index + 1}: {outcome.problem}")
    print(f"{total - failures} passed, {failures} failed")
    return 1 if failures else 0


def _fixtures_validate(args) -> int:
    """0 valid; 1 valid but with facts that contradict each other; 2 invalid (every problem listed)."""
    from service.facts import contradicting_facts, load_fact_store

    directories = args.directories or list(Settings.from_env().fixtures_dirs)
    store = load_fact_store(directories)
    conflicts = contradicting_facts(store)
    for conflict in conflicts:
        print(f"warning: {conflict}")
    print(f"{'ok' if not conflicts else 'valid'}: {len(store.entities)} entities, {len(store.facts)} facts, "
          f"{len(store.rates)} rates in {', '.join(str(d) for d in directories)}"
          + (f"; {len(conflicts)} contradiction(s)" if conflicts else ""))
    return 1 if conflicts else 0


if __name__ == "__main__":
    sys.exit(main())
