"""Hide Markdown and HTML markup without moving a single character.

Markup is replaced by spaces of the same length (block-level HTML tags by a
newline and spaces), and entities by their character padded with spaces.
Every later stage then works on a text of the submitted length, so its
offsets are offsets into the submitted text, with no mapping to maintain.
"""
from __future__ import annotations

import html
import re

_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
               "tr", "table", "blockquote", "section", "article", "header", "footer",
               "figure", "figcaption", "hr", "pre", "title", "main", "aside", "nav", "dd", "dt"}
# What a browser does not show: an element of these names with its content, and a comment.
_HIDDEN_OPENING = re.compile(r"<(script|style|template|noscript)\b[^<>]*>|<!--", re.IGNORECASE)
_HIDDEN_CLOSING = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE)
                   for name in ("script", "style", "template", "noscript")}
# No "<" inside a tag: "<a <a <a …" without ">" must not make every "<" scan to the end.
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*>|<![^<>]*>|<\?[^<>]*>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")


def visible_text(text: str, fmt: str) -> str:
    """`text` with markup blanked out; `len(result) == len(text)` always."""
    if fmt == "plain":
        return text
    if fmt == "html":
        return _blank_html(text)
    if fmt == "markdown":
        return _blank_markdown(text)
    raise ValueError(f"unknown format {fmt!r}")


def _blank(match: re.Match[str]) -> str:
    # Newlines are kept so that line and paragraph structure survives.
    return re.sub(r"[^\n]", " ", match.group(0))


def _hidden_spans(text: str, comments_only: bool = False) -> list[tuple[int, int]]:
    """Hidden elements and comments, left to right, from an opening to its first closing.

    Each closing is searched once per stretch of text: an opening with no closing after it
    ("<!--<!--<!--…", "<script><script>…") costs a look-up in what was found, not a scan to the
    end, so the time stays linear in the length of the text."""
    spans: list[tuple[int, int]] = []
    found: dict[str, int | None] = {}  # name -> start of the next closing after the last search, or None: none
    after = 0
    for opening in _HIDDEN_OPENING.finditer(text):
        if opening.start() < after:
            continue
        name = (opening.group(1) or "--").lower()
        if comments_only and name != "--":
            continue
        close = found.get(name, -1)
        if close is not None and close < opening.end():
            if name == "--":
                at = text.find("-->", opening.end())
                close = None if at < 0 else at
            else:
                match = _HIDDEN_CLOSING[name].search(text, opening.end())
                close = None if match is None else match.start()
            found[name] = close
        if close is None:
            continue  # no closing anywhere after: neither has any later opening of this kind
        closing = None if name == "--" else _HIDDEN_CLOSING[name].match(text, close)
        end = close + 3 if closing is None else closing.end()
        spans.append((opening.start(), end))
        after = end
    return spans


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span blanked, its newlines kept."""
    if not spans:
        return text
    parts, at = [], 0
    for start, end in spans:
        parts.append(text[at:start])
        parts.append(re.sub(r"[^\n]", " ", text[start:end]))
        at = end
    parts.append(text[at:])
    return "".join(parts)


def _blank_html(text: str) -> str:
    text = _blank_spans(text, _hidden_spans(text))

    def tag(match: re.Match[str]) -> str:
        name = (match.group(1) or "").lower()
        blanked = _blank(match)
        if name in _BLOCK_TAGS and "\n" not in blanked:
            return "\n" + blanked[1:]
        return blanked

    text = _TAG.sub(tag, text)

    def entity(match: re.Match[str]) -> str:
        char = html.unescape(match.group(0))
        if len(char) != 1:
            return match.group(0)
        # Padding goes before the character, so "&euro;5m" still reads as "€5m".
        return " " * (len(match.group(0)) - 1) + char

    return _ENTITY.sub(entity, text)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
_LINE_MARKERS = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)+", re.MULTILINE)
# No "[" inside a link's text: "[a[a[a…" must not make every "[" scan to the end of its line.
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^()\n]*\)")
_LINK = re.compile(r"\[([^\[\]\n]+)\]\([^()\n]*\)")
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`+|~~")


def _blank_markdown(text: str) -> str:
    text = _FRONT_MATTER.sub(_blank, text)
    text = _FENCE.sub(_blank, text)
    text = _blank_spans(text, _hidden_spans(text, comments_only=True))
    text = _IMAGE.sub(_blank, text)
    text = _LINK.sub(lambda m: " " + m.group(1) + " " * (len(m.group(0)) - len(m.group(1)) - 1), text)
    text = _LINE_MARKERS.sub(_blank, text)
    text = _EMPHASIS.sub(_blank, text)
    return _blank_html(text)


def front_matter(text: str) -> str | None:
    """The raw YAML front matter of a Markdown text, if it has one."""
    match = _FRONT_MATTER.match(text)
    return match.group(0).strip().strip("-").strip() if match else None
