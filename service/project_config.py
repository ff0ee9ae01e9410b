"""`.factcheck.toml`, a newsroom's settings for `factcheck check`, and the inline comments that
suppress a finding on the next line."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from service.errors import ArticleError

CONFIG_NAME = ".factcheck.toml"


@dataclass(frozen=True)
class Config:
    """Settings from the nearest .factcheck.toml, paths resolved against its folder."""
    path: Path | None = None
    language: str | None = None
    fail_on: str | None = None
    fixtures: tuple[Path, ...] = ()
    ignore_predicates: frozenset[str] = frozenset()
    ignore_kinds: frozenset[str] = frozenset()
    server: str | None = None


KNOWN_KEYS = {"language", "fail_on", "fixtures", "ignore_predicates", "ignore_kinds", "server"}


def find_config(start: Path) -> Config:
    """The .factcheck.toml in `start`'s folder or the nearest folder above it."""
    folder = start if start.is_dir() else start.parent
    for candidate in [folder, *folder.resolve().parents]:
        path = candidate / CONFIG_NAME
        if path.is_file():
            return load_config(path)
    return Config()


def load_config(path: Path) -> Config:
    """The settings in `path`; ArticleError names the file and what is wrong in it."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ArticleError(f"{path}: invalid configuration: {exc}") from None
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise ArticleError(f"{path}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(KNOWN_KEYS))}")
    fail_on = data.get("fail_on")
    if fail_on is not None and fail_on not in ("error", "warning", "info", "never"):
        raise ArticleError(f"{path}: fail_on must be error, warning, info or never, not {fail_on!r}")
    fixtures = data.get("fixtures", [])
    fixtures = [fixtures] if isinstance(fixtures, str) else fixtures
    return Config(path=path, language=data.get("language"), fail_on=fail_on,
                  fixtures=tuple((path.parent / f).resolve() for f in fixtures),
                  ignore_predicates=frozenset(data.get("ignore_predicates", [])),
                  ignore_kinds=frozenset(data.get("ignore_kinds", [])), server=data.get("server"))


_DISABLE = re.compile(r"<!--\s*factcheck-disable-next-line(?P<what>[^>]*?)\s*-->")


def suppressions(text: str) -> dict[int, frozenset[str]]:
    """Line number (1-based) -> the kinds or codes suppressed on it (empty: everything)."""
    found: dict[int, frozenset[str]] = {}
    for match in _DISABLE.finditer(text):
        line = text.count("\n", 0, match.end()) + 2
        found[line] = frozenset(match["what"].replace(",", " ").split())
    return found
