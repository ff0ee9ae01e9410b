"""Finding messages: stable codes, with templates in every language's pack.

Clients and tests match on the code; the wording lives in the language packs
(`Pack.messages`) and can change. A value that is written differently in each language
(quotation marks, "kleiner als"/"smaller than") is given as `PerLanguage`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from service.engine.codes import CODES  # noqa: F401 - the codes, kept where the packs can read them


@dataclass(frozen=True)
class PerLanguage:
    """A message value written differently in each language: `render(language)` gives it."""
    render: Callable[[str], str]


def quoted(text: str) -> PerLanguage:
    """`text` in the quotation marks of the language the message is written in."""
    def render(language: str) -> str:
        from service.engine.lang import pack
        opening, closing = pack(language).quote
        return f"{opening}{text}{closing}"
    return PerLanguage(render)


def message_word(key: str) -> PerLanguage:
    """A word of the messages' vocabulary ("<", "halved", "estimated") in the message's language."""
    def render(language: str) -> str:
        from service.engine.lang import pack
        return pack(language).message_words[key]
    return PerLanguage(render)


def render(code: str, language: str, **values) -> tuple[str, str, str]:
    """(kind, severity, message) for a finding code, in `language`."""
    from service.engine.lang import pack
    kind, severity = CODES[code]
    filled = {k: v.render(language) if isinstance(v, PerLanguage) else v for k, v in values.items()}
    return kind, severity, pack(language).messages[code].format(**filled)


def with_suggestion(message: str, language: str, replacement: str, reason: str) -> str:
    """`message` with the correction the article implies: " Likely correct: “4.7bn” (…)."""
    from service.engine.lang import pack
    words = pack(language).message_words
    return message + words["suggestion"].format(replacement=quoted(replacement).render(language),
                                                reason=words[reason])


def explain(code: str, language: str, severities: dict[str, str] | None = None, **values):
    """(kind, severity, message in the article's language, message in English); `severities`
    (from rules/verification.yaml) may override a code's documented severity."""
    kind, severity, message = render(code, language, **values)
    english = render(code, "en", **values)[2]
    return kind, (severities or {}).get(code, severity), message, english
