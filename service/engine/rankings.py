"""Rankings inside an article: one thing called both the largest and the second-largest.

"Weserland ist der größte Regionalflughafen Norddeutschlands" and, later, "Weserland ist
der zweitgrößte Regionalflughafen" cannot both hold. A ranking is read where the language
pack's pattern finds a size superlative ("largest", "busiest", "größte"), perhaps with an
ordinal before it ("second-largest", "zweitgrößte"), and the noun it ranks in; its holder is
the nearest name before it in the sentence, except a name that only scopes the ranking
("the UK's largest", "Europe's biggest"). Two rankings of one holder in one noun with
different places are a contradiction (FC119).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from service.engine.entities import FoundMention
from service.engine.holders import preceded_by
from service.engine.lang import pack
from service.engine.local_entities import LocalEntities
from service.engine.messages import PerLanguage, quoted
from service.engine.model import Quantity, Segment
from service.engine.passage import Problem


@lru_cache(maxsize=None)
def _pattern(language: str) -> re.Pattern[str]:
    return re.compile(pack(language).ranking)


def ranking_problems(text: str, sentences: tuple[Segment, ...], mentions: list[FoundMention],
                     entities: LocalEntities, language: str) -> list[Problem]:
    """One holder given two places in one ranking ("the largest" and later "the second-largest"), as
    FC119 problems; linear in the rankings found."""
    rules = pack(language)
    starts = [m.mention.start for m in mentions]
    sentence_starts = [s.start for s in sentences]
    seen: dict[tuple[str, str], Quantity] = {}
    by_noun: dict[str, tuple[str, Quantity]] = {}  # the first ranking in each noun, with its holder
    problems = []
    for match in _pattern(language).finditer(text):
        ordinal = (match.group("ordinal") or "").lower()
        place = rules.ranking_ordinals.get(ordinal, 1) if ordinal else 1
        i = bisect_left(sentence_starts, match.start() + 1) - 1
        sentence_start = sentences[i].start if i >= 0 else 0
        noun = match.group("noun").split()[-1].lower()
        ranking = Quantity(kind="ordinal", text=match.group(0), start=match.start(), end=match.end(),
                           amount=float(place), low=float(place), high=float(place))
        holder = _holder(text, mentions, starts, entities, sentence_start, match.start(), rules)
        if holder is None:
            # "… Europe's largest AI infrastructure deal. … The deal is the second-largest funding
            # round": a description opening the sentence is what an earlier ranking called so
            described = _description(language).match(text, sentence_start, match.start())
            holder, earlier = by_noun.get(described.group("noun").lower(), (None, None)) if described else (None, None)
            if earlier is not None and earlier.amount != ranking.amount:
                problems.append(_contradiction(earlier, ranking, _name(entities, holder), match.group("noun")))
            continue
        by_noun.setdefault(noun, (holder, ranking))
        earlier = seen.get((holder, noun))
        if earlier is None:
            seen[(holder, noun)] = ranking
        elif earlier.amount != ranking.amount:
            problems.append(_contradiction(earlier, ranking, _name(entities, holder), match.group("noun")))
    return problems


def _name(entities: LocalEntities, holder: str | None) -> str:
    """The fullest name of the ranked entity (`holder`, article-local)."""
    cluster = entities.by_entity(holder) if holder else None
    return cluster.name if cluster else ""


def _contradiction(earlier: Quantity, ranking: Quantity, subject: str, noun: str) -> Problem:
    return Problem("FC119", (earlier, ranking), {"subject": subject, "noun": quoted(noun),
                                                "first": _place(earlier.amount or 0.0),
                                                "second": _place(ranking.amount or 0.0)})


@lru_cache(maxsize=None)
def _description(language: str) -> re.Pattern[str]:
    """A definite description and a copula opening a sentence, up to the ranking: "The deal is the"."""
    rules = pack(language)
    articles = rules.article_alternation
    copulas = "|".join(map(re.escape, rules.copulas))
    return re.compile(rf"(?i)\W*(?:{articles})\s+(?P<noun>[^\W\d_]+)\s+(?:{copulas})\s+(?:(?:{articles})\s+)?$")


def _holder(text: str, mentions: list[FoundMention], starts: list[int], entities: LocalEntities,
            sentence_start: int, at: int, rules) -> str | None:
    """The local entity of the nearest name before `at` in its sentence that neither scopes the
    ranking ("the UK's largest") nor is what it is compared with ("knapp hinter Passau")."""
    i = bisect_left(starts, at) - 1
    while i >= 0 and mentions[i].mention.start >= sentence_start:
        mention = mentions[i].mention
        scoping = _scoping(rules.language).fullmatch(text[mention.end:at])
        # "knapp hinter Passau", "knapp hinter dem Flughafen Bremen": what the holder is compared with
        noun = re.search(r"[A-ZÄÖÜ][\w-]*\s+$", text[max(sentence_start, mention.start - 30):mention.start])
        compared = any(preceded_by(text, sentence_start, at, rules.locatives, rules.definite_articles, reach=20)
                       for at in (mention.start, mention.start - len(noun.group(0)) if noun else mention.start))
        cluster = entities.of(mention)
        if cluster is not None and not scoping and not compared:  # not "knapp hinter Passau"
            return cluster.id
        i -= 1
    return None


@lru_cache(maxsize=None)
def _scoping(language: str) -> re.Pattern[str]:
    """What stands between a name that only scopes a ranking and the ranking: "the UK's largest",
    "Europe's second-largest"."""
    ordinals = "|".join(map(re.escape, pack(language).ranking_ordinals))
    return re.compile(rf"(?:['’]s?)?\s*(?:(?:{ordinals})[-\s])?")


def _place(place: float) -> PerLanguage:
    """A place in a ranking as the message's language writes it: "no. 2" / "Nr. 2"."""
    return PerLanguage(lambda language: pack(language).message_words["place"].format(int(place)))
