"""`factcheck check`: articles (files, folders, globs, standard input) to reports, in-process or
against a running service, filtered by .factcheck.toml and inline suppressions."""
from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from service.articles import collect, read
from service.checking import check_article
from service.cli.environment import settings_for
from service.cli.filters import filtered
from service.cli.progress import Progress
from service.cli.renderers import render, summary
from service.client import check_remote
from service.errors import ArticleError, ServiceError
from service.engine.engine import Engine
from service.exporters import Checked
from service.exporters.model import at_or_above
from service.project_config import find_config, load_config, suppressions


def check(args) -> int:
    """Check every article named; exit 1 when one has a finding at or above its fail level."""
    try:
        paths = collect(args.files)
        given = load_config(args.config) if args.config else None
    except ArticleError as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return 2
    if args.stdin_filename and "-" not in paths:
        print("factcheck: --stdin-filename names the article read from -, and no - was given", file=sys.stderr)
        return 2
    engines: dict[tuple, Engine] = {}
    checked: list[Checked] = []
    fail_levels: list[str] = []
    config_for = lru_cache(maxsize=None)(find_config)  # one lookup per folder in this run
    progress = Progress(len(paths), enabled=not args.no_progress and sys.stderr.isatty() and len(paths) > 1)
    try:
        for number, path in enumerate(paths, start=1):
            name = args.stdin_filename if path == "-" and args.stdin_filename else path
            folder = Path.cwd() if name == "-" else (Path.cwd() / name).parent
            config = given or config_for(folder)
            article = read(path, name=name)
            language = args.language or article.language or config.language or "auto"
            server = args.server or config.server
            if server:
                body = {"text": article.text, "language": language, "format": article.format,
                        "title": article.title,
                        "published_at": article.published_at.isoformat() if article.published_at else None}
                report = check_remote(server, args.api_key or os.environ.get("FACTCHECK_API_KEY"), body)
                if article.url:
                    report["url"] = article.url
            else:
                fixtures = tuple(args.fixtures) if args.fixtures else config.fixtures
                key = (fixtures, str(args.rules or ""))
                if key not in engines:
                    engines[key] = _engine(args, fixtures)
                report = check_article(engines[key], article.text, language=language, fmt=article.format,
                                       title=article.title, published_at=article.published_at, url=article.url)
            item = Checked(name, article.text, report)
            filtered(item, config, suppressions(article.text))
            checked.append(item)
            fail_levels.append(args.fail_on or config.fail_on or "warning")
            progress.step(number, path)
    except (ArticleError, ServiceError) as exc:
        progress.done()
        print(f"factcheck: {exc}", file=sys.stderr)
        return 2
    progress.done()
    rendered = render(args.output, checked, fail_levels)
    if rendered:  # a clean run in text or github format prints nothing, not an empty line
        print(rendered)
    if not args.quiet:
        print(summary(checked), file=sys.stderr)
    failing = any(at_or_above(item.report["findings"], level) for item, level in zip(checked, fail_levels))
    return 1 if failing else 0


def _engine(args, fixtures: tuple) -> Engine:
    """An Engine on --rules and on `fixtures` (--fixtures, else .factcheck.toml's, else the default)."""
    settings = settings_for(args)
    return Engine.from_settings(settings.with_overrides({"fixtures_dirs": fixtures}) if fixtures else settings)
