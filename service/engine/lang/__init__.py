"""Language packs: everything the engine knows about one language, in one place.

One module per language (`de.py`, `en.py`) builds a `Pack`: the tables of every stage
(number words and separators, the quantity and date lexicon, sentence rules, pronouns,
hedges, attribution cues, comparative and change patterns, role words, the word-class
settings, finding messages). The shared code asks `pack(language)` and never branches
on a language's name. A new language is a new module here plus its rules under
rules/<lang>; `check_packs` makes the Engine refuse to start when a configured
language has no complete pack. The shapes of the tables are the dataclasses of the
stages that read them (`Lexicon` in lexicon.py, `NumberWords` in numbers.py).
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, fields
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Callable

from service.engine.codes import CODES

if TYPE_CHECKING:
    from service.engine.lexicon import Lexicon
    from service.engine.numbers import Number, NumberWords


@dataclass(frozen=True)
class Pack:
    """Everything language-specific the stages read, one instance per language; the engine's code holds no
    word of any language."""
    language: str

    # --- numbers, quantities, dates -------------------------------------------------------
    number_words: "NumberWords"             # cardinals, scales, fractions, separators' style
    read_ordinals: "Callable[[str, str], list[Number]]"  # ranks: "3.", "dritte" / "3rd", "third"
    lexicon: "Lexicon"                      # currencies, percent words, qualifiers, dates
    date_patterns: tuple[tuple[str, bool], ...]  # calendar dates: (template, ignore case); see dates.py
    currency_articles: tuple[str, ...]      # "einen Euro", "a dollar": one of the currency

    # --- document -------------------------------------------------------------------------
    abbreviations: frozenset[str]           # whose full stop never ends a sentence
    sentence_final_abbreviations: frozenset[str]  # "… bei 5 Mio. Im Jahr davor": may end one
    ordinal_dot: bool                       # "19. März": digits with a full stop are an ordinal
    detection_words: frozenset[str]         # frequent function words, to detect the language
    detection_letters: str                  # letters only this language writes ("äöüß"), or ""

    # --- names and entities ---------------------------------------------------------------
    capitalises_nouns: bool                 # German: a capital letter does not make a name
    noun_suffixes: tuple[str, ...]          # "-ung", "-heit": a common noun, never a name
    derived_endings: tuple[str, ...]        # "-in", "-innen": a form of a known noun ("Bürgermeisterin")
    common_word_endings: tuple[str, ...]    # "-ly", "-ing": only common words end so
    adjective_endings: tuple[str, ...]      # "-ish", "-an": capitalised adjectives ("British") where
                                            # only names are capitalised; () where nouns are too
    noun_list: bool                         # the Wiktionary noun list (german-nouns) knows its nouns
    genitive_s: bool                        # "Müllers" is Müller's
    tagger_model: str                       # HanTa's model inside its wheel
    name_tags: frozenset[str]               # the tagger's tags for names
    pronouns: dict[str, tuple[str, ...]]    # "er", "the company" -> the entity types they stand for
    possessives: frozenset[str]             # "sein", "its"
    possessive_ending: str                  # "Microsofts", "Microsoft's"
    definite_articles: tuple[str, ...]      # "der", "the"
    description_modifiers: tuple[str, ...]  # "der ehemalige …", "the former …"
    relative_pronouns: tuple[str, ...]      # ", der …", ", who …"
    person_relatives: str                   # regex: ", who …", ", der …": the name before is a person
    locatives: frozenset[str]               # "in Graz", "gegen Argentinien": a place of the action
    oblique_prepositions: frozenset[str]    # "support for Africa": a name the action is for, not who acts
    place_prepositions: frozenset[str]      # "im Trentino", "in Wien": the place a clause happens in
    person_titles: frozenset[str]           # "Herr", "Mr"
    organization_words: frozenset[str]      # "AG", "Ltd", "Partei"
    stopword_acronyms: frozenset[str]       # "US", "WHO": names spelt like function words

    # --- claims -----------------------------------------------------------------------------
    hedges: dict[str, str]                  # "schätzungsweise" -> estimated, "reportedly" -> reported
    first_person: frozenset[str]            # "ich", "wir", "our": in a quote, the speaker's own figures
    listener_verbs: frozenset[str]          # "told BBC News": who is told something, never a pronoun's antecedent
    conditionals: frozenset[str]            # "if", "wenn": a figure in the clause they open is no fact
    modals: frozenset[str]                  # könnte, could: the claim stays, hedged "modal"
    opinion: str                            # regex: a sentence of opinion makes no statement claim
    fact_verbs: frozenset[str]              # lemmas of verbs that state a fact
    auxiliaries: frozenset[str]             # lemmas that state no event
    copulas: frozenset[str]                 # "ist", "is"
    verb_form: str                          # regex of an inflected verb form ("-ed", "-ing"), or ""
    infinitive_ending: str                  # a lemma ending so is a verb ("-en"), or ""
    comparison_words: tuple[str, ...]       # "als", "than": a possessive before one points back
    speech_verbs: frozenset[str]            # who says a figure is its source, not its holder
    finite_verb: str                        # regex: "had", "was", "increased": a name before one acts
    indefinite_articles: tuple[str, ...]    # "ein", "a"
    source_cues: str                        # regex: words before a name that make it a source ("laut", "according to")
    source_after: str                       # regex: a word after a noun phrase that makes it a source ("zufolge")
    person_description: str                 # regex: "der 61-Jährige", "the 31-year-old" (a person named before)
    person_nouns: frozenset[str]            # "the Bedford star": a name before one describes a person
    person_noun_endings: tuple[str, ...]    # "Jogger", "Arbeiterin": endings of nouns for people ("ein Jogger …
                                            # dem 45-Jährigen": the unnamed person an age description refers to)
    role_copulas: tuple[str, ...]           # "Name is/served as … role": "ist", "served as"
    role_as: str                            # "served as higher education minister", "als Übersetzerin"
    role_then_words: tuple[str, ...]        # "then economic adviser": a role held at the time
    distance_words: tuple[str, ...]         # "four seasons ago", "drei Spiele später": no count
    known_set_words: tuple[str, ...]        # "the two main parties", "alle drei": a set already known
    not_countable: frozenset[str]           # words after a number that are no counted noun ("and", "years")
    more_than_words: tuple[str, ...]        # "mehr als", "over": before a number, not a comparison
    subordinators: frozenset[str]           # "While X …, Y …": the subject follows the comma
    recipient_cues: str                     # regex: "grant to", "Zuschuss an": who is named next receives the figure
    placeholder_pronouns: frozenset[str]    # "es": opening a sentence, mostly a placeholder ("Es wurden …")
    negations: frozenset[str]               # "nicht", "not" right before a figure: it is denied
    birth_words: str                        # regex: "geboren", "born": a date of birth beside it
    contrast_openers: frozenset[str]        # ", sondern Chile …", ", but Chile …": a clause with its own subject

    # --- attribution ------------------------------------------------------------------------
    speaker_patterns: tuple[str, ...]       # regexes with a group "speaker" ({SPEAKER}, {END} filled in)
    speaker_is_noun_phrase: bool            # German: a speaker ends at the first lower-case word
    no_source_words: frozenset[str]         # "Berichten zufolge": a hedge, nobody named

    # --- open-world figures and roles -------------------------------------------------------
    role_words: dict[str, str]              # role noun (as it ends) -> the role in English
    role_phrases: dict[str, str]            # "chief executive" -> the role
    role_endings: tuple[str, ...]           # "Bürgermeisterin", "Abgeordneten"
    compound_roles: bool                    # German: "Landtagsabgeordneter" ends in its role
    former_words: frozenset[str]            # "ehemalige", "former"
    left_role_cues: str                     # regex before a role left: "stepped down as", "trat als"
    ended_role_cues: str                    # regex after a role ended: "until his retirement", "bis 2022"
    office_start_cues: str                  # regex beside the start of a term: "im Amt", "took over", "appointed"
    founding_cues: str                      # regex beside a founding year: "gegründet", "founded"
    unique_roles: frozenset[str]            # offices one place or organization has one holder of
    place_offices: frozenset[str]           # those of them a town or region has ("mayor"): two holders named
                                            # where the article is at different places hold two offices
    past_role_cues: str                     # regex before a role held once: "has been the", "war"
    role_qualifiers: frozenset[str]         # "deputy", "stellvertretende": another office than the bare role
    adjective_inflections: tuple[str, ...]  # "-en" of "der deutschen Kanzlerin": an adjective before a role
    demonym_nouns: frozenset[str]           # "Briton", "Scots": capitalised, yet no name
    not_name_words: frozenset[str]          # capitalised words that never start a name
    clock_names: dict[str, tuple[float, float]]  # "midnight" -> (0, 24): the hours of its day a clock word names
    clock_suffix: str                       # regex after a clock time: "Uhr", "GMT"
    day_prepositions: str                   # regex between a clock time and its day: "on", "am"
    clock_prepositions: str                 # regex before a clock time after its day: "at", "um"
    organization_nouns: frozenset[str]      # "his party", "ihre Partei": the organization a person was named with
    window_words: frozenset[str]            # "in the first/last N days": a stretch that frames a count
    window_prepositions: frozenset[str]     # "four times in seven years": before a stretch that is a count's window
    revision_cues: str                      # regex: a figure revised or superseded ("zunächst", "inzwischen", "revised up")
    result_verbs: frozenset[str]            # "Northgate reported an 18% rise": who reports its own results holds them
    quantified_phrase: str                  # regex: "jeder Anleger", "each household" (group "phrase")
    amount_nouns: frozenset[str]            # "im Wert von", "a total of": words for an amount, never its holder
    measured_phrase: str                    # regex before a figure: a definite noun phrase and its level word
                                            # ("the stamp duty threshold from", "den Etat auf"), group "phrase"
    whole_phrase: str                       # regex after a share: the definite noun phrase it is of ("of the budget"),
                                            # group "phrase"
    subject_phrase: str                     # regex at a clause's start: its subject noun phrase (group "phrase")
                                            # when it names nobody ("Die Arbeitslosenquote lag", "The jobless rate rose")
    place_nouns: tuple[str, ...]            # "Unruheregion Donbass", "the province of Aceh": a name after one (or after a
                                            # compound ending in one) is a place, not someone acting
    plural_verb_endings: tuple[str, ...]    # "machten", "sind": a finite verb so ending may agree with a fronted
                                            # plural figure, which is then likely the subject itself
    inverted_subject: str                   # regex after a fronted phrase and the finite verb (verb-second): the
                                            # subject noun phrase ("Im März stieg die Zahl der Arbeitslosen"), groups
                                            # "phrase" and "head"; empty where subjects come first
    units: dict[str, str]                   # measure units after a number -> unit key
    rank_nouns: frozenset[str]              # "Platz", "place"
    placing_verbs: frozenset[str]           # "finished", "wurde": a bare ordinal after one is a placing ("came third",
                                            # "wurde 13.")
    times_words: frozenset[str]             # "four times", "viermal": how often something happened
    factor_words: frozenset[str]            # "three times as many", "fünfmal so viel": a factor instead
    multiple_suffixes: tuple[str, ...]      # "vierfache", "four-time": how often someone won
    clock_words: tuple[str, ...]            # "15:30 Uhr", "12:30 GMT": a time, not a score
    page_words: tuple[str, ...]             # "Seite 3-4", "page 3-4": a reference, not a score
    measures: dict[str, str]                # counted nouns -> language-independent measure key
    holder_links: frozenset[str]            # "15 Abgeordnete der SPÖ", "Bürgermeister von Steinau"
    forecast_words: frozenset[str]          # "expected to be 5 May", "voraussichtlich im Mai": no event yet
    deadline_words: tuple[str, ...]         # "bis 2011", "by 2011": a date that bounds, no event
    speaker_roles: frozenset[str]           # "spokesman", "Sprecher": they speak for the organization
    pair_prepositions: frozenset[str]       # "between", "zwischen": "between Labour and the Tories"
    name_joiners: tuple[str, ...]           # "und", "and": "in England and Wales" joins names
    genitive_cues: str                      # regex: "des", "of the": an era after them describes a thing
    period_words: tuple[str, ...]           # "für 2016", "for 2005": a year planned for, no event
    clause_openers: frozenset[str]
    age_patterns: tuple[str, ...]           # regexes with a group "age" (and "after" for appositions)
    pronoun_genders: dict[str, str]         # "er" -> "m", "she" -> "f": a person it may stand for is not of the other
    subject_pronouns: frozenset[str]        # "er", "sie", "he": pronouns that can be a clause's subject
    party_nouns: frozenset[str]             # "Grüne", "Kommunisten", "Tories": a party's members, who hold
                                            # the count they are ("drei Grüne und zwei Kommunisten")
    member_roles: frozenset[str]            # role keys a party or board has many of ("member of parliament",
                                            # "director"): "14 Liberal MPs" counts the party's
    comparison_cues: str                    # regex right before a figure compared with another: "compared to", "gegenüber"
    year_adjective: str                     # regex, group "number": "fünfjährigen Haft", "3-jährigen Vertrag": a
                                            # stretch of years when the noun after it ends in one of
    lasting_nouns: tuple[str, ...]          # ("haft", "vertrag", "bestehen"): what lasts, never a person
    idle_words: frozenset[str]              # a figure before one of these carries no fact

    # --- consistency --------------------------------------------------------------------------
    comparatives: tuple[tuple[str, str], ...]   # (regex, relation: "<", ">", "x2", "x0.5")
    superlative: str                        # regex with a group "noun": "der größte Investor"
    ranking: str                            # regex, groups "ordinal" and "noun": "zweitgrößte Regionalflughafen"
    ranking_ordinals: dict[str, int]        # "zweit" -> 2, "second" -> 2
    changes: tuple[tuple[str, float, str], ...]  # (regex, factor, key of message_words: "halved")
    multiples: tuple[tuple[str, str], ...]  # (regex, "x3"): "dreimal so viele wie", "roughly triple"
    rise_words: str                         # regex: "stieg", "rose", "up": a change upwards
    fall_words: str                         # regex: "sank", "fell", "down": a change downwards
    old_level_cues: str                     # regex before the earlier level: "von", "nach", "from"
    new_level_cues: str                     # regex before the later level: "auf", "to"
    previous_period: str                    # regex after the earlier level: "im Vorjahr", "a year earlier"
    part_of_cues: str                       # regex after a part: "von ihnen", "of them"
    inclusion_words: str                    # regex before listed parts: "darunter", "including"
    nearly_words: str                       # regex: "fast doppelt so viele", "almost twice as many"
    duration_since_cues: str                # regex before a duration reaching now: "seit", "for"
    list_joiners: str                       # regex: "und", "and" between listed figures
    each_words: str                         # regex: "jeweils", "each": one figure for several
    vote_tally: str                         # regex, groups yes/no/abstain: "27 zu 14 Stimmen bei drei Enthaltungen"
    present_count: str                      # regex, group n: "42 anwesenden Ratsmitgliedern", "42 members present"
    start_cues: str                         # regex beside a start date: "beginnen", "begonnen", "began", "from"
    end_cues: str                           # regex beside an end date: "abgeschlossen", "bis", "end", "until"
    now_words: str                          # regex: "nun", "now": the stretch reaches the article's date
    share_of: str                           # regex after a share, group noun: "of the cost", "der Kosten"
    raised_words: str                       # regex beside a total raised: "eingesammelt", "raised"
    contribution_cues: str                  # regex before who gave a part: "von", "from"
    compared_cues: str                      # regex before the figure compared with: "compared with", "verglichen mit"
    reference_cues: str                     # regex before a date a comparison refers to: "compared to … in 1985"
    restating_openers: str                  # regex opening a sentence about the last one's figure: "Das sind", "That is"
    alternative_words: str                  # regex: "oder", "or": "auf 3,5 oder 3,6 Prozent"
    contrast_words: str                     # regex: "sondern", "but": figures set against each other
    part_of_words: str                      # regex between a part and its whole: "of", "out of", "von"
    whole_cues: str                         # regex before a count that is a whole: "hat", "has", "insgesamt", "in total"
    change_prepositions: frozenset[str]     # "um", "by": "stieg um 0,8 Prozentpunkte"
    message_words: dict[str, str]           # words put into messages: "<" -> "kleiner als", "estimated" -> …
    quote: tuple[str, str]                  # how the language quotes: „…“, "…"

    # --- findings -----------------------------------------------------------------------------
    messages: dict[str, str]                # finding code -> template in this language
    predicate_names: dict[str, str]         # curated predicate -> what it states, for messages ("Umsatz")

    @cached_property
    def article_alternation(self) -> str:
        """The definite articles as one regex alternation ("der|die|das|…"), built once for
        the many patterns that allow an article."""
        return "|".join(map(re.escape, self.definite_articles))


# Fields a pack may leave empty: flags, and tables a language has no use for.
OPTIONAL = frozenset({"place_nouns", "place_offices", "pronoun_genders", "subject_pronouns", "party_nouns", "member_roles", "comparison_cues", "year_adjective", "lasting_nouns", "plural_verb_endings", "person_noun_endings", "placing_verbs", "inverted_subject", "predicate_names", "placeholder_pronouns", "demonym_nouns", "listener_verbs", "source_after", "adjective_endings", "not_countable", "role_then_words", "derived_endings", "common_word_endings", "noun_list", "detection_letters", "ordinal_dot", "capitalises_nouns", "genitive_s", "compound_roles",
                      "speaker_is_noun_phrase", "verb_form", "infinitive_ending", "possessive_ending",
                      "noun_suffixes", "idle_words", "clause_openers",
                      "stopword_acronyms", "person_nouns"})
REQUIRED = tuple(f.name for f in fields(Pack) if f.name not in OPTIONAL and f.name != "language")


@lru_cache(maxsize=None)
def pack(language: str) -> Pack:
    """The pack of `language`; ValueError names what is missing when there is none or it is incomplete."""
    if not re.fullmatch(r"[a-z]{2,3}", language or ""):
        raise ValueError(f"{language!r} is not a language code")
    try:
        module = importlib.import_module(f"service.engine.lang.{language}")
    except ModuleNotFoundError:
        raise ValueError(f"language {language!r} has no language pack (service/engine/lang/{language}.py)") from None
    built = getattr(module, "PACK", None)
    if not isinstance(built, Pack):
        raise ValueError(f"service/engine/lang/{language}.py defines no PACK")
    empty = [name for name in REQUIRED if not getattr(built, name)]
    missing_messages = sorted(set(_message_codes()) - set(built.messages))
    if empty or missing_messages:
        problems = ([f"empty {', '.join(empty)}"] if empty else []) + (
            [f"no message for {', '.join(missing_messages)}"] if missing_messages else [])
        raise ValueError(f"language pack {language!r} is incomplete: {'; '.join(problems)}")
    return built


def check_packs(languages) -> None:
    """Refuse to start when a configured language has no complete pack."""
    for language in languages:
        pack(language)


def _message_codes() -> tuple[str, ...]:
    return tuple(CODES)
