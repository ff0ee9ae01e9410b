"""The `factcheck` command: serve, check files, test rules, validate fixtures.

Exit codes: 0 nothing at or above the fail level, 1 findings, 2 usage or input error.
"""
from __future__ import annotations

import argparse
import importlib.util
import ipaddress
import json
import os
import sys
from functools import lru_cache
from pathlib import Path

from service import __version__
from service.config import Settings
from service.errors import DataFileError, FactcheckError



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

FORMATS = ["text", "json", "sarif", "junit", "github", "gitlab", "rdjson", "claimreview"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factcheck", description="Claim verification for news drafts.",
                                     epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}",
                        help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="command")

    serve = sub.add_parser("serve", help="run the HTTP service")
    serve.add_argument("--host", help="address to listen on (default: FACTCHECK_HOST, else 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (default: FACTCHECK_PORT, else 8080)")
    serve.add_argument("--production", action="store_true",
                       help="gunicorn with FACTCHECK_WORKERS workers sharing one preloaded Engine")
    serve.add_argument("--workers", type=int, help="worker processes with --production (default 2)")
    _data_options(serve)
    serve.set_defaults(run=_serve)

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
    check.set_defaults(run=_check)

    rules = sub.add_parser("rules", help="work with claim rules")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    rules_test = rules_sub.add_parser("test", help="run every rule's examples (exit 1 if one fails)")
    _data_options(rules_test)
    rules_test.set_defaults(run=_rules_test)

    fixtures = sub.add_parser("fixtures", help="work with the fact database")
    fixtures_sub = fixtures.add_subparsers(dest="fixtures_command", required=True)
    validate = fixtures_sub.add_parser("validate", help="validate fixture files (exit 2 if invalid)")
    validate.add_argument("directories", nargs="*", type=Path,
                          help="fixture folders (default: FACTCHECK_FIXTURES, else the bundled fixtures)")
    validate.set_defaults(run=_fixtures_validate)
    return parser


def _data_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--fixtures", action="append", type=Path,
                        help="fixtures directory (repeatable); replaces the bundled set")
    parser.add_argument("--rules", type=Path, help="rules directory; replaces the bundled rules")


# Settings only a server reads: `check`, `rules test` and `fixtures validate` ignore them, so a CI
# job's environment meant for the service (a blank FACTCHECK_API_KEYS from a missing secret, say)
# cannot stop a check.
SERVER_ONLY = ("FACTCHECK_API_KEYS", "FACTCHECK_RETENTION_DAYS", "FACTCHECK_CORS_ORIGINS", "FACTCHECK_WEBHOOK_SECRET", "FACTCHECK_WEBHOOK_HOSTS",
               "FACTCHECK_WEBHOOK_CA_BUNDLE", "FACTCHECK_CHECK_TIMEOUT", "FACTCHECK_CONCURRENT_CHECKS",
               "FACTCHECK_WORKERS", "FACTCHECK_REQUEST_TIMEOUT", "FACTCHECK_RATE_LIMIT", "FACTCHECK_MAX_CLAIMS",
               "FACTCHECK_MAX_BODY_BYTES", "FACTCHECK_SECURE_COOKIES", "FACTCHECK_PORT", "FACTCHECK_HOST",
               "DATABASE_URL")


def _settings(args) -> Settings:
    serving = getattr(args, "command", None) == "serve"
    environ = os.environ if serving else {k: v for k, v in os.environ.items() if k not in SERVER_ONLY}
    return Settings.from_env(
        environ,
        host=getattr(args, "host", None), port=getattr(args, "port", None),
        workers=getattr(args, "workers", None),
        rules_dir=getattr(args, "rules", None),
        fixtures_dirs=tuple(args.fixtures) if getattr(args, "fixtures", None) else None)


SERVER_EXTRA = ("prometheus_client", "gunicorn", "psycopg")


def _serve(args) -> int:
    missing = [name for name in SERVER_EXTRA if importlib.util.find_spec(name) is None]
    if missing:
        print(f"factcheck: serve needs the server extra ({', '.join(missing)} missing): "
              f"pip install 'factcheck-service[server]'", file=sys.stderr)
        return 2
    settings = _settings(args)
    host = settings.host
    if not settings.api_keys and not _is_loopback(host):
        print(f"factcheck: no API keys configured (FACTCHECK_API_KEYS), so the service binds to "
              f"127.0.0.1 instead of {host}: drafts are confidential.", file=sys.stderr)
        host = "127.0.0.1"
    elif not settings.api_keys:
        print("factcheck: no API keys configured; listening on loopback only, every local caller "
              "has every role.", file=sys.stderr)
    if args.production:
        from service.production import serve

        print(f"factcheck: serving on http://{host}:{settings.port} with {settings.workers} workers "
              f"(database {settings.database_url.split('://')[0]})", file=sys.stderr)
        serve(settings, host)  # imports the app itself, after preparing the metrics' folder
        return 0
    from werkzeug.serving import run_simple

    from service.app import create_app, start_background
    from service.reloading import reload_on_sighup

    app = create_app(settings)
    reload_on_sighup(app)
    start_background(app)  # webhook deliveries (those a previous run left too) and the retention purge
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
    from service.articles import collect, find_config, load_config, read, suppressions
    from service.client import check_remote
    from service.errors import ArticleError, ServiceError
    from service.checking import check_article
    from service.exporters import Checked
    from service.exporters.model import at_or_above

    try:
        paths = collect(args.files)
        given = load_config(args.config) if args.config else None
    except ArticleError as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return 2
    if args.stdin_filename and "-" not in paths:
        print("factcheck: --stdin-filename names the article read from -, and no - was given", file=sys.stderr)
        return 2
    engines: dict[tuple, object] = {}
    checked: list[Checked] = []
    fail_levels: list[str] = []
    config_for = lru_cache(maxsize=None)(find_config)  # one lookup per folder in this run
    progress = _Progress(len(paths), enabled=not args.no_progress and sys.stderr.isatty() and len(paths) > 1)
    try:
        for number, path in enumerate(paths, start=1):
            name = args.stdin_filename if path == "-" and args.stdin_filename else path
            folder = Path.cwd() if name == "-" else (Path.cwd() / name).parent
            config = given or config_for(folder)
            article = read(path, name=name)
            language = args.language or article.language or config.language or "auto"
            server = args.server or config.server
            body = {"text": article.text, "language": language, "format": article.format,
                    "title": article.title,
                    "published_at": article.published_at.isoformat() if article.published_at else None}
            if server:
                report = check_remote(server, args.api_key or os.environ.get("FACTCHECK_API_KEY"), body)
            else:
                fixtures = tuple(args.fixtures) if args.fixtures else config.fixtures
                key = (fixtures, str(args.rules or ""))
                if key not in engines:
                    engines[key] = _engine(args, fixtures)
                report = check_article(engines[key], article.text, language=language, fmt=article.format,
                                       title=article.title, published_at=article.published_at, url=article.url)
            item = Checked(name, article.text, report)
            _filter(item, config, suppressions(article.text))
            checked.append(item)
            fail_levels.append(args.fail_on or config.fail_on or "warning")
            progress.step(number, path)
    except (ArticleError, ServiceError) as exc:
        progress.done()
        print(f"factcheck: {exc}", file=sys.stderr)
        return 2
    progress.done()
    rendered = _render(args.output, checked, fail_levels)
    if rendered:  # a clean run in text or github format prints nothing, not an empty line
        print(rendered)
    if not args.quiet:
        print(summary(checked), file=sys.stderr)
    failing = any(at_or_above(item.report["findings"], level) for item, level in zip(checked, fail_levels))
    return 1 if failing else 0


def summary(checked) -> str:
    """One line for people and CI logs: "2 articles, 1 error, 1 warning"."""
    counts = {"error": 0, "warning": 0, "info": 0}
    for item in checked:
        for finding in item.report["findings"]:
            counts[finding["severity"]] += 1
    parts = [f"{len(checked)} article{'s' if len(checked) != 1 else ''}"]
    parts += [f"{n} {severity}{'s' if n != 1 and severity != 'info' else ''}" for severity, n in counts.items() if n]
    return ", ".join(parts) + ("" if any(counts.values()) else ", no findings")


def _engine(args, fixtures: tuple):
    """An Engine on --rules and on `fixtures` (--fixtures, else .factcheck.toml's, else the default)."""
    from service.engine.engine import Engine

    settings = _settings(args)
    return Engine.from_settings(settings.with_overrides({"fixtures_dirs": fixtures}) if fixtures else settings)


def _filter(item, config, suppressed: dict[int, frozenset[str]]) -> None:
    """Drop what .factcheck.toml ignores and what inline comments suppress."""
    from service.exporters import position

    claims = item.claims
    kept = []
    for finding in item.report["findings"]:
        if finding["kind"] in config.ignore_kinds:
            continue
        if finding["claims"] and all(claims[c]["predicate"] in config.ignore_predicates
                                     for c in finding["claims"] if c in claims):
            continue
        line = position(item, item.span(finding)[0]).line
        what = suppressed.get(line)
        if what is not None and (not what or finding["kind"] in what or finding["code"] in what):
            continue
        kept.append(finding)
    item.report["findings"] = kept


def _render(output: str, checked, fail_levels: list[str]) -> str:
    from service.exporters import position
    from service.exporters.claimreview import Publisher, to_claimreview
    from service.exporters.github import to_github
    from service.exporters.gitlab import to_gitlab
    from service.exporters.rdjson import to_rdjson
    from service.exporters.junit import to_junit
    from service.exporters.sarif import to_sarif

    if output == "json":
        return json.dumps([{"file": item.path, **item.report} for item in checked], ensure_ascii=False, indent=2)
    if output == "sarif":
        return json.dumps(to_sarif(checked), ensure_ascii=False, indent=2)
    if output == "junit":
        return to_junit(checked, fail_levels[0] if fail_levels else "warning")
    if output == "github":
        return to_github(checked)
    if output == "gitlab":
        return json.dumps(to_gitlab(checked), ensure_ascii=False, indent=2)
    if output == "rdjson":
        return json.dumps(to_rdjson(checked), ensure_ascii=False, indent=2)
    if output == "claimreview":
        # No editor decided anything in a CLI run: its reviews are the machine's, marked so.
        settings = Settings.from_env({k: v for k, v in os.environ.items() if k.startswith("FACTCHECK_PUBLISHER")})
        publisher = Publisher(settings.publisher_name, settings.publisher_url or None)
        return json.dumps(to_claimreview(checked, publisher, machine=True), ensure_ascii=False, indent=2)
    lines = []
    for item in checked:
        for finding in item.report["findings"]:
            at = position(item, item.span(finding)[0])
            lines.append(f"{item.path}:{at.line}:{at.column}: {finding['severity']}: {finding['message']} "
                         f"[{finding['code']}]")
    return "\n".join(lines)


class _Progress:
    """A progress bar on standard error, for people at a terminal; silent in pipes and CI logs."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled = total, enabled

    def step(self, number: int, path: str) -> None:
        if self.enabled:
            filled = int(30 * number / self.total)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {number}/{self.total} {path[-40:]:<40}")
            sys.stderr.flush()

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()


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

    directories = args.directories or list(_settings(args).fixtures_dirs)
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
