"""Arithmetic a careful reader does inside one passage, whoever the figures are about.

The checks of consistency.py compare claims about one entity across the article. These
look at the figures of one sentence (and, for a share "of them", the sentence before),
where the text itself says how they relate, so no holder is needed:

- a stated change against its two levels: "rose 0.3% to $36.44, from $36.19" (+0.7%),
  "stieg um 0,8 Prozentpunkte auf 15,1 Prozent (Vorjahr: 14,6 Prozent)", "ging leicht
  zurück auf 3,9 Mrd. Euro, nach 3,6 Mrd. Euro im Vorjahr" (FC113);
- a comparison between two figures: "21 Fehler und damit weniger als sein Gegner, der auf
  17 kam", "fast doppelt so viele wie …, als 3.150 Einsätze gezählt wurden" (FC103);
- shares of one whole listed together that add up to more than 100 % (FC117);
- parts listed after a total ("38,000 objects, including 24,000 …, 9,000 … and 6,500 …")
  that add up to more than it (FC112);
- a share of a part: "940 von ihnen … ein Anteil von 22 Prozent" after 2.850 (FC114);
- a duration since a year: "opened in 1958, has been in service for 58 years" at the
  article's date (FC116);
- across the article, two figures for what the words around them say is the same thing,
  written with the same digits in another order ("1.240 Patienten", "1.420 Patienten";
  "cancelled 340 flights", "the 430 cancellations"): the commonest slip of the keyboard (FC118).

Each check returns `Problem`s naming the figures it compares; the Engine turns them into
findings about the claims that hold those figures. Tolerances follow how the figures are
written: a stated "0.3%" allows 0.25–0.35, "about 75%" more.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache, partial

from service.engine.figures import Figure
from service.engine.lang import Pack, pack
from service.engine.messages import PerLanguage, explain, message_word, quoted, with_suggestion
from service.engine.model import (Claim, Finding, Measured, Mention, Quantity, Segment, Span, Suggestion, has_amount,
                                  has_date)
from service.engine.open_claims import PREDICATE, restating_opener, trim

_LEVEL_KINDS = frozenset({"money", "percent", "count", "number", "measure"})


@dataclass(frozen=True)
class Problem:
    """Figures that cannot all be as written, with the finding code and its message values."""
    code: str
    figures: tuple[Quantity, ...]
    values: dict = field(default_factory=dict)
    # The correction the figures imply: (the figure to replace, what to write, why: a reason key
    # of the messages' vocabulary), or None when they do not say which figure is wrong.
    suggestion: tuple[Quantity, str, str] | None = None


def passage_problems(text: str, sentences: tuple[Segment, ...], quantities: list[Quantity], language: str,
                     published_at: date | None = None, figures: Sequence[Figure] = ()) -> list[Problem]:
    """Every figure counts here, with or without a counted noun ("der auf 17 kam"); measures
    the figures stage read ("182km", "4 hours 12 minutes", "47.3km/h") replace the plain
    numbers inside them."""
    rules = pack(language)
    problems: list[Problem] = []
    previous: list[Quantity] = []
    ordered = _with_measures(quantities, figures)
    problems += _transposed(text, sentences, ordered, rules)
    problems += _votes(text, rules)
    problems += _weekdays(quantities, rules)
    money = _by_stem(text, [q for q in ordered if q.kind == "money" and q.amount])
    counted = {f.quantity.start: f.measure for f in figures if f.quantity.kind == "count" and f.noun}
    wholes: dict[str, Measured] = {}  # counted noun -> the last whole stated ("Der Landtag hat 48 Sitze")
    raised: Quantity | None = None  # the last total a round or a collection raised
    previous_sentence: Segment | None = None
    for sentence, quantities in _by_sentence(sentences, ordered):
        if quantities:
            problems += _changes(text, sentence, quantities, rules)
            problems += _comparisons(text, sentence, quantities, rules)
            problems += _shares(text, quantities, rules)
            problems += _parts(text, sentence, quantities, rules)
            problems += _share_of_part(text, sentence, quantities, previous, rules)
            problems += _speed(text, quantities, rules)
            problems += _share_of_named_whole(text, sentence, quantities, money, rules)
            problems += _contributions(text, sentence, quantities, raised, rules)
            problems += _listed_counts(text, quantities, counted, wholes, rules)
            raised = next((q for q in reversed(quantities) if q.kind == "money" and q.amount
                           and _raised(text, sentence, q, rules)), raised)
            problems += _change_on_last_sentence(text, sentence, quantities, previous, rules)
            problems += _levels_after_change(text, sentence, quantities, previous_sentence, previous, rules)
            if published_at is not None:
                problems += _since_year(text, quantities, rules, published_at)
                problems += _stretch(text, sentence, quantities, previous, rules, published_at)
            problems += _stretch_in_hours(text, quantities, previous, rules)
        previous, previous_sentence = quantities, sentence
    return problems


def _with_measures(quantities: list[Quantity], figures) -> list[Quantity]:
    measures = [f.quantity for f in figures if f.quantity.kind == "measure"]
    taken = sorted((m.start, m.end) for m in measures)
    starts = [a for a, _ in taken]
    kept = []
    for q in quantities:
        i = bisect_right(starts, q.start) - 1
        if any(0 <= j < len(taken) and taken[j][0] < q.end and q.start < taken[j][1] for j in (i, i + 1)):
            continue
        kept.append(q)
    return sorted(kept + measures, key=lambda q: q.start)


def _by_sentence(sentences, quantities: list[Quantity]) -> list[tuple[Segment, list[Quantity]]]:
    """Each sentence with its figures, in one pass over both (both are in text order)."""
    out, i = [], 0
    for sentence in sentences:
        while i < len(quantities) and quantities[i].start < sentence.start:
            i += 1
        j = i
        while j < len(quantities) and quantities[j].start < sentence.end:
            j += 1
        out.append((sentence, quantities[i:j]))
        i = j
    return out


@lru_cache(maxsize=None)
def _cues(language: str) -> dict[str, re.Pattern[str]]:
    rules = pack(language)
    return {
        "rise": re.compile(rf"(?i)(?<!\w)(?:{rules.rise_words})(?!\w)"),
        "fall": re.compile(rf"(?i)(?<!\w)(?:{rules.fall_words})(?!\w)"),
        "old_before": re.compile(rf"(?i)(?<!\w)(?:{rules.old_level_cues})\s*$"),
        "new_before": re.compile(rf"(?i)(?<!\w)(?:{rules.new_level_cues})\s*$"),
        "old_after": re.compile(rf"(?i)^\s*(?:{rules.previous_period})(?!\w)"),
        "of_them": re.compile(rf"(?i)\s*(?:{rules.part_of_cues})(?!\w)"),
        "inclusion": re.compile(rf"(?i)(?<!\w)(?:{rules.inclusion_words})(?!\w)"),
        "nearly": re.compile(rf"(?i)(?<!\w)(?:{rules.nearly_words})\s+$"),
        "duration_since": re.compile(rf"(?i)(?<!\w)(?:{rules.duration_since_cues})\s+$"),
        "joiner": re.compile(rf"(?i)(?<!\w)(?:{rules.list_joiners})(?!\w)"),
        "list": re.compile(rf"(?i),|(?<!\w)(?:{rules.list_joiners})(?!\w)"),
        "contrast": re.compile(rf"(?i)(?<!\w)(?:{rules.contrast_words})(?!\w)"),
        "level": re.compile(rf"(?i)(?<!\w)(?:{rules.old_level_cues}|{rules.new_level_cues})(?!\w)"),
        "alternative": re.compile(rf"(?i)\s*(?:{rules.alternative_words})\s*"),
        "restating": restating_opener(language),
        "compared": re.compile(rf"(?i)(?<!\w)(?:{rules.compared_cues})\s+$"),
        "each": re.compile(rf"(?i)(?<!\w)(?:{rules.each_words})\s+$"),
        "now": re.compile(rf"(?i)(?<!\w)(?:{rules.now_words})(?!\w)"),
        "start": re.compile(rf"(?i)(?<!\w)(?:{rules.start_cues})"),
        "end": re.compile(rf"(?i)(?<!\w)(?:{rules.end_cues})"),
        "raised_after": re.compile(rf"(?i)\s*(?:{rules.raised_words})(?!\w)"),
        "raised_before": re.compile(rf"(?i)(?<!\w)(?:{rules.raised_words})\s+(?:\w+\s+)?$"),
        "contribution": re.compile(rf"(?i)(?<!\w)(?:{rules.contribution_cues})(?!\w)"),
        "share_of": re.compile(rules.share_of, re.IGNORECASE),
        "whole": re.compile(rf"(?i)(?<!\w)(?:{rules.whole_cues})\s+$"),
        "clock_before": re.compile(rf"(?i){_clock(rules)}\s+(?:{rules.day_prepositions})\s+$"),
        "clock_after": re.compile(rf"(?i)\s*,?\s*(?:{rules.clock_prepositions})\s+{_clock(rules)}"),
    }


# --- a change against its levels ---------------------------------------------------------------

def _level_pair(text: str, sentence: Segment, quantities: list[Quantity], cues) -> tuple[Measured, Measured] | None:
    """The one earlier and the one later level of a sentence ("auf 4,7 …, nach 4,1 …", "to 412p, up
    from 320p"), close together and comparable, or None."""
    old = [q for q in quantities if q.kind in _LEVEL_KINDS and _is_old_level(text, q, sentence, cues)]
    new = [q for q in quantities if q.kind in _LEVEL_KINDS and q not in old
           and cues["new_before"].search(text[max(sentence.start, q.start - 12):q.start])]
    if len(old) != 1 or len(new) != 1:
        return None  # no pair of levels, or several: which belong together is not clear
    before, after = old[0], new[0]
    if not _comparable(before, after) or not has_amount(before) or not before.amount or not has_amount(after):
        return None
    gap = text[min(before.end, after.end):max(before.start, after.start)]
    if len(gap) > 30 or cues["joiner"].search(gap):
        return None  # "… to October, down from 23% in February, and inflation slowed to 4.3%": two things
    return before, after


def _percent_change(change: Measured, sign: int, before: Measured, after: Measured, language: str) -> list[Problem]:
    """FC113 when a change in percent is not what the levels give (within how it is written)."""
    actual = (after.amount - before.amount) / abs(before.amount) * 100
    if abs(actual - sign * change.amount) > _tolerance(change):
        return [_change_problem(change, before, after, actual, "%", language)]
    return []


def _changes(text: str, sentence: Segment, quantities: list[Quantity], rules: Pack) -> list[Problem]:
    cues = _cues(rules.language)
    pair = _level_pair(text, sentence, quantities, cues)
    if pair is None:
        return []
    before, after = pair
    changes = [(q, _stated_change(text, sentence, q, cues, rules)) for q in quantities
               if q.kind == "percent" and has_amount(q) and q is not before and q is not after]
    changes = [(q, sign) for q, sign in changes if sign and not _alternative(text, q, (before, after), cues)]
    direction = _direction(text, sentence, after, cues)
    actual_pct = (after.amount - before.amount) / abs(before.amount) * 100
    actual_pp = after.amount - before.amount
    if len(changes) == 1:
        change, sign = changes[0]
        stated = sign * change.amount
        points = change.unit == "pp"
        if points and before.unit != "%":
            return []
        actual = actual_pp if points else actual_pct
        if abs(actual - stated) > _tolerance(change):
            return [_change_problem(change, before, after, actual, "pp" if points else "%", rules.language)]
        return []
    if not changes and direction and actual_pct and (actual_pct > 0) != (direction > 0):
        # "ging leicht zurück auf 3,9 Mrd. Euro, nach 3,6 Mrd. Euro": the direction alone is wrong
        return [Problem("FC113", (after, before),
                        {"change": message_word("rise" if direction > 0 else "fall"), "old": quoted(before.text),
                         "new": quoted(after.text), "actual": _signed(actual_pct, "%")})]
    return []


def _change_on_last_sentence(text: str, sentence: Segment, quantities: list[Quantity], previous: list[Quantity],
                             rules: Pack) -> list[Problem]:
    """"Insgesamt nutzten 4,6 Millionen Passagiere den Airport. Das sind 12 Prozent mehr als im
    Vorjahr, als 4,3 Millionen Reisende gezählt wurden": the later level is the last sentence's."""
    cues = _cues(rules.language)
    if not cues["restating"].match(text, sentence.start, sentence.start + 20):
        return []
    old = [q for q in quantities if q.kind in _LEVEL_KINDS and has_amount(q) and _is_old_level(text, q, sentence, cues)]
    changes = [(q, _stated_change(text, sentence, q, cues, rules)) for q in quantities
               if q.kind == "percent" and has_amount(q) and q not in old]
    changes = [(q, sign) for q, sign in changes if sign]
    if len(old) != 1 or len(changes) != 1:
        return []
    before = old[0]
    after = next((q for q in reversed(previous) if _comparable(before, q) and has_amount(q)), None)
    if after is None or not before.amount:
        return []
    change, sign = changes[0]
    return _percent_change(change, sign, before, after, rules.language)


def _levels_after_change(text: str, sentence: Segment, quantities: list[Quantity],
                         previous_sentence: Segment | None, previous: list[Quantity], rules: Pack) -> list[Problem]:
    """"Shares in Halden jumped 38% on Monday … The stock closed at 412p, up from 320p on
    Friday": a change stated alone, then the two levels alone in the next sentence."""
    if previous_sentence is None or any(q.kind == "percent" for q in quantities):
        return []
    cues = _cues(rules.language)
    if any(_is_old_level(text, q, previous_sentence, cues) for q in previous if q.kind in _LEVEL_KINDS):
        return []  # the change has its levels beside it
    changes = [(q, _stated_change(text, previous_sentence, q, cues, rules)) for q in previous
               if q.kind == "percent" and q.unit == "%" and has_amount(q)]
    if len(changes) != 1 or not changes[0][1]:
        return []
    pair = _level_pair(text, sentence, quantities, cues)
    if pair is None:
        return []
    change, sign = changes[0]
    return _percent_change(change, sign, *pair, rules.language)


def _change_problem(change: Quantity, before: Quantity, after: Quantity, actual: float, unit: str,
                    language: str) -> Problem:
    """FC113 for a stated change the two levels do not give; the change they give is the likely
    correction (levels are what reports and tables state, the change is worked out from them)."""
    return Problem("FC113", (change, before, after), {"change": quoted(change.text), "old": quoted(before.text),
                                                      "new": quoted(after.text), "actual": _signed(actual, unit)},
                   _suggested(change, abs(actual), language, "implied_by_levels"))


def _suggested(q: Quantity, amount: float, language: str, reason: str) -> tuple[Quantity, str, str] | None:
    corrected = rewritten(q, amount, language)
    return (q, corrected, reason) if corrected else None


def rewritten(q: Quantity, amount: float, language: str) -> str | None:
    """The figure as written with its number replaced so that it states `amount`: "12 Prozent"
    → "14,6 Prozent", "45 Millionen Euro" → "50 Millionen Euro"; None when the text holds no
    single written number to replace."""
    numbers = list(re.finditer(r"\d[\d.,]*\d|\d", q.text))
    if len(numbers) != 1 or not q.amount:
        return None
    written = numbers[0].group(0)
    rules = pack(language)
    plain = written.replace(".", "").replace(",", ".") if rules.number_words.decimal_comma else written.replace(",", "")
    try:
        scale = q.amount / float(plain)
    except (ValueError, ZeroDivisionError):
        return None
    value = amount / scale
    decimals = 0 if abs(value - round(value)) < 0.05 else 1
    return q.text[:numbers[0].start()] + _written(value, decimals, language) + q.text[numbers[0].end():]


_SECONDS = {"hour": 3600, "minute": 60}


def _speed(text: str, quantities: list[Quantity], rules: Pack) -> list[Problem]:
    """"182km … in 4 hours 12 minutes, an average speed of 47.3km/h": distance over time."""
    distances = [q for q in quantities if q.kind == "measure" and q.unit == "km" and has_amount(q) and q.amount]
    times = [q for q in quantities if q.kind == "measure" and q.unit == "s" and has_amount(q) and q.amount] + \
        [replace(q, unit="s", amount=q.amount * _SECONDS[q.unit]) for q in quantities
         if q.kind == "duration" and q.unit in _SECONDS and has_amount(q) and q.amount]  # "in 4 hours"
    speeds = [q for q in quantities if q.kind == "measure" and q.unit == "km/h" and has_amount(q) and q.amount]
    if len(distances) != 1 or len(times) != 1 or len(speeds) != 1:
        return []
    distance, time, speed = distances[0], times[0], speeds[0]
    actual = distance.amount / (time.amount / 3600)
    if abs(actual - speed.amount) > max(0.5, 0.02 * speed.amount):
        return [Problem("FC123", (distance, time, speed), {
            "speed": quoted(speed.text), "distance": quoted(distance.text), "time": quoted(time.text),
            "actual": PerLanguage(lambda language: _written(actual, 1, language) + " km/h")},
            _suggested(speed, actual, rules.language, "implied_by_figures"))]
    return []


def _is_old_level(text: str, q: Quantity, sentence: Segment, cues) -> bool:
    """"from $36.19", "nach 3,6 Mrd. Euro im Vorjahr", "(Vorjahr: 14,6 Prozent)", "£2bn a year earlier"."""
    return bool(cues["old_before"].search(text[max(sentence.start, q.start - 16):q.start])
                or cues["old_after"].search(text[q.end:min(sentence.end, q.end + 30)]))


def _direction(text: str, sentence: Segment, q: Quantity, cues) -> int:
    """+1 when a rise word stands right before or after the figure, -1 for a fall word, else 0."""
    before = text[max(sentence.start, q.start - 30):q.start]
    before = re.split(r"[,;:]", before)[-1]
    after = re.split(r"[,;:(]", text[q.end:min(sentence.end, q.end + 14)])[0]
    for window in (before, after):
        rise, fall = cues["rise"].search(window), cues["fall"].search(window)
        if rise and not fall:
            return 1
        if fall and not rise:
            return -1
    return 0


def _stated_change(text: str, sentence: Segment, q: Quantity, cues, rules: Pack) -> int:
    """+1 or -1 when the percentage is a change ("rose 0.3%", "stieg um 0,8 Prozentpunkte",
    "18% rise", "a decline of 0.11 points"), 0 when it is a level."""
    clause = re.split(r"[,;:()]", text[max(sentence.start, q.start - 40):q.start])[-1]
    words = re.findall(r"[^\W\d_]+", clause)
    near = " ".join(words[-3:])
    if words and words[-1].lower() in rules.change_prepositions:
        near = clause  # "stieg um 0,8 Prozentpunkte", "cut by 5%": the verb may stand further back
    for pattern, sign in ((cues["rise"], 1), (cues["fall"], -1)):
        if pattern.search(near):
            return sign
    following = " ".join(re.findall(r"[^\W\d_]+", text[q.end:min(sentence.end, q.end + 16)])[:1])
    for pattern, sign in ((cues["rise"], 1), (cues["fall"], -1)):
        if pattern.search(following):
            return sign
    return 0


def _alternative(text: str, q: Quantity, levels: tuple[Quantity, ...], cues) -> bool:
    """"von 4,5 auf 3,5 oder 3,6 Prozent": a figure joined to a level by "oder" is another level."""
    return any(cues["alternative"].fullmatch(text[min(q.end, level.end):max(q.start, level.start)])
               for level in levels)


def _comparable(a: Quantity, b: Quantity) -> bool:
    return a.kind == b.kind and a.unit == b.unit and a.amount is not None and b.amount is not None


def _tolerance(q: Quantity) -> float:
    """How far a stated figure may be from the exact one: half its last written digit, more
    when it is qualified ("about", "knapp")."""
    digits = re.search(r"[.,](\d+)(?!.*\d)", q.text)
    decimals = len(digits.group(1)) if digits and len(digits.group(1)) < 3 else 0
    base = 0.5 * 10 ** -decimals + 0.01 * abs(q.amount or 0)
    return base * 3 if q.qualifier not in ("exact", None) else base


def _written(value: float, decimals: int, language: str) -> str:
    """A figure as the message's language writes it: "+28,8" in German, "+28.8" in English."""
    written = f"{value:,.{decimals}f}"
    if pack(language).number_words.decimal_comma:
        written = written.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return written


def _percent(value: float) -> PerLanguage:
    """A share as the message's language writes it: "32.98%" / "32,98 %"."""
    return PerLanguage(lambda language: _written(value, 1, language) + pack(language).message_words["percent"])


def _signed(value: float, unit: str) -> PerLanguage:
    """A change with its sign and unit: "+28.8%", "+0.5 pp" / "+28,8 %", "+0,5 Prozentpunkte"."""
    def render(language: str) -> str:
        number = ("+" if value >= 0 else "") + _written(value, 1, language)
        return f"{number} {pack(language).message_words['points']}" if unit == "pp" else \
            f"{number}{pack(language).message_words['percent']}"
    return PerLanguage(render)


# --- a comparison between two figures ------------------------------------------------------------

def _comparisons(text: str, sentence: Segment, quantities: list[Quantity], rules: Pack) -> list[Problem]:
    problems = []
    cues = _cues(rules.language)
    matches = [(m, relation) for pattern, relation in _comparison_patterns(rules.language)
               for m in pattern.finditer(text, sentence.start, sentence.end)]
    multiples = [m for m, relation in matches if relation.startswith("x")]
    for match, relation in matches:
        if not relation.startswith("x") and any(o.start() < match.end() and match.start() < o.end() for o in multiples):
            continue  # "a little more than half": the multiple says it, not "more than"
        if re.match(r"\s*[\d.,]", text[match.end():match.end() + 4]):
            continue  # "mehr als 13 Milliarden": a qualifier, not a comparison
        if not _comparison_object(text, match.end(), rules):
            continue  # "die Quote mehr als erfüllt", "more than doubled": no second thing compared
        if relation == "x2" and _more_than(rules.language).search(text[max(0, match.start() - 12):match.start()]):
            relation = ">x2"  # "mehr als doppelt so groß wie"
        before = [q for q in quantities if q.end <= match.start() and q.kind in _LEVEL_KINDS]
        after = [q for q in quantities if q.start >= match.end() and q.kind in _LEVEL_KINDS]
        pair = _both_after(text, after, rules) if not before else None
        first: Quantity
        if pair is not None:
            first, second = pair  # "less frequent than with placebo: 6% …, compared with 4% on placebo"
        else:
            if not before or not after:
                continue
            first = before[-1]
            found = next((q for q in after if _comparable(first, q) and has_amount(q)), None)
            if found is None or not found.amount or not has_amount(first):
                continue
            second = found
            lead, reach = text[first.end:match.start()], text[match.end():second.start]
            if not lead.strip() or ";" in lead or ("," in lead and len(lead.split()) > 4) or len(reach) > 90 \
                    or re.search(r"[;–—]", reach) or cues["contrast"].search(reach):
                continue  # "15 Prozent mehr als …": a difference; "…, mehr als der zwölfte Platz": another clause
        nearly = bool(cues["nearly"].search(text[max(sentence.start, match.start() - 12):match.start()]))
        if not _holds(first.amount, second.amount, relation, nearly):
            ratio = first.amount / second.amount
            problems.append(Problem("FC115", (first, second),
                                    {"first": quoted(first.text), "second": quoted(second.text),
                                     "relation": message_word(relation),
                                     "ratio": PerLanguage(partial(_written, ratio, 2))}))
    return problems


@lru_cache(maxsize=None)
def _comparison_patterns(language: str):
    rules = pack(language)
    return tuple((re.compile(regex, re.IGNORECASE), relation)
                 for regex, relation in rules.comparatives + rules.multiples)


def _both_after(text: str, after: list[Quantity], rules: Pack) -> tuple[Measured, Measured] | None:
    """Both figures after the comparative, the second introduced by "compared with"/"verglichen
    mit": the first is the subject's, the second what it is compared with."""
    if len(after) < 2:
        return None
    first, second = after[0], after[1]
    if not _comparable(first, second) or not has_amount(first) or not has_amount(second) or not second.amount:
        return None
    if not _cues(rules.language)["compared"].search(text[max(0, second.start - 25):second.start]):
        return None
    return first, second


def _comparison_object(text: str, at: int, rules: Pack) -> bool:
    """Whether what follows "als"/"than"/"wie" names a second thing: an article, a possessive, a
    preposition, a pronoun or a name ("als sein Gegner", "wie beim Orkan", "than with placebo")."""
    word = re.match(r"\s*([^\W\d_]+)", text[at:at + 30])
    if not word:
        return False
    lower = word.group(1).lower()
    return lower in rules.definite_articles or lower in rules.indefinite_articles or lower in rules.possessives \
        or lower in rules.locatives or lower in rules.pronouns or lower in rules.oblique_prepositions \
        or (word.group(1)[:1].isupper() and not rules.capitalises_nouns)


@lru_cache(maxsize=None)
def _more_than(language: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in pack(language).more_than_words)
    return re.compile(rf"(?i)(?<!\w)(?:{words})\s+$")


def _holds(a: float, b: float, relation: str, nearly: bool) -> bool:
    if relation == "<":
        return a < b
    if relation == ">":
        return a > b
    if relation == ">x2":
        return a > 2 * b * 0.95
    ratio = a / b
    if relation == "x0.5+":
        return 0.5 <= ratio <= 0.67  # "a little more than half"
    factor = float(relation.lstrip("x"))
    low, high = (factor * 0.8, factor * 1.02) if nearly else (factor * 0.9, factor * 1.1)
    return low <= ratio <= high


# --- shares of one whole, parts of one total -----------------------------------------------------

def _shares(text: str, quantities: list[Quantity], rules: Pack) -> list[Problem]:
    """"58 Prozent … waren Männer, 46 Prozent Frauen": shares listed together add up to at most 100."""
    cues = _cues(rules.language)
    shares = [q for q in quantities if q.kind == "percent" and q.unit == "%" and has_amount(q)
              and not cues["new_before"].search(text[max(0, q.start - 8):q.start])]
    dates = [q for q in quantities if q.kind == "date"]
    run: list[Measured] = []
    problems = []
    for share in [*shares, None]:
        if share is not None and run and _listed(text[run[-1].end:share.start], rules) \
                and not any(run[-1].end <= d.start < share.start for d in dates) \
                and not _own_whole(text, share, rules):
            run.append(share)
            continue
        if len(run) > 1 and sum(q.amount for q in run) > 100.5 and not _each(text, run, rules):
            total = sum(q.amount for q in run)
            problems.append(Problem("FC117", tuple(run), {
                "shares": PerLanguage(partial(_quoted_list, tuple(run))),
                "total": PerLanguage(partial(_total_share, total))}))
        run = [share] if share is not None else []
    return problems


def _own_whole(text: str, share: Quantity, rules: Pack) -> bool:
    """"65 Prozent der Türken und 55 Prozent der Serben", "69% in Kensington", "Spanien (49,6
    Prozent)", "70 Prozent davon": a share that names its own whole or belongs to a name is no
    part of the first's."""
    if text[max(0, share.start - 2):share.start].strip() == "(" or text[share.end:share.end + 1] == ")":
        return True
    if _cues(rules.language)["of_them"].match(text, share.end):
        return True  # "70 Prozent davon": a share of the share before
    word = re.match(r"\s+([^\W\d_]+)", text[share.end:share.end + 20])
    return word is not None and (word.group(1).lower() in rules.holder_links or word.group(1).lower() in rules.locatives
                           or (word.group(1).isupper() and len(word.group(1)) > 1))  # "31,5 Prozent OMV"


def _quoted_list(figures: tuple[Quantity, ...], language: str) -> str:
    """The figures as written, each quoted, in a comma-separated list."""
    return ", ".join(quoted(q.text).render(language) for q in figures)


def _total_share(total: float, language: str) -> str:
    """A sum of shares to one decimal, without a zero decimal ("107,5", "104")."""
    return _written(total, 1, language).rstrip("0").rstrip(",.")


def _listed(between: str, rules: Pack) -> bool:
    """Whether the words between two figures only list: a comma or a conjunction and at most
    five words ("of the roll, white pupils"), no verb of change, no "from"/"to"."""
    cues = _cues(rules.language)
    if len(re.findall(r"[^\W\d_]+", between)) > 5 or not cues["list"].search(between):
        return False
    return not any(cues[key].search(between) for key in ("rise", "fall", "contrast", "level"))


def _each(text: str, run: Sequence[Quantity], rules: Pack) -> bool:
    """"jeweils 24,5 Prozent", "each": one figure stands for several shares."""
    return any(_cues(rules.language)["each"].search(text[max(0, q.start - 12):q.start]) for q in run)


def _parts(text: str, sentence: Segment, quantities: list[Quantity], rules: Pack) -> list[Problem]:
    """"a collection of 38,000 objects, including 24,000 …, 9,000 … and 6,500 …"."""
    inclusion = _cues(rules.language)["inclusion"].search(text, sentence.start, sentence.end)
    if not inclusion:
        return []
    totals = [q for q in quantities if q.end <= inclusion.start() and q.kind in ("count", "number", "money", "measure")
              and has_amount(q) and not _ranked(text, q, rules)]
    if not totals:
        return []
    total = totals[-1]
    parts: list[Measured] = []
    for q in quantities:
        if q.start < inclusion.end() or not _comparable(total, q) or not has_amount(q) or _ranked(text, q, rules):
            continue
        gap = text[(parts[-1].end if parts else inclusion.end()):q.start]
        if parts and not _listed_parts(gap, rules):
            break
        parts.append(q)
    if len(parts) < 2:
        return []
    return _over_total(total, parts, rules.language)


def _over_total(total: Measured, parts: list[Measured], language: str) -> list[Problem]:
    """FC112 when the parts add up to more than the total (beyond rounding); the likely
    correction is the total the parts give."""
    summed = sum(q.amount for q in parts)
    if summed <= (total.high if total.high is not None else total.amount) * 1.005:
        return []
    return [Problem("FC112", (total, *parts), {"about": quoted(total.text), "total": quoted(total.text),
                                               "parts": PerLanguage(lambda language: _written(summed, 0, language))},
                    _suggested(total, summed, language, "sum_of_parts"))]


def _ranked(text: str, q: Quantity, rules: Pack) -> bool:
    """"top 40", "at number 27": a place in a ranking, no amount."""
    word = re.search(r"([^\W\d_]+)\s*$", text[max(0, q.start - 15):q.start])
    return word is not None and word.group(1).lower() in rules.rank_nouns


def _listed_parts(between: str, rules: Pack) -> bool:
    return bool(_cues(rules.language)["list"].search(between)) and len(re.findall(r"[^\W\d_]+", between)) <= 8


def _share_of_part(text: str, sentence: Segment, quantities: list[Quantity], previous: list[Quantity],
                   rules: Pack) -> list[Problem]:
    """"2.850 Lehrkräfte … 940 von ihnen … ein Anteil von 22 Prozent": 940 / 2.850 is 33 %."""
    cues = _cues(rules.language)
    shares = [q for q in quantities if q.kind == "percent" and q.unit == "%" and has_amount(q) and q.amount]
    if len(shares) != 1:
        return []
    share = shares[0]
    for part in quantities:
        if part.kind not in ("count", "number") or not has_amount(part) or not part.amount:
            continue
        whole = None
        if cues["of_them"].match(text, part.end):
            wholes = [q for q in previous + [q for q in quantities if q.end <= part.start]
                      if q.kind in ("count", "number") and has_amount(q) and q.amount]
            whole = wholes[-1] if wholes else None
        if whole is None or not whole.amount or whole.amount < part.amount:
            continue
        problem = _share_problem(share, part, whole, rules.language)
        if problem is not None:
            return [problem]
    return []


def _share_problem(share: Measured, part: Measured, whole: Measured, language: str) -> Problem | None:
    """FC114 when part / whole is not the share the article gives (within how it is written)."""
    actual = part.amount / whole.amount * 100
    if abs(actual - share.amount) <= max(1.0, _tolerance(share)):
        return None
    return Problem("FC114", (share, part, whole), {"share": quoted(share.text), "part": quoted(part.text),
                                                   "whole": quoted(whole.text), "actual": _percent(actual)},
                   _suggested(share, actual, language, "implied_by_figures"))


# --- a duration since a year ------------------------------------------------------------------

def _since_year(text: str, quantities: list[Quantity], rules: Pack, published_at: date) -> list[Problem]:
    """"opened in 1958, has been in service for 58 years": 1958 to the article's year is 67."""
    years = [q for q in quantities if q.kind == "date" and q.granularity == "year" and has_date(q)
             and len(q.date) == 4 and int(q.date) < published_at.year]
    spans = [q for q in quantities if q.kind == "duration" and q.unit == "year" and has_amount(q) and q.amount
             and _cues(rules.language)["duration_since"].search(text[max(0, q.start - 8):q.start])]
    if len(years) != 1 or len(spans) != 1:
        return []
    year, span = years[0], spans[0]
    actual = published_at.year - int(year.date)
    if abs(actual - span.amount) > 1:
        return [Problem("FC116", (span, year), {"duration": quoted(span.text), "start": year.text,
                                                "now": str(published_at.year), "actual": str(actual)},
                        _suggested(span, actual, rules.language, "implied_by_figures"))]
    return []


# --- a weekday against its date ----------------------------------------------------------------------

def _weekdays(quantities: list[Quantity], rules: Pack) -> list[Problem]:
    """"am Dienstag, 5. März 2025": 5 March 2025 was a Wednesday (FC125). The dates stage joins
    a weekday to the date after it; a date without a year already took the year its weekday fits."""
    weekdays = rules.lexicon.weekdays
    problems = []
    for q in quantities:
        written = q.text.split()[0].rstrip(",") if q.text.strip() else ""
        if q.kind != "date" or q.granularity != "day" or not q.date or written.lower() not in weekdays:
            continue
        day = date.fromisoformat(q.date[:10])
        if day.weekday() != weekdays[written.lower()]:
            problems.append(Problem("FC125", (q,), {
                "written": quoted(q.text), "day": PerLanguage(partial(_day, day)),
                "actual": PerLanguage(partial(_weekday_name, day.weekday()))}))
    return problems


def _weekday_name(index: int, language: str) -> str:
    return next(name for name, i in pack(language).lexicon.weekdays.items() if i == index).capitalize()


def _day(day: date, language: str) -> str:
    """A date as the message's language writes it: "5. März 2025" / "5 March 2025"."""
    months = pack(language).lexicon.months
    month = next(name for name, i in months.items() if i == day.month and "." not in name and len(name) > 3)
    ordinal = "." if pack(language).ordinal_dot else ""
    return f"{day.day}{ordinal} {month.capitalize()} {day.year}"


# --- problems as findings about claims ------------------------------------------------------------

def with_findings(problems: list[Problem], claims: list[Claim], figures: list[Figure], text: str,
                  sentences: tuple[Segment, ...], topic: Mention | None, language: str,
                  severities: dict | None = None) -> tuple[list[Claim], list[Finding]]:
    """The claims, with one added for each figure of a problem that no claim holds yet (about the
    article's topic, or about nobody), renumbered in text order; and the problems as findings
    about those claims. A finding names its figures through claims, so an editor sees both
    places and what the article says there."""
    if not problems:
        return claims, []
    held = {(c.value.start, c.value.end): c for c in claims if c.value is not None and c.predicate != "statement"}
    for claim in claims:
        if claim.value is not None:
            held.setdefault((claim.value.start, claim.value.end), claim)
    measures = {(f.quantity.start, f.quantity.end): f.measure for f in figures}
    starts = [s.start for s in sentences]
    added = []
    for problem in problems:
        for q in problem.figures:
            if (q.start, q.end) not in held:
                i = bisect_right(starts, q.start) - 1
                sentence = sentences[i] if i >= 0 and q.start < sentences[i].end else Segment("sentence", q.start, q.end)
                end = trim(text, sentence.start, sentence.end)
                evidence = Claim(id="", text=text[sentence.start:end], start=sentence.start, end=end,
                                 sentence=Span(sentence.start, sentence.end),
                                 predicate=PREDICATE.get(q.kind, "figure.count"),  # a plain number is a count
                                 rule=EVIDENCE_RULE, subject=topic, value=q,
                                 measure=measures.get((q.start, q.end)))
                held[(q.start, q.end)] = evidence
                added.append(evidence)
    numbered = {}
    ordered = sorted(claims + added, key=lambda c: (c.start, c.value.start if c.value else c.end))
    renumbered = []
    for i, claim in enumerate(ordered):
        numbered[id(claim)] = f"c{i + 1}"
        renumbered.append(replace(claim, id=f"c{i + 1}"))
    findings = []
    for problem in problems:
        kind, severity, message, english = explain(problem.code, language, severities, **problem.values)
        ids = tuple(dict.fromkeys(numbered[id(held[(q.start, q.end)])] for q in problem.figures))
        suggestion = None
        if problem.suggestion is not None:
            figure, replacement, reason = problem.suggestion
            suggestion = Suggestion(numbered[id(held[(figure.start, figure.end)])], figure.start, figure.end,
                                    replacement, reason)
            message = with_suggestion(message, language, replacement, reason)
            english = with_suggestion(english, "en", replacement, reason)
        findings.append(Finding(id="", kind=kind, code=problem.code, severity=severity, message=message,
                                message_en=english, claims=ids, suggestion=suggestion))
    return renumbered, findings


# The rule of a claim made for a figure a finding names (its predicate is the open reading's).
EVIDENCE_RULE = "open-passage"


# --- transposed digits -------------------------------------------------------------------------

_TRANSPOSABLE = frozenset({"count", "number", "money"})


def _transposed(text: str, sentences: tuple[Segment, ...], quantities: list[Quantity], rules: Pack) -> list[Problem]:
    """Two figures of different sentences with the same digits in another order, whose
    surroundings share a word ("Patienten", "cancelled"/"cancellations"; for two digits the
    word right after both: "62 schools", "26 schools"). Figures of one
    sentence ("242 von 422", "32.5 million, compared to 23.5 million") are related on purpose;
    years, ranks and results lists are no amounts."""
    by_digits: dict[tuple, list[Quantity]] = {}
    for q in quantities:
        digits = re.sub(r"\D", "", q.text)
        if q.kind not in _TRANSPOSABLE or q.amount is None or len(digits.strip("0")) < 2 \
                or (len(digits) == 4 and digits[:2] in ("19", "20")) or _ranked(text, q, rules) \
                or text[max(0, q.start - 1):q.start] == ":":  # "1:12,3": a time in a results list
            continue
        kind = "count" if q.kind == "number" else q.kind  # "180.000 Haushalte" and "auf 108.000"
        by_digits.setdefault((kind, q.unit, "".join(sorted(digits))), []).append(q)
    problems = []
    starts = [s.start for s in sentences]
    q_starts = [q.start for q in quantities]
    for group in by_digits.values():
        if len(group) < 2 or len(group) > 4:
            continue  # many figures with these digits: a table, not a slip
        if _together(starts, group):
            continue
        pair = next(((first, second) for i, first in enumerate(group) for second in group[i + 1:]
                     if second.amount != first.amount and not _same_sentence(starts, first, second)
                     and _alike(text, first, second) and not _dense(sentences, starts, q_starts, first, second)),
                    None)
        if pair is not None:
            problems.append(Problem("FC118", pair, {"first": quoted(pair[0].text), "second": quoted(pair[1].text)}))
    return problems


def _same_sentence(starts: list[int], a: Quantity, b: Quantity) -> bool:
    return bisect_right(starts, a.start) == bisect_right(starts, b.start)


def _together(starts: list[int], group: list[Quantity]) -> bool:
    """Whether two figures of the group with different digits stand in one sentence."""
    seen: dict[int, set[str]] = {}
    for q in group:
        seen.setdefault(bisect_right(starts, q.start), set()).add(re.sub(r"\D", "", q.text))
    return any(len(digits) > 1 for digits in seen.values())


def _alike(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether the words around two figures say they count the same thing."""
    if len(re.sub(r"\D", "", first.text)) < 3:
        return _noun_after(text, first) is not None and _noun_after(text, first) == _noun_after(text, second)
    return bool(_stems(text, first) & _stems(text, second))


def _noun_after(text: str, q: Quantity) -> str | None:
    """"62 schools", "26 schools": two-digit figures are compared only by the word after them."""
    word = re.match(r"\s+([^\W\d_]{4,})", text[q.end:q.end + 30])
    return word.group(1).lower() if word else None


def _dense(sentences, starts: list[int], q_starts: list[int], *pair: Quantity) -> bool:
    """Whether either figure stands in a sentence of many figures: a results list or a table."""
    for q in pair:
        i = bisect_right(starts, q.start) - 1
        if i < 0:
            continue
        sentence = sentences[i]
        if bisect_left(q_starts, sentence.end) - bisect_left(q_starts, sentence.start) > 6:
            return True
    return False


def _stems(text: str, q: Quantity) -> set[str]:
    """The first five letters of the longer words within four words of a figure."""
    before = re.findall(r"[^\W\d_]{5,}", text[max(0, q.start - 45):q.start])[-4:]
    after = re.findall(r"[^\W\d_]{5,}", text[q.end:q.end + 45])[:4]
    return {w[:5].lower() for w in before + after}


# --- votes against those present ----------------------------------------------------------------

def _votes(text: str, rules: Pack) -> list[Problem]:
    """"Mit 27 zu 14 Stimmen bei drei Enthaltungen" and "Von den 42 anwesenden Ratsmitgliedern":
    44 votes from 42 members present cannot be."""
    present = [m for m in re.finditer(rules.present_count, text, re.IGNORECASE)]
    if len(present) != 1:
        return []
    members = int(present[0].group("n"))
    for tally in re.finditer(rules.vote_tally, text, re.IGNORECASE):
        votes = sum(_count(tally.group(g), rules) for g in ("yes", "no", "abstain") if tally.group(g))
        if votes > members:
            cast = Quantity(kind="count", text=tally.group(0), start=tally.start(), end=tally.end(),
                            amount=float(votes), low=float(votes), high=float(votes))
            there = Quantity(kind="count", text=present[0].group(0), start=present[0].start(), end=present[0].end(),
                             amount=float(members), low=float(members), high=float(members))
            return [Problem("FC122", (cast, there), {"votes": str(votes), "tally": quoted(tally.group(0)),
                                                     "present": str(members)})]
    return []


def _count(word: str, rules: Pack) -> int:
    """A count written in digits or as a word ("drei", "three")."""
    return int(word) if word.isdigit() else rules.number_words.units.get(word.lower(), 0)


# --- a stretch of time against its start and end ---------------------------------------------------

_MONTHS_PER: dict[str | None, int] = {"month": 1, "year": 12}


def _stretch(text: str, sentence: Segment, quantities: list[Quantity], previous: list[Quantity], rules: Pack,
             published_at: date) -> list[Problem]:
    """"im Frühjahr 2026 beginnen und im Herbst 2027 abgeschlossen. Für die Bauzeit von rund 30
    Monaten …": a start and an end at most 23 months apart; "Der Prozess hatte Anfang März
    begonnen. Nach 14 Monaten … fiel nun das Urteil": from March to the article's date."""
    spans = [q for q in quantities if q.kind == "duration" and q.unit in _MONTHS_PER and has_amount(q) and q.amount
             and not re.match(r"\s*(?:-|\s)old", text[q.end:q.end + 5])]
    if len(spans) != 1:
        return []
    span = spans[0]
    dates = [q for q in previous + quantities if q.kind == "date" and has_date(q) and q.date[:4].isdigit()]
    cues = _cues(rules.language)
    start = next((d for d in dates if _cued(text, d, cues["start"])), None)
    end = next((d for d in dates if d is not start and _cued(text, d, cues["end"])), None)
    if start is None:
        return []
    if end is None:
        if not cues["now"].search(text[sentence.start:sentence.end]):
            return []
        low_end = high_end = published_at.year * 12 + published_at.month - 1
    else:
        low_end, high_end = _months(end.date)
    low_start, high_start = _months(start.date)
    shortest, longest = low_end - high_start, high_end - low_start
    months = span.amount * _MONTHS_PER[span.unit]
    slack = 1 + (0.1 * months if span.qualifier not in ("exact", None) else 0)
    if shortest < 0 or shortest - slack <= months <= longest + slack:
        return []
    return [Problem("FC124", (span, start) + ((end,) if end is not None else ()), {
        "span": quoted(span.text), "start": quoted(start.text),
        "end": quoted(end.text) if end is not None else PerLanguage(lambda language: published_at.isoformat()),
        "length": _length(max(shortest, 0), longest, "months")})]


_HOURS_PER = {"hour": 1, "day": 24}


def _stretch_in_hours(text: str, quantities: list[Quantity], previous: list[Quantity], rules: Pack) -> list[Problem]:
    """"The 48-hour walkout began at 00:01 on Thursday and is due to end at midnight on Sunday":
    a stretch of hours or days against a start and an end day, with the clock times beside them
    where the text gives them (else any time of the day)."""
    def stretches(found):
        return [q for q in found if q.kind == "duration" and q.unit in _HOURS_PER and q.amount]
    spans, dated = stretches(quantities), previous + quantities
    if not spans:  # "Der Streik soll 24 Stunden dauern. Er beginnt am Montag …": the days follow the stretch
        spans, dated = stretches(previous), quantities
    if len(spans) != 1:
        return []
    span = spans[0]
    days = [q for q in dated if q.kind == "date" and q.granularity == "day" and has_date(q)]
    cues = _cues(rules.language)
    start = next((d for d in days if _cued(text, d, cues["start"])), None)
    end = next((d for d in days if d is not start and d.start > (start.start if start else 0)
                and _cued(text, d, cues["end"])), None)
    if start is None or end is None:
        return []
    first, last = date.fromisoformat(start.date), date.fromisoformat(end.date)
    days_between = (last - first).days
    if not re.search(r"\d", start.text + end.text):
        # "from Thursday to Sunday": two weekdays read each by its own tense may land in different
        # weeks; the end is the first such weekday after the start
        days_between = (last.weekday() - first.weekday()) % 7
    start_low, start_high = _clock_hours(text, start, rules)
    end_low, end_high = _clock_hours(text, end, rules)
    shortest = days_between * 24 + end_low - start_high
    longest = days_between * 24 + end_high - start_low
    hours = span.amount * _HOURS_PER[span.unit]
    slack = 1 + (0.1 * hours if span.qualifier not in ("exact", None) else 0)
    if shortest < 0 or shortest - slack <= hours <= longest + slack:
        return []
    return [Problem("FC124", (span, start, end), {
        "span": quoted(span.text), "start": quoted(start.text), "end": quoted(end.text),
        "length": _length(max(shortest, 0), longest, "hours")})]


def _length(shortest: float, longest: float, unit: str) -> PerLanguage:
    """"72–96 hours" / "72–96 Stunden": how long a stretch between a start and an end is."""
    def render(language: str) -> str:
        low, high = _written(shortest, 0, language), _written(longest, 0, language)
        return f"{low if low == high else f'{low}–{high}'} {pack(language).message_words[unit]}"
    return PerLanguage(render)


def _clock(rules: Pack) -> str:
    """A clock time: "00:01", "6 Uhr", "18.30 Uhr", "midnight"."""
    names = "|".join(map(re.escape, rules.clock_names))
    return (rf"(?:(?P<hour>\d{{1,2}})(?:[:.](?P<minute>\d{{2}})(?:\s*(?:{rules.clock_suffix}))?|\s*(?:{rules.clock_suffix}))"
            rf"|(?P<name>{names}))(?!\w)")


def _clock_hours(text: str, day: Quantity, rules: Pack) -> tuple[float, float]:
    """The hours of its day a date names with a clock time beside it ("at 00:01 on Thursday":
    0.02; "at midnight on Sunday": 0 or 24; "am Montag um 6 Uhr": 6), else the whole day (0–24)."""
    cues = _cues(rules.language)
    clock = cues["clock_before"].search(text[max(0, day.start - 30):day.start]) \
        or cues["clock_after"].match(text, day.end, day.end + 30)
    if clock is None:
        return 0.0, 24.0
    if clock.group("hour"):
        hour = int(clock.group("hour")) + int(clock.group("minute") or 0) / 60
        return hour, hour
    return rules.clock_names[clock.group("name").lower()]


def _cued(text: str, q: Quantity, cue: re.Pattern[str]) -> bool:
    """Whether a start or end word stands within a few words of the date ("im Frühjahr 2026
    beginnen", "began at 00:01 on Thursday", "bis März 2024")."""
    return bool(cue.search(text[max(0, q.start - 25):q.end + 25]))


def _months(iso: str) -> tuple[int, int]:
    """The first and last month (counted from year 0) an ISO date as precise as written covers."""
    year = int(iso[:4])
    if len(iso) >= 7 and iso[5:7].isdigit():
        month = year * 12 + int(iso[5:7]) - 1
        return month, month
    return year * 12, year * 12 + 11


# --- a share of a whole named elsewhere ------------------------------------------------------------

def _by_stem(text: str, money: list[Quantity]) -> dict[str, list[Quantity]]:
    """Amounts by the first four letters of the three words before them ("to cost $48.2 million"
    under "cost"), built once per article so a share looks its whole up in constant time."""
    index: dict[str, list[Quantity]] = {}
    for q in money:
        for word in re.findall(r"[^\W\d_]+", text[max(0, q.start - 30):q.start])[-3:]:
            index.setdefault(word[:4].lower(), []).append(q)
    return index


def _share_of_named_whole(text: str, sentence: Segment, quantities: list[Quantity],
                          money: dict[str, list[Quantity]], rules: Pack) -> list[Problem]:
    """"A grant of $30 million will cover about 75% of the cost" and, elsewhere, "expected to
    cost $48.2 million": 30 / 48.2 is 62 %. The whole is the one amount of another sentence
    that the same word ("cost", "Kosten") stands right before."""
    shares = [q for q in quantities if q.kind == "percent" and q.unit == "%" and has_amount(q) and q.amount]
    if len(shares) != 1:
        return []
    share = shares[0]
    parts = [q for q in quantities if q.kind == "money" and has_amount(q) and q.amount and q.end <= share.start]
    if not parts:
        return []
    part = parts[-1]  # "a grant of $30 million will cover about 75% of the cost"
    of = _cues(rules.language)["share_of"].match(text[share.end:share.end + 40])
    if not of:
        return []
    candidates = money.get(of.group("noun")[:4].lower(), [])
    if len(candidates) > 4:
        return []  # the word stands before many amounts: no one whole
    wholes = [q for q in candidates if not (sentence.start <= q.start < sentence.end) and q.unit == part.unit
              and has_amount(q)]
    if len(wholes) != 1 or wholes[0].amount <= part.amount:
        return []
    problem = _share_problem(share, part, wholes[0], rules.language)
    return [problem] if problem is not None else []


# --- counts listed against the whole stated before --------------------------------------------------

def _listed_counts(text: str, quantities: list[Quantity], counted: dict[int, str], wholes: dict[str, Measured],
                   rules: Pack) -> list[Problem]:
    """"Der Landtag hat 48 Sitze. Die SPÖ kommt auf 15 Sitze, die ÖVP auf 14, …": counts listed
    after one of a counted noun, against the whole of that noun an earlier sentence states
    (FC112). A whole is a count after "hat"/"has"/"insgesamt"/"in total"; it is remembered
    here for the sentences after it."""
    cue = _cues(rules.language)["whole"]
    problems = []
    i = 0
    while i < len(quantities):
        q = quantities[i]
        measure = counted.get(q.start)
        i += 1
        if measure is None or not has_amount(q) or not q.amount:
            continue
        whole = wholes.get(measure)
        parts = [q]
        while i < len(quantities):  # each quantity joins at most one list: linear in the sentence
            other = quantities[i]
            if other.kind not in ("count", "number") or not has_amount(other) or not other.amount or counted.get(other.start, measure) != measure \
                    or not _listed_parts(text[parts[-1].end:other.start], rules):
                break
            parts.append(other)
            i += 1
        if whole is not None and len(parts) >= 3:
            problems += _over_total(whole, parts, rules.language)
        elif cue.search(text, max(0, q.start - 20), q.start):
            wholes[measure] = q
    return problems


# --- contributions against the total raised --------------------------------------------------------

def _raised(text: str, sentence: Segment, q: Quantity, rules: Pack) -> bool:
    """"45 Millionen Euro eingesammelt", "has raised $210m": the amount right beside the verb
    (not "…, umgerechnet rund 49 Millionen US-Dollar" after it)."""
    cues = _cues(rules.language)
    return bool(cues["raised_after"].match(text, q.end, q.end + 20)
                or cues["raised_before"].search(text[max(sentence.start, q.start - 25):q.start]))


def _contributions(text: str, sentence: Segment, quantities: list[Quantity], total: Quantity | None,
                   rules: Pack) -> list[Problem]:
    """"45 Millionen Euro eingesammelt" and later "Von ihm stammen 30 Millionen Euro, von den
    Altinvestoren zusammen 20 Millionen Euro": who gave what adds up to more than was raised."""
    if total is None or not has_amount(total):
        return []
    money = [q for q in quantities if q.kind == "money" and has_amount(q) and q.amount and q.unit == total.unit]
    # each part with "von …" before it or "came from …" after it, up to the parts beside it
    cue = _cues(rules.language)["contribution"]
    parts: list[Measured] = []
    for i, q in enumerate(money):
        before = text[money[i - 1].end if i else max(sentence.start, q.start - 100):q.start]
        after = text[q.end:min(money[i + 1].start if i + 1 < len(money) else sentence.end, q.end + 16)]
        if cue.search(before) or cue.search(after):
            parts.append(q)
    if len(parts) < 2 or any(p.start < total.end for p in parts):
        return []
    return _over_total(total, parts, rules.language)
