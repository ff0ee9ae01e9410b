"""Coreference for claim subjects: a pronoun or a definite description ("der ehemalige
DeepMind-Mitbegründer") standing for a party named earlier."""
from __future__ import annotations

from typing import Protocol

from service.engine.document import Document
from service.engine.entities import FoundMention
from service.engine.lang import pack
from service.engine.model import Mention, Segment
from service.rules import Slot


class Trigger(Protocol):
    """A rule's trigger word in the text (claims.Trigger), with the role it names if any."""
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def role(self) -> str | None: ...

def definite_description(document: Document, sentence: Segment, slot: Slot, trigger: Trigger,
                          earlier_mentions: list[FoundMention]) -> Mention | None:
    """ "Der ehemalige DeepMind-Mitbegründer …": a role word after a definite article names
    the person last mentioned."""
    if trigger.role is None or "person" not in slot.types:
        return None
    before = document.visible[sentence.start:trigger.start].split()
    rules = pack(document.language)
    articles, modifiers = rules.definite_articles, rules.description_modifiers
    # "Der ehemalige DeepMind-Mitbegründer und Ex-CEO": an article, then only modifiers,
    # nouns (capitalised) and "und": a description of someone, not a clause.
    if not before or before[0].lower() not in articles or len(before) > 6:
        return None
    if any(not (w.lower() in modifiers or w[:1].isupper() or w.lower() in ("und", "and", ","))
           for w in before[1:]):
        return None
    words = before
    antecedent = next((m.mention for m in reversed(earlier_mentions)
                       if m.mention.type == "person" and not m.modifier), None)
    if antecedent is None:
        return None
    start = sentence.start + document.visible[sentence.start:trigger.start].find(words[0])
    return Mention(text=document.text[start:trigger.end], start=start, end=trigger.end, type="person",
                   entity_id=antecedent.entity_id, via="coreference")


# How far around a claim's value the sentence is read for a pronoun or a hedge. News sentences are
# shorter; the bound keeps one endless "sentence" with many claims linear (each claim reads a
# window of constant size, not the whole sentence).
REACH = 400


def pronoun_before(document: Document, sentence: Segment, anchor: int,
                   types: tuple[str, ...]) -> tuple[int, int, tuple[str, ...]] | None:
    """The first pronoun before `anchor` that can stand for one of `types`: its span and types."""
    table = pack(document.language).pronouns
    start = max(sentence.start, anchor - REACH)
    tokens = document.doc.char_span(start, max(anchor, start + 1), alignment_mode="expand")
    if tokens is None:
        return None
    words = [t for t in tokens if not t.is_space]
    for i, token in enumerate(words):
        for width in (2, 1):
            if i + width > len(words):
                continue
            phrase = " ".join(t.text.lower() for t in words[i:i + width])
            if phrase in table and set(table[phrase]) & set(types):
                last = words[i + width - 1]
                return token.idx, last.idx + len(last.text), tuple(t for t in table[phrase] if t in types)
    return None
