"""Article files for the command line: which files a path names, their format and front matter."""
from __future__ import annotations

import glob
import sys
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from service.engine.markup import front_matter
from service.errors import ArticleError

SUFFIXES = {".txt": "plain", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


@dataclass(frozen=True)
class Article:
    """An article file as the CLI read it: where from, its text and its format."""
    path: str
    text: str
    format: str
    title: str | None = None
    published_at: date | None = None
    language: str | None = None
    url: str | None = None  # front matter `url`: where the article is (to be) published


def collect(paths: list[str]) -> list[str]:
    """Files named, found under directories (recursively) or matched by globs; "-" is standard input."""
    found: list[str] = []
    for raw in paths:
        if raw == "-":
            found.append(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            found += sorted(str(p) for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
        elif path.is_file():
            found.append(raw)
        elif any(ch in raw for ch in "*?["):
            matches = sorted(m for m in glob.glob(raw, recursive=True) if Path(m).suffix.lower() in SUFFIXES)
            if not matches:
                raise ArticleError(f"{raw}: no .txt, .md or .html file matches")
            found += matches
        else:
            raise ArticleError(f"{raw}: no such file or directory")
    return list(dict.fromkeys(found))


def read(path: str, name: str | None = None) -> Article:
    """The article at `path` ("-": standard input), with Markdown front matter applied. `name`:
    what to call it (`--stdin-filename`); its suffix sets the format of standard input."""
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read: {exc.strerror or exc}") from None
    name = name or path
    fmt = "plain" if name == "-" else SUFFIXES.get(Path(name).suffix.lower(), "plain")
    if name == "-" and text.startswith("---\n"):
        fmt = "markdown"
    meta = _front_matter(text) if fmt == "markdown" else {}
    return Article(path=name, text=text, format=fmt, title=_text(meta.get("title")),
                   published_at=_date(meta.get("date")), language=_text(meta.get("lang") or meta.get("language")),
                   url=_text(meta.get("url")))


def _front_matter(text: str) -> dict[str, Any]:
    raw = front_matter(text)
    if raw is None:
        return {}
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def _text(value) -> str | None:
    return str(value) if value is not None else None


def _date(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        except ValueError:
            return None
    return None
