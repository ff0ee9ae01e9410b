"""Whom a figure is about: the holder, chosen from the figure's clause and sentence.

No parser is available, so the holder follows the word order of news sentences, in this
order of preference (`holder`):
1. a name the counted noun is linked to ("15 Abgeordnete der SPÖ", "301 MPs of Labour");
2. a possessive's antecedent ("its 301 MPs"; ahead when it opens the sentence: "Now in its
   twenty-first year, Sundance …");
3. the name a relative clause hangs on ("Andreas Khol, der mit 11 Prozent …");
4. the nearest name before the figure in its clause ("Chile setzte sich mit 4:1 durch");
5. the first name of the main clause before the figure (after "While …," / "Während …,");
6. a description or pronoun opening the sentence ("The 31-year-old", "He");
7. a name after the figure in its clause (German verb-second: "Am Samstag gewann Chile");
8. any pronoun before the figure: the last entity of a fitting type before it.
Kinds the sentence's subject rarely holds stop after step 4 (`strict`). Names after a verb
of saying are the only candidates for what is said; places of the action, bracketed names,
sources and datelines never hold a figure. Without a holder a figure makes no claim: a
claim about nobody can be neither checked nor compared.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from dataclasses import dataclass, replace

from service.engine.attribution import quote_spans
from service.engine.entities import FoundMention
from service.engine.lang import Pack, pack
from service.engine.lexicon import alternation
from service.engine.local_entities import LocalEntities
from service.engine.model import Mention, Segment
from service.engine.roles import role_of
from service.engine.words import (COMMON, first_name_gender, tagged_as_adjective, tagged_as_adverb, tagged_as_adverbial, tagged_as_finite_verb,
                                  tagged_as_name, tagged_as_noun, tagged_as_verb, word_class)

_CLAUSE_BREAK = re.compile(r"[;:()–—„“”\"»«]|,(?!\d)|\s-\s")


@dataclass(frozen=True)
class Context:
    """What the holder search needs of one sentence."""
    text: str
    sentence: Segment
    mentions: list[FoundMention]       # names in the sentence, in order
    earlier: list[FoundMention]        # names before the sentence, in order
    entities: LocalEntities
    pack: Pack


def clause_bounds(text: str, sentence: Segment, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): from the break before it to the break after it."""
    clause_start = sentence.start
    for match in _CLAUSE_BREAK.finditer(text, sentence.start, start):
        clause_start = match.end()
    after = _CLAUSE_BREAK.search(text, end, sentence.end)
    return clause_start, after.start() if after else sentence.end


def holder(ctx: Context, start: int, end: int, noun_end: int | None = None, strict: bool = False,
           nouns: bool = False) -> Mention | None:
    """Whom the figure at [start, end) is about, or None. `strict` stops after the clause-level
    evidence (a linked name, a possessive, a name before it in its clause, a relative clause):
    for kinds whose figures the sentence's subject rarely holds. `nouns`: a subject noun phrase
    naming nobody ("Die Kosten", "the jobless rate") may hold the figure, ahead of a place."""
    names = [m.mention for m in ctx.mentions if not m.modifier and _eligible(ctx, m.mention)]
    bracketed = _bracket_owner(ctx, start)
    if bracketed is not None:
        return bracketed  # "vor der Weltmeisterin Carina Vogt (225,2)": the name the bracket follows
    clause_start, clause_end = clause_bounds(ctx.text, ctx.sentence, start, end)
    reporter = _reporting_own(ctx, clause_start, start) or _quoted_first_person(ctx, start)
    if reporter is not None:
        return reporter  # "Northgate Bank reported an 18% rise"; "„Wir haben 300 Stellen geschaffen“, sagte Müller"
    reported = _reported_from(ctx, start)
    if reported is not None:
        # "Blair claimed a Tory government would cut £35bn": who says it is the source; the
        # holder is named in what is said, or is not named at all.
        names = [m for m in names if m.start >= reported]
        clause_start = max(clause_start, reported)
    if noun_end is not None:
        counted = next((m for m in names if m.start >= end and m.end == noun_end), None)
        if counted is not None:
            return counted  # "sowie drei Grüne": the counted noun names a party, the holder of its seats
        noun = re.search(r"[^\W\d_]+$", ctx.text[end:noun_end])
        if noun and noun.group(0).lower() in ctx.pack.party_nouns:
            # "sowie drei Grüne und zwei Kommunisten": the party's members hold the count they are
            return Mention(text=noun.group(0), start=end + noun.start(), end=noun_end, type="organization", via="noun")
        member = next((m.mention for m in ctx.mentions if m.mention.start >= end and m.mention.end < noun_end), None)
        if member is not None and role_of(ctx.text[member.end:noun_end].split()[-1], ctx.pack) in ctx.pack.member_roles:
            return member  # "the 14 Liberal MPs", "301 Labour MPs": the party whose members are counted
        linked = _linked(ctx, names, noun_end)
        if linked is not None:
            return linked
    window = max(ctx.sentence.start, start - 25)
    possessive = _possessive(ctx.pack.language).search(ctx.text[window:start])
    ahead = _cataphoric(ctx, names, start) if possessive else None
    if ahead is not None:
        # "Now in its twenty-first year, Sundance continues": a possessive in a phrase before
        # the main clause points ahead, to the main clause's subject.
        return ahead
    if possessive:  # "its 301 MPs", "his ninth Budget", "seinen 28. Geburtstag"
        types = ctx.pack.pronouns.get(possessive.group(1).lower(), ("person", "organization"))
        found = _antecedent(ctx, types, window + possessive.start(1), window + possessive.end(1))
        if found is not None:
            return _owned_organization(ctx, found, window + possessive.end(1)) or found
    # A relative clause is about the name it hangs on, whatever it names after its pronoun
    # ("Rovers, who won the Cup four times"; "Khol, der mit 11 Prozent auf Platz fünf landete").
    # ("sagte Hartwig, der für den Sieg 126.000 Euro erhält": who speaks holds what his own relative clause says)
    relative = _relative_antecedent(ctx, names + [m.mention for m in ctx.mentions if _a_speaker(ctx, m.mention)],
                                    clause_start)
    if relative is not None:
        return relative
    coordinated = _coordinated_verb(ctx, clause_start, start)
    if coordinated is not None and not [m for m in names if coordinated <= m.start and m.end <= start]:
        # "Roche won the French Open, reached the US Open finals and won five doubles titles": a verb
        # joined by "and" without a subject of its own acts for the sentence's subject
        subject = sentence_subject(ctx)
        if subject is not None and subject.start < coordinated:
            return subject
    before_in_clause = [m for m in names if clause_start <= m.start and m.end <= start]
    if before_in_clause or strict:
        if before_in_clause:
            return _nearest_participant(ctx, before_in_clause)
        # "Die griechische Küstenwache konnte 73 Menschen … in der Ägäis retten": the subject acts, the
        # place is where; "It employs 26,000 people", "The bank employs …": the sentence's opening
        # pronoun or description names who
        opening = (_acting_pronoun(ctx, start) or _opening_definite(ctx, start) or _opening_description(ctx)
                   if clause_start == ctx.sentence.start else None) or clause_pronoun(ctx, clause_start, start) \
            or _inverted_name(ctx, names, start, end) or _after_fronted_phrase(ctx, names, start, clause_start, clause_end)
        return opening or (noun_subject(ctx, start, end) if nouns else None) \
            or (_located(ctx, noun_end) if noun_end is not None else None) \
            or (_owner_in_phrase(ctx, noun_end, clause_end) if noun_end is not None else None) \
            or _place(ctx, clause_start, _through_relative(ctx, clause_start, clause_end)) \
            or (_place(ctx, ctx.sentence.start, ctx.sentence.end)  # "Nachdem … im Trentino befreit wurden, sind 77 Tiere …"
                if nouns and not _another_actor(ctx, ctx.sentence.start, end) else None)
    main = max(_main_clause_start(ctx), reported or 0)
    before = [m for m in names if main <= m.start and m.end <= start] or [m for m in names if m.end <= start]
    if before:
        return before[0]
    described = _opening_description(ctx) or _opening_pronoun(ctx, start)
    if described is not None:
        return described  # "The 31-year-old … will now seek a third title", "He is the third …"
    # not a name in a clause opened after the figure ("who was second when Newcastle hosted the race")
    after_in_clause = [m for m in names if start < m.start and m.end <= clause_end
                       and not _opens_a_clause(ctx, end, m.start)]
    if after_in_clause:
        return after_in_clause[0]
    return pronoun_antecedent(ctx, start, reported or ctx.sentence.start) \
        or (noun_subject(ctx, start, end) if nouns else None) or _place(ctx, clause_start, clause_end)


def noun_subject(ctx: Context, start: int, end: int | None = None) -> Mention | None:
    """The clause's subject when it is a noun phrase naming nobody, before the figure at `start`:
    "Die Arbeitslosenquote lag bei 6,4 Prozent", "The jobless rate rose to 4.2%". What is
    measured is then its own holder, so two figures for it can be compared; "Der Fonds" after
    "Solidaritätsfonds" is that fund."""
    clause_start, _ = clause_bounds(ctx.text, ctx.sentence, start, start)
    for at in dict.fromkeys((clause_start, _main_clause_start(ctx), ctx.sentence.start)):
        lead = _lead(ctx.pack.language).match(ctx.text, at, start)  # quotes, "als", "when": "…, als der Wert …"
        found = _subject_phrase(ctx.pack.language).match(ctx.text, lead.end(), start) if lead else None
        if found is None:
            continue
        article = _article(ctx.pack.language).match(found.group("phrase"))
        if not article and not _bare_subject(ctx, found):
            continue
        following = re.match(r"\s+([^\W\d_]+)", ctx.text[found.end("phrase"):found.end("phrase") + 30])
        if following and (following.group(1).lower() in ctx.pack.speech_verbs
                          or _source_after(ctx.pack.language).fullmatch(following.group(1))):
            break  # "Der Polizei zufolge", "the report said": a source, not a holder
        if _stands_for_someone(ctx, found) or _another_clause(ctx, found.end("phrase"), start):
            break  # after "und fordern" another subject acts
        if found.end("head") == found.end("phrase") and article:
            earlier = _named_before(ctx, found.group("head"), found.start("phrase"))
            if earlier is not None:
                return earlier
        return _phrase_mention(ctx, found, article)
    return _relative_phrase(ctx, clause_start) or _quantified(ctx, start) or _measured_phrase(ctx, start, end) \
        or inverted_subject(ctx, start, end)


def inverted_subject(ctx: Context, start: int, end: int | None) -> Mention | None:
    """Verb-second: after a fronted adverbial or the figure itself and the finite verb (and up to
    two adverbs), the subject noun phrase: "Im März stieg die Zahl der Arbeitslosen um 26.000",
    "Eine halbe Million Euro stiftet zudem die Kirchhainer Sparkassenstiftung". Not after a
    fronted subject ("Er verabschiedete das Budget von …": that phrase is the object)."""
    at = _after_fronted_verb(ctx, start, end)
    if at is None:
        return None
    pronoun = re.match(r"\s*([^\W\d_]+)(?!\w)", ctx.text[at:at + 20])
    word = pronoun.group(1).lower() if pronoun else ""
    if pronoun and word in ctx.pack.subject_pronouns and word in ctx.pack.pronouns:
        # "Zurückgekehrt nach Prag, schloss sie sich in den späten 1920ern … an": the pronoun after the verb acts
        return _antecedent(ctx, ctx.pack.pronouns[word], at + pronoun.start(1), at + pronoun.end(1))
    language = ctx.pack.language
    _, clause_end = clause_bounds(ctx.text, ctx.sentence, start, end or start)
    found = _inverted(language).match(ctx.text, at, clause_end)
    if found is None or found.start("phrase") <= start < found.end("phrase") \
            or ctx.text[found.end("phrase"):start].strip().lower() in ctx.pack.holder_links:
        return None  # "die erste Gruppe von 42 Asylwerbern": a group of what is counted, not its holder
    if _stands_for_someone(ctx, found):
        return None
    head = found.group("head")
    article = _article(language).match(found.group("phrase"))
    if article and found.start("head") == found.start("phrase") + article.end() and found.end("head") == found.end("phrase"):
        # "die Bank" after "Hohenstaufen Bank": the entity it shortens (not "die türkische Armee")
        earlier = _entity_ending_in(ctx, head, found.start("phrase"), found.end("phrase")) \
            or _named_before(ctx, head, found.start("phrase"))
        if earlier is not None:
            return earlier
    return _phrase_mention(ctx, found, article)


def _stands_for_someone(ctx: Context, found: re.Match) -> bool:
    """Whether a subject phrase is a stand-in rather than what is measured: "the company" stands
    for a name, "the chancellor" for a person, "Die Grünen" is a name the names stage missed, and
    a phrase holding a name is that name's."""
    head = found.group("head")
    return bool(head.lower() in ctx.pack.pronouns or role_of(head, ctx.pack) or _missed_name(ctx, head)
                or _holds_a_name(ctx, found.start("phrase"), found.end("phrase")))


def _phrase_mention(ctx: Context, found: re.Match, article: re.Match | None) -> Mention:
    """The subject phrase without its article, as the holder of what it measures."""
    begin = found.start("phrase") + (article.end() if article else 0)
    return Mention(text=ctx.text[begin:found.end("phrase")], start=begin, end=found.end("phrase"), via="noun")


def _after_fronted_phrase(ctx: Context, names: list[Mention], start: int, clause_start: int,
                          clause_end: int) -> Mention | None:
    """"Four hours later, Sir Edward called …", "Nach 14 Monaten, so Müller, …": a short opening
    phrase without a verb of its own, set off by a comma, tells of the name that opens the main
    clause after it."""
    if clause_start != ctx.sentence.start or ctx.text[clause_end:clause_end + 1] != ",":
        return None
    words = re.findall(r"[^\W\d_]+", ctx.text[clause_start:clause_end])
    if len(words) > 5 or any(w.islower() and tagged_as_verb(w, ctx.pack.language) for w in words):
        return None
    if not ctx.text[clause_start:start].strip() and words and tagged_as_noun(words[-1], ctx.pack.language):
        return None  # "Two other former directors, Bert Roberts and …": the names after it are the counted
    begin = _past(_SPACES, ctx.text, clause_end + 1)  # after the comma
    return next((m for m in names if begin <= m.start < begin + 20 and (  # "Sir Edward": a title may open it
        not ctx.text[begin:m.start].strip() or ctx.text[begin:m.start].strip() in ctx.pack.person_titles)), None)


def _inverted_name(ctx: Context, names: list[Mention], start: int, end: int) -> Mention | None:
    """Verb-second with a name: "In 30 Jahren hat Blairmore niemals Steuern gezahlt"."""
    at = _after_fronted_verb(ctx, start, end)
    return next((m for m in names if m.start == at), None) if at is not None else None


def _after_fronted_verb(ctx: Context, start: int, end: int | None) -> int | None:
    """Where the subject stands in a verb-second clause whose front holds the figure or an
    adverbial: after the finite verb and up to two adverbs; None in other clauses."""
    if not ctx.pack.inverted_subject:
        return None
    language = ctx.pack.language
    clause_start, clause_end = clause_bounds(ctx.text, ctx.sentence, start, end or start)
    words = list(re.finditer(r"[^\W\d_]+", ctx.text[clause_start:clause_end]))[:8]
    opening = ctx.text[clause_start:clause_end].lstrip(" „“\"»«")
    after_comma = ctx.text[max(0, clause_start - 40):clause_start].rstrip().endswith(",")
    verb: int | None
    if words and after_comma and tagged_as_finite_verb(words[0].group(0), language):
        verb = 0  # "Saisonbereinigt, …, stieg die Arbeitslosigkeit um 26.000": the fronted part is the clause before
    elif not words or not (opening[:1].isdigit() or clause_start + words[0].start() == start
                           or (start <= clause_start + words[0].start() < (end or start))
                           or tagged_as_adverbial(words[0].group(0), language)):
        return None
    else:
        # a verb after the clause's first word is lower-case: the tagger is asked of no noun or name
        verb = next((i for i, w in enumerate(words[1:], 1)
                     if w.group(0).islower() and tagged_as_finite_verb(w.group(0), language)), None)
    if verb is None:
        return None
    verb_start = clause_start + words[verb].start()
    if start < verb_start and ctx.pack.plural_verb_endings and words[verb].group(0).endswith(ctx.pack.plural_verb_endings):
        return None  # "Knapp 900.000 Wähler machten die Entscheidung spannend": the fronted figure may be the subject
    if end is not None and _whole(language).match(ctx.text, end):
        return None  # "Bei rund zehn Prozent der Patienten verläuft …": a share of its own whole
    at = verb + 1
    while at < len(words) and at <= verb + 2 and words[at].group(0).islower() \
            and tagged_as_adverb(words[at].group(0), language):
        at += 1  # "stiftet zudem die …", "hat allein das …"; never past a preposition ("unterhalb der …")
    return clause_start + words[at].start() if at < len(words) else None


@lru_cache(maxsize=None)
def _inverted(language: str) -> re.Pattern[str]:
    return re.compile(pack(language).inverted_subject)


def _bare_subject(ctx: Context, found: re.Match) -> bool:
    """A subject without an article ("Consumer spending grew 4.2%", "House prices have risen"):
    not one opening with a function word, a number or a clause word ("But the outlook", "Sixty
    percent of …", "That last policy"), nor one whose last word is an auxiliary ("Analysts had")."""
    words = found.group("phrase").split()
    first, head = words[0], found.group("head").lower()
    numbers = ctx.pack.number_words
    return first not in ctx.pack.not_name_words and first.lower() not in ctx.pack.clause_openers \
        and first.lower() not in numbers.units and first.lower() not in numbers.tens \
        and first.lower() not in ctx.pack.auxiliaries and head not in ctx.pack.auxiliaries \
        and not re.fullmatch(ctx.pack.finite_verb, head) \
        and (tagged_as_noun(first, ctx.pack.language) or tagged_as_adjective(first, ctx.pack.language)
             or tagged_as_name(first, ctx.pack.language))  # not "However crude prices", "Among the …"


def _holds_a_name(ctx: Context, start: int, end: int) -> bool:
    """Whether a name the names stage found begins in [start, end): a phrase holding a name is that name's."""
    return any(start <= m.mention.start < end for m in ctx.mentions)


def _missed_name(ctx: Context, word: str) -> bool:
    """"Die Grünen", "Das Bundespresseamt": in a language that capitalises its nouns, a head the
    word lists do not know as common and the tagger takes for a name is a name the names stage missed."""
    return ctx.pack.capitalises_nouns and word_class(word, ctx.pack.language) != COMMON \
        and tagged_as_name(word, ctx.pack.language)


def _relative_phrase(ctx: Context, clause_start: int) -> Mention | None:
    """"The district, which serves about 47,900 students": a relative clause is about the noun
    phrase before its comma, when that names nobody."""
    if clause_start <= ctx.sentence.start or ctx.text[clause_start - 1] != "," \
            or not _relative_opening(ctx.pack.language).match(ctx.text, clause_start):
        return None
    found = _phrase_before_comma(ctx.pack.language).search(ctx.text[max(ctx.sentence.start, clause_start - 50):clause_start - 1])
    if found is None:
        return None
    begin = max(ctx.sentence.start, clause_start - 50) + found.start("phrase")
    head = found.group("phrase").split()[-1]
    if head.lower() in ctx.pack.pronouns or role_of(head, ctx.pack) \
            or _holds_a_name(ctx, begin, clause_start):
        return None
    return _named_before(ctx, head, begin) or Mention(text=found.group("phrase"), start=begin,
                                                      end=begin + len(found.group("phrase")), via="noun")


def _quantified(ctx: Context, start: int) -> Mention | None:
    """"Im Schnitt verlor jeder Anleger rund 2.500 Euro", "each household paid £300": what every
    one of a group holds."""
    clause_start, _ = clause_bounds(ctx.text, ctx.sentence, start, start)
    found = _quantifier(ctx.pack.language).search(ctx.text, clause_start, start)
    if found is None or any(m.mention.start == found.start("phrase") for m in ctx.mentions):
        return None
    return Mention(text=found.group("phrase"), start=found.start("phrase"), end=found.end("phrase"), via="noun")


@lru_cache(maxsize=None)
def _quantifier(language: str) -> re.Pattern[str]:
    return re.compile(pack(language).quantified_phrase)


def whole_of_share(ctx: Context, end: int) -> Mention | None:
    """"About 82% of the budget goes to salaries": the whole a share is of, named by a definite
    noun phrase right after it."""
    found = _whole(ctx.pack.language).match(ctx.text, end, min(ctx.sentence.end, end + 60))
    if found is None or _holds_a_name(ctx, found.start("phrase"), found.end("phrase")):
        return None
    words = found.group("phrase").split()
    if words[-1].lower() in ctx.pack.pronouns or any(role_of(w, ctx.pack) for w in words):
        return None
    return Mention(text=found.group("phrase"), start=found.start("phrase"), end=found.end("phrase"), via="noun")


@lru_cache(maxsize=None)
def _whole(language: str) -> re.Pattern[str]:
    return re.compile(pack(language).whole_phrase)


def _measured_phrase(ctx: Context, start: int, end: int | None) -> Mention | None:
    """"raise the stamp duty threshold from £60,000", "der Etat von 48 Millionen Euro": a definite
    noun phrase right before the level word of the figure is what it measures; not when a
    counted noun follows the figure ("die Gruppe von 42 Asylwerbern": a group of them)."""
    if end is None:
        return None
    following = re.match(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?", ctx.text[end:end + 40])
    if following and ctx.pack.capitalises_nouns:  # "42 Asylwerber", "42 syrische Asylwerber"
        if any(word and word[:1].isupper() for word in following.groups()):
            return None
    elif following and following.group(1).lower() not in ctx.pack.not_countable:  # "42 asylum seekers"
        return None
    floor = max(ctx.sentence.start, start - 60)
    found = _measured(ctx.pack.language).search(ctx.text, floor, start)
    if found is None or _holds_a_name(ctx, found.start("phrase"), found.end("phrase")):
        return None
    words = found.group("phrase").split()
    if words[-1].lower() in ctx.pack.pronouns or words[-1].lower() in ctx.pack.amount_nouns \
            or any(role_of(w, ctx.pack) for w in words):
        return None  # "im Wert von 12 Mrd. Euro", "a total of £33.5bn": the amount itself, not what has it
    if _missed_name(ctx, words[-1]):
        return None
    return Mention(text=found.group("phrase"), start=found.start("phrase"), end=found.end("phrase"), via="noun")


@lru_cache(maxsize=None)
def _measured(language: str) -> re.Pattern[str]:
    return re.compile(pack(language).measured_phrase + r"$")


# How far back a bare noun ("Der Fonds", "the fund") looks for the compound or name it shortens.
_NOUN_REACH = 1500


def _named_before(ctx: Context, head: str, at: int) -> Mention | None:
    """"Der Fonds" after "Solidaritätsfonds", "the fund" after "Digital Solidarity Fund": the
    nearest word or name ending in the bare noun, before `at` (where the phrase starts), stands for it."""
    floor = max(0, at - _NOUN_REACH)
    compound = rf"[A-ZÄÖÜ][\w-]*{re.escape(head.lower())}|" if ctx.pack.capitalises_nouns else ""
    last = None
    for last in re.finditer(rf"(?<![\w-])({compound}(?:[A-Z][\w-]*\s+){{1,3}}{re.escape(head.capitalize())})(?!\w)",
                            ctx.text[floor:at]):
        pass
    if last is None or last.group(1).lower() == head.lower():
        return None
    name, begin = last.group(1), floor + last.start(1)
    article = _article(ctx.pack.language).match(name)
    if article:  # "The Digital Solidarity Fund": the name without its article
        name, begin = name[article.end():], begin + article.end()
    mention = ctx.entities.named(Mention(text=name, start=begin, end=begin + len(name), via="noun"))
    return replace(mention, via="coreference") if mention.entity else mention


@lru_cache(maxsize=None)
def _source_after(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i){pack(language).source_after}")


@lru_cache(maxsize=None)
def _article(language: str) -> re.Pattern[str]:
    """A definite article opening a phrase: "The Digital Solidarity Fund" is the fund's name without it."""
    return re.compile(rf"(?i)(?:{pack(language).article_alternation})\s+")


@lru_cache(maxsize=None)
def _phrase_before_comma(language: str) -> re.Pattern[str]:
    """A definite noun phrase of up to three words ending the text: "the district" in "The district,"."""
    return re.compile(rf"(?i)(?<!\w)(?:{pack(language).article_alternation})\s+"
                      rf"(?P<phrase>(?:[^\W\d_][\w'’-]*\s+){{0,2}}[^\W\d_][\w-]*)\s*$")


@lru_cache(maxsize=None)
def _link(language: str) -> re.Pattern[str]:
    """A word after the counted noun and an optional article: "der" in "15 Abgeordnete der SPÖ"."""
    return re.compile(rf"(?i)\s+(\w+)\s+(?:(?:{pack(language).article_alternation})\s+)?")


def _another_clause(ctx: Context, start: int, end: int) -> bool:
    """Whether a joined clause with a verb of its own begins between `start` and `end` ("…, und
    fordern fünf Millionen"), not a noun joined to the phrase ("der Schülerinnen und Schüler")."""
    for joined in _joined(ctx.pack.language).finditer(ctx.text, start, end):
        word = joined.group(1)
        if (ctx.pack.capitalises_nouns and word[:1].islower()) or _verb(ctx.pack.language).fullmatch(word):
            return True
    return False


@lru_cache(maxsize=None)
def _joined(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{'|'.join(map(re.escape, pack(language).lexicon.clause_joiners))})\s+([^\W\d_]+)")


@lru_cache(maxsize=None)
def _verb(language: str, past: bool = False) -> re.Pattern[str]:
    """A finite verb or a verb of change ("and raised"); with `past`, any past form too ("and won")."""
    rules = pack(language)
    past_forms = f"|{rules.lexicon.past_cues}" if past else ""
    return re.compile(rf"(?{'i' if past else ''}:{rules.finite_verb}{past_forms}|{rules.rise_words}|{rules.fall_words})")


@lru_cache(maxsize=None)
def _lead(language: str) -> re.Pattern[str]:
    subordinators = alternation(pack(language).subordinators)
    return re.compile(rf"[\s„“\"»«'‘]*(?:(?i:{subordinators})\s+)?")


@lru_cache(maxsize=None)
def _subject_phrase(language: str) -> re.Pattern[str]:
    return re.compile(pack(language).subject_phrase)



def _coordinated_verb(ctx: Context, clause_start: int, start: int) -> int | None:
    """Where the last "and"/"und" with a verb right after it stands in the clause before the
    figure, or None."""
    last = None
    for joined in _joined(ctx.pack.language).finditer(ctx.text, clause_start, start):
        if _verb(ctx.pack.language, past=True).fullmatch(joined.group(1)):
            last = joined.start()
    return last


def _nearest_participant(ctx: Context, before: list[Mention]) -> Mention:
    """The nearest name before the figure, unless it is only what the action is for ("the US had
    increased support for Africa … to $4.6bn") and another name stands before it."""
    for mention in reversed(before):
        oblique = preceded_by(ctx.text, ctx.sentence.start, mention.start, ctx.pack.oblique_prepositions, reach=12)
        if not oblique or re.match(r"\s+to\s", ctx.text[mention.end:mention.end + 4]):
            return mention  # "a deal for Airbus to sell 23 planes": Airbus does the selling
    return before[-1]


def _place(ctx: Context, clause_start: int, clause_end: int, near: int | None = None) -> Mention | None:
    """With nobody else in reach, the place the clause happens in holds its figures: "Derzeit
    leben mehr als 50 Braunbären im Trentino", "Zwei Männer sind in Wien verletzt worden"; a
    bracketed aside does not end the clause ("50 Braunbären (Ursus arctos) im Trentino")."""
    if ctx.text[clause_end:clause_end + 1] == "(":
        closing = ctx.text.find(")", clause_end, min(ctx.sentence.end, clause_end + 80))
        if closing > 0:
            after = _CLAUSE_BREAK.search(ctx.text, closing + 1, ctx.sentence.end)
            clause_end = after.start() if after else ctx.sentence.end
    inside = [m for m in ctx.mentions if clause_start <= m.mention.start and m.mention.end <= clause_end]
    places = [found.mention for found in inside
              if not found.modifier and not re.match(r"\s+[A-ZÄÖÜ]", ctx.text[found.mention.end:found.mention.end + 2])
              # not "in den Panama Papers": part of a longer name
              and (preceded_by(ctx.text, ctx.sentence.start, found.mention.start, ctx.pack.place_prepositions,
                               ctx.pack.definite_articles, reach=12) or _placed(ctx, found.mention.start))]
    # the first place; or, for a figure at `near`, the last one before it ("in Tokio 2009 …, in Moskau 2013")
    before = [m for m in places if near is not None and m.end <= near]
    place = before[-1] if before else (places[0] if places else None)
    if place is None or any(_eligible(ctx, m.mention) and not _described_as_place(ctx, m.mention)
                            for m in inside if not m.modifier and m.mention is not place and m.mention not in places):
        return None  # "In 30 Jahren hat Blairmore … in Großbritannien gezahlt": someone else is named
    return place


def _through_relative(ctx: Context, clause_start: int, clause_end: int) -> int:
    """"42 syrische Asylwerber, die derzeit in Krumpendorf untergebracht sind, sollen …": a figure
    opening its sentence, with a relative clause about it, is the subject of the whole sentence,
    so the place it is at may stand anywhere in it."""
    opening = clause_start == ctx.sentence.start or _DATELINE.fullmatch(ctx.text, ctx.sentence.start, clause_start)
    if not opening or ctx.text[clause_end:clause_end + 1] != "," \
            or not _relative_opening(ctx.pack.language).match(ctx.text, clause_end + 1):
        return clause_end
    if ctx.pack.capitalises_nouns:
        # a German relative clause ends in its verb; ", der eigentliche Geldfälscher" is a new subject
        comma = ctx.text.find(",", clause_end + 1, ctx.sentence.end)
        last = re.search(r"([^\W\d_]+)\W*$", ctx.text[clause_end + 1:comma if comma >= 0 else ctx.sentence.end])
        if last is None or not tagged_as_verb(last.group(1), ctx.pack.language):
            return clause_end
    return ctx.sentence.end


_DATELINE = re.compile(r"\W*[A-ZÄÖÜ][\w.'-]*(?:\s+[A-ZÄÖÜ][\w.'-]*){0,2}\s*[-–—]\s*")  # "Krumpendorf – "


def place_of_event(ctx: Context, start: int, end: int) -> Mention | None:
    """"Nachdem 1999 neun Braunbären im Trentino befreit wurden": a date in a clause that names
    nobody but the place where it happens dates what happens there; not a destination ("in die
    Slowakei", "nach Graz", "to Leeds"), and not when a pronoun acts in the clause ("Im Mai soll er
    einen Gipfel in London leiten")."""
    clause_start, clause_end = clause_bounds(ctx.text, ctx.sentence, start, end)
    if _another_actor(ctx, clause_start, clause_end):
        return None
    place = _place(ctx, clause_start, clause_end, near=start)
    if place is None or _DESTINATION.search(ctx.text, max(clause_start, place.start - 12), place.start):
        return None
    return place


_DESTINATION = re.compile(r"(?i)(?<!\w)(?:nach|ins|in\s+die|in\s+den|into|to)\s+$")  # where to, not where


def _described_as_place(ctx: Context, mention: Mention) -> bool:
    """"im Separatistengebiet der Unruheregion Donbass", "the province of Aceh": a name after a
    noun for a place (or a compound ending in one) is a place too."""
    if not ctx.pack.place_nouns:
        return False
    before = re.search(r"([^\W\d_]+)\s+(?:(?:of|von)\s+)?$", ctx.text[max(0, mention.start - 40):mention.start])
    return before is not None and before.group(1).lower().endswith(ctx.pack.place_nouns)


def _reporting_own(ctx: Context, clause_start: int, start: int) -> Mention | None:
    """The name right before a verb of reporting results ("reported", "meldete") whose object is
    the figure, with no "that" and no other name between."""
    words = list(re.finditer(r"[^\W\d_]+", ctx.text[max(clause_start, start - 40):start]))[-3:]
    verb = next((w for w in reversed(words) if w.group(0).lower() in ctx.pack.result_verbs), None)
    if verb is None or re.search(r"[,;:]", ctx.text[max(clause_start, start - 40) + verb.end():start]):
        return None
    verb_start = max(clause_start, start - 40) + verb.start()
    return next((m.mention for m in reversed(ctx.mentions) if not m.modifier and m.mention.end <= verb_start
                 and not ctx.text[m.mention.end:verb_start].strip()), None)


def _quoted_first_person(ctx: Context, start: int) -> Mention | None:
    """"„Von meinen 40.000 Euro sehe ich …“, sagte Ilse Wagner", "'We cut 300 jobs,' said Ann
    Dale": a figure a quote gives in the first person is the speaker's, the name beside the quote."""
    sentence = ctx.text[ctx.sentence.start:ctx.sentence.end]
    quote = next(((ctx.sentence.start + a, ctx.sentence.start + b) for a, b in quote_spans(sentence)
                  if ctx.sentence.start + a < start < ctx.sentence.start + b), None)
    if quote is None:
        return None
    opening, closing = quote
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", ctx.text[opening:start])}
    if not words & ctx.pack.first_person:
        return None
    outside = [m.mention for m in ctx.mentions if not m.modifier
               and (m.mention.end <= opening or m.mention.start >= closing)]
    after = [m for m in outside if m.start >= closing]
    return after[0] if after else (outside[-1] if outside else None)


def _placed(ctx: Context, start: int) -> bool:
    """"in der ukrainischen Hauptstadt Kiew", "in the Scottish capital Edinburgh": a place
    preposition, an article and up to two words describing the place before its name."""
    return bool(_place_description(ctx.pack.language).search(ctx.text[max(ctx.sentence.start, start - 45):start]))


@lru_cache(maxsize=None)
def _place_description(language: str) -> re.Pattern[str]:
    rules = pack(language)
    prepositions = "|".join(map(re.escape, rules.place_prepositions))
    return re.compile(rf"(?i)(?<!\w)(?:{prepositions})\s+(?:{rules.article_alternation})\s+(?:[^\W\d_]+\s+){{1,2}}$")


def _reported_from(ctx: Context, start: int) -> int | None:
    """Where the reported part begins when a verb of saying stands before the figure in its
    sentence ("X said …", "Y claimed that …"), else None."""
    last = None
    for word in re.finditer(r"[^\W\d_]+", ctx.text[ctx.sentence.start:start]):
        if word.group(0).lower() in ctx.pack.speech_verbs:
            last = ctx.sentence.start + word.end()
    return last


def preceded_by(text: str, floor: int, start: int, words: Collection[str], articles: Collection[str] = (),
                reach: int = 15) -> bool:
    """Whether one of `words` stands right before `start` (within `reach` characters, not before
    `floor`), or before an article there: "in Graz", "gegen die Schweiz", "knapp hinter Passau"."""
    before = text[max(floor, start - reach):start].lower().split()
    return bool(before) and (before[-1] in words or (len(before) > 1 and before[-1] in articles
                                                      and before[-2] in words))


def _eligible(ctx: Context, mention: Mention) -> bool:
    """A name can hold a figure unless it is a place of the action ("in Graz", "gegen Argentinien"),
    stands in brackets ("(SPÖ)", "(APA)") or names a role ("MPs")."""
    if a_place_of_action(ctx.text, ctx.sentence.start, mention, ctx.pack) and not _recipient(ctx, mention):
        return False
    before = ctx.text[max(ctx.sentence.start, mention.start - 30):mention.start]
    if before.endswith("(") or ctx.text[mention.end:mention.end + 1] == ")":
        return False
    glued = re.match(r"-([^\W\d_]+)", ctx.text[mention.end:mention.end + 20])
    if glued and _source_after(ctx.pack.language).fullmatch(glued.group(1)):
        return False  # "nach STANDARD-Infos": a source
    cue = _source(ctx.pack.language).search(before)
    if cue and not (cue.group(0).split()[0].lower() in ctx.pack.speech_verbs
                    and re.match(rf"\s+(?:{ctx.pack.finite_verb})(?!\w)", ctx.text[mention.end:mention.end + 20])):
        # "laut MDR", "nach Informationen des STANDARD", "according to", ", said Oxfam.": a source,
        # not a holder; but "he said the Trust had increased …" reports what the Trust did
        # ("told BBC News that …" names the listener)
        return False
    if mention.start == ctx.sentence.start and re.match(r"\s+[-–—]\s", ctx.text[mention.end:mention.end + 3]):
        return False  # a dateline: "Graz - Am Dienstag …"
    following = re.match(r"\s+([^\W\d_]+)", ctx.text[mention.end:mention.end + 20])
    if following and following.group(1).lower() in ctx.pack.speech_verbs:
        return False  # "…, the LSE said": who says it is the source, not the holder
    return True


def _recipient(ctx: Context, mention: Mention) -> bool:
    """"the grant to Hallamford Museums Trust", "der Zuschuss an den Verein": who is given
    something after a noun of giving holds its figures, unlike "a visit to Beijing"."""
    return bool(_giving(ctx.pack.language).search(ctx.text, max(ctx.sentence.start, mention.start - 40), mention.start))


@lru_cache(maxsize=None)
def _giving(language: str) -> re.Pattern[str]:
    rules = pack(language)
    return re.compile(rf"(?i)(?<!\w)(?:{rules.recipient_cues})\s+(?:(?:{rules.article_alternation})\s+)?$")


def a_place_of_action(text: str, sentence_start: int, mention: Mention, rules: Pack) -> bool:
    """Whether a name stands after a locative, where the action happens or is aimed, not who acts:
    "in Graz", "gegen Argentinien", "a visit to Beijing", and the names joined to a place
    ("in England and Wales", "in Bremerhaven und Cuxhaven") or to the first of a pair ("between
    Labour and the Tories")."""
    return preceded_by(text, sentence_start, mention.start, rules.locatives, rules.definite_articles) \
        or bool(_joined_to_a_place(rules.language).search(text, max(sentence_start, mention.start - 60), mention.start))


@lru_cache(maxsize=None)
def _joined_to_a_place(language: str) -> re.Pattern[str]:
    rules = pack(language)
    places = alternation(rules.place_prepositions | rules.pair_prepositions)
    joiners = alternation(rules.name_joiners)
    return re.compile(rf"(?i)(?<!\w)(?:{places})\s+(?:(?:{rules.article_alternation})\s+)?"
                      rf"(?-i:[A-ZÄÖÜ][\w'’-]*\s+){{1,3}}(?:{joiners})\s+(?:(?:{rules.article_alternation})\s+)?$")


_POSSESSOR = re.compile(r"['’]s?(?!\w)")


@lru_cache(maxsize=None)
def _source(language: str) -> re.Pattern[str]:
    rules = pack(language)
    return re.compile(rf"(?i)(?<!\w)(?:{rules.source_cues})\s+(?:(?:{rules.article_alternation})\s+)?$")


def _main_clause_start(ctx: Context) -> int:
    """Where the main clause begins: after the first comma when the sentence opens with a
    subordinate clause ("While Blackburn have not played, Burnley have …")."""
    opening = re.match(r"\W*([^\W\d_]+)", ctx.text[ctx.sentence.start:ctx.sentence.start + 30])
    if not opening or opening.group(1).lower() not in ctx.pack.subordinators:
        return ctx.sentence.start
    comma = ctx.text.find(",", ctx.sentence.start, ctx.sentence.end)
    return comma + 1 if comma >= 0 else ctx.sentence.start


def _cataphoric(ctx: Context, names: list[Mention], start: int) -> Mention | None:
    comma = ctx.text.find(",", start, ctx.sentence.end)
    if comma < 0 or any(m.start < start for m in names) or "," in ctx.text[ctx.sentence.start:start]:
        return None
    after = re.match(r"\s*", ctx.text[comma + 1:comma + 4])
    at = comma + 1 + (after.end() if after else 0)
    return next((m for m in names if m.start == at), None)


@lru_cache(maxsize=None)
def _relative_opening(language: str) -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{'|'.join(map(re.escape, pack(language).relative_pronouns))})\s", re.IGNORECASE)


def _bracket_owner(ctx: Context, start: int) -> Mention | None:
    """The name right before an opening bracket that holds the figure alone ("Vogt (225,2)")."""
    if ctx.text[start - 1:start] != "(":
        return None
    owner = name_before(ctx, start - 1)
    if owner is None or owner.text.lower() in ctx.pack.lexicon.currency_words:
        return None  # "5.45m Euros (£3.77m)": a conversion
    if a_place_of_action(ctx.text, ctx.sentence.start, owner, ctx.pack):
        # "Theisen-Eaton aus Kanada (6554 Punkte)": the place describes the name before it
        named = [m.mention for m in ctx.mentions if not m.modifier and m.mention.end < owner.start
                 and re.fullmatch(r"\s+[a-zäöüß]+\s+(?:[a-zäöüß]+\s+)?", ctx.text[m.mention.end:owner.start])]
        if named:
            return named[0]
    return owner


def _a_speaker(ctx: Context, mention: Mention) -> bool:
    """A name right after a verb of saying (", sagte Hartwig", ", said Morgan")."""
    return preceded_by(ctx.text, ctx.sentence.start, mention.start, ctx.pack.speech_verbs, reach=15)


def _opens_a_clause(ctx: Context, start: int, end: int) -> bool:
    """Whether a subordinating word ("when", "als", "weil") stands in [start, end)."""
    return any(w.lower() in ctx.pack.subordinators for w in re.findall(r"[^\W\d_]+", ctx.text[start:end]))


def _relative_antecedent(ctx: Context, names: list[Mention], clause_start: int) -> Mention | None:
    """"Andreas Khol, der mit 11 Prozent auf Platz fünf landete": a relative clause is about
    the name right before its comma."""
    pattern = _relative_opening(ctx.pack.language)
    if clause_start <= ctx.sentence.start or ctx.text[clause_start - 1] != "," \
            or not pattern.match(ctx.text, clause_start):
        return None
    end = _end_before_spaces(ctx.text, clause_start - 1)
    named = next((m for m in names if m.end == end), None)
    if named is not None:
        return named
    # "Jubeln durfte mit Eva Pinkelnig eine weitere Österreicherin, die Dritte wurde": a relative
    # clause about a noun for a person is about the one person the sentence names before it
    noun = re.search(r"([^\W\d_]+)$", ctx.text[max(ctx.sentence.start, end - 40):end])
    if noun is None or not (noun.group(1).lower().endswith(ctx.pack.person_noun_endings) or role_of(noun.group(1), ctx.pack)):
        return None
    people = [m.mention for m in ctx.mentions if not m.modifier and m.mention.end <= end and _a_person(ctx, m.mention)]
    return people[0] if len(people) == 1 else None


def _a_person(ctx: Context, mention: Mention) -> bool:
    cluster = ctx.entities.of(mention)
    return (mention.type or (cluster.type if cluster else None)) == "person"


def name_before(ctx: Context, at: int) -> Mention | None:
    """The name of the sentence that ends right before `at`, spaces aside ("Vogt (", "Jesenská (")."""
    end = _end_before_spaces(ctx.text, at)
    return next((m.mention for m in ctx.mentions if m.mention.end == end and not m.modifier), None)


_SPACES = re.compile(r"\s*")
_NON_WORDS = re.compile(r"\W*")
_FIRST_WORD = re.compile(r"\W*[^\W\d_]+\s+")


def _past(pattern: re.Pattern[str], text: str, at: int, end: int | None = None) -> int:
    """Where `pattern` stops matching from `at` (spaces, punctuation, a word), or `at` if it does
    not match: read in place, without copying the text after `at`."""
    found = pattern.match(text, at, len(text) if end is None else end)
    return found.end() if found else at


def _end_before_spaces(text: str, at: int) -> int:
    """`at` moved back over the spaces before it (what `text[:at].rstrip()` would end at, without
    copying the text before: a check stays linear however many figures a long text has)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _opening_description(ctx: Context) -> Mention | None:
    """The person a description opening the sentence stands for ("Der 28-Jährige …")."""
    opening = ctx.text[ctx.sentence.start:ctx.sentence.start + 40]
    pattern = person_description(ctx.pack.language)
    description = pattern.match(opening) or pattern.match(opening, _past(_FIRST_WORD, opening, 0))  # "But the 31-year-old"
    if description is None:
        return None
    return description_antecedent(ctx, ctx.sentence.start + description.start(), ctx.sentence.start + description.end())


def _opening_pronoun(ctx: Context, before: int | None = None) -> Mention | None:
    """A pronoun or description opening the sentence ("He is the third MP to …", "The company
    said …") stands for its subject: the entity before it that it can stand for."""
    opening = ctx.text[ctx.sentence.start:min(ctx.sentence.end, before or ctx.sentence.end, ctx.sentence.start + 40)]
    words = re.match(r"[„“\"»«'‘\W]*([^\W\d_]+)(?:\s+([^\W\d_]+))?", opening)
    if not words:
        return None
    for width in (2, 1):
        phrase = " ".join(w.lower() for w in words.groups()[:width] if w)
        if len(phrase.split()) == width and phrase in ctx.pack.pronouns:
            start = ctx.sentence.start + words.start(1)
            end = ctx.sentence.start + words.end(width)
            return _antecedent(ctx, ctx.pack.pronouns[phrase], start, end)
    return None


def _acting_pronoun(ctx: Context, before: int) -> Mention | None:
    """The sentence's opening pronoun when a verb of action follows it ("It employs 26,000
    people", "He had four nominations"): not after a copula or a modal, where "it" is often a
    placeholder ("It's very much …"), not the pack's placeholders ("Es wurden 7.112
    Tatverdächtige ermittelt"), not a possessive ("Seinen Angaben zufolge …"), and not when
    another pronoun acts in between ("The court heard that he created 214 …")."""
    opening = re.match(r"\W*([^\W\d_]+)(?:\s+|['’])([^\W\d_]+)", ctx.text[ctx.sentence.start:before])
    if opening is None:
        return None
    pronoun, verb = opening.group(1).lower(), opening.group(2).lower()
    if verb in ctx.pack.modals or verb in ctx.pack.role_copulas or verb == "s" \
            or pronoun in ctx.pack.placeholder_pronouns or pronoun in ctx.pack.possessives:
        return None
    return _opening_pronoun(ctx, before)


def clause_pronoun(ctx: Context, clause_start: int, until: int) -> Mention | None:
    """The pronoun acting in the clause before `until`, where no name does: "The court heard
    that between April 2016 and March 2023 he created 214 fake invoices", "…, dass er 214
    Rechnungen erstellte". It acts when a verb (not a modal or copula) follows it or a
    subordinating word stands before it; a possessive, a placeholder ("es") or a pronoun
    after a preposition ("for him") is no such subject."""
    rules, language = ctx.pack, ctx.pack.language
    words = list(re.finditer(r"[^\W\d_]+", ctx.text[clause_start:until]))
    for i in range(len(words) - 1, -1, -1):
        word = words[i].group(0)
        lower = word.lower()
        if lower not in rules.pronouns or lower in rules.possessives or lower in rules.placeholder_pronouns:
            continue
        start = clause_start + words[i].start()
        if any(start < m.mention.start < until for m in ctx.mentions):
            return None  # a name acts after it
        before = words[i - 1].group(0).lower() if i > 0 else ""
        after = words[i + 1].group(0).lower() if i + 1 < len(words) else ""
        if before in rules.locatives or before in rules.oblique_prepositions:
            return None
        acts = after not in rules.modals and after not in rules.role_copulas and after != "s" and (
            tagged_as_verb(after, language) or before in rules.subordinators or before in rules.clause_openers)
        return _antecedent(ctx, rules.pronouns[lower], start, start + len(word)) if acts else None
    return None


def _another_actor(ctx: Context, start: int, end: int) -> bool:
    """Whether a personal pronoun stands in [start, end): the subject of a clause of its own."""
    return any(w.lower() in ctx.pack.pronouns and w.lower() not in ctx.pack.possessives
               for w in re.findall(r"[^\W\d_]+", ctx.text[start:end]))


def _opening_definite(ctx: Context, before: int) -> Mention | None:
    """"The bank employs 26,000 people" after "Northgate Bank": a sentence opening with a
    definite article and a noun that ends a name named before stands for that name; not "The
    Bedford star", where the name only describes."""
    opening = re.match(rf"(?i)\W*(?:{ctx.pack.article_alternation})\s+([^\W\d_]+)\s+([^\W\d_]+)",
                       ctx.text[ctx.sentence.start:before])
    if opening is None or tagged_as_noun(opening.group(2), ctx.pack.language) \
            or _another_actor(ctx, ctx.sentence.start + opening.end(), before):
        return None
    at = ctx.sentence.start + opening.start()
    return _named_before(ctx, opening.group(1), at) or _entity_ending_in(ctx, opening.group(1), at,
                                                                         at + len(opening.group(0).rstrip()))


def definite_reference(ctx: Context, start: int) -> Mention | None:
    """"Sixty percent of resources collected by the fund …" after "the Digital Solidarity Fund": in
    a sentence naming nobody, "the <noun>" in the figure's clause stands for the one entity whose
    name ends in that noun."""
    clause_start, clause_end = clause_bounds(ctx.text, ctx.sentence, start, start)
    for found in _definite_noun(ctx.pack.language).finditer(ctx.text, clause_start, clause_end):
        entity = _entity_ending_in(ctx, found.group(1), found.start(), found.end())
        if entity is not None:
            return entity
    return None


@lru_cache(maxsize=None)
def _definite_noun(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{pack(language).article_alternation})\s+([^\W\d_]+)(?![\w-])")


def _entity_ending_in(ctx: Context, head: str, at: int, end: int) -> Mention | None:
    """The entity of the article whose name ends in the noun ("Northgate Bank" for "the bank"),
    however far back it was named, the one named last of several; the description becomes one
    more of its mentions."""
    fitting = [(max((span for span in c.spans if span.start < at), key=lambda span: span.start), c)
               for c in ctx.entities.clusters
               if c.name.split()[-1].lower() == head.lower() and len(c.name.split()) > 1 and c.type != "person"
               and any(span.start < at for span in c.spans)]
    if not fitting:
        return None
    last, cluster = max(fitting, key=lambda pair: pair[0].start)  # of two funds, the one named last
    antecedent = Mention(text=ctx.text[last.start:last.end], start=last.start, end=last.end, type=cluster.type,
                         entity_id=cluster.entity_id, entity=cluster.id, name=cluster.name)
    start = _past(_NON_WORDS, ctx.text, at, end)
    return coreference(ctx, antecedent, start, end, cluster.type)


def main_clause_subject(ctx: Context, start: int) -> Mention | None:
    """The first name of the main clause before `start` ("While Blackburn have not played,
    Burnley have had two outings, drawing 1-1"), else the sentence's subject."""
    main = _main_clause_start(ctx)
    if main > ctx.sentence.start:
        names = [m.mention for m in ctx.mentions if not m.modifier and main <= m.mention.start
                 and m.mention.end <= start and _eligible(ctx, m.mention)]
        if names:
            return names[0]
    return sentence_subject(ctx)


def sentence_subject(ctx: Context, at: int | None = None, end: int | None = None) -> Mention | None:
    """Who a sentence is about: a pronoun or description opening it ("He", "It", "The
    31-year-old", "Der 28-Jährige") stands for the entity before; else its first name.

    Dates take this holder: an event's date belongs to whoever the sentence reports on,
    wherever the date stands ("Am Samstag gewann Chile", "Three years ago Radcliffe …") —
    unless the date at `at` stands in a clause of its own that names its subject ("…, before
    Agassi confirmed he would play on in 2005"; "Nicht Argentinien, sondern Chile sicherte sich
    am Samstag …")."""
    names = [m.mention for m in ctx.mentions if not m.modifier and _eligible(ctx, m.mention)]
    # "Germany's Chancellor Schroeder began …": a possessor before another name is not the subject;
    # before a plain noun it is ("Radcliffe's career took a setback …")
    names = [m for i, m in enumerate(names) if not (_POSSESSOR.match(ctx.text, m.end) and (
        (i + 1 < len(names) and names[i + 1].start - m.end < 40) or _role_follows(ctx, m.end)))]
    if at is not None:
        opener = None
        for opener in _clause_of_its_own(ctx.pack).finditer(ctx.text, ctx.sentence.start, at):
            pass
        own = [m for m in names if opener is not None and opener.end() <= m.start and m.end <= at]
        if own:
            return own[0]
    described = (_subordinate_pronoun(ctx, at) if at is not None else None) \
        or _opening_description(ctx) or _opening_pronoun(ctx)
    if described is not None:
        return described
    if at is not None and names and names[0].start > at:
        # "2004 verlor die Mannschaft …, da war Messi noch nicht dabei": a name only in a later
        # clause is not the subject of the date's clause
        following = _clause_of_its_own(ctx.pack, later=True).search(ctx.text, at, names[0].start)
        if following is not None and not _DATE_END.fullmatch(ctx.text, end or at, following.start()):
            return None  # but "2002, als Jean-Marie Le Pen …", "In 1999, when BMW …" tell of the date
    return names[0] if names else None


_DATE_END = re.compile(r"\W{0,2}")  # only the date's own closing signs before the comma


def _role_follows(ctx: Context, end: int) -> bool:
    """"Tony Blair's former spin doctor": a role word within three words after a possessor."""
    return any(role_of(w, ctx.pack) for w in re.findall(r"[^\W\d_]+", ctx.text[end:end + 40])[:4])


def _subordinate_pronoun(ctx: Context, at: int) -> Mention | None:
    """"When they last met in the FA Cup 45 years ago, it also required …": a figure in an
    opening subordinate clause belongs to that clause's pronoun subject."""
    opening = re.match(r"\W*([^\W\d_]+)\s+([^\W\d_]+)", ctx.text[ctx.sentence.start:at])
    comma = ctx.text.find(",", ctx.sentence.start, ctx.sentence.end)
    if opening is None or opening.group(1).lower() not in ctx.pack.subordinators or 0 <= comma < at:
        return None
    pronoun = opening.group(2).lower()
    if pronoun not in ctx.pack.pronouns or pronoun in ctx.pack.possessives or pronoun in ctx.pack.placeholder_pronouns:
        return None
    start = ctx.sentence.start + opening.start(2)
    return _antecedent(ctx, ctx.pack.pronouns[pronoun], start, start + len(pronoun))


def _clause_of_its_own(rules: Pack, later: bool = False) -> re.Pattern[str]:
    """A comma and a subordinator or a contrast ("sondern", "but rather") opening a clause with its
    own subject; `later`: any word that opens a clause ("…, da war Messi", "…, and Rovers won")."""
    words = rules.subordinators | rules.contrast_openers
    return _comma_then(words | rules.clause_openers if later else words)


@lru_cache(maxsize=None)
def _comma_then(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"(?i),\s*(?:{alternation(words)})(?!\w)")


@lru_cache(maxsize=None)
def _possessive(language: str) -> re.Pattern[str]:
    """A possessive before the figure, perhaps with one word between ("its 301 MPs", "his ninth Budget")
    and names before it."""
    words = alternation(pack(language).possessives)
    # names between may be several words: "their Nationwide Division One trip"
    return re.compile(rf"(?<!\w)((?i:{words}))\s+(?:[A-ZÄÖÜ][^\W\d_]*\s+){{0,3}}(?:[^\W\d_]+\s+)?$")


def _owner_in_phrase(ctx: Context, noun_end: int, clause_end: int) -> Mention | None:
    """"14 Schriftstücke aus der Zeit ihrer fünfjährigen Haft": a possessive in the counted
    noun's own phrase, a few words after it, names whose they are."""
    words = alternation(ctx.pack.possessives)
    found = re.match(rf"\s+([^\W\d_]+)(?:\s+[^\W\d_]+){{0,3}}?\s+((?i:{words}))\s",
                     ctx.text[noun_end:min(clause_end, noun_end + 50)])
    rules = ctx.pack
    if found is None or found.group(1).lower() not in rules.holder_links | rules.place_prepositions | {"aus", "from"}:
        return None  # only a phrase hanging on the noun ("aus der Zeit ihrer Haft"), not the verb's object
    at = noun_end + found.start(2)
    types = ctx.pack.pronouns.get(found.group(2).lower(), ("person", "organization"))
    return _antecedent(ctx, types, at, at + len(found.group(2)))


def _located(ctx: Context, noun_end: int) -> Mention | None:
    """"Nach der Aufdeckung von 214.000 Briefkastenfirmen in Panama": with no one acting before
    it, a count whose noun is placed in a named place right after it is that place's."""
    placed = _placed_after(ctx.pack.language).match(ctx.text, noun_end, min(ctx.sentence.end, noun_end + 40))
    if placed is None:
        return None
    return next((m.mention for m in ctx.mentions if m.mention.start == placed.end() and not m.modifier), None)


@lru_cache(maxsize=None)
def _placed_after(language: str) -> re.Pattern[str]:
    rules = pack(language)
    places = alternation(rules.place_prepositions)
    return re.compile(rf"(?i)\s+(?:{places})\s+(?:(?:{rules.article_alternation})\s+)?")


_INTRODUCING_NOUN = re.compile(r"[^\W\d_][\w-]*\s+(?:(?:und|and)\s+[^\W\d_][\w-]*\s+)?")


def _linked(ctx: Context, names: list[Mention], noun_end: int) -> Mention | None:
    """"15 Abgeordnete der SPÖ", "12 Mandatare der Liste Kronberg": the name right after a link
    word behind the counted noun, or after one noun that introduces it."""
    rest = ctx.text[noun_end:noun_end + 60]
    match = _link(ctx.pack.language).match(rest)
    if not match or match.group(1).lower() not in ctx.pack.holder_links:
        return None
    at = noun_end + match.end()
    direct = next((m for m in names if m.start == at), None)
    if direct is not None and _POSSESSOR.match(ctx.text, direct.end):
        return None  # "60% of Yukos' output": the whole is the output, not Yukos
    if direct is not None:
        return direct
    # one noun before the name, or two joined ("der Wirtschaftsprüfungs- und Steuerberatungsgesellschaft PwC")
    noun = _INTRODUCING_NOUN.match(ctx.text, at, at + 90)
    return next((m for m in names if noun and m.start == noun.end()), None)


@lru_cache(maxsize=None)
def person_description(language: str) -> re.Pattern[str]:
    """ "der 61-Jährige", "the 31-year-old": a person named before (the pack's pattern)."""
    rules = pack(language)
    described = rules.person_description
    if rules.person_nouns:  # "the Bedford star", "the Swiss striker"
        nouns = alternation(rules.person_nouns)
        described += rf"|(?:{rules.article_alternation})\s+(?:(?-i:[A-ZÄÖÜ][\w'-]*)\s+){{1,2}}(?:{nouns})(?!\w)"
    return re.compile(rf"(?i)(?<!\w)(?:{described})")


def pronoun_antecedent(ctx: Context, before: int, after: int | None = None) -> Mention | None:
    """The entity a pronoun or description between `after` (the sentence's start) and `before` stands for."""
    table = ctx.pack.pronouns
    origin = ctx.sentence.start if after is None else after
    words = list(re.finditer(r"[^\W\d_]+", ctx.text[origin:before]))
    for i, word in enumerate(words):
        for width in (2, 1):
            phrase = " ".join(w.group(0).lower() for w in words[i:i + width])
            if len(words[i:i + width]) == width and phrase in table:
                types = table[phrase]
                start = origin + word.start()
                end = origin + words[i + width - 1].end()
                found = _speaker_before(ctx, types, start, end) or _antecedent(ctx, types, start, end)
                if found is not None and phrase in ctx.pack.possessives:
                    return _owned_organization(ctx, found, end) or found
                return found
    return None


def _speaker_before(ctx: Context, types: tuple[str, ...], start: int, end: int) -> Mention | None:
    """"The Tories said they would …": a pronoun right after a verb of saying stands for who
    says it, when that name can be what the pronoun stands for."""
    said = re.search(r"([^\W\d_]+)\s+(?:(?:that|dass)\s+)?$", ctx.text[max(ctx.sentence.start, start - 30):start])
    if not said or said.group(1).lower() not in ctx.pack.speech_verbs:
        return None
    verb_start = start - len(ctx.text[max(ctx.sentence.start, start - 30):start]) + said.start(1)
    speaker = next((m.mention for m in reversed(ctx.mentions) if m.mention.end <= verb_start
                    and not ctx.text[m.mention.end:verb_start].strip()), None)
    if speaker is None:
        return None
    cluster = ctx.entities.of(speaker)
    kind = speaker.type or (cluster.type if cluster else None)
    if kind not in types and not (kind is None and "organization" in types and "person" not in types):
        return None
    if kind == "person":
        spoken = _spoken_for(ctx, replace(speaker, type=kind))
        if spoken.start != speaker.start:
            return spoken
    return coreference(ctx, speaker, start, end, kind)


def _owned_organization(ctx: Context, person: Mention, possessive_end: int) -> Mention | None:
    """"SNP leader Alex Salmond said his party would introduce a £2,000 grant": "his party" is
    the organization the person was named with ("SNP leader", "Plaid Cymru's spokesman")."""
    noun = re.match(r"\s+([^\W\d_]+)", ctx.text[possessive_end:possessive_end + 30])
    if person.type != "person" or not noun or noun.group(1).lower() not in ctx.pack.organization_nouns:
        return None
    return _named_with(ctx, person)


def _spoken_for(ctx: Context, person: Mention) -> Mention:
    """"Plaid Cymru's economics spokesman Adam Price said he wanted … £5.60": what a spokesperson
    wants or states is the organization's they speak for."""
    if person.type != "person":
        return person
    return _named_with(ctx, person, ctx.pack.speaker_roles) or person


def _named_with(ctx: Context, person: Mention, roles: frozenset[str] | None = None) -> Mention | None:
    """The organization named right before one of the person's mentions with a role word between
    ("SNP leader Alex Salmond", "Plaid Cymru's spokesman Adam Price"); with `roles`, only those."""
    cluster = ctx.entities.of(person) or (ctx.entities.by_entity(person.entity) if person.entity else None)
    spans = sorted(cluster.spans, key=lambda s: s.start) if cluster else [person]
    mentions = [m.mention for m in ctx.earlier + ctx.mentions]
    for span in spans:
        for mention in reversed(mentions):
            if mention.end > span.start or span.start - mention.end > 40:
                continue
            between = ctx.text[mention.end:span.start]
            known = ctx.entities.of(mention)
            kind = mention.type or (known.type if known else None)
            if kind in ("organization", None) and re.fullmatch(r"(?:['’]s)?\s+(?:[^\W\d_]+\s+){0,2}", between) \
                    and any(role_of(w, ctx.pack) and (roles is None or w.lower() in roles) for w in between.split()):
                return ctx.entities.named(mention) or mention
            break
    return None


def _listener(ctx: Context, mention: Mention) -> bool:
    return preceded_by(ctx.text, 0, mention.start, ctx.pack.listener_verbs, reach=12)


def description_antecedent(ctx: Context, start: int, end: int) -> Mention | None:
    """"der 28-Jährige", "the 31-year-old": the last person named before."""
    return _antecedent(ctx, ("person",), start, end)


def _antecedent(ctx: Context, types: tuple[str, ...], start: int, end: int) -> Mention | None:
    """The entity last named before `start` that a pronoun of `types` can stand for.

    An entity typed so wins over a nearer untyped one ("she" skips "Flora London Marathon"
    for "Paula Radcliffe"); an untyped name is taken only when no typed one is in reach,
    for a person only when it has a first and a last name and does not stand after a
    locative ("am Monte Bondone" is a place; "at the Sundance Film Festival" may be an "it")."""
    earlier = [m.mention for m in ctx.earlier + [m for m in ctx.mentions if m.mention.end <= start]
               if not m.modifier][-30:]
    typed, untyped = None, None
    gender = ctx.pack.pronoun_genders.get(ctx.text[start:end].lower())
    for mention in reversed(earlier):
        if _listener(ctx, mention):
            continue  # "told BBC News that … their 12 principal dancers": who is told is not who speaks
        cluster = ctx.entities.of(mention)
        kind = mention.type or (cluster.type if cluster else None)
        if gender and kind == "person" and first_name_gender(cluster.name if cluster else mention.text) \
                not in (None, gender):
            continue  # "er" is not Astrid Raufer, "she" not Gordon Brown
        if kind in types:
            typed = (mention, cluster, kind)
            break
        if untyped is None and kind is None and ("person" not in types or (
                " " in mention.text  # not "am Monte Bondone": a person never stands after a locative
                and not preceded_by(ctx.text, 0, mention.start, ctx.pack.locatives, ctx.pack.definite_articles))):
            untyped = (mention, cluster, kind)
    chosen = typed or untyped
    if chosen is None:
        return None
    mention, _, kind = chosen
    if typed is not None and mention.end <= ctx.sentence.start:
        mention = _subject_of_its_sentence(ctx, earlier, mention, types, gender)
    return coreference(ctx, mention, start, end, kind)


def _subject_of_its_sentence(ctx: Context, earlier: list[Mention], last: Mention, types: tuple[str, ...],
                             gender: str | None = None) -> Mention:
    """"Pinkelnig holte sich 2,6 Punkte vor Carina Vogt. … Zu verdanken hatte sie dies …": a pronoun
    opening a later sentence stands for the subject of the sentence that named its antecedent,
    the first name there of its type, not one named after a preposition or as an example ("Mit
    Literaten wie Franz Werfel stand sie …"); where that sentence names none so, the sentence before."""
    until = last.end
    for _ in range(3):  # the antecedent's sentence and up to two before it
        opening = max(ctx.text.rfind(". ", 0, until), ctx.text.rfind("\n", 0, until)) + 1
        for mention in earlier:
            if mention.start < opening or mention.end > until:
                continue
            cluster = ctx.entities.of(mention)
            kind = mention.type or (cluster.type if cluster else None)
            if kind in types and not preceded_by(ctx.text, opening, mention.start, ctx.pack.locatives | _EXAMPLE_WORDS,
                                                 ctx.pack.definite_articles) \
                    and not (gender and kind == "person"
                             and first_name_gender(cluster.name if cluster else mention.text) not in (None, gender)):
                return mention
        if opening <= 0 or not any(m.end <= opening for m in earlier):
            break
        until = opening - 1
    return last


_EXAMPLE_WORDS = frozenset({"wie", "like"})  # "Literaten wie Franz Werfel": an example, not the subject


def coreference(ctx: Context, antecedent: Mention, start: int, end: int, kind: str | None) -> Mention:
    """The words at [start, end) ("he", "the chancellor") as a mention of `antecedent`'s entity,
    which gains them as one more mention. The antecedent is a name where it stands, or a
    mention resolved before (which carries its entity's id)."""
    cluster = ctx.entities.of(antecedent) or (ctx.entities.by_entity(antecedent.entity) if antecedent.entity else None)
    if cluster is not None:
        ctx.entities.add_mention(cluster, start, end)
    return Mention(text=ctx.text[start:end], start=start, end=end, type=kind, entity_id=antecedent.entity_id,
                   via="coreference", entity=cluster.id if cluster else antecedent.entity,
                   name=cluster.name if cluster else (antecedent.name or antecedent.text))
