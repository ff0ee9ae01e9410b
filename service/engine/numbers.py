"""Numbers in text: digits and number words, German and English, as values with spans.

`find_numbers(text, language)` is the layer under `find_quantities`: it reads
"1.000" (a thousand in German, one in English), "1 234 567", "13,5", "1e10",
"2 1/4", "einhundertfünfzig", "zweieinhalb", "ein halbes Dutzend",
"fünf und drei Viertel Milliarde", "one hundred and sixty-one",
"two thirds of a million", "nine point nought four", and gives each a value.

It works in two steps. Digits are found with per-language patterns on the
characters (separators differ by language). Then the text becomes a list of
atoms (digits, number words, scale words, fraction words, "and", "point", ...)
that a small parser reads, trying at each atom the readings below and keeping
the longest (on a tie, the earlier in this list):

1. an "over" fraction: "one over three" (only at the end of a clause, so that
   "over 3 years" stays a qualifier);
2. a mixed number: a cardinal, "and"/"und", a proper fraction, maybe a scale
   ("one and a half million", "five billion and three quarters");
3. a fraction: a spelled-out numerator and an ordinal denominator ("two
   thirds", "one hundred thirty fifths" = 100/35, "zwei Drittel");
4. a decimal in words: "two hundred point zero three", "zwei Komma drei";
5. a cardinal: "twenty-one trillion three hundred", "zwei Millionen
   eintausendeinhundertfünfzig", "3 hundred and 21", "three lakh crore".

Articles ("ein", "a") count only before a multiplier ("ein Dutzend",
"a hundred"), and "one" after a determiner ("the one you mentioned") is a
pronoun, not a number.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from service.errors import UnsupportedLanguage


@dataclass(frozen=True)
class Number:
    """A number found in the text, with its value and how it was written."""
    start: int
    end: int
    value: float
    spelled: bool = False  # written (partly) in words
    suffix: str | None = None  # an ambiguous glued letter: the "m" of "650m", the "p" of "412p"
    scale: float = 1.0  # the scale word or suffix applied ("13 Mrd." -> 1e9), for ranges


# --- digits ------------------------------------------------------------------------------

_SPACES = "[ \u00a0\u202f]"
# Letters glued to digits that are a scale or unit in one reading and not in another: the "m"
# of "650m" (million, or metres), the "p" of "412p" (pence, or a page); the quantity layer decides.
AMBIGUOUS_SUFFIXES = frozenset({"m", "p"})


@lru_cache(maxsize=None)
def _digit_pattern(language: str) -> re.Pattern[str]:
    comma = _words(language).decimal_comma
    if comma:
        grouped = r"\d{1,3}(?:\.\d{3}(?!\d))++(?:,\d++)?"
        spaced = rf"\d{{1,3}}(?:{_SPACES}\d{{3}}(?!\d))++(?:,\d++)?"
        plain = r"\d++(?:,\d++)?"
        leading = r"(?<!\d),\d++"
        dotted = r"\d++(?:\.\d++){2,}"
    else:
        # Indian grouping first ("12,34,567.89", "1,00,000"): lakhs and crores group by two.
        grouped = r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d++)?|\d{1,3}(?:,\d{3}(?![\d]))++(?:\.\d++)?"
        spaced = rf"\d{{1,3}}(?:{_SPACES}\d{{3}}(?!\d))++(?:\.\d++)?"
        # "5,00" and "1,3" are decimals written with a comma; "22,24,26" is a list.
        plain = r"(?<!\d,)\d++,\d{1,2}(?![\d,])|\d++(?:\.\d++)?"
        leading = r"(?<!\d)\.\d++"
        dotted = r"\d++(?:\.\d++){2,}"
    first, second = (grouped, dotted) if comma else (dotted, grouped)
    return re.compile(
        rf"""(?<![\w])
        (?:(?<![\w\-])(?P<sign>[-−])[ ]*)?
        (?:
          (?P<fraction>(?:(?P<whole>\d+){_SPACES}+)?(?P<numerator>\d{{1,3}})/(?P<denominator>\d{{1,3}})(?![\d/]))
         |(?P<dotted>{first})
         |(?P<second>{second})
         |(?<![^\W\d_]-)(?P<spaced>{spaced})
         |(?P<plain>{plain})
         |(?P<leading>{leading})
        )
        (?P<exponent>[eE][+-]?\d+(?![\w]))?
        (?P<power>\^[+-]*\d+)?
        """,
        re.VERBOSE,
    )


def _digit_value(match: re.Match[str], language: str) -> float | list[tuple[int, int, float]] | None:
    """The value of a digit match, or the parts of a dotted chain (an IP address, a version)."""
    if match["fraction"]:
        value = int(match["numerator"]) / int(match["denominator"]) if int(match["denominator"]) else None
        if value is None:
            return None
        if match["whole"]:
            value += int(match["whole"])
    else:
        comma = _words(language).decimal_comma
        raw = match["dotted"] if comma else match["second"]
        raw = raw or match["spaced"] or match["plain"] or match["leading"]
        if raw is None:  # an English dotted chain: each part is its own number
            parts = []
            for part in re.finditer(r"\d+", match["dotted"] or match["second"]):
                parts.append((match.start("dotted" if match["dotted"] else "second") + part.start(),
                              match.start("dotted" if match["dotted"] else "second") + part.end(),
                              float(part.group(0))))
            return parts
        if comma and match["dotted"]:
            cleaned = raw.replace(".", "").replace(",", ".")
        else:
            cleaned = re.sub(_SPACES, "", raw)
            if comma:
                cleaned = cleaned.replace(".", "").replace(",", ".")
            elif re.fullmatch(r"\d+,\d{1,2}", cleaned):
                cleaned = cleaned.replace(",", ".")
            else:
                cleaned = cleaned.replace(",", "")
        value = float(cleaned)
        if match["exponent"]:
            exponent = int(match["exponent"][1:])
            if abs(exponent) > 300:
                return None  # beyond a float: "13e1313" is no figure a claim rests on
            value *= 10.0 ** exponent
    if match["power"]:
        power = match["power"][1:]
        negative = power.count("-") % 2 == 1
        try:
            value = value ** (-int(power.lstrip("+-")) if negative else int(power.lstrip("+-")))
        except (OverflowError, ZeroDivisionError, ValueError):
            return None
        if isinstance(value, complex) or value != value or value in (float("inf"), float("-inf")):
            return None
    return -value if match["sign"] else value


# --- word tables -------------------------------------------------------------------------

@dataclass(frozen=True)
class NumberWords:
    """A language's number words ("dreizehn", "thirteen") for reading numbers written out."""
    units: dict[str, int]
    teens: dict[str, int]
    tens: dict[str, int]
    hundred: frozenset[str]
    scales: dict[str, float]
    dozens: frozenset[str]
    articles: frozenset[str]
    halves: frozenset[str]          # "half", "halbe": 1/2 as numerator or denominator
    quarters: frozenset[str]        # "quarter": 1/4 alone
    denominators: dict[str, tuple[float, bool]]  # ordinal word -> (value, plural)
    unit_ordinals: dict[str, int]  # "first".."ninth": the end of "twenty-first"
    conjunctions: frozenset[str]
    points: frozenset[str]
    overs: frozenset[str]
    minus: frozenset[str]
    determiners: frozenset[str]
    suffixes: dict[str, float]     # glued to digits: "10k", "1.2b", "10G"
    compound: bool                 # German writes cardinals as one word
    decimal_comma: bool            # "2,5" is two and a half; "1.000" is a thousand
    # regex: a verb after "a third" that makes it a clause's subject, so a share ("a fifth said no")
    clause_verbs: str = ""


_UMLAUT_SPELLINGS = (("fuenf", "fünf"), ("zwoelf", "zwölf"), ("dreissig", "dreißig"))


def german_cardinal(word: str) -> float | None:
    """The value of a German number written as one word ("dreihundertneunundneunzigtausend…").

    Also "eineinhalb", "zweieinhalb", "anderthalb". None when `word` is not a number.
    """
    word = word.lower()
    for plain, umlaut in _UMLAUT_SPELLINGS:
        word = word.replace(plain, umlaut)
    if word == "anderthalb":
        return 1.5
    if word.endswith("einhalb") and len(word) > len("einhalb"):
        head = word[: -len("einhalb")]
        whole = 1 if head == "ein" else german_cardinal(head)
        return whole + 0.5 if whole is not None else None
    if "tausend" in word:
        head, _, tail = word.partition("tausend")
        thousands = 1 if head in ("", "ein") else _below_thousand(head)
        rest = 0 if tail == "" else _below_thousand(tail.removeprefix("und"))
        if thousands is None or rest is None:
            return None
        return thousands * 1000 + rest
    return _below_thousand(word)


def _below_thousand(word: str) -> int | None:
    if "hundert" in word:
        head, _, tail = word.partition("hundert")
        hundreds = 1 if head in ("", "ein") else _words("de").units.get(head)
        rest = 0 if tail == "" else _below_hundred(tail.removeprefix("und"))
        if hundreds is None or hundreds == 0 or rest is None:
            return None
        return hundreds * 100 + rest
    return _below_hundred(word)


def _below_hundred(word: str) -> int | None:
    words = _words("de")
    if word in words.units:
        return words.units[word]
    if word in words.teens:
        return words.teens[word]
    if word in words.tens:
        return words.tens[word]
    if "und" in word:
        unit, _, ten = word.partition("und")
        unit_value = 1 if unit == "ein" else words.units.get(unit)
        if unit_value and ten in words.tens:
            return unit_value + words.tens[ten]
    return None


# --- atoms -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Atom:
    """One token of a number written in words, for the small parser that joins them."""
    kind: str  # digits unit teen tens card hundred scale dozen article half quarter denom uord and point over minus hyphen word stop
    start: int
    end: int
    value: float = 0.0
    plural: bool = False
    text: str = ""
    spelled: bool = True


_TOKEN = re.compile(r"[^\W\d_]+\.?|-|\S")


@lru_cache(maxsize=8)
def _atoms(text: str, language: str) -> tuple[Atom, ...]:
    """The atoms of `text`, computed once: numbers and ordinals read the same text."""
    return tuple(_build_atoms(text, language))


def _build_atoms(text: str, language: str) -> list[Atom]:
    words = _words(language)
    atoms: list[Atom] = []
    taken = []  # digit spans
    for match in _digit_pattern(language).finditer(text):
        value = _digit_value(match, language)
        if value is None:
            continue
        if isinstance(value, list):
            for start, end, part in value:
                atoms.append(Atom("digits", start, end, part, text=text[start:end], spelled=False))
                taken.append((start, end))
            continue
        end = match.end()
        # Latin letters glued to digits are a unit or suffix ("180ml", "10k"); a CJK sign such as
        # "元" is a currency symbol, read by the quantity layer.
        glued = re.match(r"[A-Za-zÀ-ɏ]+", text[end:])
        atoms.append(Atom("digits", match.start(), end, value, text=match.group(0), spelled=False))
        taken.append((match.start(), end))
        if glued:  # "10k", "13bn", "650m", or a unit such as "180ml"
            letters = glued.group(0)
            kind = "suffix" if letters in words.suffixes or letters in AMBIGUOUS_SUFFIXES else "glued"
            atoms.append(Atom(kind, end, end + len(letters), words.suffixes.get(letters, 0), text=letters))
            taken.append((end, end + len(letters)))
    taken.sort()
    position = 0
    for match in _TOKEN.finditer(text):
        while position < len(taken) and taken[position][1] <= match.start():
            position += 1
        if position < len(taken) and taken[position][0] < match.end():
            continue
        token = match.group(0)
        bare = token.rstrip(".")
        if token != "-" and _classify(bare.lower(), language)[0] == "word" \
                and (bare if bare[:1].isalpha() else token) not in words.suffixes:
            continue  # an ordinary word (most of the text): no atom built
        atom = _word_atom(token, match.start(), match.end(), language)
        # Ordinary words and punctuation are left out: the parser checks the text between two
        # atoms, so a word between them still keeps them apart.
        if atom.kind not in ("word", "stop") or atom.text in words.suffixes:
            atoms.append(atom)
    atoms.sort(key=lambda a: a.start)
    return atoms


def _word_atom(token: str, start: int, end: int, language: str) -> Atom:
    if token == "-":
        return Atom("hyphen", start, end, text=token)
    bare = token.rstrip(".")
    kind, value, plural = _classify(bare.lower(), language)
    if bare != token and (kind != "scale" or len(bare) > 4):
        end -= 1  # a full stop after a word is the sentence's, not the word's; "Mrd.", "Mio." keep theirs
    if kind == "word" and not bare[:1].isalpha():
        kind = "stop"
        return Atom(kind, start, end, text=token)
    return Atom(kind, start, end, value, plural=plural, text=bare)


@lru_cache(maxsize=65536)
def _classify(lower: str, language: str) -> tuple[str, float, bool]:
    """(kind, value, plural) of one lower-cased word; cached, since news repeats its words."""
    atom = _classify_uncached(lower, _words(language))
    return atom.kind, atom.value, atom.plural


def _classify_uncached(lower: str, words: NumberWords) -> Atom:
    bare = lower
    start = end = 0
    for kind, table in (("unit", words.units), ("teen", words.teens), ("tens", words.tens),
                        ("scale", words.scales)):
        if lower in table:
            return Atom(kind, start, end, table[lower], text=bare)
    if lower in words.hundred:
        return Atom("hundred", start, end, 100, text=bare)
    if lower in words.dozens:
        return Atom("dozen", start, end, 12, text=bare)
    if lower in words.articles:
        return Atom("article", start, end, 1, text=bare)
    if lower in words.halves:
        return Atom("half", start, end, 2, text=bare)
    if lower in words.quarters:
        return Atom("quarter", start, end, 4, text=bare)
    if lower in words.denominators:
        value, plural = words.denominators[lower]
        return Atom("denom", start, end, value, plural=plural, text=bare)
    if lower in words.unit_ordinals:
        return Atom("uord", start, end, words.unit_ordinals[lower], plural=lower.endswith("s"), text=bare)
    if lower in words.conjunctions:
        return Atom("and", start, end, text=bare)
    if lower in words.points:
        return Atom("point", start, end, text=bare)
    if lower in words.overs or lower == "out":
        return Atom("over", start, end, text=bare)
    if lower in words.minus:
        return Atom("minus", start, end, text=bare)
    if lower == "of":
        return Atom("of", start, end, text=bare)
    if words.compound:
        cardinal = german_cardinal(lower)
        if cardinal is not None:
            return Atom("card", start, end, cardinal, text=bare)
    return Atom("word", start, end, text=bare)


# --- the parser --------------------------------------------------------------------------

@dataclass(frozen=True)
class _Reading:
    value: float
    end: int            # index of the first atom after the reading
    scale: float | None = None  # the last scale word of a cardinal
    spelled: bool = True


@lru_cache(maxsize=None)
def _clause_verb(verbs: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?:{verbs})" if verbs else r"(?!)")


class _Parser:
    def __init__(self, text: str, atoms: tuple[Atom, ...], words: NumberWords):
        self.text, self.atoms, self.words = text, atoms, words

    def joined(self, i: int, j: int) -> bool:
        """Whether atoms i and j stand with only spaces between them."""
        return not self.text[self.atoms[i].end:self.atoms[j].start].strip()

    def at(self, i: int, *kinds: str) -> bool:
        return i < len(self.atoms) and self.atoms[i].kind in kinds and (i == 0 or self.joined(i - 1, i))

    # Cardinals -------------------------------------------------------------------------
    def cardinals(self, i: int) -> list[_Reading]:
        """Every reading of a cardinal starting at atom i, shortest first."""
        readings: list[_Reading] = []
        atoms = self.atoms
        total, group, tail = 0.0, 0.0, 0.0
        last, last_scale, spelled = None, None, False
        j = i
        while j < len(atoms):
            if j > i and not self.joined(j - 1, j):
                break
            atom = atoms[j]
            kind = atom.kind
            if kind == "hyphen" and last == "tens" and self.at(j + 1, "unit"):
                j += 1
                continue
            if kind == "hyphen" and last in ("digits", "card", "unit", "teen", "tens", "hundred") \
                    and self.words.compound and j + 1 < len(atoms) and atoms[j + 1].kind == "scale" \
                    and atoms[j + 1].start == atom.end:
                j += 1  # German compounds: "650-Millionen-Dollar-Akquisition"
                continue
            step = None
            if kind == "digits" and (last is None or (last == "scale" and not self.words.compound)) or (
                    kind == "digits" and last == "and" and atom.value == int(atom.value) and atom.value < 100):
                step, group, tail = "digits", group + atom.value, atom.value
            elif kind == "card" and last in (None, "scale", "and"):
                step, group, tail = "card", atom.value, atom.value
            elif kind == "unit" and last in (None, "scale", "and", "hundred") and (last != "hundred" or tail == 0):
                step, group, tail = "unit", group + atom.value, atom.value
            elif kind == "unit" and last == "tens" and group % 10 == 0:
                step, group, tail = "unit", group + atom.value, tail + atom.value
            elif kind == "teen" and last in (None, "scale", "and", "hundred") and (last != "hundred" or tail == 0):
                step, group, tail = "teen", group + atom.value, atom.value
            elif kind == "tens" and last in (None, "scale", "and", "hundred") and (last != "hundred" or tail == 0):
                step, group, tail = "tens", group + atom.value, atom.value
            elif kind == "article" and last is None and self.at(j + 1, "hundred", "scale", "dozen"):
                step, group, tail = "article", 1, 1
            elif kind == "hundred" and last == "digits" and group == tail:
                step, group, tail = "hundred", group * 100, 0  # "322 hundred", "2.12 hundred"
            elif kind == "hundred" and last in (None, "unit", "teen", "tens", "article") and group < 100:
                step, group, tail = "hundred", (group or 1) * 100, 0
            elif kind == "dozen" and last in ("unit", "teen", "tens", "digits", "article", "card"):
                step, group, tail = "dozen", group - tail + tail * 12, 0
            elif kind == "scale" and last in ("unit", "teen", "tens", "digits", "article", "card", "hundred", "dozen"):
                if last_scale is not None and atom.value >= last_scale:
                    break
                step, total, group, tail, last_scale = "scale", total + group * atom.value, 0, 0, atom.value
            elif kind == "scale" and last == "scale" and atom.value > (last_scale or 0):
                step, total, last_scale = "scale", total * atom.value, atom.value
            elif kind == "and" and (last in ("hundred", "scale", "dozen")
                                    or (last == "tens" and not self.words.compound)) and \
                    self.at(j + 1, "unit", "teen", "tens", "digits", "card"):
                step = "and"
            if step is None:
                break
            spelled = spelled or kind != "digits"
            last = step
            j += 1
            if step not in ("and", "article"):
                readings.append(_Reading(total + group, j, last_scale, spelled))
        return readings

    # Fractions -------------------------------------------------------------------------
    def denominator(self, k: int, numerator: float) -> _Reading | None:
        """An ordinal denominator starting at atom k ("fifths", "thirty-fifths", "one hundred and fifth")."""
        atoms = self.atoms
        if k >= len(atoms) or not self.joined(k - 1, k):
            return None
        if atoms[k].kind == "hyphen":
            if self.at(k + 1, "denom", "half"):
                k += 1
            else:
                return None
        atom = atoms[k]
        if atom.kind in ("denom", "half"):
            return _Reading(atom.value, k + 1, spelled=atom.plural)
        if atom.kind == "tens":
            nxt = k + 1
            if self.at(nxt, "hyphen"):
                nxt += 1
            if self.at(nxt, "uord", "denom") and atoms[nxt].value < 10:
                return _Reading(atom.value + atoms[nxt].value, nxt + 1, spelled=atoms[nxt].plural)
            return None
        if atom.kind in ("unit", "teen", "article") and numerator is not None:
            for reading in reversed(self.cardinals(k)):
                before = atoms[reading.end - 1].kind
                rest = reading.end
                if self.at(rest, "and"):
                    rest += 1
                if before in ("hundred", "scale") and self.at(rest, "denom", "uord"):
                    ordinal = atoms[rest]
                    return _Reading(reading.value + ordinal.value, rest + 1, spelled=ordinal.plural)
        return None

    def fraction(self, i: int) -> _Reading | None:
        """numerator + denominator; the numerator in words; plural denominator unless it is one."""
        atoms = self.atoms
        if i >= len(atoms):
            return None
        candidates: list[tuple[float, int]] = []
        if atoms[i].kind == "article":
            candidates.append((1.0, i + 1))
        candidates += [(r.value, r.end) for r in self.cardinals(i)
                       if r.spelled and atoms[r.end - 1].kind != "digits"]
        for numerator, k in candidates:
            if k >= len(atoms):
                continue
            if atoms[k].kind == "half" and atoms[i].kind == "article" and k == i + 1:
                continue  # "a half" is read below as its own fraction
            den = self.denominator(k, numerator)
            if den is None or den.value == 0:
                continue
            german = self.words.compound
            if not german and numerator != 1 and not den.spelled:
                continue  # "two millionth" is an ordinal, "two millionths" a fraction
            following = re.match(r"\s+([^\W\d_]+)", self.text[atoms[den.end - 1].end:atoms[den.end - 1].end + 20])
            if not german and atoms[i].kind == "article" and not self.at(den.end, "of") and following \
                    and not _clause_verb(self.words.clause_verbs).fullmatch(following.group(1)):
                continue  # "a third title", "for a seventh time": an ordinal; "a third of the votes", "a fifth said" a fraction
            value = numerator / den.value
            return self.scaled(value, den.end)
        if atoms[i].kind in ("half", "quarter") or (atoms[i].kind == "article" and self.at(i + 1, "half", "quarter")):
            j = i + 1 if atoms[i].kind == "article" else i
            base = 1 / atoms[j].value
            if atoms[j].kind == "quarter" and not self.at(j + 1, "scale") and atoms[i].kind != "article":
                return None  # "the first quarter" is a time, not 0.25
            if self.at(j + 1, "article") and self.at(j + 2, "dozen", "scale"):
                j += 1  # "half a dozen"
            return self.scaled(base, j + 1)
        return None

    def scaled(self, value: float, k: int) -> _Reading:
        """A fraction followed by a multiplier: "two thirds of a million", "halbes Dutzend"."""
        j = k
        if self.at(j, "of"):
            j += 1
            if self.at(j, "article"):
                j += 1
        if self.at(j, "scale", "dozen", "hundred"):
            return _Reading(value * self.atoms[j].value, j + 1)
        return _Reading(value, k)

    def mixed(self, i: int) -> _Reading | None:
        """cardinal + and + proper fraction (+ scale): "one and a half", "fünf und drei Viertel Milliarde"."""
        best = None
        for whole in self.cardinals(i):
            k = whole.end
            if not self.at(k, "and"):
                continue
            part = self.fraction(k + 1)
            if part is None:
                continue
            own_scale = self.atoms[part.end - 1].kind in ("scale", "dozen") and part.end - 1 > k + 1
            raw = self.fraction_without_scale(k + 1)
            if raw is None or raw >= 1:
                continue
            if own_scale and whole.scale is None:
                value = (whole.value + raw) * self.atoms[part.end - 1].value
            elif own_scale:
                value = whole.value + part.value
            elif whole.scale is not None and whole.value % whole.scale == 0:
                value = whole.value + raw * whole.scale
            else:
                value = whole.value + raw
            best = _Reading(value, part.end)
        return best

    def fraction_without_scale(self, i: int) -> float | None:
        saved = self.scaled
        self.scaled = lambda value, k: _Reading(value, k)  # type: ignore[method-assign]
        try:
            reading = self.fraction(i)
        finally:
            self.scaled = saved  # type: ignore[method-assign]
        return reading.value if reading else None

    # Other forms -----------------------------------------------------------------------
    def decimal(self, i: int) -> _Reading | None:
        """cardinal + point + digits in words: "two hundred point zero three"."""
        for whole in reversed(self.cardinals(i)):
            k = whole.end
            if not self.at(k, "point"):
                continue
            digits = ""
            j = k + 1
            while j < len(self.atoms) and self.joined(j - 1, j):
                atom = self.atoms[j]
                if atom.kind == "unit":
                    digits += str(int(atom.value))
                elif atom.kind in ("teen", "tens"):
                    value = int(atom.value)
                    if atom.kind == "tens" and self.at(j + 1, "hyphen") and self.at(j + 2, "unit"):
                        value += int(self.atoms[j + 2].value)
                        j += 2
                    elif atom.kind == "tens" and self.at(j + 1, "unit"):
                        value += int(self.atoms[j + 1].value)
                        j += 1
                    digits += str(value)
                elif atom.kind == "card" and atom.value < 100:
                    digits += str(int(atom.value))
                else:
                    break
                j += 1
            if digits:
                return _Reading(whole.value + float("0." + digits), j)
        return None

    def over(self, i: int) -> _Reading | None:
        """numerator over denominator, only where the clause ends after it."""
        if not self.words.overs:
            return None
        for top in reversed(self.cardinals(i)):
            k = top.end
            if not self.at(k, "over"):
                continue
            j = k + 1
            if self.atoms[k].text.lower() == "out":
                if not self.at(j, "of"):
                    continue
                j += 1
            bottoms = self.cardinals(j) if j < len(self.atoms) and self.joined(j - 1, j) else []
            if not bottoms:
                continue
            bottom = bottoms[-1]
            if not _CLAUSE_END.match(self.text, self.atoms[bottom.end - 1].end):
                continue  # "over 3 years": a qualifier, not a division
            if bottom.value == 0:
                continue
            return _Reading(top.value / bottom.value, bottom.end)
        return None

    def read(self, i: int) -> _Reading | None:
        best = None
        forms = (self.over, self.mixed, self.fraction, self.decimal)
        for form in forms:
            reading = form(i)
            if reading is not None and (best is None or reading.end > best.end):
                best = reading
        cardinals = self.cardinals(i)
        if cardinals and (best is None or cardinals[-1].end > best.end):
            best = cardinals[-1]
        return best


def find_numbers(text: str, language: str) -> list[Number]:
    """Every number in `text`, in text order, without overlaps."""
    words = _words(language)
    atoms = _atoms(text, language)
    parser = _Parser(text, atoms, words)
    found: list[Number] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        negative = False
        start_index = i
        if atom.kind == "minus" and i + 1 < len(atoms) and parser.joined(i, i + 1):
            negative, i = True, i + 1
            atom = atoms[i]
        if atom.kind not in ("digits", "unit", "teen", "tens", "card", "article", "half", "quarter",
                             "hundred"):
            i = start_index + 1
            continue
        reading = parser.read(i)
        if reading is None or not _acceptable(parser, i, reading, words):
            i = start_index + 1
            continue
        end_index = reading.end
        value = reading.value
        suffix = None
        scale = reading.scale or 1.0
        last = atoms[end_index - 1]
        if last.kind == "digits" and end_index < len(atoms) and atoms[end_index].kind in ("suffix", "glued") \
                and atoms[end_index].start == last.end:
            glued = atoms[end_index]
            if glued.kind == "glued":
                i = end_index + 1
                continue  # "180ml", "4th": a unit or an ordinal, not a number of ours
            if glued.text in AMBIGUOUS_SUFFIXES:
                suffix = glued.text
            else:
                value *= glued.value
                scale = glued.value
            end_index += 1
        elif last.kind == "digits" and end_index < len(atoms) and atoms[end_index].kind == "word" \
                and atoms[end_index].text in words.suffixes and parser.joined(end_index - 1, end_index) \
                and (len(atoms[end_index].text) > 1 or end_index + 1 >= len(atoms)
                     or atoms[end_index + 1].kind != "word"):
            value *= words.suffixes[atoms[end_index].text]
            scale = words.suffixes[atoms[end_index].text]
            end_index += 1
        start = atoms[start_index].start
        end = atoms[end_index - 1].end
        spelled = any(a.kind not in ("digits", "suffix", "hyphen") for a in atoms[i:end_index])
        found.append(Number(start, end, -value if negative else value, spelled=spelled, suffix=suffix,
                            scale=scale))
        i = end_index
    return found


_CLAUSE_END = re.compile(r"\s*(?:[^\w\s]|$)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _acceptable(parser: _Parser, i: int, reading: _Reading, words: NumberWords) -> bool:
    atoms = parser.atoms
    first = atoms[i]
    if reading.end - i == 1 and first.kind == "article":
        return False
    if first.kind == "unit" and first.value == 1 and reading.end - i == 1 and words.determiners:
        before = _WORD_BEFORE.search(parser.text, max(0, first.start - 20), first.start)
        if before and before.group(1).lower() in words.determiners:
            return False  # "the one you mentioned"
    if first.kind == "hundred" and reading.end - i == 1 and not words.compound:
        return False  # a bare English "hundred" is a noun
    return True


# --- ordinals ----------------------------------------------------------------------------

_GERMAN_ORDINAL_BASES = {"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6,
                         "siebt": 7, "siebent": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11,
                         "zwölft": 12}
_GERMAN_BIG_ORDINALS = {"million": 1e6, "milliard": 1e9, "billion": 1e12}
# Words that precede a German ordinal written in digits ("die 3. Banane", "zum 2. Mal").
_GERMAN_ORDINAL_CUES = frozenset("der die das den dem des am im zum zur beim vom ins ein eine einer "
                                 "einem einen ihr ihre sein seine".split())


@lru_cache(maxsize=65536)
def german_ordinal(word: str, *, after_zu: bool = False) -> float | None:
    """The rank a German ordinal word gives ("dritten" 3, "einhunderteinunddreißigste" 131), or None."""
    word = word.lower()
    for plain, umlaut in _UMLAUT_SPELLINGS:
        word = word.replace(plain, umlaut)
    if word == "zuerst":
        return 1
    for ending in ("es", "er", "en", "em", "e", ""):
        if not word.endswith(ending):
            continue
        base = word[: len(word) - len(ending)] if ending else word
        if not ending and not after_zu:
            continue  # "erst", "acht" alone are an adverb and a cardinal; "zu dritt" is a rank
        if base in _GERMAN_ORDINAL_BASES:
            return _GERMAN_ORDINAL_BASES[base]
        if base.endswith("zehnt"):
            value = german_cardinal(base[:-1])
            if value is not None:
                return value
        if base.endswith("st") and len(base) > 4:
            stem = base[:-2]
            if stem in _GERMAN_BIG_ORDINALS:
                return _GERMAN_BIG_ORDINALS[stem]
            value = german_cardinal(stem)
            if value is not None and value >= 20:
                return value
    return None


def find_ordinals(text: str, language: str) -> list[Number]:
    """Ranks: "dritte", "die 3. Banane", "twenty-first", "21st", "two hundredth"."""
    _words(language)  # refuses a language without a pack
    from service.engine.lang import pack
    return pack(language).read_ordinals(text, language)


def _words(language: str) -> NumberWords:
    """The number words of `language`'s pack; UnsupportedLanguage when it has none."""
    from service.engine.lang import pack
    try:
        return pack(language).number_words
    except ValueError:
        raise UnsupportedLanguage(f"no number words for language {language!r}") from None


def compound_ordinals(text: str, language: str) -> list[Number]:
    """Ordinals of a language that writes numbers as one word, with a dot after digits: German."""
    found = []
    for match in re.finditer(r"(?<![\w.])(?:(?P<zu>zu)\s+)?(?P<word>[^\W\d_]+)", text, re.IGNORECASE):
        value = german_ordinal(match["word"], after_zu=bool(match["zu"]))
        if value is not None:
            found.append(Number(match.start("word"), match.end("word"), value, spelled=True))
    for match in re.finditer(r"(?<![\w.])(?P<cue>[^\W\d_]+)\s+(?P<digits>\d{1,3})\.(?=\s+[^\W\d_])", text):
        if match["cue"].lower() in _GERMAN_ORDINAL_CUES:
            found.append(Number(match.start("digits"), match.end("digits") + 1, float(match["digits"])))
    return sorted(found, key=lambda n: n.start)


def spaced_ordinals(text: str, language: str) -> list[Number]:
    """Ordinals of a language that spaces its number words, with a suffix after digits: English."""
    words = _words(language)
    atoms = _atoms(text, language)
    parser = _Parser(text, atoms, words)
    found: list[Number] = []
    for match in re.finditer(r"(?<![\w.])(?P<digits>\d+)(?P<suffix>st|nd|rd|th)(?!\w)", text, re.IGNORECASE):
        found.append(Number(match.start(), match.end(), float(match["digits"])))
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        reading = None
        if atom.kind in ("unit", "teen", "tens", "hundred", "article"):
            for cardinal in reversed(parser.cardinals(i)):
                k = cardinal.end
                if parser.at(k, "hyphen"):
                    k += 1
                if k < len(atoms) and parser.joined(k - 1, k) and _singular_ordinal(atoms[k]):
                    ordinal = atoms[k]
                    last = atoms[cardinal.end - 1].kind
                    if ordinal.value >= 100:
                        value = cardinal.value * ordinal.value
                    elif last in ("tens", "hundred", "scale") or (last == "and" and ordinal.value < 100):
                        value = cardinal.value + ordinal.value
                    else:
                        continue
                    reading = (atoms[i].start, ordinal.end, value, k + 1)
                    break
        if reading is None and _singular_ordinal(atom) and not _time_unit_second(atoms, i):
            reading = (atom.start, atom.end, atom.value, i + 1)
        if reading is not None:
            start, end, value, i = reading
            found.append(Number(start, end, value, spelled=True))
            continue
        i += 1
    return sorted(found, key=lambda n: n.start)


def _singular_ordinal(atom: Atom) -> bool:
    if atom.kind == "uord" and not atom.plural:
        return True
    return atom.kind == "denom" and not atom.plural and atom.text.lower() not in ("half", "quarter")


def _time_unit_second(atoms: Sequence[Atom], i: int) -> bool:
    """ "one second", "a second" are time; "the second" is a rank."""
    return atoms[i].text.lower() == "second" and i > 0 and atoms[i - 1].kind in ("digits", "unit", "article")
