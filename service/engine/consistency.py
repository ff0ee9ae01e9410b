"""Contradictions inside an article: the checks a careful reader makes, one function each.

Every check looks only at the article's own claims (the fact store is verify.py's job):

- figures about the same thing (subject, predicate, object and period) compared as
  intervals: disjoint is an `internal_contradiction` (FC101), overlapping but stated
  differently an `internal_inconsistency` (FC102), "13 Milliarden" = "13.000 Millionen"
  = "13bn" nothing;
- comparatives between two entities ("kleiner als", "twice as many as"), superlatives
  ("der größte Investor", "the largest") and changes ("halbiert", "doubled") against
  the figures the article gives (FC103);
- roles: two people as current CEO of one organization (FC104), one person both former
  and current (FC105), a start date against "seit zwei Jahren" (FC108);
- shares of one whole adding up to more than 100 % (FC106);
- something dated before the organization it concerns was founded (FC107);
- hedge drift: a figure first hedged ("schätzungsweise", "reportedly"), later stated as
  plain fact (FC109, info);
- an age against a birth year at the article's date (FC110);
- "in den vergangenen fünf Jahren" against a part of it dated outside those years (FC111);
- parts ("2019 eine Milliarde, 2023 zehn Milliarden") adding up to more than the total
  the article gives ("insgesamt 10 Milliarden") (FC112).

Figures about names the fact store does not know are compared by article-local entity,
measure, object and time (`_local_figures`), and only when both name the time and neither
says the figure was revised: on the corpus, two undated figures about an unresolved name
were always about different things. Two figures in one
sentence are not compared as values ("from 4.4% to 3.3%" states a change). Severities
are documented per code in messages.py and can be overridden in rules/verification.yaml.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from collections import Counter
from collections.abc import Sequence
from itertools import combinations

from service.engine.model import (Claim, Finding, Held, HeldValued, Quantity, Suggestion, Valued, has_both, has_subject,
                                  has_subject_and_value, has_value)
from service.engine.lang import pack
from service.engine.messages import PerLanguage, explain, message_word, quoted, with_suggestion
from service.intervals import intervals_overlap
from service.engine.words import nationality_adjective


@dataclass(frozen=True)
class Context:
    """What every consistency check reads besides the claims: the text, its language and date, severities and
    trigger predicates."""
    text: str
    language: str
    published_at: date | None = None
    severities: dict | None = None
    # Trigger word (lower case) -> predicate, from the rules: "investor" -> investment.amount,
    # so that "der größte Investor" is read as a claim about investments.
    predicates: dict | None = None


def find_inconsistencies(claims: list[Claim], language: str, *, text: str = "",
                         published_at: date | None = None, severities: dict | None = None,
                         predicates: dict | None = None) -> list[Finding]:
    """Every contradiction among the article's claims about fact-store entities, one check after another (see
    the module docstring)."""
    context = Context(text, language, published_at, severities, predicates)
    findings: list[Finding] = []
    for check in (_figures, _comparatives, _superlatives, _changes, _roles, _shares, _before_founding,
                  _role_durations, _hedge_drift, _spans, _totals):
        findings.extend(check(claims, context))
    return findings


def _finding(context: Context, code: str, claims: tuple[str, ...], suggestion: Suggestion | None = None,
             **values) -> Finding:
    kind, severity, message, english = explain(code, context.language, context.severities, **values)
    if suggestion is not None:
        message = with_suggestion(message, context.language, suggestion.replacement, suggestion.reason)
        english = with_suggestion(english, "en", suggestion.replacement, suggestion.reason)
    return Finding(id="", kind=kind, code=code, severity=severity, message=message, message_en=english,
                   claims=claims, suggestion=suggestion)


def _stated_more_often(group: list[Valued], first: Valued, second: Valued) -> Suggestion | None:
    """When the article gives one of two figures more than once and the other once, the
    single one is the likely slip: replace it with the figure given more often."""
    counts = Counter(_figure(c.value) for c in group)
    times_first, times_second = counts[_figure(first.value)], counts[_figure(second.value)]
    if times_first > 1 and times_second == 1:
        once, often = second, first
    elif times_second > 1 and times_first == 1:
        once, often = first, second
    else:
        return None
    return Suggestion(once.id, once.value.start, once.value.end, often.value.text, "stated_more_often")


@dataclass(frozen=True)
class _Patterns:
    comparatives: tuple[tuple[re.Pattern[str], str], ...]
    superlative: re.Pattern[str]
    changes: tuple[tuple[re.Pattern[str], float, str], ...]


@lru_cache(maxsize=None)
def _compiled(language: str) -> _Patterns:
    """The language pack's comparative, superlative and change patterns, compiled once."""
    p = pack(language)
    return _Patterns(
        comparatives=tuple((re.compile(regex, re.IGNORECASE), relation) for regex, relation in p.comparatives),
        superlative=re.compile(p.superlative, re.IGNORECASE),
        changes=tuple((re.compile(regex, re.IGNORECASE), factor, key) for regex, factor, key in p.changes))


@lru_cache(maxsize=None)
def _more_than(language: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in pack(language).more_than_words)
    return re.compile(rf"(?<!\w)(?:{words})\s+$", re.IGNORECASE)


def _quoted(context: Context, text: str) -> PerLanguage:
    return quoted(text)


def _resolved(claim: Claim) -> bool:
    return any(m is not None and m.entity_id for m in (claim.subject, claim.object))


def _name(claim_part) -> str:
    return claim_part.text if claim_part is not None else "?"


# --- figures about the same thing ----------------------------------------------------------

def _figures(claims: list[Claim], context: Context) -> list[Finding]:
    return [finding for group in _groups(claims)
            for finding in _differing_figures(context, group, lambda claim: _predicate_name(claim.predicate))]


def _differing_figures(context: Context, group: list[Valued], label) -> list[Finding]:
    """FC101/FC102 for each pair of the group's claims giving differing figures in different
    sentences (one sentence with two figures states a change or a breakdown); `label` names
    what the first claim of a pair measures."""
    findings = []
    for first, second, code in _differing_pairs(group):
        if first.sentence == second.sentence:
            continue
        about = " → ".join(m.text for m in (first.subject or second.subject, first.object or second.object) if m)
        findings.append(_finding(context, code, (first.id, second.id), _stated_more_often(group, first, second),
                                 predicate=label(first), about=about,
                                 first=_quoted(context, first.value.text),
                                 second=_quoted(context, second.value.text)))
    return findings


# Measures too general to say two figures are about the same thing ("money", a bare level).
_GENERIC_MEASURES = frozenset({None, "", "money", "count", "share", "measure", "date", "rank", "times", "role"})
# Open predicates whose figures are not compared as values: ages, dates, ranks and scores have
# checks of their own; durations measure stretches that differ by nature.
_UNCOMPARED = frozenset({"statement", "person.age", "event.date", "figure.rank", "figure.score", "figure.duration",
                         "person.role"})


def local_figure_findings(claims: list[Claim], language: str, text: str,
                          severities: dict | None = None) -> list[Finding]:
    """Figures about an article-local entity, rule claims and the open reading's alike: the same
    holder, measure, object and time given two figures (FC101/FC102), as for store entities.
    Only when both name the time, neither says the figure was revised ("zunächst",
    "inzwischen", "revised up") and they stand in different sentences."""
    context = Context(text, language, None, severities)
    groups: dict[tuple, list[Valued]] = {}
    revised = _revision(context.language)
    for claim in claims:
        when = claim.time or claim.attributes.get("period")
        if not has_subject_and_value(claim) or claim.predicate in _UNCOMPARED or _resolved(claim) \
                or when is None or (claim.value.low is None and claim.value.high is None) \
                or (claim.predicate.startswith("figure.") and claim.measure in _GENERIC_MEASURES):
            continue
        if revised.search(context.text, claim.sentence.start, claim.sentence.end):
            continue
        key = (_local(claim.subject), claim.predicate, claim.measure, _local(claim.object), when)
        groups.setdefault(key, []).append(claim)
    return [finding for group in groups.values() if len(group) > 1
            for finding in _differing_figures(context, sorted(group, key=lambda c: c.start), _measure_label)]


def _measure_label(claim: Claim):
    """What a claim's figure measures: the open reading's measure, or what a curated predicate states."""
    return claim.measure if claim.predicate.startswith("figure.") else _predicate_name(claim.predicate)


def _predicate_name(predicate: str) -> PerLanguage:
    """What a curated predicate states, in the message's language ("Umsatz", "revenue")."""
    return PerLanguage(lambda language: pack(language).predicate_names.get(predicate, predicate))


def _local(mention) -> str | None:
    """The article-local entity a mention belongs to, else its words."""
    if mention is None:
        return None
    return mention.entity or mention.text.casefold()


@lru_cache(maxsize=None)
def _revision(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{pack(language).revision_cues})(?!\w)")


def _valued(claims: list[Claim]) -> list[Valued]:
    """The claims whose figures the checks compare: a value with at least one end, about a
    store entity, not a bare statement."""
    return [c for c in claims if has_value(c) and c.predicate != "statement" and _resolved(c)
            and (c.value.low is not None or c.value.high is not None)]


def _key(claim: Claim) -> tuple:
    return claim.key + (claim.attributes.get("period"),)


def _groups(claims: list[Claim]) -> list[list[Valued]]:
    """Figures about the same thing (`_key`), two or more each; a group with no subject joins the
    one group with a subject that matches it otherwise (\"the investment\" after \"Microsoft's\")."""
    groups: dict[tuple, list[Valued]] = {}
    for claim in _valued(claims):
        groups.setdefault(_key(claim), []).append(claim)
    for key in [k for k in groups if k[0] is None]:
        _, predicate, obj, period = key
        known = [k for k in groups if k[0] is not None and k[1:] == (predicate, obj, period)]
        if len(known) == 1 and obj is not None:
            groups[known[0]].extend(groups.pop(key))
    return [sorted(g, key=lambda c: c.start) for g in groups.values() if len(g) > 1]


# Beyond this many differing pairs in one group, each claim is paired only with the first claim
# that states another figure: the findings stay linear in the claims (an article giving 800
# different figures for one investment would otherwise yield 320,000 findings).
MAX_PAIRS_PER_GROUP = 100


def _differing_pairs(group: list[Valued]) -> list[tuple[Valued, Valued, str]]:
    """(first, second, code) for the pairs of `group` whose figures differ, in text order.

    Claims giving the same figure never differ, so figures are compared once per pair of
    distinct figures rather than once per pair of claims."""
    by_figure: dict[tuple, list[Valued]] = {}
    for claim in group:
        by_figure.setdefault(_figure(claim.value), []).append(claim)
    differing = (len(group) ** 2 - sum(len(members) ** 2 for members in by_figure.values())) // 2
    if differing > MAX_PAIRS_PER_GROUP:
        return _first_differing_pairs(group)
    pairs = []
    for members_a, members_b in combinations(by_figure.values(), 2):
        code = _compare(members_a[0], members_b[0])
        if code is not None:
            pairs += [(a, b, code) if a.start <= b.start else (b, a, code) for a in members_a for b in members_b]
    return sorted(pairs, key=lambda pair: (pair[0].start, pair[1].start))


def _first_differing_pairs(group: list[Valued]) -> list[tuple[Valued, Valued, str]]:
    """Each claim with the earliest claim before it that states another figure."""
    anchor = group[0]
    other: Valued | None = None  # the first claim whose figure differs from the anchor's
    pairs = []
    for claim in group[1:]:
        earlier: Valued | None
        if _figure(claim.value) != _figure(anchor.value):
            earlier = anchor
            other = other or claim
        else:
            earlier = other
        if earlier is not None and earlier is not claim:
            code = _compare(earlier, claim)
            if code is not None:
                pairs.append((earlier, claim, code))
    return pairs


def _figure(value: Quantity) -> tuple:
    return value.kind, value.unit, value.low, value.high, _stated(value)


def _stated(value: Quantity):
    """The figure as the article gives it: the amount, or a range's two ends."""
    return value.amount if value.amount is not None else (value.low, value.high)


def _compare(a: Valued, b: Valued) -> str | None:
    va, vb = a.value, b.value
    if va.kind != vb.kind or va.unit != vb.unit:
        return None  # different currencies are not compared without a rate
    if not intervals_overlap(va.low, va.high, vb.low, vb.high):
        return "FC101"
    if _stated(va) != _stated(vb):
        return "FC102"
    return None


# --- comparatives --------------------------------------------------------------------------




def _comparatives(claims: list[Claim], context: Context) -> list[Finding]:
    """ "MAI-1 … kleiner als GPT-4": the figures given for both must allow it."""
    findings = []
    valued = _valued(claims)
    for pattern, relation in _compiled(context.language).comparatives:
        for match in pattern.finditer(context.text):
            if re.match(r"\s*[\d.,]", context.text[match.end():match.end() + 4]):
                continue  # "mehr als 13 Milliarden": a qualifier, not a comparison of two things
            sentence = [c for c in valued if c.sentence.start <= match.start() < c.sentence.end]
            before = [c for c in sentence if c.subject and c.subject.start < match.start()]
            after = [c for c in sentence if c.subject and c.subject.start >= match.end()]
            if not before or not after:
                continue
            first, second = before[-1], after[0]
            if first.predicate != second.predicate or first.key[0] == second.key[0]:
                continue
            if relation == "x2" and _more_than(context.language).search(
                    context.text[max(0, match.start() - 12):match.start()]):
                relation = ">x2"  # "mehr als doppelt so groß", "more than twice as large"
            if first.value.unit != second.value.unit or _relation_holds(first.value, second.value, relation):
                continue
            findings.append(_finding(context, "FC103", (first.id, second.id),
                                     first=_name(first.subject), second=_name(second.subject),
                                     relation=message_word(relation),
                                     first_value=_quoted(context, first.value.text),
                                     second_value=_quoted(context, second.value.text)))
    return findings


def _relation_holds(a: Quantity, b: Quantity, relation: str) -> bool:
    """Whether some value a allows and some value b allows stand in the relation."""
    inf = float("inf")
    a_low, a_high = (a.low if a.low is not None else -inf), (a.high if a.high is not None else inf)
    b_low, b_high = (b.low if b.low is not None else -inf), (b.high if b.high is not None else inf)
    if relation == "<":
        return a_low < b_high
    if relation == ">":
        return a_high > b_low
    if relation == ">x2":
        return a_high > 2 * b_low
    factor = 2.0 if relation == "x2" else 0.5
    return intervals_overlap(a_low, a_high, b_low * factor * 0.9, b_high * factor * 1.1)


def _superlatives(claims: list[Claim], context: Context) -> list[Finding]:
    """ "Microsoft ist der größte Investor von OpenAI" against the investments the article gives."""
    pattern = _compiled(context.language).superlative
    if not context.predicates:
        return []
    findings = []
    valued = _valued(claims)
    for match in pattern.finditer(context.text):
        noun = match["noun"].lower()
        predicate = context.predicates.get(noun) or context.predicates.get(noun.rstrip("s"))
        if predicate is None:
            continue
        sentence = next((c.sentence for c in claims if c.sentence.start <= match.start() < c.sentence.end), None)
        named = [c for c in claims if c.sentence == sentence and has_subject(c) and c.subject.entity_id
                 and c.subject.start < match.start()]
        holder = named[0].subject.entity_id if named else None
        if holder is None:
            continue
        own = [c for c in valued if c.predicate == predicate and c.key[0] == holder]
        others = [c for c in valued if c.predicate == predicate and c.key[0] not in (holder, None)
                  and (not own or c.key[2] == own[0].key[2]) and (not own or c.value.unit == own[0].value.unit)]
        for mine in own[:1]:
            beaten = [c for c in others if c.value.low is not None and mine.value.high is not None
                      and c.value.low > mine.value.high]
            if beaten:
                other = beaten[0]
                findings.append(_finding(context, "FC103", (mine.id, other.id), first=_name(mine.subject),
                                         second=_name(other.subject), relation=message_word("largest"),
                                         first_value=_quoted(context, mine.value.text),
                                         second_value=_quoted(context, other.value.text)))
    return findings


def _changes(claims: list[Claim], context: Context) -> list[Finding]:
    """ "halbierte seinen Anteil von 20 auf 12 Prozent": the two figures must show the change."""
    findings = []
    for pattern, factor, word in _compiled(context.language).changes:
        for match in pattern.finditer(context.text):
            in_sentence = [c for c in claims if has_value(c) and c.value.amount is not None
                           and c.sentence.start <= match.start() < c.sentence.end]
            pairs = [(a, b) for a, b in combinations(sorted(in_sentence, key=lambda c: c.value.start), 2)
                     if a.predicate == b.predicate and a.value.unit == b.value.unit and a.value.kind == b.value.kind]
            if not pairs:
                continue
            before, after = pairs[0]
            if before.value.amount is None or after.value.amount is None:
                continue  # (kept out above; says so to the type checker)
            expected = before.value.amount * factor
            if abs(after.value.amount - expected) > 0.1 * abs(expected):
                findings.append(_finding(context, "FC103", (before.id, after.id), first=_quoted(context, before.value.text),
                                         second=_quoted(context, after.value.text), relation=message_word(word),
                                         first_value=_quoted(context, before.value.text),
                                         second_value=_quoted(context, after.value.text)))
    return findings


# --- roles ---------------------------------------------------------------------------------

def _roles(claims: list[Claim], context: Context) -> list[Finding]:
    findings = []
    roles = [c for c in claims if c.predicate == "person.role" and has_both(c) and _resolved(c)]
    for first, second in combinations(roles, 2):
        if first.object.entity_id != second.object.entity_id or \
                first.attributes.get("role", "").lower() != second.attributes.get("role", "").lower():
            continue
        if first.attributes.get("period") != second.attributes.get("period"):
            continue
        same_person = _entity(first.subject) == _entity(second.subject)
        former = (first.attributes.get("former"), second.attributes.get("former"))
        values = dict(role=first.attributes["role"], about=first.object.text)
        if same_person and former[0] != former[1]:
            findings.append(_finding(context, "FC105", (first.id, second.id), first=_display(first), **values))
        elif not same_person and not any(former):
            findings.append(_finding(context, "FC104", (first.id, second.id), first=_display(first),
                                     second=_display(second), **values))
    return findings


def local_role_findings(claims: list[Claim], language: str, text: str, severities: dict | None = None,
                        places: Sequence[tuple[int, str]] = ()) -> list[Finding]:
    """Roles of people the store does not know, by their article-local entities: one person
    called both former and current holder of a role (FC105), and two people each called the
    current holder of an office a place or organization has one of (`unique_roles`: mayor,
    chief executive, Kultusminister) with nothing written that tells the two apart: no
    organization or place, no "deputy", no nationality, and not named where the article has
    moved on to another place (FC120, a warning: the article may mean two towns). `places`:
    where the article names a place, (start, entity id) in text order."""
    context = Context("", language, None, severities)
    rules = pack(language)
    # a role narrowed by a word before it ("deputy", "Porto-Coach") may be another office: left out
    roles = [c for c in claims if c.predicate == "person.role" and c.rule.startswith("open-")
             and has_subject_and_value(c) and c.subject.entity
             and not _qualified(text, c.value.start, rules)]
    findings = []
    by_person: dict[tuple, list[HeldValued]] = {}
    for claim in roles:
        by_person.setdefault((claim.subject.entity, claim.attributes.get("role")), []).append(claim)
    for (_, role), group in by_person.items():
        former = next((c for c in group if c.attributes.get("former")), None)
        if former is None:
            continue
        current = next((c for c in group if not c.attributes.get("former") and not _bounded(text, c, rules)
                        and _written_role(c.value.text, rules) == _written_role(former.value.text, rules)
                        and _same_place(c.object, former.object)), None)
        if current is not None:
            first, second = sorted((former, current), key=lambda c: c.start)
            findings.append(_finding(context, "FC105", (first.id, second.id), first=_display(first), role=role,
                                     about=first.object.text if first.object else "?"))
    holders: dict[str, HeldValued] = {}
    for claim in roles:
        office = _office(claim.value.text, rules) or _office(claim.attributes.get("role") or "", rules)
        if office is None or claim.object is not None or claim.attributes.get("former") \
                or _bounded(text, claim, rules):
            continue
        other = holders.setdefault(office, claim)
        if other.subject.entity != claim.subject.entity and not (
                office in rules.place_offices and _place_at(places, other.start) != _place_at(places, claim.start)):
            findings.append(_finding(context, "FC120", (other.id, claim.id), first=_display(other),
                                     second=_display(claim), role=_quoted(context, claim.value.text)))
            holders[office] = claim
    return findings


def _place_at(places: Sequence[tuple[int, str]], start: int) -> str | None:
    """The place the article named last before `start`, in the passage before it: where it is at
    that point ("Bürgermeister Kurt Fischer" in the passage on Lustenau, "Bürgermeister Hermann
    Manahl" in the one on Raggal)."""
    at = bisect.bisect_left(places, (start, ""))
    return places[at - 1][1] if at and start - places[at - 1][0] <= _PASSAGE else None


_PASSAGE = 500  # characters: a paragraph or two


def _qualified(text: str, start: int, rules) -> bool:
    """"der deutschen Bundeskanzlerin", "Deputy Prime Minister", "Porto-Coach", "the British
    Prime Minister": a role narrowed by a word before it, so it may be another office."""
    if start > 0 and text[start - 1] == "-":
        return True
    before = re.search(r"(?:([^\W\d_]+)\s+)?([^\W\d_]+)\s+$", text[max(0, start - 40):start])
    if not before:
        return False
    article, word = (before.group(1) or "").lower(), before.group(2)
    if word.lower() in rules.role_qualifiers or nationality_adjective(word, rules):
        return True
    # "der deutschen Bundeskanzlerin", "den türkischen Premier" (not "sagte Kultusministerin")
    return article in (*rules.definite_articles, *rules.indefinite_articles) and word[:1].islower() \
        and word.lower().endswith(rules.adjective_inflections)


def _same_place(current, former) -> bool:
    """Whether a role held now and one held before may be at one place: the same, or the former
    one's not written ("stepped down as chief executive"); "the former Liverpool striker" may
    strike for another club now."""
    if former is None:
        return True
    return current is not None and _local(current) == _local(former)


def _bounded(text: str, claim: Valued, rules) -> bool:
    """A role said to have been held ("has just been the Southampton manager") or dated
    ("nach dem Abtritt von Bürgermeister Alfred Stingl 2003"): no claim about today."""
    before = text[max(claim.sentence.start, claim.value.start - 30):claim.value.start]
    after = text[claim.value.end:min(claim.sentence.end, claim.end + 40)]
    return bool(re.search(rf"(?i)(?<!\w)(?:{rules.past_role_cues})(?!\w)", before)
                or re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", after))


def _written_role(written: str, rules) -> str:
    """A role as written, the same for both genders: "Geschäftsführerin" -> "geschäftsführer"."""
    lower = written.lower()
    for ending in rules.derived_endings:
        if lower.endswith(ending) and len(lower) - len(ending) > 3:
            return lower[:-len(ending)]
    return lower


def _office(written: str, rules) -> str | None:
    """The office a role word names, if one place has one holder of it ("Kultusministerin" ->
    "kultusminister"), else None."""
    return next((base for base in (written.lower(), _written_role(written, rules)) if base in rules.unique_roles), None)


def _entity(mention) -> str:
    return mention.entity_id or mention.text.casefold()


def _display(claim: Held) -> str:
    """A person's name as the reader knows it: the antecedent's, not "er"."""
    if claim.subject.via != "coreference":
        return claim.subject.text
    return claim.subject.name or claim.subject.entity_id or claim.subject.text


def _role_durations(claims: list[Claim], context: Context) -> list[Finding]:
    """ "Seit März 2024 ist er CEO" against "seit zwei Jahren CEO", at the article's date."""
    if context.published_at is None:
        return []
    findings = []
    roles = [c for c in claims if c.predicate == "person.role" and has_both(c) and _resolved(c)]
    for first, second in combinations(roles, 2):
        if (_entity(first.subject), first.object.entity_id) != (_entity(second.subject), second.object.entity_id):
            continue
        dated, lasting = (first, second) if first.attributes.get("since") else (second, first)
        since, span = dated.attributes.get("since"), lasting.attributes.get("for")
        if not since or not span or span.get("unit") not in ("year", "month"):
            continue
        months = span["amount"] * (12 if span["unit"] == "year" else 1)
        started = context.published_at.year * 12 + context.published_at.month - months
        stated = int(since[:4]) * 12 + (int(since[5:7]) if len(since) >= 7 else 6)
        slack = 12 if span["unit"] == "year" else 1
        if abs(stated - started) > slack:
            findings.append(_finding(context, "FC108", (first.id, second.id), first=_display(dated),
                                     role=dated.attributes.get("role", ""), about=dated.object.text,
                                     since=_quoted(context, dated.value.text if dated.value else since),
                                     ago=_quoted(context, lasting.value.text if lasting.value else "")))
    return findings


# --- shares --------------------------------------------------------------------------------

def _shares(claims: list[Claim], context: Context) -> list[Finding]:
    """Stakes in one company, or market shares of one market, adding up to over 100 %."""
    findings = []
    groups: dict[tuple, list[Valued]] = {}
    for claim in claims:
        if claim.predicate not in ("stake.percent", "market_share.percent") or not has_value(claim):
            continue
        if claim.value.unit != "%" or not _resolved(claim):
            continue
        whole = claim.object.entity_id if claim.predicate == "stake.percent" and claim.object else None
        groups.setdefault((claim.predicate, whole, claim.attributes.get("period")), []).append(claim)
    for (_, whole, _), group in groups.items():
        by_holder: dict[str, Valued] = {}
        for claim in group:
            holder = _entity(claim.subject) if claim.subject else claim.id
            by_holder.setdefault(holder, claim)  # one share per holder: repeats are _figures' business
        total = sum((c.value.low or 0) for c in by_holder.values())
        if total > 100:
            about = group[0].object.text if whole and group[0].object else group[0].predicate
            findings.append(_finding(context, "FC106", tuple(c.id for c in by_holder.values()),
                                     about=about, total=f"{total:g}"))
    return findings


# --- dates ---------------------------------------------------------------------------------

def _before_founding(claims: list[Claim], context: Context) -> list[Finding]:
    """A claim dated before the founding of the organization it concerns."""
    founded: dict[str, tuple[Claim, str]] = {}  # organization -> (the claim, its founding date)
    for claim in claims:
        if claim.predicate == "organization.founded" and has_subject_and_value(claim) and claim.subject.entity_id \
                and claim.value.date:
            founded.setdefault(claim.subject.entity_id, (claim, claim.value.date))
    findings = []
    for claim in claims:
        when = claim.attributes.get("period") or (claim.value.date if claim.value is not None
                                                  and claim.value.kind == "date" else None)
        if not when or claim.predicate in ("organization.founded", "person.founder"):
            continue
        for mention in (claim.subject, claim.object):
            if mention is None or not mention.entity_id or mention.entity_id not in founded:
                continue
            founding, founded_on = founded[mention.entity_id]
            if founding.id != claim.id and when[:4] < founded_on[:4]:
                findings.append(_finding(context, "FC107", (founding.id, claim.id), about=mention.text,
                                         event=when, founded=founded_on))
    return findings


# --- hedge drift ---------------------------------------------------------------------------

def _hedge_drift(claims: list[Claim], context: Context) -> list[Finding]:
    findings = []
    for group in _groups(claims):
        hedged = [c for c in group if c.hedge in ("estimated", "reported") and c.attribution is None]
        plain = [c for c in group if c.hedge is None and c.value.qualifier == "exact"]
        if not hedged or not plain:
            continue
        first, later = hedged[0], next((c for c in plain if c.start > hedged[0].start), None)
        if later is None or _stated(first.value) != _stated(later.value):
            continue
        findings.append(_finding(context, "FC109", (first.id, later.id), first=_quoted(context, first.value.text),
                                 hedge=message_word(first.hedge or ""),
                                 second=_quoted(context, later.text)))
    return findings



# --- ages, spans of years, totals ------------------------------------------------------------

def age_findings(claims: list[Claim], language: str, text: str, published_at: date | None,
                 severities: dict | None = None) -> list[Finding]:
    """ "Sam Altman, 39 Jahre alt" against "geboren 1985", at the article's date: for anyone the
    article names, rule claims and the open reading's alike ("Der 23-Jährige" and "Der 1999 in
    Bielefeld geborene Rechtshänder" are the same local person)."""
    context = Context(text, language, published_at, severities)
    if context.published_at is None:
        return []
    births: dict[str | None, tuple[Claim, str]] = {}  # person -> (the claim, the birth date), the last one given
    for c in claims:
        if c.predicate == "person.birth_date" and has_subject_and_value(c) and c.value.date:
            births[_local(c.subject)] = (c, c.value.date)
    findings = []
    for claim in claims:
        if claim.predicate != "person.age" or not has_subject_and_value(claim) or claim.value.amount is None:
            continue
        if _local(claim.subject) not in births:
            continue
        birth, born = births[_local(claim.subject)]
        year = int(born[:4])
        expected = {context.published_at.year - year - 1, context.published_at.year - year}
        if int(claim.value.amount) not in expected:
            findings.append(_finding(context, "FC110", (birth.id, claim.id), first=_display(claim),
                                     age=_quoted(context, claim.value.text), born=born,
                                     expected=" / ".join(str(a) for a in sorted(expected))))
    return findings


def _spans(claims: list[Claim], context: Context) -> list[Finding]:
    """A stretch of years ("in den vergangenen fünf Jahren") and a part of it dated outside it."""
    findings = []
    spanned = [c for c in _valued(claims) if "/" in (c.attributes.get("period") or "")]
    for span_claim in spanned:
        first_year, last_year = span_claim.attributes["period"].split("/")
        for other in _valued(claims):
            period = other.attributes.get("period") or ""
            if other is span_claim or "/" in period or len(period) < 4 or other.key != span_claim.key:
                continue
            if not first_year <= period[:4] <= last_year:
                about = " → ".join(m.text for m in (span_claim.subject, span_claim.object) if m)
                findings.append(_finding(context, "FC111", (span_claim.id, other.id), about=about,
                                         span=f"{first_year}–{last_year}", event=period))
    return findings


_TOTAL = re.compile(r"(?<!\w)(?:insgesamt|zusammen|in summe|in total|a total of|altogether|overall)(?!\w)",
                    re.IGNORECASE)


def _totals(claims: list[Claim], context: Context) -> list[Finding]:
    """Dated parts of one quantity that add up to more than the total the article states."""
    findings = []
    groups: dict[tuple, list[Valued]] = {}
    for claim in _valued(claims):
        groups.setdefault(claim.key, []).append(claim)
    for group in groups.values():
        totals = [c for c in group if not c.attributes.get("period") and _TOTAL.search(
            context.text[c.sentence.start:c.sentence.end])]
        parts = {c.attributes["period"]: c for c in group if c.attributes.get("period")
                 and "/" not in c.attributes["period"]}
        if not totals or len(parts) < 2:
            continue
        total = totals[0]
        units = {c.value.unit for c in parts.values()} | {total.value.unit}
        if len(units) > 1 or total.value.high is None:
            continue
        summed = sum(c.value.low or 0 for c in parts.values())
        if summed > total.value.high:
            about = " → ".join(m.text for m in (total.subject, total.object) if m)
            findings.append(_finding(context, "FC112", (total.id, *(c.id for c in parts.values())),
                                     about=about, parts=f"{summed:,.0f}", total=_quoted(context, total.value.text)))
    return findings
