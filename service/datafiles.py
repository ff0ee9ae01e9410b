"""Loading of data files (rules, fixtures): safe YAML and precise error locations.

Shared by `service.rules` and `service.facts` so both report problems the
same way: `file: entities[2].aliases: message`.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

import yaml
from marshmallow import ValidationError


# libyaml's parser when the machine has it (PyYAML ships it in its wheels): ten times faster.
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]  # the base is chosen at import time
    """SafeLoader with YAML 1.2's plain scalars: dates stay strings (curators write "2024-03",
    "2024" and "2024-03-19" alike, and a schema decides what a date is), and only true/false
    are booleans — YAML 1.1 would read the marker words "on", "no" and "yes" as booleans."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers
          if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


def load_yaml(path: Path) -> tuple[Any, list[str]]:
    """The parsed document and, when it cannot be read, a one-line problem."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [f"{path}: cannot read: {exc.strerror or exc}"]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [f"{path}: not UTF-8 text (byte {exc.start})"]
    if _too_deep(text):
        # the C loader would overflow its stack and take the whole process (a server's master) down
        return None, [f"{path}: invalid YAML: nested more than {_MAX_DEPTH} levels deep"]
    try:
        return yaml.load(text, Loader=_Loader), []
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        return None, [f"{path}: invalid YAML: {where}{problem}"]
    except RecursionError:
        return None, [f"{path}: invalid YAML: nested too deeply"]
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        return None, [f"{path}: invalid YAML: {exc.__class__.__name__}: {str(exc)[:120]}"]


_MAX_DEPTH = 200  # far beyond any rule or fixture file
_BLOCK_NESTING = re.compile(r"^[ \t]*(?:[-?:][ \t]+)*", re.MULTILINE)


def _too_deep(text: str) -> bool:
    """Whether a YAML text may nest deeper than `_MAX_DEPTH`: flow brackets ("[[[[…") counted
    outside quotes, block nesting bounded by each line's indentation and its leading "- " marks.
    One pass, linear in the text."""
    depth, quote = 0, ""
    for char in text:
        if quote:
            if char == quote or char == "\n":
                quote = ""
        elif char in "\"'":
            quote = char
        elif char in "[{":
            depth += 1
            if depth > _MAX_DEPTH:
                return True
        elif char in "]}":
            depth = max(0, depth - 1)
    return any(len(m.group(0)) > 2 * _MAX_DEPTH for m in _BLOCK_NESTING.finditer(text))


def yaml_files(directory: Path) -> Iterator[Path]:
    """Every YAML file under `directory`, in a stable order so problems are listed the same way each run."""
    yield from sorted(p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def flatten_errors(messages: Any, prefix: str = "") -> list[str]:
    """marshmallow's nested error dict as `path: message` lines (`rules[2].slots.value: ...`)."""
    if isinstance(messages, dict):
        lines = []
        for key, value in messages.items():
            if isinstance(key, int):
                path = f"{prefix}[{key}]"
            elif key == "_schema":
                path = prefix
            else:
                path = f"{prefix}.{key}" if prefix else str(key)
            lines.extend(flatten_errors(value, path))
        return lines
    if isinstance(messages, list) and all(isinstance(m, str) for m in messages):
        return [f"{prefix or '(top)'}: {m}" for m in messages]
    if isinstance(messages, list):
        return [line for m in messages for line in flatten_errors(m, prefix)]
    return [f"{prefix or '(top)'}: {messages}"]


def validation_problems(path: Path, error: ValidationError) -> list[str]:
    """A marshmallow error as one line per problem, each naming the file and the field."""
    return [f"{path}: {line}" for line in flatten_errors(error.messages)]
