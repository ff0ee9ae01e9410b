"""Statement claims: check-worthy sentences that no rule structures.

A sentence earns a statement claim with a checkable factual core (a figure or a date, a role,
or a relation between two named parties) or an amount about nobody named; questions, opinions,
narration and reported feelings do not. Also the hedges that qualify any claim's figure.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from service.engine.attribution import speaker
from service.engine.coreference import REACH
from service.engine.document import Document
from service.engine.entities import FoundMention
from service.engine.holders import preceded_by
from service.engine.lang import pack
from service.engine.model import Claim, Mention, Quantity, Segment, Span
from service.engine.roles import role_candidates, role_of


def statement_claim(document: Document, sentence: Segment, values: list[Quantity],
               mentions: list[FoundMention], quotes: Sequence[tuple[int, int]] = ()) -> Claim | None:
    """A check-worthy sentence that no rule structures: a sentence with a checkable factual
    core — a figure or a date, a role, or a relation between two named parties — or an amount,
    count or share about nobody named. Questions, opinions, headlines without figures, narration
    about one person ("Messi blickte …") and quoted or reported words without a figure (what
    someone felt, hoped or thought) are not claims."""
    text = document.visible[sentence.start:sentence.end]
    if text.rstrip("“”\"»« ").endswith("?") or _opinion(document.language).search(text):
        return None
    names = [m.mention for m in mentions if not m.modifier]
    figures = [v for v in values if v.kind != "ordinal"]
    if not figures and not _factual_core(document, sentence, text, names, quotes):
        return None
    tokens = document.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    factual = tokens is not None and (_has_content_verb(tokens, document.language)
                                      or _name_is_copula_subject(tokens, names, document.language))
    if not figures and (sentence.heading or not factual):
        return None
    if not names and (sentence.heading or not any(_an_amount(v) for v in figures)):
        return None  # a sentence naming nobody is check-worthy for its amounts, counts and shares
    resolved = [m for m in names if m.entity_id]
    subject: Mention | None = (resolved or names)[0] if names else None  # "About 7.2 million people were unemployed in July": about nobody named
    others = [m for m in names if m is not subject]
    if names:
        value = next((v for v in figures if v.kind in ("money", "count", "percent")), figures[0] if figures else None)
    else:  # the first amount, not one of a set the reader knows ("An den sieben Turniertagen kamen 48.000 …")
        amounts = [v for v in figures if _an_amount(v)]
        articles = pack(document.language).definite_articles
        value = next((v for v in amounts if not preceded_by(document.visible, 0, v.start, articles, reach=6)),
                     amounts[0])
    return Claim(id="", text=document.text[sentence.start:sentence.end], start=sentence.start,
                 end=sentence.end, sentence=Span(sentence.start, sentence.end), predicate="statement",
                 rule="statement", subject=subject, object=others[0] if others else None, value=value,
                 hedge=hedge(document, sentence, value))


def _factual_core(document: Document, sentence: Segment, text: str, names: list, quotes) -> bool:
    """Without a figure: a role, or two named parties, and not words someone is reported to have
    said or felt (a quotation, or a sentence with a speaker: "…, betonte Bravo")."""
    rules = pack(document.language)
    if speaker(text, document.language) or inside_any(sentence, quotes):
        return False
    if any(role_of(match.group(0), rules) for match in role_candidates(document.language).finditer(text)):
        return True
    parties = {m.entity_id or m.text.casefold() for m in names}
    return len(parties) >= 2


def _an_amount(value: Quantity) -> bool:
    """Money, a share, a count or a number of at least two: what makes a sentence naming nobody
    worth checking ("About 7.2 million people were unemployed"), unlike "one of his investors"."""
    return value.kind in ("money", "count", "percent") or (value.kind == "number" and (value.amount or 0) >= 2)


@lru_cache(maxsize=None)
def _opinion(language: str) -> re.Pattern[str]:
    """Words of opinion ("ich finde", "should"): such a sentence makes no statement claim."""
    return re.compile(pack(language).opinion, re.IGNORECASE)


@lru_cache(maxsize=None)
def _verb_form(language: str) -> re.Pattern[str] | None:
    form = pack(language).verb_form
    return re.compile(form) if form else None


def _has_content_verb(tokens, language: str) -> bool:
    """A listed factual verb, or an inflected verb form the lookup lemmas reveal
    ("ended" -> "end"; German lower-case "eröffnete" -> "eröffnen"), auxiliaries aside."""
    rules = pack(language)
    verbs, auxiliaries, verb_form = rules.fact_verbs, rules.auxiliaries, _verb_form(language)
    # Lemmas that state no event: auxiliaries and stative verbs ("bleibt geduldig", "seems likely").
    for token in tokens[1:]:
        lemma, lower = token.lemma_.lower(), token.text.lower()
        if lemma in verbs:
            return True
        if lemma == lower or lemma in auxiliaries or not token.text.islower() or token.is_stop:
            continue  # "ein" has the lookup lemma "einen": function words are no verbs
        if verb_form is not None and verb_form.fullmatch(lower) and not lower.endswith("ss"):
            return True  # "ended", "opening"
        if rules.infinitive_ending and lemma.endswith(rules.infinitive_ending) and len(lemma) > 4:
            return True  # lower-case "eröffnete" -> "eröffnen"
    return False


def _name_is_copula_subject(tokens, names: list[Mention], language: str) -> bool:
    """ "Craig David is a pop music performer": a name opening the sentence, then a copula."""
    if not names or names[0].start > tokens[0].idx + 4:
        return False
    after = [t for t in tokens if t.idx >= names[0].end and not t.is_space]
    return bool(after) and after[0].text.lower() in pack(language).copulas


def inside_any(sentence: Segment, quotes: list[tuple[int, int]]) -> bool:
    """Whether a quotation starts in the sentence (`quotes` in text order: one bisection)."""
    at = bisect_left(quotes, (sentence.start, -1))
    return at < len(quotes) and quotes[at][0] < sentence.end


def hedge(document: Document, sentence: Segment, value: Quantity | None) -> str | None:
    """How the sentence qualifies the figure near `value`: estimated, a hedge phrase, a modal."""
    if value is not None and value.qualifier == "estimated":
        return "estimated"
    around = value.start if value is not None else sentence.start
    lowered = document.visible[max(sentence.start, around - REACH):min(sentence.end, around + REACH)].lower()
    for phrase, hedge in pack(document.language).hedges.items():
        if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", lowered):
            return hedge
    modals = pack(document.language).modals
    if any(word in modals for word in re.findall(r"[^\W\d_]+", lowered)):
        return "modal"  # "könnte 300 Stellen streichen": the figure stands, hedged
    return None
