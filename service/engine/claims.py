"""Claims: rules applied to sentences, filling subject, object and value slots.

For each sentence, a rule fires where one of its trigger words occurs. A rule
with a value slot makes one claim per qualifying value (paired with its
nearest trigger); a rule without one (roles) makes one claim per trigger.
When several rules want the same value, the one whose trigger is nearest
keeps it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from dataclasses import dataclass, replace
from typing import Any


from service.engine.attribution import quote_spans, speaker
from service.engine.coreference import definite_description, pronoun_before
from service.engine.document import Document, bounded_sentences
from service.engine.entities import FoundMention
from service.engine.holders import a_place_of_action
from service.engine.lang import pack
from service.engine.model import Claim, Mention, Quantity, Segment, Span
from service.engine.statements import hedge, inside_any, statement_claim
from service.rules import Rule, Slot


# trigger word -> (rule, "lemma" | "role"); under _PHRASE_FIRSTS, a phrase's first word -> (rule, phrase)
TriggerIndex = dict[str, Any]


@dataclass(frozen=True)
class Trigger:
    """Where a rule's trigger word stands, and the role it names, for the slots around it."""
    start: int
    end: int
    role: str | None = None
    former: bool = False


@dataclass
class _Candidate:
    rule: Rule
    trigger: Trigger
    value: Quantity | None
    distance: int
    triggers: tuple[Trigger, ...] = ()


def extract_claims(document: Document, quantities: list[Quantity], mentions: list[FoundMention],
                   rules: list[Rule], names: dict[str, str] | None = None) -> list[Claim]:
    """The claims of a document; `names` (entity id -> name) makes pronoun subjects explicit."""
    claims: list[Claim] = []
    index = _trigger_index(rules)
    value_starts = [q.start for q in quantities]
    mention_starts = [m.mention.start for m in mentions]
    quotes = quote_spans(document.visible)
    for sentence in bounded_sentences(document.visible, document.sentences):
        if document.visible[sentence.start:sentence.end].rstrip("“”\"»«’' ").endswith("?"):
            continue  # a question states nothing
        # Both lists are in text order, so each sentence's share is one slice.
        sent_values = [q for q in quantities[bisect_left(value_starts, sentence.start):
                                             bisect_left(value_starts, sentence.end)] if q.end <= sentence.end]
        first_mention = bisect_left(mention_starts, sentence.start)
        sent_mentions = mentions[first_mention:bisect_left(mention_starts, sentence.end)]
        candidates = _candidates(document, sentence, sent_values, rules, index)
        made = [claim for candidate in candidates
                if (claim := _fill(document, sentence, candidate, sent_mentions, mentions[:first_mention],
                                   names or {}, sent_values))]
        if not made or not (sent_mentions or any(c.subject is not None or c.object is not None for c in made)):
            # a rule claim about nobody is dropped when merging: a sentence naming nobody is still a statement
            statement = statement_claim(document, sentence, sent_values, sent_mentions, quotes)
            made = made + [statement] if statement else made
        said_by = speaker(document.visible[sentence.start:sentence.end], document.language)
        for claim in made:
            quoted = any(q_start <= claim.start and claim.end <= q_end for q_start, q_end in quotes)
            if said_by and (quoted or not quotes or not inside_any(sentence, quotes)):
                claim = replace(claim, attribution=said_by, hedge=claim.hedge or "reported")
            claims.append(claim)
    return [replace(c, id=f"c{i + 1}") for i, c in enumerate(claims)]


def _candidates(document: Document, sentence: Segment, values: list[Quantity],
                rules: list[Rule], index: TriggerIndex) -> list[_Candidate]:
    tokens = document.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    best_for_value: dict[int, _Candidate] = {}
    role_candidates: list[_Candidate] = []
    triggers_by_rule = _triggers(tokens, index)
    for rule in rules:
        triggers = triggers_by_rule.get(rule.id)
        if not triggers:
            continue
        if rule.value is not None and rule.value.required:
            for value in values:
                if value.kind not in rule.value.kinds or not _introduced(document.visible, value.start, rule.value.markers):
                    continue
                if value.kind == "number" and (value.amount is None or value.amount < 2):
                    continue  # "one of the largest", "the first half": not a figure the claim is about
                trigger = min(triggers, key=lambda t: _distance(t, value))
                candidate = _Candidate(rule, trigger, value, _distance(trigger, value), tuple(triggers))
                current = best_for_value.get(value.start)
                if current is None or candidate.distance < current.distance:
                    best_for_value[value.start] = candidate
        else:
            for trigger in triggers:
                value = None
                if rule.value is not None:
                    fitting = [v for v in values if v.kind in rule.value.kinds
                               and _introduced(document.visible, v.start, rule.value.markers)]
                    value = min(fitting, key=lambda v: _distance(trigger, v), default=None)
                role_candidates.append(_Candidate(rule, trigger, value, 0, tuple(triggers)))
    found = list(best_for_value.values()) + role_candidates
    return sorted(found, key=lambda c: (c.value.start if c.value else c.trigger.start, c.rule.id))


def _trigger_index(rules: list[Rule]) -> TriggerIndex:
    """Trigger word -> the rules it triggers, and whether as a lemma or a role word."""
    index: TriggerIndex = {}
    for rule in rules:
        for word in rule.lemmas:
            index.setdefault(word, []).append((rule, "lemma"))
        for word in rule.roles:
            index.setdefault(word, []).append((rule, "role"))
        for phrase in rule.phrases:
            index.setdefault(_PHRASE_FIRSTS, {}).setdefault(phrase[0], []).append((rule, phrase))
    return index


def _phrase_triggers(words: list[tuple[int, int, str, str]], index: TriggerIndex,
                     found: dict[str, list[Trigger]]) -> None:
    """Multi-word triggers ("market share", "auf den Markt"), matched on lower-cased words or lemmas.

    Phrases are indexed by their first word, so a sentence costs one look-up per word.
    """
    firsts = index.get(_PHRASE_FIRSTS)
    if not firsts:
        return
    for i, (start, _, lower, lemma) in enumerate(words):
        for first in {lower, lemma}:
            for rule, phrase in firsts.get(first, ()):
                rest = words[i + 1:i + len(phrase)]
                if len(rest) == len(phrase) - 1 and all(p in (w[2], w[3]) for w, p in zip(rest, phrase[1:])):
                    found.setdefault(rule.id, []).append(Trigger(start, rest[-1][1]))


_PHRASE_FIRSTS = "\x00phrases"  # key of the first-word index inside the trigger index


def _triggers(tokens, index: TriggerIndex) -> dict[str, list[Trigger]]:
    """Each rule's triggers in the sentence, from one pass over its words (read from spaCy once:
    its token objects are costly to make)."""
    words = [(t.idx, t.idx + len(t.text), t.text.lower(), t.lemma_.lower()) for t in tokens if not t.is_space]
    former_words = pack(tokens.doc.lang_).former_words
    found: dict[str, list[Trigger]] = {}
    for i, (start, end, lowered, lemma) in enumerate(words):
        parts = lowered.split("-")
        seen: set[str] = set()
        for key, how in ((lemma, "lemma"), (lowered, "any"), (parts[-1], "any")):
            for rule, kind in index.get(key, ()):
                if rule.id in seen or (kind == "role" and how == "lemma" and key != lowered):
                    continue
                seen.add(rule.id)
                # "Ex-CEO", "der ehemalige Chef", "den langjährigen Google-Chef": not stated as current
                former = len(parts) > 1 and (parts[0] in former_words or parts[0] == "ex")
                former = former or (i > 0 and words[i - 1][2] in former_words)
                if kind == "lemma":
                    if former:
                        continue  # "zwei Ex-Mitarbeiter", "two former employees": people, not the company's staff
                    trigger = Trigger(start, end)
                else:
                    trigger = Trigger(start, end, role=rule.roles[key], former=former)
                found.setdefault(rule.id, []).append(trigger)
    _phrase_triggers(words, index, found)
    return found


def _distance(trigger: Trigger, value: Quantity) -> int:
    if trigger.end <= value.start:
        return value.start - trigger.end
    if value.end <= trigger.start:
        return trigger.start - value.end
    return 0


def _introduced(text: str, start: int, markers: tuple[str, ...]) -> bool:
    """True when no markers are required, or one of them stands right before `start`."""
    if not markers:
        return True
    before = text[max(0, start - 40):start].lower().rstrip()
    return any(re.search(rf"(?<!\w){re.escape(m)}$", before) for m in markers)


def _fill(document: Document, sentence: Segment, candidate: _Candidate,
          sent_mentions: list[FoundMention], earlier_mentions: list[FoundMention],
          names: dict[str, str], sent_values: Sequence[Quantity] = ()) -> Claim | None:
    rule, trigger, value = candidate.rule, candidate.trigger, candidate.value
    # A value the rule requires anchors the claim ("13 Milliarden … hat Microsoft"); an optional
    # one (a role's start date) may stand anywhere, so the trigger anchors it.
    anchor = min(trigger.start, value.start) if value and rule.value and rule.value.required else trigger.start
    obj = None
    if rule.object:
        obj = _object(document.visible, rule.object, trigger, candidate.triggers, sent_mentions, typed=True) \
            or _object(document.visible, rule.object, trigger, candidate.triggers, sent_mentions, typed=False)
    if rule.object and rule.object.required and obj is None:
        return None
    subject = _subject(document, sentence, rule.subject, anchor, sent_mentions, earlier_mentions, exclude=obj,
                       typed=True) \
        or definite_description(document, sentence, rule.subject, trigger, earlier_mentions) \
        or _subject(document, sentence, rule.subject, anchor, sent_mentions, earlier_mentions, exclude=obj,
                    typed=False)
    if rule.subject.required and subject is None:
        return None
    attributes: dict = {}
    if trigger.role:
        attributes = {"role": trigger.role, "since": value.date if value and value.kind == "date" else None,
                      "until": None, "former": trigger.former}
        if value is not None and value.kind == "duration":
            attributes["for"] = {"amount": value.amount, "unit": value.unit}  # "seit zwei Jahren"
    points = [trigger.start, trigger.end]
    for part in (value, obj):
        if part is not None and sentence.start <= part.start < sentence.end:
            points += [part.start, part.end]
    start, end = _clause(document.visible, sentence, min(points), max(points))
    if subject is not None and sentence.start <= subject.start < sentence.end and \
            not (start <= subject.start and subject.end <= end):
        between = document.visible[min(subject.end, end):max(subject.start, start)]
        # Same clause, or an apposition right after the subject: "MAI-1, ein KI-Modell mit …".
        if not _CLAUSE_BREAK.search(between) or (subject.end <= start and between.strip() in (",", ":")):
            start, end = min(start, subject.start), max(end, subject.end)
    period = _period(sent_values, value, start, end)
    if period:
        attributes = {**attributes, "period": period}
    return Claim(
        id="", text=_self_contained(document, start, end, subject, names), start=start, end=end,
        sentence=Span(sentence.start, sentence.end), predicate=rule.predicate, rule=rule.id,
        subject=subject, object=obj, value=value, attributes=attributes,
        hedge=hedge(document, sentence, value),
    )


def _period(values, own: Quantity | None, start: int, end: int) -> str | None:
    """The date a claim's sentence names besides its own value: "In 2023, OpenAI made …".

    A date inside the claim's clause wins; else one before it in the sentence."""
    # A date, or a past stretch of years ("in den vergangenen fünf Jahren" -> "2019/2024").
    dates = [v for v in values if v is not own and v.kind in ("date", "duration") and v.date]
    inside = [v for v in dates if start <= v.start < end]
    before = [v for v in dates if v.end <= start]
    chosen = inside[0] if inside else (before[-1] if before else None)
    return chosen.date if chosen else None


def _fits(mention: Mention, slot: Slot, typed: bool) -> bool:
    """Typed pass: a resolved entity of the slot's types; untyped pass: an unresolved name."""
    return mention.type in slot.types if typed else mention.type is None


_CLAUSE_BREAK = re.compile(r"[,;:–—()„“”\"»«]")


def _clause(text: str, sentence: Segment, start: int, end: int) -> tuple[int, int]:
    """The clause around a claim's parts: from the break before them to the break after them."""
    breaks_before = [m.end() for m in _CLAUSE_BREAK.finditer(text, sentence.start, start)]
    after = _CLAUSE_BREAK.search(text, end, sentence.end)
    clause_start = breaks_before[-1] if breaks_before else sentence.start
    clause_end = after.start() if after else sentence.end
    while clause_start < start and text[clause_start].isspace():
        clause_start += 1
    while clause_end > end and (text[clause_end - 1].isspace() or text[clause_end - 1] in ".!?"):
        clause_end -= 1
    return clause_start, clause_end


@lru_cache(maxsize=None)
def _comparison(language: str) -> re.Pattern[str]:
    """ "als", "than": a possessive before one points back, not ahead."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(pack(language).comparison_words)})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def _relative(language: str) -> re.Pattern[str]:
    """A clause opening with a relative pronoun stands for the subject before it."""
    return re.compile(rf"^(?:{'|'.join(pack(language).relative_pronouns)})\s+", re.IGNORECASE)


def _self_contained(document: Document, start: int, end: int, subject: Mention | None,
                    names: dict[str, str]) -> str:
    """The clause as a statement of its own: a pronoun or a relative pronoun standing for the
    subject is replaced by the subject's name ("leitet er" -> "leitet Mustafa Suleyman")."""
    text = document.text[start:end]
    if subject is None:
        return text
    name = names.get(subject.entity_id or "") or (subject.text if subject.via != "coreference" else None)
    if name is None:
        return text
    pronoun = document.text[subject.start:subject.end]
    rules = pack(document.language)
    is_pronoun = pronoun.lower() in rules.pronouns or pronoun.lower() in rules.possessives
    if subject.via == "coreference" and is_pronoun and start <= subject.start and subject.end <= end:
        if pronoun.lower() in rules.possessives:
            ending = rules.possessive_ending  # "Microsofts", "Microsoft's"
            name = name if ending == "s" and name.endswith("s") else name + ending
        return text[:subject.start - start] + name + text[subject.end - start:]
    if not (start <= subject.start and subject.end <= end):
        relative = _relative(document.language).match(text)
        if relative:
            return name + " " + text[relative.end():]
    return text


def _object(text: str, slot: Slot, trigger: Trigger, triggers: tuple[Trigger, ...],
            mentions: list[FoundMention], *, typed: bool) -> Mention | None:
    # A name glued to the trigger word is its object: "DeepMind-Mitbegründer".
    glued = [m.mention for m in mentions if m.modifier and _fits(m.mention, slot, typed)
             and trigger.start <= m.mention.start and m.mention.end < trigger.end]
    if glued:
        return glued[0]
    fitting = [m.mention for m in mentions if _fits(m.mention, slot, typed) and not m.modifier]
    if slot.markers:
        introduced = [m for m in fitting if _introduced(text, m.start, slot.markers)
                      and _same_clause(text, m, trigger)]
        if introduced:
            return min(introduced, key=lambda m: abs(m.start - trigger.start))
    if slot.fallback == "after_trigger":
        # The entity right after a trigger verb is its object ("paid Inflection"), even when
        # another trigger word ("deal") stands nearer the value.
        direct = [m for m in fitting for t in triggers
                  if m.start >= t.end and _DIRECT.fullmatch(text[t.end:m.start])]
        if direct:
            return min(direct, key=lambda m: abs(m.start - trigger.start))
        after = [m for m in fitting if m.start >= trigger.end]
        if after:
            return after[0]
    return None


_DIRECT = re.compile(r"\s+(?:(?:the|a|an|den|die|das|dem)\s+)?", re.IGNORECASE)


def _same_clause(text: str, mention: Mention, trigger: Trigger) -> bool:
    """No clause punctuation between the two: "CEO of X, after Y paid Z" keeps X from the deal."""
    between = text[min(mention.end, trigger.end):max(mention.start, trigger.start)]
    return not any(ch in between for ch in ",;:–—()")


def _subject(document: Document, sentence: Segment, slot: Slot, anchor: int,
             sent_mentions: list[FoundMention], earlier_mentions: list[FoundMention],
             exclude: Mention | None, *, typed: bool) -> Mention | None:
    rules = pack(document.language)
    # where the action happens is not who acts: "a visit to Beijing … a deal worth 1bn euros"
    fitting = [m.mention for m in sent_mentions
               if _fits(m.mention, slot, typed) and not m.modifier and m.mention != exclude
               and (m.mention.entity_id or not a_place_of_action(document.visible, sentence.start, m.mention, rules))]
    if slot.markers:  # "a fine of €2.4 billion on Google": the marker names the subject
        introduced = [m for m in fitting if _introduced(document.visible, m.start, slot.markers)]
        if introduced:
            return min(introduced, key=lambda m: abs(m.start - anchor))
    before = [m for m in fitting if m.end <= anchor]
    if before:
        # The slot's first type is its preference: products have users even when the
        # company that reports them stands nearer ("Copilot hat laut Microsoft … Nutzer").
        for wanted in slot.types if typed else (None,):
            of_type = [m for m in before if m.type == wanted]
            if of_type:
                return of_type[-1]
    pronoun = pronoun_before(document, sentence, anchor, slot.types) if typed else None
    if pronoun is not None:
        start, end, types = pronoun
        if document.text[start:end].lower() in pack(document.language).possessives:
            # "Mit seinen 500 Milliarden Parametern ist MAI-1 …": the possessive points ahead,
            # unless a comparison stands between ("… kleiner als GPT-4" names the other one).
            ahead = next((m for m in fitting if m.start >= anchor and not _comparison(document.language).search(
                document.visible[anchor:m.start])), None)
            if ahead is not None:
                return ahead
        antecedent = next((m.mention for m in reversed(earlier_mentions)
                           if m.mention.type in types and not m.modifier), None)
        if antecedent is not None:
            return Mention(text=document.text[start:end], start=start, end=end, type=antecedent.type,
                           entity_id=antecedent.entity_id, via="coreference")
    after = [m for m in fitting if m.start >= anchor]
    return after[0] if after else None




