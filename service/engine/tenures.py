"""Starts that contradict each other: a term of office begun in two different years, and a
company dated before its own founding, for people and companies the store does not know.

"Oberbürgermeisterin Kröger, die seit 2019 im Amt ist" and "die vor zwei Jahren ins Amt
gewählte Oberbürgermeisterin" (at a 2025 article date) give two starts (FC121); "Das 2021
gegründete Unternehmen" and "Bereits 2019 hatte Kelvo eine Seed-Runde abgeschlossen" date
Kelvo before its founding (FC107). A start is a date beside a cue of the pack ("im Amt",
"took over", "appointed"; "gegründet", "founded"); whom it concerns is the person of a role
claim in its sentence, or the person a bare role word there stands for ("die … gewählte
Oberbürgermeisterin"), and for a founding the company named there or, for "das Unternehmen",
the article's topic.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from service.engine.lang import pack
from service.engine.messages import quoted
from service.engine.model import Claim, HeldValued, Mention, Quantity, Segment, has_subject, has_subject_and_value
from service.engine.passage import Problem
from service.engine.roles import role_candidates, role_of


@lru_cache(maxsize=None)
def _cue(language: str, kind: str) -> re.Pattern[str]:
    rules = pack(language)
    words = rules.office_start_cues if kind == "office" else rules.founding_cues
    return re.compile(rf"(?i)(?<!\w)(?:{words})(?!\w)")


def tenure_problems(text: str, sentences: tuple[Segment, ...], quantities: list[Quantity], claims: list[Claim],
                    topic: Mention | None, language: str) -> list[Problem]:
    """Linear in the claims and dates: role claims are indexed by sentence and role once."""
    starts = [s.start for s in sentences]
    roles = [c for c in claims if c.predicate == "person.role" and has_subject_and_value(c) and c.subject.entity]
    by_sentence: dict[int, list[HeldValued]] = {}
    holders_of: dict[str | None, set[str | None]] = {}  # role -> the local people holding it now
    for role in roles:
        by_sentence.setdefault(role.sentence.start, []).append(role)
        if not role.attributes.get("former"):
            holders_of.setdefault(role.attributes.get("role"), set()).add(role.subject.entity)
    named: dict[int, list[Mention]] = {}
    for claim in claims:
        if has_subject(claim) and claim.subject.entity and \
                claim.sentence.start <= claim.subject.start < claim.sentence.end:
            named.setdefault(claim.sentence.start, []).append(claim.subject)
    role_holders = {c.subject.entity for c in roles}  # "Ng, appointed three years ago": a named office holder
    offices: dict[str, list[tuple[Quantity, int]]] = {}  # person -> the dates their terms start, with the year
    founded: dict[str, tuple[Quantity, str]] = {}  # company -> its founding date, with the year
    for q in quantities:
        if q.kind != "date" or not q.date or not q.date[:4].isdigit() or q.qualifier == "at_most":
            continue  # "bis 2023 im Amt bleiben": an end, not a start
        i = bisect_right(starts, q.start) - 1
        if i < 0:
            continue
        sentence = sentences[i]
        window = text[max(sentence.start, q.start - 40):min(sentence.end, q.end + 40)]
        if _cue(language, "office").search(window):
            person = _office_holder(text, sentence, by_sentence.get(sentence.start, []), holders_of, language) \
                or next((m.entity for m in named.get(sentence.start, []) if m.entity in role_holders), None)
            if person is not None:
                offices.setdefault(person, []).append((q, int(q.date[:4])))
        elif _cue(language, "founding").search(window):
            company = _founded_company(text, sentence, named.get(sentence.start, []), topic, language)
            if company is not None:
                founded.setdefault(company, (q, q.date[:4]))
    problems = []
    names = {c.subject.entity: c.subject.name or c.subject.text for c in roles}
    for person, dates in offices.items():
        first, year = dates[0]
        other = next((d for d, other_year in dates[1:] if abs(other_year - year) > 1), None)
        if other is not None:
            problems.append(Problem("FC121", (first, other), {"first": names[person], "since": quoted(first.text),
                                                              "ago": quoted(other.text)}))
    if founded:
        for claim in claims:
            if claim.predicate != "event.date" or not has_subject_and_value(claim) or not claim.value.date \
                    or not claim.subject.entity or claim.subject.entity not in founded:
                continue
            founding, founded_in = founded[claim.subject.entity]
            if claim.value.start == founding.start or claim.value.date[:4] >= founded_in:
                continue
            problems.append(Problem("FC107", (founding, claim.value), {
                "about": claim.subject.name or claim.subject.text, "event": claim.value.date,
                "founded": founded_in}))
            del founded[claim.subject.entity]  # one finding per founding
            if not founded:
                break
    return problems


def _office_holder(text: str, sentence: Segment, roles: list[HeldValued], holders_of: dict[str | None, set[str | None]],
                   language: str) -> str | None:
    """The person whose term the sentence dates: the person of a role claim in it, or the
    one person holding the role a bare role word there names ("die … gewählte Oberbürgermeisterin")."""
    if roles:
        return roles[0].subject.entity
    rules = pack(language)
    for match in role_candidates(language).finditer(text, sentence.start, sentence.end):
        holders = holders_of.get(role_of(match.group(0).rstrip("."), rules)) or set()
        if len(holders) == 1:
            return next(iter(holders))
    return None


def _founded_company(text: str, sentence: Segment, named: list[Mention], topic: Mention | None,
                     language: str) -> str | None:
    """The company a founding concerns: named in the sentence, or the topic for "das Unternehmen"."""
    if named:
        return named[0].entity
    rules = pack(language)
    # "Das 2021 gegründete Unternehmen": the noun of a description the pack lists for companies
    nouns = {p.split()[-1] for p, types in rules.pronouns.items() if " " in p and "organization" in types}
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", text[sentence.start:sentence.end])}
    if topic is not None and topic.entity and nouns & words:
        return topic.entity
    return None
