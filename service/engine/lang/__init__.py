"""Language packs: what the open-world reading stages know about one language.

One module per language (`de.py`, `en.py`) builds a `Pack`; the shared code asks the
pack and never branches on the language's name. `pack(language)` refuses a language
without a complete pack, so the Engine cannot start half-equipped (see `check_packs`).

The older stages still keep some tables beside their code (`lexicon.py` for quantities,
`numbers.py` for number words, pronouns in `entities.py`); moving them in is tracked
in docs/architecture.md.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, fields
from functools import lru_cache


@dataclass(frozen=True)
class Pack:
    """Everything the open-world stages (local entities, figures, roles) read per language."""
    language: str
    # Role nouns (lower case, as the word ends: "minister" also matches "Außenminister")
    # -> the role in English lower case.
    role_words: dict[str, str]
    # Multi-word roles written before a name ("chief executive", "prime minister").
    role_phrases: dict[str, str]
    # Endings a role noun may carry: "Bürgermeisterin", "Abgeordneten".
    role_endings: tuple[str, ...]
    # Words before a role that make it a past one ("ehemalige", "former").
    former_words: frozenset[str]
    # Courtesy titles that mark a person ("Herr", "Mr").
    person_titles: frozenset[str]
    # Words that make a name an organization ("AG", "Ltd", "Partei").
    organization_words: frozenset[str]
    # Words that never start or end a name although capitalised.
    not_name_words: frozenset[str]
    # Measure units after a number (lower case) -> unit key.
    units: dict[str, str]
    # Nouns that mark a rank after or before an ordinal ("Platz", "place").
    rank_nouns: frozenset[str]
    # Counted nouns -> language-independent measure key ("Tote" -> "death_toll").
    measures: dict[str, str]
    # Words between a counted noun and its holder: "15 Abgeordnete der SPÖ", "301 MPs of Labour".
    holder_links: frozenset[str]
    # Words that start a clause (a holder is looked for inside the figure's clause).
    clause_openers: frozenset[str]
    # Age: regex alternatives; group "age" is the number, group "after" (optional) marks
    # an age that follows a name in apposition.
    age_patterns: tuple[str, ...]
    # Verbs of saying: a name before one is the source of what follows, not its holder
    # ("Blair claimed a Tory government would cut £35bn").
    speech_verbs: frozenset[str]
    # Conjunctions that open a subordinate clause before the main one ("While X …, Y …"):
    # the sentence's subject then stands after the first comma.
    subordinators: frozenset[str]
    # Modal verbs: a sentence with one keeps its factual parts, with hedge "modal".
    modals: frozenset[str]
    # Words that say a figure is only a group's bracket or a count without a fact.
    idle_words: frozenset[str]


    @property
    def role_phrases_first(self) -> frozenset[str]:
        """First words of multi-word roles ("prime" of "prime minister")."""
        return frozenset(p.split()[0] for p in self.role_phrases if " " in p)


REQUIRED = tuple(f.name for f in fields(Pack))


@lru_cache(maxsize=None)
def pack(language: str) -> Pack:
    """The pack of `language`; ValueError names what is missing when there is none or it is incomplete."""
    try:
        module = importlib.import_module(f"service.engine.lang.{language}")
    except ModuleNotFoundError:
        raise ValueError(f"language {language!r} has no language pack (service/engine/lang/{language}.py)") from None
    built = getattr(module, "PACK", None)
    if not isinstance(built, Pack):
        raise ValueError(f"service/engine/lang/{language}.py defines no PACK")
    empty = [name for name in REQUIRED if name != "language" and not getattr(built, name)]
    if empty:
        raise ValueError(f"language pack {language!r} is incomplete: empty {', '.join(empty)}")
    return built


def check_packs(languages) -> None:
    """Refuse to start when a configured language has no complete pack."""
    for language in languages:
        pack(language)
