"""Figures: every number that carries a fact, typed by what stands around it.

The quantity stage reads numbers, money, percentages, dates and durations; this stage
reads what they measure. A number before a unit is a measure ("97 Metern", "9.2km"),
before a noun a count ("15 Abgeordnete", "301 MPs"); an ordinal next to a rank noun a
rank ("Platz fünf", "third place"); "61-Jährige", "(40)" after a name, "aged 80" an
age; "4:1", "2-0" a score. Figures that carry no fact on their own (a survey group's
age bracket "14- bis 29-Jährige", "one of the two", a lone small number) are dropped.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from service.engine.lang import Pack, pack
from service.engine.lexicon import alternation
from service.engine.model import Quantity
from service.engine.numbers import find_numbers
from service.engine.spans import Spans
from service.engine.words import (tagged_as_adjective, tagged_as_determiner, tagged_as_noun, tagged_as_superlative,
                                  tagged_as_verb)

@dataclass(frozen=True)
class Figure:
    """A figure the open reading may make a claim of: the quantity, what it measures, and the counted noun."""
    quantity: Quantity
    measure: str          # language-independent key of what is measured
    noun: tuple[int, int] | None = None  # the counted noun's span, where there is one
    describes_person: bool = False  # "der 61-Jährige", "der vierfache Weltmeister": holder is who is described


def find_figures(text: str, quantities: list[Quantity], rules: Pack) -> tuple[list[Figure], list[tuple[int, int]]]:
    """The figures of a text in text order, and the spans of figures that carry no fact (age
    brackets of a group). Ages, scores, measures and multiples found here replace the plain
    numbers inside them."""
    stretches = _year_adjectives(text, rules)  # figures with the noun of what lasts
    spans = Spans((f.quantity.start, f.quantity.end) for f in stretches)
    ages, idle = _ages(text, rules)
    ages = [a for a in ages if not spans.overlaps(a.start, a.end)]
    multiples = _multiples(text, rules)
    extra = ages + [f.quantity for f in stretches] + multiples + _clock_times(text) + _glued_measures(text, rules) \
        + lifespans(text) + _factors(text, rules)
    found = Spans((e.start, e.end) for e in extra)
    extra += [q for q in _scores(text, rules) if not found.overlaps(q.start, q.end)]
    extra += _compound_times(text, quantities, rules)
    taken = Spans((q.start, q.end) for q in extra)
    described = {id(q) for q in ages + multiples}
    nouns = {id(f.quantity): f.noun for f in stretches}
    figures = [Figure(q, _extra_measure(text, q, rules), nouns.get(id(q)), describes_person=id(q) in described)
               for q in extra]
    measured_to = -1  # the end of the last measure read with its unit word ("512,000 twenty-foot")
    bracketed, bare = [], []
    for quantity in quantities:
        if taken.overlaps(quantity.start, quantity.end) or quantity.start < measured_to:
            continue
        figure = _typed(text, quantity, rules)
        if figure is not None:
            figures.append(figure)
            if figure.quantity.kind == "measure":
                measured_to = figure.quantity.end
        elif _a_bracketed_result(text, quantity):
            bracketed.append(quantity)
        elif quantity.kind in ("number", "ordinal"):
            bare.append(quantity)
    figures += _results_measured(text, bracketed, [f for f in figures if f.quantity.kind == "measure"])
    figures = _elliptic_items(text, bare, figures, rules)
    return _earlier_levels_measured(text, figures, rules), idle


# How far a bracketed result looks for the measure whose unit it takes: a long sentence.
_SENTENCE_REACH = 400


def _a_bracketed_result(text: str, quantity: Quantity) -> bool:
    """"Pinkelnig (227,8)", "vor Japan (289)": a bare number alone in brackets after a word that
    is no age (it has decimals or is above any age), so a result in the unit of the sentence."""
    return quantity.kind == "number" and text[quantity.start - 1:quantity.start] == "(" \
        and text[quantity.end:quantity.end + 1] == ")" and quantity.amount is not None \
        and (not quantity.text.isdigit() or quantity.amount > 120)


def _results_measured(text: str, bracketed: list[Quantity], measures: list[Figure]) -> list[Figure]:
    """Each bracketed result takes the unit of a measure of its sentence ("mit 150 Punkten …
    Takanashi (180)"); without one it says nothing checkable."""
    out = []
    measures = sorted((m for m in measures if m.quantity.unit), key=lambda m: m.quantity.start)
    starts = [m.quantity.start for m in measures]
    for q in bracketed:
        # only measures within reach of one sentence: linear however many brackets and measures
        near = measures[bisect_left(starts, q.start - _SENTENCE_REACH):bisect_left(starts, q.end + _SENTENCE_REACH)]
        same = [m for m in near if not re.search(
            r"[.!?]\s", text[min(m.quantity.end, q.end):max(m.quantity.start, q.start)])]
        # else the last measure before it, a sentence or two back ("… mit 150 Punkten. … als Zehnte (218,4)")
        before = [m for m in near if m.quantity.end <= q.start and "\n\n" not in text[m.quantity.end:q.start]]
        if same or before:
            nearest = min(same, key=lambda m: abs(m.quantity.start - q.start)) if same else before[-1]
            out.append(Figure(replace(q, kind="measure", unit=nearest.quantity.unit), nearest.measure))
    return out


def _elliptic_items(text: str, bare: list[Quantity], figures: list[Figure], rules: Pack) -> list[Figure]:
    """"15 Abgeordnete der SPÖ, je 14 der ÖVP", "Labour won 355 seats, the Conservatives 198 and the
    Liberal Democrats 62", "15 Mandate, die ÖVP auf 14", "Hölzl wurde 13., die Oberösterreicherin
    Raudaschl 24.": in a list after a count with its noun or a rank, a number without a noun of
    its own that a name holds is one more of the same: it counts the same noun, or is a place
    in the same ranking. Its holder is named right before it (or, for a count, linked right
    after it). Returns all figures in text order."""
    heads = [f for f in figures if (f.quantity.kind == "count" and f.noun and f.measure not in ("count", "times"))
             or (f.quantity.kind == "ordinal" and f.measure == "rank")]
    starts = [f.quantity.start for f in heads]
    item = _list_item(rules.language)
    nounless = {id(f.quantity): f for f in figures if f.quantity.kind == "count" and f.measure == "count"}
    out = [f for f in figures if id(f.quantity) not in nounless]
    for q in [*bare, *(f.quantity for f in nounless.values())]:
        at = bisect_left(starts, q.start)
        elliptic = None
        if at and q.amount is not None and q.amount >= 2 and q.amount == int(q.amount) and not _a_year(q):
            earlier = heads[at - 1]
            between = text[earlier.quantity.end:q.start]
            linked = re.match(r"\s+(\w+)\s+[A-ZÄÖÜ]", text[q.end:q.end + 40])
            opening = _item_opening(rules.language).search(between)  # ", die ÖVP auf", ", je", "and the Conservatives"
            if len(between) <= 150 and not re.search(r"[.!?;:]\s", between) and item.match(text, q.end) \
                    and opening is not None and "/" not in q.text:
                if earlier.measure == "rank":
                    # "…, die Oberösterreicherin Elisabeth Raudaschl 24.", "… and Jones fifth"
                    placed = q.kind == "ordinal" or (rules.ordinal_dot and q.text.isdigit() and text[q.end:q.end + 1] == ".")
                    if placed and opening.group("name"):
                        elliptic = Figure(replace(q, kind="ordinal"), "rank")
                elif q.kind != "ordinal" and (opening.group("name") or (linked and linked.group(1).lower() in rules.holder_links)):
                    elliptic = Figure(replace(q, kind="count"), earlier.measure, (q.end, q.end))
        if elliptic is not None:
            out.append(elliptic)
        elif id(q) in nounless:
            out.append(nounless[id(q)])
    return sorted(out, key=lambda f: f.quantity.start)


@lru_cache(maxsize=None)
def _item_opening(language: str) -> re.Pattern[str]:
    """A new item of a list, up to its number: a comma or joining word, then the name that holds
    it (perhaps with its article and "auf"/"with"), or only "je" before a link after the number."""
    rules = pack(language)
    joiners = alternation(rules.number_words.conjunctions | {"sowie"})
    return re.compile(rf"(?:,|\s(?:{joiners}))\s+(?:(?:{rules.article_alternation})\s+)?"
                      rf"(?P<name>(?:[A-ZÄÖÜ][\w'’-]*\s+){{1,3}}(?:(?:auf|mit|on|with)\s+)?)?(?:je\s+)?$")


@lru_cache(maxsize=None)
def _list_item(language: str) -> re.Pattern[str]:
    """What may follow a number that ends an item of a list: a link to its holder, a comma, a
    joining word, the sentence's end."""
    rules = pack(language)
    joiners = alternation(rules.number_words.conjunctions | {"sowie", "or", "oder"})
    links = alternation(rules.holder_links)
    return re.compile(rf"(?:\s+(?:{links})\s+[A-ZÄÖÜ]|\s*[,.;)]|\s+(?:{joiners})\s|\s*$)")


def _earlier_levels_measured(text: str, figures: list[Figure], rules: Pack) -> list[Figure]:
    """"handled 512,000 TEU …, up from 470,000 a year earlier": a bare earlier level takes the unit
    of the measure it is compared with, before it in the same sentence."""
    old = _old_level(rules.language)
    out, before = [], None  # `before`: the last measure read so far
    for figure in figures:
        q = figure.quantity
        if before is not None and figure.measure == "count" and q.kind == "count" \
                and old.search(text, max(0, q.start - 25), q.start) and q.start - before.quantity.end < 150 \
                and not re.search(r"[.!?]\s", text[before.quantity.end:q.start]):
            figure = Figure(replace(q, kind="measure", unit=before.quantity.unit), before.measure)
        elif q.kind == "measure":
            before = figure
        out.append(figure)
    return out


@lru_cache(maxsize=None)
def _old_level(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{pack(language).old_level_cues})\s+$")


_SECONDS = {"hour": 3600, "minute": 60, "s": 1}
_CLOCK = re.compile(r"(?<![\w:.,])(\d{1,2}):(\d{2}):(\d{2})(?![\w:])")


def _clock_times(text: str) -> list[Quantity]:
    """Race times written as h:mm:ss ("2:17:18"), in seconds."""
    found = []
    for match in _CLOCK.finditer(text):
        hours, minutes, seconds = (int(g) for g in match.groups())
        if minutes < 60 and seconds < 60:
            total = float(hours * 3600 + minutes * 60 + seconds)
            found.append(Quantity(kind="measure", text=match.group(0), start=match.start(), end=match.end(),
                                  amount=total, low=total, high=total, unit="s"))
    return found


def _compound_times(text: str, quantities: list[Quantity], rules: Pack) -> list[Quantity]:
    """"two hours 18 minutes 15 seconds", "one minute 53 secs": one time, in seconds."""
    # (start, end, seconds, unit) of each stretch of time: a duration, or a number before "secs"
    parts: list[tuple[int, int, float, str]] = []
    for q in quantities:
        if q.amount is None:
            continue
        if q.kind == "duration" and q.unit in _SECONDS:
            parts.append((q.start, q.end, q.amount * _SECONDS[q.unit], q.unit))
        elif q.kind in ("number", "count"):
            word = _WORD_AFTER.match(text, q.end, min(len(text), q.end + 12))
            unit_word = word.group(1).lower().rstrip(".") if word else ""
            if word and rules.units.get(unit_word) == "s":
                parts.append((q.start, word.start(1) + len(unit_word), q.amount, "s"))
    found: list[Quantity] = []
    run: list[tuple[int, int, float, str]] = []
    for part in parts:
        start, _, _, unit = part
        if run and not text[run[-1][1]:start].strip(" ,") and _SECONDS[unit] < _SECONDS[run[-1][3]]:
            run.append(part)
            continue
        found += _one_time(text, run)
        run = [part]
    return found + _one_time(text, run)


def _one_time(text: str, run: list[tuple[int, int, float, str]]) -> list[Quantity]:
    """Stretches of time in a row, larger units first ("two hours 18 minutes"), as one time."""
    if len(run) < 2:
        return []
    total = float(sum(seconds for _, _, seconds, _ in run))
    start, end = run[0][0], run[-1][1]
    return [Quantity(kind="measure", text=text[start:end], start=start, end=end, amount=total, low=total,
                     high=total, unit="s")]


def _extra_measure(text: str, q: Quantity, rules: Pack) -> str:
    if q.kind in ("age", "score", "date"):
        return q.kind
    if q.kind == "count":  # a multiple: what follows is what was won that often
        noun = _WORD_AFTER.match(text, q.end, min(len(text), q.end + 40))
        word = noun.group(1).lower().rstrip(".") if noun else ""
        return rules.measures.get(word, word or "count")
    return unit_measure(q)


_LIFESPAN = re.compile(r"\((?P<born>1[5-9]\d\d|20\d\d)\s*[-–]\s*(?P<died>1[5-9]\d\d|20\d\d)\)")


def lifespans(text: str) -> list[Quantity]:
    """ "Milena Jesenská (1896-1944)": the years of a life, each a date of the name before it."""
    found = []
    for match in _LIFESPAN.finditer(text):
        if int(match["born"]) >= int(match["died"]):
            continue
        for group in ("born", "died"):
            found.append(Quantity(kind="date", text=match[group], start=match.start(group), end=match.end(group),
                                  date=match[group], granularity="year"))
    return found


def _multiples(text: str, rules: Pack) -> list[Quantity]:
    """ "der vierfache Weltfußballer", "die 31-fache Weltcupsiegerin", "a four-time champion":
    how often someone won what the noun names."""
    found = []
    for match in multiple_pattern(rules.language).finditer(text):
        raw = match["number"]
        value = float(raw) if raw.isdigit() else _number_word(raw, rules)
        if value is None or value < 2:
            continue
        found.append(Quantity(kind="count", text=match.group(0), start=match.start(), end=match.end(),
                              amount=value, low=value, high=value))
    return found


@lru_cache(maxsize=None)
def multiple_pattern(language: str) -> re.Pattern[str]:
    """ "vierfache", "31-fache", "four-time": a number glued to the pack's multiple suffixes."""
    suffixes = "|".join(map(re.escape, pack(language).multiple_suffixes))
    return re.compile(rf"(?<![\w-])(?P<number>\d{{1,3}}|[^\W\d_]+?)-?(?:{suffixes})(?![\w])", re.IGNORECASE)


def _number_word(word: str, rules: Pack) -> float | None:
    """The value of a number written as one word ("vier", "three"), read by the number parser."""
    numbers = find_numbers(word, rules.language)
    return numbers[0].value if len(numbers) == 1 and (numbers[0].start, numbers[0].end) == (0, len(word)) else None


def unit_measure(quantity: Quantity) -> str:
    """The measure key of a quantity with a unit: "distance" for m/km/miles, "time" for s …"""
    return {"m": "distance", "km": "distance", "mi": "distance", "cm": "distance", "s": "time",
            "points": "points", "goals": "goals", "t": "weight", "kg": "weight"}.get(quantity.unit or "", "measure")


_WORD_AFTER = re.compile(r"[\s\u00a0]*-?([^\W\d_][\w\-./]*)")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w\-]*)[\s\u00a0]+$")


def _typed(text: str, quantity: Quantity, rules: Pack) -> Figure | None:
    kind = quantity.kind
    if kind in ("money", "percent"):
        return Figure(quantity, _money_measure(text, quantity, rules) if kind == "money" else "share")
    if kind == "date":
        return Figure(quantity, "date")
    if kind == "duration":
        if text.startswith(("-old", " old"), quantity.end):
            return None  # an age, read by _ages
        return Figure(quantity, "duration")
    after = _WORD_AFTER.match(text, quantity.end, min(len(text), quantity.end + 40))
    word = after.group(1).rstrip(".") if after else ""  # "14 Tote." ends the sentence, not the word
    word_start, word_end = (after.start(1), after.end(1)) if after else (quantity.end, quantity.end)
    lower = word.lower()
    if kind == "ordinal":
        before = _WORD_BEFORE.search(text, max(0, quantity.start - 30), quantity.start)
        nouns = {lower, (before.group(1).lower() if before else "")}
        if rules.capitalises_nouns and quantity.text[:1].isupper() and not _sentence_initial(text, quantity.start) \
                and not (word[:1].isupper() and not text[quantity.end:word_start].strip()):
            # "wurde Dritte", "als Zehnte": a nominalized rank ("die Erste Landtagspräsidentin" is a title)
            return Figure(replace(quantity, kind="ordinal"), "rank")
        if quantity.amount == 1 and lower in rules.times_words:
            return None  # "for the first time", "zum ersten Mal": an idiom, not a rank
        if nouns & rules.rank_nouns or any(n.endswith(tuple(rules.rank_nouns)) for n in nouns if len(n) > 5):
            return Figure(replace(quantity, kind="ordinal"), "rank")
        if before and before.group(1).lower() in rules.placing_verbs and not (
                word and (tagged_as_noun(word, rules.language) or tagged_as_superlative(word, rules.language)
                          or tagged_as_verb(word, rules.language))):  # not "was first exhibited"
            return Figure(replace(quantity, kind="ordinal"), "rank")  # "was second when …", "finished 11th."
        if _copula_article(rules.language).search(text[max(0, quantity.start - 20):quantity.start]):
            return Figure(replace(quantity, kind="ordinal"), "rank")  # "is the third Conservative MP to …"
        if word and not text[quantity.end:word_start].strip() and tagged_as_superlative(word, rules.language):
            return Figure(replace(quantity, kind="ordinal"), "rank")  # "fetched the second highest amount"
        return None
    if kind not in ("number", "count") or quantity.amount is None:
        return None
    before = _WORD_BEFORE.search(text, max(0, quantity.start - 30), quantity.start)
    if rules.ordinal_dot and before and before.group(1).lower() in rules.placing_verbs and quantity.text.isdigit() \
            and text[quantity.end:quantity.end + 1] in (".", ",") and quantity.amount < 1000:
        # "Chiara Hölzl wurde 13., …": digits and a full stop after a placing verb, the sentence's end swallowed it
        return Figure(replace(quantity, kind="ordinal"), "rank")
    if before and before.group(1).lower() in rules.rank_nouns and quantity.amount == int(quantity.amount) \
            and quantity.text.isalpha() | quantity.text.isdigit() \
            and (rules.capitalises_nouns or before.group(1).islower()):  # not "Number 10" (Downing Street)
        return Figure(replace(quantity, kind="ordinal"), "rank")  # "Platz fünf", "Rang 13", "number one"
    unit = rules.units.get(lower) or rules.units.get(word)
    if unit is None and "-" in word and text[quantity.end:quantity.end + 1] == "-":
        # "92,5-Meter-Sprung": a performance; "360-Grad-Bilder", "4-Zimmer-Wohnung" describe a thing
        unit = rules.units.get(lower.split("-")[0])
        unit = unit if unit in _PERFORMANCE_UNITS else None
        word = word.split("-")[0] if unit else word
    if unit:
        end = word_start + len(word)
        return Figure(replace(quantity, kind="measure", unit=unit, text=text[quantity.start:end], end=end),
                      unit_measure(replace(quantity, unit=unit)))
    noun_start = word_start
    if word and not rules.capitalises_nouns and word[:1].isupper() and not _countable(word, rules):
        # "two League outings", "14 Liberal MPs": names before the counted noun
        head = re.match(r"(?:\s+[A-Z][\w-]*){0,2}\s+([a-z][\w-]*s|[A-Z]{2,}s)(?![\w-])", text[word_end:word_end + 60])
        if head and head.group(1) not in rules.not_countable:
            noun_start, word = word_end + head.start(1), head.group(1)
            lower = word
    if word and rules.capitalises_nouns and _attributive_adjective(word, rules.language) \
            and text[quantity.end:quantity.end + 1] != "-":  # not "eine 23-sekündige Animation"
        # "42 syrische Asylwerber", "Hunderte italienische Kleinsparer": the noun after the adjective is
        # counted; "zwei weitere Jahre" is a stretch of time, not a count
        head = re.match(r"\s+([A-ZÄÖÜ][\w-]*)(?![\w-])", text[word_end:word_end + 40])
        if head and head.group(1).lower() not in rules.lexicon.time_units:
            noun_start, word = word_end + head.start(1), head.group(1)
            lower = word.lower()
    if lower in rules.times_words:
        if quantity.amount < 2 or _factor(text, noun_start + len(word), rules):
            return None  # "three times as many": a factor, not how often
        return Figure(replace(quantity, kind="count"), "times", (noun_start, noun_start + len(word)))
    if lower in rules.idle_words or lower in rules.clock_words:
        return None
    if 0 < quantity.amount < 1 and _part_of(rules.language).match(text[quantity.end:quantity.end + 12]):
        # "around a quarter of the company's dancers", "ein Drittel der Befragten": a share in percent
        share = quantity.amount * 100
        return Figure(replace(quantity, kind="percent", amount=share, low=share if quantity.low is None else
                              quantity.low * 100, high=share if quantity.high is None else quantity.high * 100,
                              unit="%"), "share")
    whole = of_a_whole(rules.language).match(text, quantity.end, min(len(text), quantity.end + 60))
    counted = next((g for g in ("noun", "after") if whole and whole.group(g) and _countable(whole.group(g), rules)), None)
    if counted and whole and quantity.amount >= 2:
        # "3,208 of the 3,621 students", "940 von 2.850 Lehrkräften", "two out of their 12 principal
        # dancers": a part counts the whole's noun
        noun = whole.group(counted)
        return Figure(replace(quantity, kind="count"), rules.measures.get(noun.lower(), noun.lower()),
                      (whole.start(counted), whole.end(counted)))
    if not word or not _countable(word, rules) or ("-" in word and text[quantity.end:quantity.end + 1] == "-"):
        # "die 26.000-Einwohner-Stadt", "mit 4-Zoll-Display": a number glued into a compound describes a thing
        if quantity.amount >= 10 and not _a_year(quantity) and _level_cue(rules.language).search(
                text, max(0, quantity.start - 25), quantity.start) \
                and not _after_last(rules.language).search(text[max(0, quantity.start - 12):quantity.start]):
            # "sank um 22.000 auf 2,967 Millionen", "rose to 3,208": a level or change of what the
            # clause's subject counts, with no noun of its own ("to the last 32" is a round)
            return Figure(replace(quantity, kind="count"), "count")
        return None
    if quantity.amount < 2:
        return None  # "one of the two", "ein Mann": no figure a claim is about
    if quantity.amount < 10 and _known_set(text, quantity.start, rules):
        return None  # "the two main parties", "alle drei": a set the reader knows, not a new figure
    if _model_number(text, quantity, rules) or _a_year(quantity) or _ago(text, word_end, rules):
        return None
    return Figure(replace(quantity, kind="count"), rules.measures.get(lower, lower),
                  (noun_start, noun_start + len(word)))


def _attributive_adjective(word: str, language: str) -> bool:
    """A lower-case word with an adjective's inflection ("syrische", "neuen", "weiterer"), where
    German writes every noun with a capital; not a verb's participle or an adverb ("sind", "mehr")."""
    inflected = pack(language).lexicon.inflected_adjective
    return bool(inflected) and len(word) > 3 and re.fullmatch(inflected, word) is not None \
        and (tagged_as_adjective(word, language) or tagged_as_determiner(word, language))  # "Millionen solcher Passwörter"


@lru_cache(maxsize=None)
def whole_determiners(language: str) -> str:
    """The words that may stand before a whole a part is counted in: "of the", "out of their"."""
    rules = pack(language)
    return alternation(set(rules.definite_articles) | set(rules.possessives))


@lru_cache(maxsize=None)
def of_a_whole(language: str) -> re.Pattern[str]:
    """The pattern of "of the 3,621 students" after a figure: the whole a part is counted against."""
    rules = pack(language)
    determiners = whole_determiners(language)
    # the whole's noun, or the word after it where the first is an adjective ("12 principal dancers")
    return re.compile(rf"(?i)\s+(?:{rules.part_of_words})\s+(?:(?:{determiners})\s+)?(?P<whole>\d[\d.,]*)\s+"
                      rf"(?P<noun>[^\W\d_][\w-]*)(?:\s+(?P<after>[^\W\d_][\w-]*))?")


@lru_cache(maxsize=None)
def _copula_article(language: str) -> re.Pattern[str]:
    """"is the" before an ordinal: "is the third Conservative MP to …" is a rank."""
    rules = pack(language)
    return re.compile(rf"(?i)(?<!\w)(?:{'|'.join(rules.copulas)})\s+(?:{rules.article_alternation})\s+$")


@lru_cache(maxsize=None)
def _part_of(language: str) -> re.Pattern[str]:
    """"of", "der" after a fraction: "a quarter of the dancers", "ein Drittel der Befragten"."""
    rules = pack(language)
    return re.compile(rf"(?i)\s+(?:{rules.part_of_words}|{rules.article_alternation})\s")


@lru_cache(maxsize=None)
def _after_last(language: str) -> re.Pattern[str]:
    """"the last" before a number: "to the last 32" is a round of a competition, not a level."""
    return re.compile(rf"(?i)(?<!\w)(?:{'|'.join(pack(language).lexicon.last_words)})\s+$")


@lru_cache(maxsize=None)
def _level_cue(language: str) -> re.Pattern[str]:
    """A word that puts a bare number as a level or a change: "auf", "um", "from", "to", "by"."""
    rules = pack(language)
    cues = "|".join((rules.old_level_cues, rules.new_level_cues, *map(re.escape, rules.change_prepositions)))
    return re.compile(rf"(?i)(?<!\w)(?:{cues})\s+$")


def _factor(text: str, at: int, rules: Pack) -> bool:
    """ "three times as many", "fünfmal so viel": the word after "times" makes it a factor."""
    following = re.match(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?", text[at:at + 30])
    if not following or following.group(1).lower() not in rules.factor_words:
        return False
    # "three times as many": a factor; "four times as a player": how often, in a role
    then = (following.group(2) or "").lower()
    return then not in (*rules.definite_articles, *rules.indefinite_articles)


_PERFORMANCE_UNITS = frozenset({"m", "km", "s", "points", "goals"})


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].strip()
    return not before or before[-1] in ".!?:\n–-"


def _a_year(quantity: Quantity) -> bool:
    """"its 2005 presidency", "the 2000/2001 season": a year, not a count."""
    return quantity.text.isdigit() and len(quantity.text) == 4 and 1800 <= (quantity.amount or 0) <= 2100


def _ago(text: str, at: int, rules: Pack) -> bool:
    """"four seasons ago", "drei Spiele später": a distance in time, not a count."""
    following = re.match(r"\s+([^\W\d_]+)", text[at:at + 20])
    return following is not None and following.group(1).lower() in rules.distance_words


def _known_set(text: str, start: int, rules: Pack) -> bool:
    before = text[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in rules.known_set_words


def _model_number(text: str, quantity: Quantity, rules: Pack) -> bool:
    """"iOS 9", "iPhone 4", "Radio 1", "Number 10": a small bare number right after a name is part of
    it; not after a day or month ("am Donnerstag 73 Menschen")."""
    if not quantity.text.isdigit() or (quantity.amount or 0) >= 100:
        return False
    before = re.search(r"([^\W\d_][\w-]*)[ \u00a0]$", text[max(0, quantity.start - 30):quantity.start])
    if not before or before.group(1).lower() in rules.lexicon.weekdays or before.group(1).lower() in rules.lexicon.months:
        return False
    return before.group(1)[:1].isupper() or any(c.isupper() for c in before.group(1)[1:])


def _countable(word: str, rules: Pack) -> bool:
    """A noun that can be counted: German capitalises nouns; English counts a lower-case word that
    is not a function word, or a capitalised plural ("MPs")."""
    if rules.capitalises_nouns:
        # "Ex-Mitarbeiter", "EU-Bürger": a compound counts when its head is a noun (in English a
        # hyphenated word before a noun is an adjective: "a dozen state-owned carriers")
        return word[:1].isupper() and word.replace("-", "").isalpha() and word.split("-")[-1][:1].isupper() \
            and word not in rules.not_name_words
    if word.lower() in rules.not_countable:
        return False
    return word.isalpha() and (word.islower() or (word[:-1].isupper() and word.endswith("s"))
                               or word.lower() in rules.party_nouns)  # "five Greens"


def _money_measure(text: str, quantity: Quantity, rules: Pack) -> str:
    """What an amount is: a measure noun near it in its clause ("Umsatz von 3,6 Mrd. Euro"), else money."""
    window = text[max(0, quantity.start - 60):min(len(text), quantity.end + 40)].lower()
    for word in re.findall(r"[^\W\d_]+", window):
        if word in rules.measures:
            return rules.measures[word]
    return "money"


@lru_cache(maxsize=None)
def _age_patterns(language: str, patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})".replace("(?P<age>", "(?P<age{}>".format(i))
                               .replace("(?P<after>", "(?P<after{}>".format(i))
                               for i, p in enumerate(patterns)))


def _ages(text: str, rules: Pack) -> tuple[list[Quantity], list[tuple[int, int]]]:
    """Ages: "61-Jährige", "18 Jahre alte", "aged 80", "31-year-old", and "(40)" or ", 58," after a
    name; and the spans of age brackets of a group ("bei den 14- bis 29-Jährigen", "aged 10 to
    13"), which carry no fact of their own: no claim may be built on them."""
    pattern = _age_patterns(rules.language, rules.age_patterns)
    found, idle = [], []
    for match in pattern.finditer(text):
        groups = {k[:-1] if k[-1].isdigit() else k: v for k, v in match.groupdict().items() if v is not None}
        key = next(k for k, v in match.groupdict().items() if v is not None and k.startswith("age"))
        start, end = match.span(key)
        age = int(groups["age"])
        if "after" in groups:
            # Apposition: only right after a capitalised name ("Jeremic (40)", "Jackson, 58,").
            before = text[max(0, match.start() - 30):match.start()].rstrip()
            if not before or not before.split()[-1][:1].isupper() or age < 14 or age > 110:
                continue
        elif _bracket(text, match.start(), match.end(), rules):
            lead = re.search(rf"\d{{1,3}}\s*[-–]?\s*(?:{_joiners(rules)})\s*$",
                             text[max(0, match.start() - 12):match.start()])
            idle.append((match.start() - (len(lead.group(0)) if lead else 0), match.end()))
            continue
        span_start, span_end = (start, end) if "after" in groups else match.span()
        found.append(Quantity(kind="age", text=text[span_start:span_end], start=span_start, end=span_end,
                              amount=age, low=age, high=age, unit="year"))
    return found, idle


def _factors(text: str, rules: Pack) -> list[Quantity]:
    """"Mr Brown doubled the threshold", "prices have more than doubled", "hat sich verdoppelt": a
    change by a factor (the pack's `changes`), a figure of its own ("times"); "more than" before it
    is its qualifier."""
    found = []
    for pattern, factor, _ in _change_patterns(rules.language):
        for match in pattern.finditer(text):
            start, qualifier = match.start(), "exact"
            lead = _qualifier_before(rules.language).search(text, max(0, start - 20), start)
            if lead:
                start, qualifier = lead.start(), rules.lexicon.qualifiers[re.sub(r"\s+", " ", lead.group(1).lower())]
            found.append(Quantity(kind="measure", text=text[start:match.end()], start=start, end=match.end(),
                                  amount=factor, low=factor if qualifier != "less_than" else None,
                                  high=factor if qualifier not in ("more_than", "at_least") else None,
                                  qualifier=qualifier, unit="times"))
    return found


@lru_cache(maxsize=None)
def _change_patterns(language: str) -> tuple[tuple[re.Pattern[str], float, str], ...]:
    return tuple((re.compile(regex, re.IGNORECASE), factor, key) for regex, factor, key in pack(language).changes)


@lru_cache(maxsize=None)
def _qualifier_before(language: str) -> re.Pattern[str]:
    """"more than " right before a change: "have more than doubled", "sich mehr als verdoppelt"."""
    words = alternation(pack(language).lexicon.qualifiers)
    return re.compile(rf"(?i)(?<!\w)({words})\s+$")


def _year_adjectives(text: str, rules: Pack) -> list[Figure]:
    """"ihrer fünfjährigen Haft", "einen 3-jährigen Vertrag": an adjective of years before a noun
    for something that lasts is how long it lasts, not anyone's age ("der 36-jährige Arbeiter",
    "der 21-jährige Victor Lindelöf" stay ages)."""
    if not rules.year_adjective:
        return []
    found = []
    for match in _year_adjective(rules.language).finditer(text):
        raw = match["number"]
        years = float(raw) if raw.isdigit() else _number_word(raw, rules)
        noun = re.match(r"\s+([A-ZÄÖÜ][\w-]*)", text[match.end():match.end() + 40])
        # "des 100-jährigen Bestehens", "eines Dreijahresvertrags": the genitive too
        if years is None or noun is None or not (noun.group(1).lower().endswith(rules.lasting_nouns)
                                                 or noun.group(1).lower()[:-1].endswith(rules.lasting_nouns)):
            continue
        found.append(Figure(Quantity(kind="duration", text=match.group(0), start=match.start(), end=match.end(),
                                     amount=years, low=years, high=years, unit="year"), "duration",
                            (match.end() + noun.start(1), match.end() + noun.end(1))))
    return found


@lru_cache(maxsize=None)
def _year_adjective(language: str) -> re.Pattern[str]:
    return re.compile(pack(language).year_adjective)


def _bracket(text: str, start: int, end: int, rules: Pack) -> bool:
    """An age bracket of a group, not a person's age: "14- bis 29-Jährigen", "aged 10 to 13"; not
    "der 57-Jährige zwischen 2018 und 2022", where the range that follows is the years."""
    before = text[max(0, start - 12):start].lower()
    joiners = _joiners(rules)
    return bool(re.search(rf"\d\s*[-–]?\s*(?:{joiners})\s*$", before)) or \
        bool(re.match(rf"(?i)\s*(?:{joiners})\s+\d", text[end:end + 20])) or \
        any(word in before.split()[-1:] for word in rules.more_than_words)  # "über 30-Jährige"


def _joiners(rules: Pack) -> str:
    return "|".join(map(re.escape, sorted(rules.lexicon.range_joiners, key=len, reverse=True)))


# "4:1", "2-0", "4:1-Erfolg" (a compound with the score: "mit einem 3:1-Sieg"), not "10-12-jährige"
_SCORE = re.compile(r"(?<![\w.,:/-])(\d{1,2})[:\-–](\d{1,2})(?![\w:/]|[.,]\d|-(?![A-ZÄÖÜ])\w)")


def _scores(text: str, rules: Pack) -> list[Quantity]:
    """Sports results: "4:1", "2-0" (not clock times, ranges of years or amounts)."""
    not_after, not_before = _score_context(rules.language)
    found = []
    for match in _SCORE.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        if not_after.match(text, match.end()) or (match.group(0)[len(match.group(1))] == ":" and second >= 20):
            continue
        if first > 30 or second > 30 or not_before.search(text[max(0, match.start() - 12):match.start()]):
            continue
        found.append(Quantity(kind="score", text=match.group(0), start=match.start(), end=match.end(),
                              amount=None, unit=None, date=None))
    return found


@lru_cache(maxsize=None)
def _score_context(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What makes "4:1" or "2-0" something else: a clock, percent, scale or time word after it
    ("15:30 Uhr", "10-12 Prozent"); a range, page or qualifier word before it ("zwischen 10-12")."""
    p = pack(language)
    lx = p.lexicon
    after = {*p.clock_words, *lx.percent_words, *lx.scale_words, *lx.time_units, *p.number_words.scales}
    before = {*p.page_words, *lx.range_openers, *lx.qualifiers}
    def words(items) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True))
    return (re.compile(rf"[\s\u00a0]*(?:{words(after)})(?!\w)", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{words(before)})\s*$", re.IGNORECASE))


# "m" and "s" only with decimals: "10,000m" names a race, "1980s" a decade, "over-65s" a group.
_GLUED = re.compile(r"(?<![\w.,£$€¥+-])(?:(\d+(?:[.,]\d+)?)(km/h|km|secs?|kg|cm|mm|mph)|(\d+[.,]\d{1,2})(m|s))(?![\w/])")


def _glued_measures(text: str, rules: Pack) -> list[Quantity]:
    """Numbers written with their unit: "9.2km", "6.39secs", "16.87m", "47.3km/h"."""
    found = []
    for match in _GLUED.finditer(text):
        raw = match.group(1) or match.group(3)
        unit = rules.units.get(match.group(2) or match.group(4))
        if unit is None:
            continue
        number = raw.replace(",", ".") if rules.number_words.decimal_comma or raw.count(",") == 1 and len(raw.split(",")[1]) != 3 \
            else raw.replace(",", "")
        try:
            amount = float(number)
        except ValueError:
            continue
        found.append(Quantity(kind="measure", text=match.group(0), start=match.start(), end=match.end(),
                              amount=amount, low=amount, high=amount, unit=unit))
    return found
