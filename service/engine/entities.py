"""Entity mentions: names and aliases from the fact store found in the text.

Matching is on characters, case-sensitive (so "inflection point" is not the
company), and accepts what German does to names: a genitive s ("Microsofts",
"OpenAIs") and hyphenated compounds ("DeepMind-Mitbegründer"), which are
marked as modifiers because such a name is rarely the claim's subject.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from service.engine.model import Mention
from service.facts import FactStore

# Pronouns and definite descriptions that can stand for an entity of these types.
PRONOUNS = {
    "de": {
        "er": ("person",), "ihm": ("person",), "ihn": ("person",),
        "sein": ("person", "product", "organization"), "seine": ("person", "product", "organization"),
        "seinen": ("person", "product", "organization"), "seinem": ("person", "product", "organization"),
        "seiner": ("person", "product", "organization"), "seines": ("person", "product", "organization"),
        "sie": ("person", "organization"), "es": ("product", "organization"),
        "das unternehmen": ("organization",), "der konzern": ("organization",),
        "die firma": ("organization",), "das modell": ("product",),
    },
    "en": {
        "he": ("person",), "him": ("person",), "his": ("person",), "she": ("person",),
        "her": ("person",), "it": ("organization", "product"), "its": ("organization", "product"),
        "they": ("organization",), "the company": ("organization",), "the firm": ("organization",),
        "the group": ("organization",), "the model": ("product",),
    },
}


@dataclass(frozen=True)
class FoundMention:
    mention: Mention
    modifier: bool  # first part of a hyphenated compound


class EntityIndex:
    """One compiled pattern over every name and alias in the store, built once per store."""

    def __init__(self, store: FactStore):
        self._entities: dict[str, tuple[str, str]] = {}
        for entity in store.entities.values():
            for name in entity.names:
                # The first entity to claim a name keeps it; curators resolve clashes in fixtures.
                self._entities.setdefault(name, (entity.id, entity.type))
        names = sorted(self._entities, key=len, reverse=True)
        alternation = "|".join(re.escape(n) for n in names) or r"(?!)"
        self._pattern = re.compile(rf"(?<![\w-])(?P<name>{alternation})(?P<genitive>s|’s|'s|')?(?![\w])")

    def find(self, text: str) -> list[FoundMention]:
        found = []
        for m in self._pattern.finditer(text):
            entity_id, entity_type = self._entities[m["name"]]
            end = m.end("name")
            modifier = m.end() < len(text) and text[m.end()] == "-"
            found.append(FoundMention(
                Mention(text=m["name"], start=m.start(), end=end, type=entity_type,
                        entity_id=entity_id, via="alias"),
                modifier=modifier))
        return found
