"""Per-language word lists the recognizers are built from.

Kept apart from the matching code so that adding a language means adding a
table here, not touching the recognizers.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lexicon:
    decimal_comma: bool
    number_words: dict[str, float]
    # Scale words written apart from the number ("13 Milliarden", "13 billion").
    scale_words: dict[str, float]
    # Scale abbreviations glued to the number ("13bn", "650m"); empty for German.
    scale_suffixes: dict[str, float]
    currency_words: dict[str, str]
    currency_symbols: dict[str, str]
    percent_words: tuple[str, ...]
    # Qualifier phrase -> DESIGN.md qualifier. Longest phrase wins.
    qualifiers: dict[str, str]
    # Qualifiers that also bound the far side: "knapp 13" is a little under 13, not any amount under it.
    near_qualifiers: frozenset[str]
    months: dict[str, int]
    since_markers: tuple[str, ...]


_CURRENCY_SYMBOLS = {
    "US$": "USD", "US-$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
    "USD": "USD", "EUR": "EUR", "GBP": "GBP", "CHF": "CHF", "JPY": "JPY", "CNY": "CNY",
}

GERMAN = Lexicon(
    decimal_comma=True,
    number_words={
        "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "eines": 1,
        "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
        "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20,
        "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100, "tausend": 1000,
        "anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5,
    },
    scale_words={
        "tausend": 1e3, "tsd.": 1e3,
        "million": 1e6, "millionen": 1e6, "mio.": 1e6, "mio": 1e6,
        "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9,
        # German long scale: eine Billion is 10^12, eine Billiarde 10^15.
        "billion": 1e12, "billionen": 1e12, "bio.": 1e12,
        "billiarde": 1e15, "billiarden": 1e15,
    },
    scale_suffixes={},
    currency_words={
        "us-dollar": "USD", "dollar": "USD", "euro": "EUR", "pfund": "GBP",
        "franken": "CHF", "yen": "JPY", "yuan": "CNY",
    },
    currency_symbols=_CURRENCY_SYMBOLS,
    percent_words=("prozent", "%"),
    qualifiers={
        "mehr als": "more_than", "über": "more_than", "gut": "more_than",
        "weniger als": "less_than", "unter": "less_than", "knapp": "less_than",
        "fast": "less_than", "beinahe": "less_than",
        "rund": "approx", "etwa": "approx", "ungefähr": "approx", "circa": "approx",
        "ca.": "approx", "zirka": "approx",
        "mindestens": "at_least", "wenigstens": "at_least",
        "höchstens": "at_most", "bis zu": "at_most", "maximal": "at_most",
        "schätzungsweise": "estimated", "geschätzte": "estimated", "geschätzten": "estimated",
    },
    near_qualifiers=frozenset({"gut", "knapp", "fast", "beinahe"}),
    months={
        "januar": 1, "jänner": 1, "jan.": 1, "februar": 2, "feb.": 2, "märz": 3,
        "april": 4, "apr.": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8, "aug.": 8,
        "september": 9, "sept.": 9, "sep.": 9, "oktober": 10, "okt.": 10,
        "november": 11, "nov.": 11, "dezember": 12, "dez.": 12,
    },
    since_markers=("seit", "ab"),
)

ENGLISH = Lexicon(
    decimal_comma=False,
    number_words={
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "a": 1, "an": 1,
        "half a": 0.5,
    },
    scale_words={
        "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9,
        "billions": 1e9, "trillion": 1e12, "trillions": 1e12,
    },
    scale_suffixes={"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12},
    currency_words={
        "us dollars": "USD", "us dollar": "USD", "dollars": "USD", "dollar": "USD",
        "euros": "EUR", "euro": "EUR", "pounds": "GBP", "pound": "GBP",
        "swiss francs": "CHF", "francs": "CHF", "yen": "JPY", "yuan": "CNY",
    },
    currency_symbols=_CURRENCY_SYMBOLS,
    percent_words=("percent", "per cent", "%"),
    qualifiers={
        "more than": "more_than", "over": "more_than", "upwards of": "more_than",
        "less than": "less_than", "under": "less_than", "fewer than": "less_than",
        "nearly": "less_than", "almost": "less_than", "just under": "less_than",
        "about": "approx", "around": "approx", "approximately": "approx",
        "roughly": "approx", "some": "approx", "circa": "approx",
        "at least": "at_least", "at most": "at_most", "up to": "at_most",
        "an estimated": "estimated", "estimated": "estimated",
    },
    near_qualifiers=frozenset({"nearly", "almost", "just under"}),
    months={
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "july": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
        "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    since_markers=("since", "from"),
)

LEXICONS = {"de": GERMAN, "en": ENGLISH}
