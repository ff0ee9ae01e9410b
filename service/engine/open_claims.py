"""Structured claims for what no rule structures: every figure with a holder, and roles.

The curated rules (rules/<lang>) make the precise claims (`investment.amount`); every
figure they leave gets a generic claim here: predicate `figure.<kind>` (or
`person.age`, `event.date`), the holder as subject (an article-local entity), the
`measure` it states ("jobs", "death_toll", the counted noun's key) and the `time` its
clause names. Roles of public life ("Bürgermeister Gerd Brand", "Robert Jackson, MP for
Wantage", "Hearts manager John Robertson") become `person.role` claims whose value is
the role word.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from service.engine.document import Document, bounded_sentences
from service.engine.entities import FoundMention, personal_name
from service.engine.figures import Figure, of_a_whole, unit_measure, whole_determiners
from service.engine.results import find_results
from service.engine.spans import Spans
from service.engine.holders import (Context, a_place_of_action, clause_bounds, coreference, definite_reference,
                                    description_antecedent,
                                    holder, inverted_subject, main_clause_subject, name_before, noun_subject, place_of_event,
                                    preceded_by, sentence_subject, whole_of_share)
from service.engine.lang import Pack, pack
from service.engine.lexicon import alternation
from service.engine.local_entities import LocalEntities
from service.engine.roles import phrase_ending_at, phrase_starts_at, role_candidates, role_of
from service.engine.model import Claim, Mention, Quantity, Span, Valued, has_value
from service.engine.nlp import pipeline
from service.engine.words import tagged_as_noun, tagged_as_verb

OPEN_RULE = "open-"  # the `rule` of every claim this stage makes starts so: "open-count", "open-role"

# Kinds whose holder must stand in the figure's own clause: measured on the annotated
# articles, counts and durations given to the sentence's subject were wrong more often than right.
STRICT_KINDS = frozenset({"count", "duration"})

PREDICATE = {"age": "person.age", "date": "event.date", "money": "figure.money", "percent": "figure.percent",
             "count": "figure.count", "measure": "figure.measure", "duration": "figure.duration",
             "ordinal": "figure.rank", "score": "figure.score"}


def open_claims(document: Document, figures: list[Figure], mentions: list[FoundMention],
                entities: LocalEntities, rules: Pack) -> list[Valued]:
    """A claim for every figure with a holder, and for every role with its person (`merge_claims`
    then leaves the rule claims their figures). Each has its value, the figure or role words read."""
    results = _result_claims(document, entities, rules)
    claims: list[Claim] = list(results)
    starts = [m.mention.start for m in mentions]
    in_results = Spans((c.value.start, c.value.end) for c in results)
    figure_starts = [f.quantity.start for f in figures]
    topic = article_topic(document, entities, dominant=True)
    holders_of_roles: dict[str, Mention] = {}  # role -> the person last named with it
    restating = restating_opener(rules.language)
    last_holder: Mention | None = None  # of the last figure claim, for "Das sind 1,2 Prozentpunkte weniger"
    for sentence in bounded_sentences(document.visible, document.sentences):
        if document.visible[sentence.start:sentence.end].rstrip("“”\"»«’' ").endswith("?"):
            continue  # a question states nothing
        first = bisect_left(starts, sentence.start)
        ctx = Context(document.visible, sentence, mentions[first:bisect_left(starts, sentence.end)],
                      mentions[max(0, first - 60):first], entities, rules)
        sentence_figures = figures[bisect_left(figure_starts, sentence.start):bisect_left(figure_starts, sentence.end)]
        dates = [f.quantity for f in sentence_figures if f.quantity.kind == "date"]
        share_holder: Mention | None = None  # of the sentence's last share, for "…, and 77% to a mobile network"
        figure_holder: Mention | None = None  # of its last figure, for "4,92 Millionen TEU, 3,8 Prozent mehr als …"
        for figure in sentence_figures:
            if in_results.overlaps(figure.quantity.start, figure.quantity.end):
                continue
            if figure.quantity.kind == "date" and not an_event_date(ctx.text, sentence.start, figure.quantity, rules):
                continue
            if figure.quantity.kind == "duration" and _a_window(ctx, figure.quantity, sentence_figures):
                continue
            if figure.quantity.kind == "date" and _a_framing_period(ctx, figure.quantity, sentence_figures):
                continue
            if _hypothetical(ctx, figure.quantity):
                continue
            restated = last_holder if restating.match(document.visible, sentence.start) else None
            if figure.quantity.kind == "percent" and _elliptic(ctx, figure.quantity):
                restated = share_holder or (figure_holder if _compared(ctx, figure.quantity) else None) or restated
            elif figure.quantity.kind == "count" and figure_holder is not None and (
                    _compared_with(rules.language).search(document.visible, max(sentence.start, figure.quantity.start - 25),
                                                          figure.quantity.start)
                    or _whole_after_part(rules.language).search(document.visible, max(sentence.start, figure.quantity.start - 30),
                                                                figure.quantity.start)):
                # "…, compared to 16 of the 21 principals in 1985": the same holder's earlier level, and its whole
                restated = figure_holder
            claim = _figure_claim(document, ctx, figure, dates, topic, restated)
            if claim is not None:
                claims.append(claim)
                if claim.predicate != "event.date":
                    last_holder = claim.subject
                if claim.predicate == "figure.percent":
                    share_holder = claim.subject
                if claim.predicate != "event.date":
                    figure_holder = claim.subject
        claims.extend(_role_claims(document, ctx, holders_of_roles))
    return [c for c in claims if has_value(c)]  # all of them: says so to the type checker


def _result_claims(document: Document, entities: LocalEntities, rules: Pack) -> list[Valued]:
    """Rank and score claims for every entry of a results list ("1. Name (AUT) 242,6 Punkte …")."""
    claims: list[Claim] = []
    sentence_starts = [s.start for s in document.sentences]
    for entry in find_results(document.visible, rules.units):
        at = max(0, bisect_left(sentence_starts, entry.name[0] + 1) - 1)
        sentence = document.sentences[at] if document.sentences else None
        span = Span(sentence.start, sentence.end) if sentence else Span(entry.rank.start, entry.values[-1].end)
        name = document.visible[entry.name[0]:entry.name[1]]
        subject = entities.named(Mention(text=name, start=entry.name[0], end=entry.name[1], type="person"))
        for value in (entry.rank, *entry.values):
            measure = "rank" if value.kind == "ordinal" else unit_measure(value)
            claims.append(Claim(id="", text=document.text[entry.rank.start:entry.values[-1].end],
                                start=entry.rank.start, end=entry.values[-1].end, sentence=span,
                                predicate="figure.rank" if value.kind == "ordinal" else "figure.measure",
                                rule=f"{OPEN_RULE}results", subject=subject, value=value, measure=measure))
    return [c for c in claims if has_value(c)]  # all of them: says so to the type checker


def an_event_date(text: str, sentence_start: int, date: Quantity, rules: Pack) -> bool:
    """A date states when something happened, unless it only bounds a stretch ("seit 2019",
    "since 1997", "by 2011", "for 2005"), is forecast ("widely expected to be 5 May"), is an agency's
    dateline ("(APA, 5.7.2015)"), the time a comparison refers to ("compared to … in 1985") or an
    era that describes a thing ("des 21. Jahrhunderts", "of the 1990s boom")."""
    before = text[max(0, date.start - 16):date.start].lower().split()
    while before and before[-1] in rules.definite_articles:
        before.pop()  # "since the 2000/2001 season", "seit dem 1. Jänner"
    if date.qualifier in ("at_least", "at_most") or (before and (
            before[-1] in rules.deadline_words or (before[-1] in rules.lexicon.since_markers
                                                   and date.granularity in ("year", "decade", "century")))):
        return False  # but "seit Mittwoch ist Kufstein Übergabepunkt", "ab Montag": a day something began
    if date.granularity == "year" and before and before[-1] in rules.period_words:
        return False  # "her schedule for 2005", "die Prognose für 2016": a period planned for, no event
    if date.granularity in ("decade", "century") and (
            _describing(rules.language).search(text, max(sentence_start, date.start - 12), date.start)
            or (not rules.capitalises_nouns and _before_a_noun(text, date.end, rules))):
        return False  # "die Wissenschaft des 21. Jahrhunderts", "a 1990s trial", "1930s London": a description
    lead = re.findall(r"[^\W\d_]+", text[max(sentence_start, date.start - 40):date.start].lower())[-4:]
    if rules.forecast_words & set(lead):
        return False
    if re.search(r"\(\s*[A-Za-z][\w/.-]*\s*,\s*$", text[max(0, date.start - 20):date.start]) and \
            text[date.end:date.end + 2].lstrip().startswith(")"):
        return False  # a dateline: "(APA, 5.7.2015)", an editor's "(fid, 7.3.2016)"
    # "compared to 16 of the 21 principals in 1985", "höher als noch 2014": the time compared with
    return not _reference(rules.language).search(text, max(sentence_start, date.start - 70), date.start)


@lru_cache(maxsize=None)
def _opens_a_period(language: str) -> re.Pattern[str]:
    """A range joiner and a number after a date ("2009 bis 2013", "2016 to 2023"); "und"/"and"
    join two dates of their own ("2006 und 2008")."""
    lexicon = pack(language).lexicon
    joiners = alternation(j for j in lexicon.range_joiners if j not in lexicon.clause_joiners)
    return re.compile(rf"\s*(?:{joiners})\s*(?:1[89]|20)\d\d(?!\d)")


def _a_framing_period(ctx: Context, date: Quantity, figures: list[Figure]) -> bool:
    """"2009 bis 2013 hat allein das Bundespresseamt 600 Umfragen in Auftrag gegeben": a span of
    years that frames a count in its clause is that count's window, no event of its own."""
    if date.granularity != "year" or not _opens_a_period(ctx.pack.language).match(ctx.text, date.end):
        return False
    clause_start, clause_end = clause_bounds(ctx.text, ctx.sentence, date.start, date.end)
    return any(clause_start <= f.quantity.start < clause_end and f.quantity.kind == "count" for f in figures)


def _before_a_noun(text: str, end: int, rules: Pack) -> bool:
    """English: whether a noun or a name follows right after ("the 1990s technology boom")."""
    following = re.match(r" ([^\W\d_]+)", text[end:end + 30])
    return following is not None and following.group(1).lower() not in pipeline(rules.language).Defaults.stop_words


@lru_cache(maxsize=None)
def _describing(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{pack(language).genitive_cues})\s+$")


@lru_cache(maxsize=None)
def _reference(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{pack(language).reference_cues})(?!\w)[^.;:!?()]{{0,50}}$")


@lru_cache(maxsize=None)
def restating_opener(language: str) -> re.Pattern[str]:
    """A sentence opening that restates the last sentence's figures: "Das sind", "That is"."""
    return re.compile(rf"(?i)\W*(?:{pack(language).restating_openers})(?!\w)")


def _elliptic(ctx: Context, q: Quantity) -> bool:
    """"Half the world's population has a fixed line, …, and 77% to a mobile network", "Sixty
    percent … for the poorest, 30% for …": a share right after "and"/"und" or a comma that says
    nothing of its own whole."""
    return bool(re.search(rf"(?i)(?:,|(?<!\w)(?:{alternation(ctx.pack.lexicon.clause_joiners)}))\s+$",
                          ctx.text[max(ctx.sentence.start, q.start - 8):q.start]))


def _compared(ctx: Context, q: Quantity) -> bool:
    """"…, 3,8 Prozent mehr als im Vorjahr", "…, 2% more than": a change of the figure before it."""
    after = re.match(r"\s+([^\W\d_]+)", ctx.text[q.end:q.end + 20])
    return after is not None and after.group(1).lower() in ctx.pack.factor_words


def _hypothetical(ctx: Context, q: Quantity) -> bool:
    """"If Tynecastle could have hosted 30,000 …", "Wenn 500 Menschen gekommen wären …": a figure in
    a condition is no fact; nor is one denied ("Es kann nicht zwei Regeln geben", "not two but three")."""
    clause_start, _ = clause_bounds(ctx.text, ctx.sentence, q.start, q.end)
    opening = re.match(r"[\s„“\"»«'‘]*([^\W\d_]+)", ctx.text[clause_start:q.start])
    if opening and opening.group(1).lower() in ctx.pack.conditionals:
        return True
    before = ctx.text[max(clause_start, q.start - 12):q.start].lower().split()
    return q.qualifier == "exact" and bool(before) and before[-1] in ctx.pack.negations


def _a_window(ctx: Context, duration: Quantity, figures: list[Figure]) -> bool:
    """"four times in the last seven years", "for the second time in 12 years", "in den ersten 20
    Tagen": a stretch after "in" that frames a count is the window of that count, no fact of its
    own."""
    lead = ctx.text[max(ctx.sentence.start, duration.start - 20):duration.start].lower().split()
    if not (set(lead[-3:]) & ctx.pack.window_prepositions) and \
            not duration.text.lower().startswith(tuple(f"{w} " for w in ctx.pack.window_prepositions)):
        return False
    if lead and lead[-1] in ctx.pack.window_words:
        return True  # "In den ersten 20 Tagen dieses Jahres", "in the past three years": a time frame
    clause_start, _ = clause_bounds(ctx.text, ctx.sentence, duration.start, duration.end)
    # but "the first time in 77 years": the time since it last happened, a fact of its own
    if len(lead) >= 3 and ctx.pack.number_words.unit_ordinals.get(lead[-3]) == 1 \
            and lead[-1] in ctx.pack.window_prepositions:
        return False
    if any(clause_start <= f.quantity.start < duration.start and
           (f.quantity.kind == "ordinal" or f.measure == "times") for f in figures):
        return True
    # "only one appearance in the sixth round in 21 years": a small count too plain to be a figure
    words = re.findall(r"[^\W\d_]+", ctx.text[clause_start:duration.start].lower())
    return any(w in ctx.pack.number_words.units or w in ctx.pack.number_words.unit_ordinals for w in words[:-1])


# Kinds of figures a sentence naming nobody gives about the article's topic.
TOPIC_KINDS = frozenset({"money", "percent", "count", "measure"})


def article_topic(document: Document, entities: LocalEntities, dominant: bool = False) -> Mention | None:
    """What the article is about: the entity named most often among those its headline and
    first sentence name, when it is named at least twice and is no place. The figures of a
    finding whose sentence names nobody ("Pre-tax profit for 2024 rose to £2.36bn") are
    about it."""
    opening_end = document.sentences[min(1, len(document.sentences) - 1)].end if document.sentences else 0
    candidates = [c for c in entities.clusters if c.type != "place" and len(c.spans) > 1
                  and min(span.start for span in c.spans) < opening_end]
    if not candidates:
        return None
    best = max(candidates, key=lambda c: (len(c.spans), -min(span.start for span in c.spans)))
    if dominant:
        # Only an article about one organization or thing: its headline names it, and the article
        # names it three times and half as often again as anything else. A person's article moves
        # between the people around them.
        headline = document.sentences[0] if document.sentences and document.sentences[0].heading else None
        others = [len(c.spans) for c in entities.clusters if c is not best]
        named_in_headline = headline is not None and any(headline.start <= span.start < headline.end
                                                         for span in best.spans)
        # or, with no headline naming it, named five times and twice as often as anything else
        overwhelming = len(best.spans) >= 5 and not (others and max(others) * 2 > len(best.spans))
        if not (named_in_headline or overwhelming) or len(best.spans) < 3 \
                or (others and max(others) * 1.5 > len(best.spans)) or _personal(best, document.language):
            return None
    first = min(best.spans, key=lambda span: span.start)
    return Mention(text=document.visible[first.start:first.end], start=first.start, end=first.end, type=best.type,
                   entity_id=best.entity_id, via="topic", entity=best.id, name=best.name)


def _personal(cluster, language: str) -> bool:
    """Whether an entity is a person: typed so, or named with a first name ("Matteo Renzi")."""
    return cluster.type == "person" or personal_name(cluster.name, language)


def _figure_claim(document: Document, ctx: Context, figure: Figure, dates: list[Quantity],
                  topic: Mention | None = None, restated: Mention | None = None) -> Claim | None:
    """`restated`: the holder of the last sentence's figures, for a sentence restating them
    ("Das sind 1,2 Prozentpunkte weniger …", "That is 6% more …")."""
    q = figure.quantity
    birth_end = _birth_end(ctx, q) if q.kind == "date" else None
    born = birth_end is not None
    if figure.describes_person:
        subject = _age_holder(ctx, q)  # "der 61-Jährige", "der vierfache Weltfußballer": the person described
    elif q.kind == "date" and birth_end is not None:
        subject = _described_at_opening(ctx, q, birth_end) or sentence_subject(ctx, q.start)
    elif q.kind == "date":
        # A life's years in brackets belong to the name before them: "Milena Jesenská (1896-1944)".
        # "Am Dienstag trat der neue Landtag zusammen": verb-second
        subject = _bracketed_owner(ctx, q) or _edition_owner(ctx, q) or sentence_subject(ctx, q.start, q.end) \
            or inverted_subject(ctx, q.start, q.end) or place_of_event(ctx, q.start, q.end)
    elif q.kind == "ordinal" and (titled := _name_after_rank(ctx, q)) is not None:
        subject = titled  # "former number one Ivan Lendl", "die Weltranglistenerste Iga Swiatek": a rank as a title
    elif q.kind == "score":
        # a result is the subject's, who won or lost it, not the opponent's named before the score
        # ("They … thrashed the Clarets on home soil 5-0")
        subject = _pairing(ctx, q) or main_clause_subject(ctx, q.start) or holder(ctx, q.start, q.end)
    elif topic is not None and not ctx.mentions and q.kind in TOPIC_KINDS:
        # "Der Umsatz stieg auf 4,2 Milliarden Euro" in an article about one company: its figure,
        # ahead of what the sentence's subject phrase measures
        subject = topic
    else:
        # a share links to its whole like a count to its noun: "40 Prozent der SPÖ", "82% of the budget"
        noun_end = figure.noun[1] if figure.noun else (q.end if q.kind == "percent" else None)
        subject = holder(ctx, q.start, q.end, noun_end, strict=q.kind in STRICT_KINDS, nouns=q.kind in TOPIC_KINDS)
        if subject is None and q.kind == "percent":
            subject = whole_of_share(ctx, q.end)
        if subject is None and q.kind == "count":
            subject = _holder_of_whole(ctx, q, noun_end)
    if subject is None and q.kind in TOPIC_KINDS:
        # "Pre-tax profit for 2024 rose to £2.36bn": a sentence naming nobody goes on about the topic;
        # else what its subject measures holds the figure ("Die Arbeitslosenquote lag bei 6,4 Prozent")
        subject = (topic if not ctx.mentions else None) or noun_subject(ctx, q.start, q.end) or restated \
            or definite_reference(ctx, q.start)
    if subject is None:
        return None
    subject = ctx.entities.named(subject)
    start, end = clause_bounds(ctx.text, ctx.sentence, q.start, q.end)
    if ctx.sentence.start <= subject.start < ctx.sentence.end:
        start, end = min(start, subject.start), max(end, subject.end)
    end = trim(ctx.text, start, end)
    time = q.date if q.kind == "date" else _time(dates, q, start, end)
    return Claim(id="", text=document.text[start:end], start=start, end=end,
                 sentence=Span(ctx.sentence.start, ctx.sentence.end),
                 predicate="person.birth_date" if born else PREDICATE[q.kind],
                 rule=f"{OPEN_RULE}{q.kind}", subject=subject, value=q, measure=figure.measure, time=time,
                 hedge=_modal(ctx))


@lru_cache(maxsize=None)
def _compared_with(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{pack(language).comparison_cues or '(?!)'})\s+$")


@lru_cache(maxsize=None)
def _whole_after_part(language: str) -> re.Pattern[str]:
    """"16 of the ", "940 von ": right before the whole a part is counted in."""
    return re.compile(rf"(?i)\d[\d.,]*\s+(?:{pack(language).part_of_words})\s+(?:(?:{whole_determiners(language)})\s+)?$")


def _holder_of_whole(ctx: Context, part: Quantity, noun_end: int | None) -> Mention | None:
    """"only two out of their 12 principal dancers": a part is held by whoever holds its whole."""
    whole = of_a_whole(ctx.pack.language).match(ctx.text, part.end, min(ctx.sentence.end, part.end + 60))
    if whole is None:
        return None
    return holder(ctx, whole.start("whole"), whole.end("whole"), noun_end, strict=True, nouns=True)


def trim(text: str, start: int, end: int) -> int:
    """The end of [start, end) without trailing space and sentence-final punctuation."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    return end


def _time(dates: list[Quantity], own: Quantity, start: int, end: int) -> str | None:
    """The date the figure's clause names, else one before it in the sentence."""
    inside = [d for d in dates if d is not own and start <= d.start < end and d.date]
    before = [d for d in dates if d is not own and d.end <= start and d.date]
    chosen = inside[0] if inside else (before[-1] if before else None)
    return chosen.date if chosen else None


def _name_after_rank(ctx: Context, rank: Quantity) -> Mention | None:
    """The name right after a rank used as a title ("former number one Ivan Lendl"): a rank noun
    before the number, a name right after it (not "his ninth Budget", "the first Briton")."""
    before = re.search(r"([^\W\d_]+)\s+$", ctx.text[max(0, rank.start - 20):rank.start])
    if not before or before.group(1).lower() not in ctx.pack.rank_nouns:
        return None
    return next((m.mention for m in ctx.mentions if not m.modifier and m.mention.start > rank.end
                 and not ctx.text[rank.end:m.mention.start].strip()), None)


_BETWEEN_PAIR = re.compile(r"\s*(?:[–—-]|:|v\.?|vs\.?)\s*")
# what may stand between a pairing and its scores: other scores, brackets, "i.E.", "n.V.", "aet", "pens"
_AFTER_PAIR = re.compile(r"(?:[\s,;()]|\d+[:-]\d+|[a-zA-Z]{1,4}\.)*")


def _pairing(ctx: Context, score: Quantity) -> Mention | None:
    """A results line "Chile – Argentinien 4:1 i.E. (0:0, 0:0)", "Rovers v Clarets 2-0": the
    scores are written from the first side's view, so they are the first side's."""
    names = [m.mention for m in ctx.mentions if not m.modifier and m.mention.end <= score.start]
    if len(names) < 2:
        return None
    first, second = names[-2], names[-1]
    if _BETWEEN_PAIR.fullmatch(ctx.text, first.end, second.start) and score.start - second.end < 40 \
            and not a_place_of_action(ctx.text, ctx.sentence.start, first, ctx.pack) \
            and _AFTER_PAIR.fullmatch(ctx.text, second.end, score.start):
        return first
    return None


def _birth_end(ctx: Context, date: Quantity) -> int | None:
    """Where the words telling a date of birth end ("Der 1999 in Bielefeld geborene …", "wurde 1985
    geboren"; "born in 1985": the date's own end), or None for any other date."""
    pattern = _birth(ctx.pack.language)
    after = pattern["after"].match(ctx.text, date.end, min(ctx.sentence.end, date.end + 40))
    if after is not None:
        return after.end()
    return date.end if pattern["before"].search(ctx.text, max(ctx.sentence.start, date.start - 15), date.start) else None


@lru_cache(maxsize=None)
def _birth(language: str) -> dict[str, re.Pattern[str]]:
    words = pack(language).birth_words
    return {"after": re.compile(rf"(?i)(?:\s+[^\W\d_]+){{0,3}}?\s+(?:{words})(?!\w)"),
            "before": re.compile(rf"(?i)(?<!\w)(?:{words})(?:\s+[^\W\d_]+)?\s+$")}


def _described_at_opening(ctx: Context, q: Quantity, birth_end: int) -> Mention | None:
    """"Der 1999 in Bielefeld geborene Rechtshänder gilt …": a description opening the sentence
    with a definite article, the figure inside it, stands for the person named last."""
    opening = re.match(rf"\W*(?:{ctx.pack.article_alternation})\s", ctx.text[ctx.sentence.start:q.start], re.IGNORECASE)
    if opening is None or len(ctx.text[ctx.sentence.start:q.start].split()) > 2:
        return None
    end = _through_noun(ctx, birth_end) if birth_end > q.end else q.end
    return description_antecedent(ctx, ctx.sentence.start + opening.start(), end)


def _bracketed_owner(ctx: Context, date: Quantity) -> Mention | None:
    """The name right before a bracket of years ("Jesenská (1896-1944)")."""
    opening = ctx.text.rfind("(", max(ctx.sentence.start, date.start - 8), date.start)
    if opening < 0 or not re.fullmatch(r"\(\s*(?:\d{4}\s*[-–]\s*)?", ctx.text[opening:date.start]):
        return None
    return name_before(ctx, opening)


def _edition_owner(ctx: Context, date: Quantity) -> Mention | None:
    """"Capra's 1946 movie", "its 2005 presidency": a year after a possessor dates what that
    possessor made or held, so the possessor, not the sentence's subject, holds it; a name right
    after the year is the edition it dates ("Woodward's 2005 Lions")."""
    owner = re.search(r"['’]s?\s+$", ctx.text[max(ctx.sentence.start, date.start - 4):date.start])
    pronoun = re.search(r"([^\W\d_]+)\s+$", ctx.text[max(ctx.sentence.start, date.start - 12):date.start])
    possessive = pronoun is not None and pronoun.group(1).lower() in ctx.pack.possessives
    if not owner and not possessive:
        return None
    gap = re.match(r"\s+", ctx.text[date.end:date.end + 3])
    edition = next((m.mention for m in ctx.mentions if gap and m.mention.start == date.end + gap.end()), None)
    if edition is not None and (ctx.entities.named(edition).type != "place"):
        return edition  # not "its 2004 New York listing": a place is where, not what
    if owner:
        return name_before(ctx, date.start - len(owner.group(0)))
    return holder(ctx, date.start, date.end)  # "its 2005 presidency": whom "its" stands for


def _age_holder(ctx: Context, age: Quantity) -> Mention | None:
    """An apposition names its person ("Jeremic (40)", "Jackson, 58,"); "der 61-Jährige" a person
    named right after it ("der 36-jährige Mario Berger") or the last one named before."""
    names = [m.mention for m in ctx.mentions if not m.modifier]
    before = ctx.text[max(ctx.sentence.start, age.start - 3):age.start]
    if before.endswith(("(", ", ", ",")):
        named = [m for m in names if m.end <= age.start and not ctx.text[m.end:age.start].strip(" ,(")]
        return named[-1] if named else None
    after = [m for m in names if age.end <= m.start and (not ctx.text[age.end:m.start].strip() or
                                                          re.fullmatch(r"\s*[^\W\d_][\w-]*\s+", ctx.text[age.end:m.start]))
             and not a_place_of_action(ctx.text, ctx.sentence.start, m, ctx.pack)]  # not "der 23-Jährige aus Bielefeld"
    if after:
        return after[0]  # "der 36-jährige Mario Berger", "die 31-fache Weltcupsiegerin Takanashi"
    introduced = _introduced_with(ctx, age)
    if introduced is not None:
        return introduced  # "die 18 Jahre alte Bärin" after "Die Bärin Daniza"
    articles = (*ctx.pack.definite_articles, *ctx.pack.indefinite_articles)
    if re.search(rf"(?i)(?<!\w)(?:{'|'.join(map(re.escape, articles))})\s+$",
                 ctx.text[max(0, age.start - 8):age.start]):
        found = description_antecedent(ctx, age.start, age.end)
    else:
        found = holder(ctx, age.start, age.end)
    if found is None or ctx.entities.named(found).type == "place":
        # nobody named: "ein 36-Jähriger in der Donaustadt"; "dem 45-Jährigen" after "Ein Jogger ist …"
        return _introduced_unnamed(ctx, age) or _described_person(ctx, age)
    return found


def _introduced_with(ctx: Context, age: Quantity) -> Mention | None:
    """The name an earlier sentence introduced with the noun the age describes: "die 18 Jahre
    alte Bärin" is "Die Bärin Daniza" of before, "the 58-year-old striker" "striker Alan Smith"."""
    end = _through_noun(ctx, age.end)
    if end == age.end or (ctx.pack.capitalises_nouns and re.search(r"-[A-ZÄÖÜ]", age.text)):
        return None
    noun = ctx.text[age.end:end].strip()
    earlier = [m.mention for m in ctx.earlier if not m.modifier]
    for mention in reversed(earlier):
        if re.search(rf"(?<!\w){re.escape(noun)}\s+$", ctx.text[max(0, mention.start - len(noun) - 2):mention.start],
                     re.IGNORECASE):
            return coreference(ctx, mention, age.start, end, mention.type)
    return None


def _introduced_unnamed(ctx: Context, age: Quantity) -> Mention | None:
    """A definite description ("dem 45-Jährigen", "the 31-year-old") of someone the text
    introduced without a name in the sentences just before ("Ein Jogger ist … angegriffen
    worden", "ein 36-Jähriger wurde … eingeklemmt", "a man was injured"): that person. Asked
    only where no person is named before the description."""
    rules = ctx.pack
    if not preceded_by(ctx.text, 0, age.start, rules.definite_articles, reach=8):
        return None
    window_start = max(0, ctx.sentence.start - 400)
    years = re.match(r"\d+", age.text)
    last = None
    for found in _indefinite_person(rules.language).finditer(ctx.text, window_start, age.start):
        noun = found.group("noun")
        same_age = years is not None and re.match(rf"{years.group(0)}(?!\d)", noun)
        opening = re.search(r"(?:^|[.!?]\s+|\s[-–—]\s+)$", ctx.text[max(0, found.start() - 30):found.start()])
        if same_age or (opening and not noun[:1].isdigit()):
            last = found  # "ein 36-Jähriger" for "der 36-Jährige"; "Ein Jogger ist …" opening its sentence
    if last is None:
        return None
    return Mention(text=last.group("noun"), start=last.start("noun"), end=last.end("noun"), type="person", via="noun")


@lru_cache(maxsize=None)
def _indefinite_person(language: str) -> re.Pattern[str]:
    rules = pack(language)
    articles = alternation(rules.indefinite_articles)
    endings = alternation(rules.person_noun_endings)
    nouns = alternation(rules.person_nouns) if rules.person_nouns else "(?!)"
    flags = "" if rules.capitalises_nouns else "(?i)"
    noun = r"[A-ZÄÖÜ0-9][\w-]*" if rules.capitalises_nouns else r"[a-z0-9][\w-]*"
    return re.compile(rf"{flags}(?<!\w)(?i:{articles})\s+(?P<noun>(?:{nouns})|{noun}(?:{endings}))(?![\w-])")


def _described_person(ctx: Context, age: Quantity) -> Mention:
    """A person the text names only by a description holds its age: "36-jähriger Arbeiter",
    "die 18 Jahre alte Bärin", "a 25-year-old man"."""
    nominal = ctx.pack.capitalises_nouns and re.search(r"-[A-ZÄÖÜ]", age.text)  # "der 57-Jährige" is the noun
    end = age.end if nominal else _through_noun(ctx, age.end)
    return Mention(text=ctx.text[age.start:end], start=age.start, end=end, type="person", via="noun")


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _through_noun(ctx: Context, end: int) -> int:
    """`end`, or the end of the noun right after it that a description names ("… geborene
    Rechtshänder", "36-jähriger Arbeiter")."""
    noun = _NEXT_WORD.match(ctx.text, end, ctx.sentence.end)
    return noun.end(1) if noun and tagged_as_noun(noun.group(1), ctx.pack.language) else end


def _modal(ctx: Context) -> str | None:
    words = re.findall(r"[^\W\d_]+", ctx.text[ctx.sentence.start:ctx.sentence.end].lower())
    return "modal" if any(w in ctx.pack.modals for w in words) else None


# --- roles --------------------------------------------------------------------------------

def _role_claims(document: Document, ctx: Context, holders_of_roles: dict[str, Mention]) -> list[Claim]:
    claims = []
    text, rules = ctx.text, ctx.pack
    names = [m.mention for m in ctx.mentions if not m.modifier]
    for match in role_candidates(rules.language).finditer(text, ctx.sentence.start, ctx.sentence.end):
        word = match.group(0).rstrip(".")
        start, end = match.start(), match.start() + len(word)
        phrase = phrase_ending_at(text, start, end, rules)
        role, phrase_start = phrase or (role_of(word, rules), start)
        if role is None or phrase_starts_at(text, start, rules):
            continue  # "chief" of "chief executive": the phrase's last word makes the claim
        if any(m.start <= start < m.end for m in names):
            continue  # "Prime Minister Tony Blair" read as one name: handled by the name's words
        person = _role_holder(text, names, start, end, ctx) or _served_as(ctx, start, end) \
            or _described(ctx, start, end, role, holders_of_roles)
        if person is None:
            continue
        person = ctx.entities.named(person)
        holders_of_roles[role] = person
        former = _former(text, phrase_start, rules, end)
        value = Quantity(kind="role", text=text[phrase_start:end], start=phrase_start, end=end)
        clause_start, clause_end = min(person.start, phrase_start), max(person.end, end)
        claims.append(Claim(
            id="", text=document.text[clause_start:clause_end], start=clause_start, end=clause_end,
            sentence=Span(ctx.sentence.start, ctx.sentence.end), predicate="person.role", rule=f"{OPEN_RULE}role",
            subject=person, object=_role_object(text, ctx.mentions, phrase_start, end, rules), value=value,
            attributes={"role": role, "since": None, "until": None, "former": former},
            measure="role", hedge=_modal(ctx)))
    return claims


@lru_cache(maxsize=None)
def _description(language: str) -> re.Pattern[str]:
    """A definite article and up to two words before a role: "der scheidende Landeshauptmann"."""
    return re.compile(rf"(?i)(?:^|\s)(?:{pack(language).article_alternation})\s+(?:[^\W\d_]+\s+){{0,2}}$")


def _described(ctx: Context, start: int, end: int, role: str, holders_of_roles: dict[str, Mention]) -> Mention | None:
    """"The chancellor is expected …", "Der Tormann und Kapitän feierte …": a role after a
    definite article, with no name, is the person named with that role before."""
    if not _description(ctx.pack.language).search(ctx.text[max(ctx.sentence.start, start - 30):start]):
        return None
    following = re.match(r"\s+([^\W\d_]+)\s", ctx.text[end:end + 30])
    if following and following.group(1).lower() in ctx.pack.holder_links:
        return None  # "the head of X": about X's head, who is not named here
    earlier = holders_of_roles.get(role) or _last_person_before(ctx, start)
    if earlier is None:
        return None
    return coreference(ctx, earlier, start, end, "person")


def _last_person_before(ctx: Context, start: int) -> Mention | None:
    """"… Clubkameraden Claudio Bravo. Der Tormann und Kapitän feierte …": a role description
    opening a sentence, with no one named with that role before, is the person the sentence
    before named last."""
    if not re.fullmatch(r"\W*[^\W\d_]+\s+(?:[^\W\d_]+\s+){0,2}", ctx.text[ctx.sentence.start:start]):
        return None
    previous_start = ctx.text.rfind(". ", 0, max(0, ctx.sentence.start - 2)) + 1
    for found in reversed(ctx.earlier):
        mention = found.mention
        if mention.start < previous_start:
            return None
        cluster = ctx.entities.of(mention)
        kind = mention.type or (cluster.type if cluster else None)
        if not found.modifier and (kind == "person" or (kind is None and personal_name(
                cluster.name if cluster else mention.text, ctx.pack.language))):
            return mention
    return None


def _served_as(ctx: Context, start: int, end: int) -> Mention | None:
    """ "Mr Jackson, who clashed with his leaders, served as higher education minister": a role
    after "as"/"als" belongs to the clause's holder, however far back it is named."""
    if not re.search(rf"(?i)(?<!\w){re.escape(ctx.pack.role_as)}\s+(?:[\w-]+\s+){{0,3}}$",
                     ctx.text[max(ctx.sentence.start, start - 40):start]):
        return None
    person = holder(ctx, start, end, strict=False)
    if person is None or person.via == "coreference" or _pronoun_acts(ctx, person.end, start):
        return None  # "Blair told Brown he would step down as prime minister": "he" acts, not Brown
    # "Osei, who stepped down as chief executive": "who" says the name is a person's
    who = re.match(rf"(?i)\s*,\s*(?:{ctx.pack.person_relatives})\s", ctx.text[person.end:start])
    return person if _personlike(person, ctx, loose=bool(who)) else None


def _pronoun_acts(ctx: Context, start: int, end: int) -> bool:
    """Whether a personal pronoun is the subject of a verb in [start, end) ("he would", "sie
    wurde"): a clause of its own, whose subject the name before it may not be. Not an object
    ("der sie als Marketingleiterin holte")."""
    rules = ctx.pack
    words = re.findall(r"[^\W\d_]+", ctx.text[start:end])
    return any(word.lower() in rules.pronouns and word.lower() not in rules.possessives
               and word.lower() not in rules.placeholder_pronouns
               and (following.lower() in rules.modals or following.lower() in rules.auxiliaries
                    or tagged_as_verb(following, rules.language))
               for word, following in zip(words, words[1:]))


@lru_cache(maxsize=None)
def _apposition(language: str) -> re.Pattern[str]:
    """Between a name and a role in apposition: "Robert Jackson, 58, MP for …", "Roche, a former Davis
    Cup player", "Illarionov - then economic adviser", "X, der Chef von Y"."""
    p = pack(language)
    lead = "|".join(map(re.escape, (*p.definite_articles, *p.indefinite_articles, *p.role_then_words)))
    relatives = "|".join(map(re.escape, p.relative_pronouns))
    # no relative pronoun among the words: "Milburn - who the prime minister put in charge"
    return re.compile(rf"\s*(?:\(\d{{1,3}}\))?\s*(?:,|\s[-–—])\s*(?:\d{{1,3}}\s*,\s*)?"
                      rf"(?:(?:{lead})\s+)*(?:(?!(?:{relatives})\s)[\w'’-]+\s+){{0,3}}", re.IGNORECASE)


@lru_cache(maxsize=None)
def _copula(language: str) -> re.Pattern[str]:
    """Between a name and its role: "X ist …", "X served as …", "X, who will be the …"."""
    p = pack(language)
    copulas = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(p.role_copulas, key=len, reverse=True))
    relatives = "|".join(map(re.escape, p.relative_pronouns))
    articles = "|".join(map(re.escape, (*p.definite_articles, *p.indefinite_articles)))
    auxiliaries = "|".join(map(re.escape, sorted(p.auxiliaries | p.copulas, key=len, reverse=True)))
    return re.compile(rf"(?:\s*,\s*(?:{relatives})(?:\s+(?:{auxiliaries}))*|\s+(?:{copulas}))\s+"
                      rf"(?:(?:{articles})\s+)?(?:[\w'’-]+\s+){{0,3}}", re.IGNORECASE)


def _role_holder(text: str, names: list[Mention], start: int, end: int, ctx: Context) -> Mention | None:
    """The person a role word belongs to: a name right after it ("Trainer Peter Stöger",
    "(tour manager) Bill Beaumont", "Chef der VP Wien, Gernot Blümel"), a name it stands in
    apposition to ("Robert Jackson, 58, MP for Wantage"), or the subject of "is"/"served as"."""
    for after in [m for m in names if end <= m.start < end + 80][:3]:
        gap = text[end:after.start]
        if not gap.strip(" ") or gap.strip() == ")" or _roles_between(gap, ctx.pack):
            return after if _personlike(after, ctx, loose=True) else None
        if _linked_then_comma(gap, ctx.pack) and _personlike(after, ctx):
            return after  # "Chef der VP Wien, Gernot Blümel"
        if gap.strip() == "," and _personlike(after, ctx) and " " in after.text \
                and not re.search(r"(?:s|innen|en)$", text[start:end]):
            return after  # "Last year's winner, Callum Fraser, did not start" (not "directors, Bert Roberts and …")
    before = [m for m in names if m.end <= start]
    if before:
        last = before[-1]
        between = text[last.end:start]
        apposition = _apposition(ctx.pack.language).fullmatch(between)
        said = re.match(r"\s+([^\W\d_]+)", text[end:end + 30])
        if said and said.group(1).lower() in ctx.pack.speech_verbs and apposition:
            return None  # "Echoing … Condoleezza Rice, the prime minister said …": the role opens the next clause
        if (apposition or _copula(ctx.pack.language).fullmatch(between)) and _personlike(last, ctx):
            return last
    return None


def _roles_between(gap: str, rules: Pack) -> bool:
    """"Bundeskanzler und SPÖ-Chef Werner Faymann", "Chef Vizekanzler Reinhold Mitterlehner":
    only further role words (and "und"/"and") stand between a role and its name."""
    words = gap.split()
    return bool(words) and len(words) <= 3 and all(
        w.lower() in rules.number_words.conjunctions or w == "&" or role_of(w.strip(",()"), rules) for w in words)


def _linked_then_comma(gap: str, rules: Pack) -> bool:
    """A link word, the organization and a comma between a role and its name: " der VP Wien, "."""
    words = gap.split()
    return 2 <= len(words) <= 5 and words[0].lower() in rules.holder_links and gap.rstrip().endswith(",")


def _personlike(mention: Mention, ctx: Context, loose: bool = False) -> bool:
    """A person, or a name that may be one: two to four words, or (`loose`, for a name right
    after a role word: "rapper Verbalicious") any name not typed otherwise."""
    cluster = ctx.entities.of(mention)
    kind = mention.type or (cluster.type if cluster else None)
    if kind is not None:
        return kind == "person"
    words = (cluster.name if cluster else mention.text).split()
    return loose or 2 <= len(words) <= 4 or (cluster is not None and cluster.words >= 2)


def _former(text: str, start: int, rules: Pack, end: int | None = None) -> bool:
    """"former chief executive", "Ex-Chef", "stepped down as chief executive", "director from
    2011 until his retirement in 2022": a role held no more."""
    before = re.findall(r"[^\W\d_]+", text[max(0, start - 30):start].lower())
    if bool(before) and (before[-1] in rules.former_words or (len(before) > 1 and before[-2] in rules.former_words)) \
            or text[max(0, start - 3):start].lower() == "ex-":
        return True
    if re.search(rf"(?i)(?<!\w)(?:{rules.left_role_cues})\s+$", text[max(0, start - 30):start]):
        return True
    if _in_a_former_list(text, start, rules):
        return True
    return end is not None and bool(re.match(rf"(?i)\s+(?:{rules.ended_role_cues})", text[end:end + 60]))


def _in_a_former_list(text: str, start: int, rules: Pack) -> bool:
    """"die damaligen Verhandler, Staatssekretär Josef Ostermayer (SPÖ), Landeshauptmann Gerhard
    Dörfler (FPK) sowie …": every role of a list a former word introduces is held no more."""
    window = text[max(0, start - 160):start]
    lead = None
    for lead in re.finditer(r"(?i)(?<!\w)([^\W\d_]+)\s+[^\W\d_]+\s*[,:]", window):
        pass
    if lead is None or lead.group(1).lower() not in rules.former_words or re.search(r"[.!?;]", window[lead.end():]):
        return False
    listed = re.findall(r"[^\W\d_]+", window[lead.end():])
    return all(w[:1].isupper() or w.lower() in rules.name_joiners for w in listed)


def _role_object(text: str, mentions: list[FoundMention], start: int, end: int, rules: Pack) -> Mention | None:
    """The organization or place of a role: glued before it ("ÖVP-Chef", "Euronext chief
    executive"), its possessor ("LSE's chief executive"), or after von/of."""
    for found in mentions:
        m = found.mention
        if m.end <= start and start - m.end <= 3 and (found.modifier or text[m.end:start] in ("", " ", "'s ", "’s ")):
            return m
        between = text[end:m.start].split()
        if m.start >= end and 1 <= len(between) <= 2 and between[0].lower() in rules.holder_links and \
                (len(between) == 1 or between[1].lower() in rules.definite_articles):
            return m  # "Bürgermeister von Steinau", "chief executive of the Norvane group"
    written = re.match(r"\s+(\w+)\s+((?:[A-ZÄÖÜ][\w.'-]*\s?){1,3})", text[end:end + 50])
    if written and written.group(1).lower() in rules.holder_links and rules.capitalises_nouns:
        # "Bürgermeister von St. Margarethen": a place after "von" that no name list knows
        name = written.group(2).strip().rstrip(",")
        at = end + written.start(2)
        return Mention(text=name, start=at, end=at + len(name))
    return None


# --- merging with the rule claims ----------------------------------------------------------

def event_dates_only(rule_claims: list[Claim], text: str, rules: Pack) -> list[Claim]:
    """A rule's event date that the open reading sees as no event ("an anticipated May general
    election", "by 2011", "(APA, 5.7.2015)") makes no claim either."""
    return [c for c in rule_claims if c.predicate != "event.date" or c.value is None
            or an_event_date(text, c.sentence.start, c.value, rules)]

def merge_claims(rule_claims: list[Claim], open_found: list[Valued], entities: LocalEntities,
                 idle: Sequence[tuple[int, int]] = (), read_otherwise: Sequence[tuple[int, int]] = ()) -> list[Claim]:
    """Rule claims are the precise form and keep their figures; the open reading adds a claim
    for every figure no rule claim holds, and a role where no rule role claim stands.

    Two exceptions, where the open reading knows better: a rule claim about nobody (neither
    subject nor object) and a rule's age given to someone other than the person the age is
    written beside ("Der 61-Jährige …") yield to the open claim of the same figure. Spans are
    looked up in sorted indexes, so merging stays linear in the number of claims.
    """
    idle_index = Spans(idle)
    # A bare number a rule took that the figures stage reads as part of a score, a rank or a
    # measure ("mit 6:4, 3:6", "an Nummer zwei", "182km") is no figure of the rule's predicate.
    otherwise = Spans(read_otherwise)
    rule_claims = [c for c in rule_claims if c.value is None or c.value.kind not in ("number", "count")
                   or not otherwise.overlapping(c.value.start, c.value.end)]
    open_values = Spans((c.value.start, c.value.end, c) for c in open_found if c.predicate != "person.role")
    rule_claims = [c for c in rule_claims if c.subject is not None or c.object is not None or c.predicate == "statement"]
    rule_claims = [c for c in rule_claims if c.value is None or not idle_index.overlapping(c.value.start, c.value.end)]
    rule_claims = [c for c in rule_claims if not (
        c.value is not None and c.predicate != "statement"
        and any(_yields(c, o) for o in open_values.overlapping(c.value.start, c.value.end)))]
    structured = [c for c in rule_claims if c.predicate != "statement"]
    taken = Spans((c.value.start, c.value.end) for c in structured if c.value is not None)
    # A rule's role claim about a name the store does not know yields to the open reading of the
    # same role word when that reads another person ("…, der Chef der VP Wien, Gernot Blümel").
    open_roles = Spans((c.value.start, c.value.end, c) for c in open_found if c.predicate == "person.role")
    yielded = {id(c) for c in structured if c.predicate == "person.role" and c.subject is not None
               and c.subject.entity_id is None
               and any(o.subject.start != c.subject.start for o in open_roles.overlapping(c.start, c.end))}
    rule_claims = [c for c in rule_claims if id(c) not in yielded]
    structured = [c for c in structured if id(c) not in yielded]
    rule_roles = Spans((c.start, c.end) for c in structured if c.predicate in ("person.role", "person.founder"))
    kept = [c for c in open_found
            if not taken.overlapping(c.value.start, c.value.end)
            and not (c.predicate == "person.role" and rule_roles.overlapping(c.value.start, c.value.end))]
    merged = [replace(c, subject=entities.named(c.subject), object=entities.named(c.object))
              for c in rule_claims] + kept
    merged.sort(key=lambda c: (c.start, c.value.start if c.value else c.end))
    return [replace(c, id=f"c{i + 1}") for i, c in enumerate(merged)]


def _yields(rule_claim, open_claim) -> bool:
    if rule_claim.subject is None and rule_claim.object is None:
        return True
    if rule_claim.predicate == "person.age" and open_claim.predicate == "person.age":
        return (rule_claim.subject and rule_claim.subject.entity_id) != (open_claim.subject.entity_id) or \
            (rule_claim.subject.text if rule_claim.subject else None) != open_claim.subject.text
    return False
