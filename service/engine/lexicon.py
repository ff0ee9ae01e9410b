"""Per-language word lists the quantity recognizers are built from.

Number words live in `numbers.py`; this module holds what surrounds a number:
currencies, percent words, qualifiers, months, time units and relative dates.
Adding a language means adding a table here and in `numbers.py`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# The spaces that stand between a number and its unit: plain, no-break and narrow no-break.
SPACE = "[ \u00a0\u202f]"


def alternation(words) -> str:
    """A regex alternation of literal phrases, longest first, any run of spaces between words."""
    return "|".join(re.escape(w).replace(r"\ ", rf"{SPACE}+")
                    for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class Lexicon:
    # Currency names written after the number (lower case, spaces as single spaces) -> ISO 4217.
    currency_words: dict[str, str]
    # Symbols and codes, before or after the number -> ISO 4217.
    currency_symbols: dict[str, str]
    # Fractions of a currency unit: word -> share of the main unit.
    subunits: dict[str, float]
    percent_words: tuple[str, ...]
    point_words: tuple[str, ...]  # percentage points
    # Qualifier phrase -> DESIGN.md qualifier. Longest phrase wins.
    qualifiers: dict[str, str]
    # Qualifiers that also bound the far side: "knapp 13" is a little under 13, not any amount under it.
    near_qualifiers: frozenset[str]
    range_openers: tuple[str, ...]      # "zwischen" 10 und 12
    range_joiners: tuple[str, ...]      # 10 "bis" 12, 10 "und" 12 (after an opener)
    months: dict[str, int]
    since_markers: tuple[str, ...]
    until_markers: tuple[str, ...]
    time_units: dict[str, str]          # "Jahren" -> "year"
    part_of_period: dict[str, str]      # "Anfang" -> "start"
    relative_years: dict[str, int]      # "letztes Jahr" -> -1
    ago: tuple[str, ...]                # "vor" fünf Jahren / five years "ago"
    past_periods: tuple[str, ...]       # "in den vergangenen" fünf Jahren
    quarters: dict[str, int]            # "ersten Quartal" -> 1
    weekdays: dict[str, int]            # "Montag" -> 0
    relative_days: dict[str, int]       # "gestern" -> -1
    relative_spans: dict[str, tuple[int, str]]  # "nächste Woche" -> (+1, "week")
    future: tuple[str, ...]             # "in" drei Wochen
    # Tense cues of a clause: a date without a year is the next one after a future cue
    # ("will take place on 16 January") and the last one before a past cue ("died in July").
    future_cues: str = ""               # regex alternation of words
    past_cues: str = ""
    last_words: tuple[str, ...] = ()    # "last" July, "vergangenen" Oktober
    next_words: tuple[str, ...] = ()    # "next" March, "nächsten" Mai
    next_week: tuple[str, ...] = ()     # Donnerstag "nächster Woche"
    this_words: tuple[str, ...] = ()    # "this" September: the reference year
    # Scale words after a currency code: "75 USD million".
    scale_words: dict[str, float] = None  # type: ignore[assignment]


_SYMBOLS = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "U.S. $": "USD", "US $": "USD", "U.S $": "USD",
    "US-$": "USD", "USD$": "USD", "MXN$": "MXN", "C$": "CAD", "C $": "CAD", "CA$": "CAD", "CAD$": "CAD", "A$": "AUD",
    "AU$": "AUD", "AUD$": "AUD", "NZ$": "NZD", "NZD$": "NZD", "HK$": "HKD", "HK $": "HKD", "S$": "SGD",
    "Mex$": "MXN", "MX$": "MXN", "€": "EUR", "£": "GBP", "¥": "JPY", "元": "CNY", "₹": "INR",
    "₽": "RUB", "₩": "KRW", "₺": "TRY", "₪": "ILS", "฿": "THB", "₡": "CRC", "₾": "GEL", "₭": "LAK",
    "ரூ": "LKR", "₫": "VND", "₴": "UAH", "₦": "NGN", "₱": "PHP", "₿": "XBT",
    "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
    "CHF": "CHF", "CAD": "CAD", "AUD": "AUD", "NZD": "NZD", "HKD": "HKD", "SGD": "SGD",
    "INR": "INR", "RUB": "RUB", "KRW": "KRW", "TRY": "TRY", "SEK": "SEK", "NOK": "NOK",
    "DKK": "DKK", "PLN": "PLN", "CZK": "CZK", "HUF": "HUF", "BRL": "BRL", "MXN": "MXN",
    "ZAR": "ZAR", "ILS": "ILS", "AED": "AED", "SAR": "SAR", "BTC": "XBT",
}

_ENGLISH_CURRENCIES = {
    "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "american dollars": "USD", "canadian dollar": "CAD", "canadian dollars": "CAD",
    "australian dollar": "AUD", "australian dollars": "AUD", "new zealand dollars": "NZD",
    "new zealand dollar": "NZD", "hong kong dollars": "HKD", "hong kong dollar": "HKD",
    "singapore dollars": "SGD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "pounds sterling": "GBP", "pound sterling": "GBP", "sterling": "GBP", "british pounds": "GBP",
    "british pound": "GBP", "yen": "JPY", "japanese yen": "JPY", "yuan": "CNY", "chinese yuan": "CNY",
    "renminbi": "CNY", "rmb": "CNY", "kuai": "CNY", "franc": "CHF", "francs": "CHF",
    "swiss franc": "CHF", "swiss francs": "CHF", "french francs": "FRF", "french franc": "FRF",
    "belgian francs": "BEF", "peseta": "ESP", "pesetas": "ESP", "guilder": "NLG", "guilders": "NLG",
    "dutch guilders": "NLG", "mark": "DEM", "marks": "DEM", "deutsche marks": "DEM",
    "deutschmarks": "DEM", "finnish markka": "FIM", "markka": "FIM", "rupee": "INR", "rupees": "INR",
    "indian rupees": "INR", "sri lankan rupees": "LKR", "peso": "MXN", "pesos": "MXN",
    "mexican pesos": "MXN", "mexican peso": "MXN", "lira": "TRY", "turkish lira": "TRY",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "won": "KRW", "rand": "ZAR",
    "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "krone": "DKK", "zloty": "PLN",
    "shekels": "ILS", "shekel": "ILS", "dirhams": "AED", "riyals": "SAR", "baht": "THB",
    "ringgit": "MYR", "bitcoin": "XBT", "bitcoins": "XBT",
}

_GERMAN_CURRENCIES = {
    "dollar": "USD", "us-dollar": "USD", "us dollar": "USD", "euro": "EUR", "pfund": "GBP",
    "pfund sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "franken": "CHF",
    "mark": "DEM", "d-mark": "DEM", "deutsche mark": "DEM", "rupien": "INR", "rupie": "INR",
    "peso": "MXN", "rubel": "RUB", "lira": "TRY", "kronen": "SEK", "zloty": "PLN", "riel": "KHR",
    "rand": "ZAR", "won": "KRW", "bitcoin": "XBT",
}
# German adjectives before a currency name, in every ending: "kanadischen Dollar".
_GERMAN_ADJECTIVES = {
    ("kanadisch", "dollar"): "CAD", ("australisch", "dollar"): "AUD", ("neuseeländisch", "dollar"): "NZD",
    ("amerikanisch", "dollar"): "USD", ("britisch", "pfund"): "GBP", ("schweizer", "franken"): "CHF",
    ("japanisch", "yen"): "JPY", ("chinesisch", "yuan"): "CNY", ("finnisch", "mark"): "FIM",
    ("indisch", "rupien"): "INR", ("indisch", "rupie"): "INR", ("kambodschanisch", "riel"): "KHR",
    ("mexikanisch", "peso"): "MXN", ("russisch", "rubel"): "RUB", ("türkisch", "lira"): "TRY",
    ("schwedisch", "kronen"): "SEK", ("hongkong", "dollar"): "HKD",
}
for (adjective, noun), code in _GERMAN_ADJECTIVES.items():
    endings = ("",) if adjective in ("schweizer", "hongkong") else ("e", "en", "er", "es")
    for ending in endings:
        _GERMAN_CURRENCIES[f"{adjective}{ending} {noun}"] = code

GERMAN = Lexicon(
    currency_words=_GERMAN_CURRENCIES,
    currency_symbols=_SYMBOLS,
    subunits={"cent": 0.01, "cents": 0.01, "rappen": 0.01, "pence": 0.01, "penny": 0.01},
    percent_words=("prozent", "%", "vh"),
    point_words=("prozentpunkte", "prozentpunkten", "prozentpunkt"),
    qualifiers={
        "mehr als": "more_than", "über": "more_than", "gut": "more_than", "deutlich mehr als": "more_than",
        "weniger als": "less_than", "unter": "less_than", "knapp": "less_than",
        "fast": "less_than", "beinahe": "less_than", "nahezu": "less_than", "knapp unter": "less_than",
        "rund": "approx", "etwa": "approx", "ungefähr": "approx", "circa": "approx",
        "ca.": "approx", "zirka": "approx", "annähernd": "approx", "in höhe von etwa": "approx",
        "mindestens": "at_least", "wenigstens": "at_least",
        "höchstens": "at_most", "bis zu": "at_most", "maximal": "at_most",
        "schätzungsweise": "estimated", "geschätzte": "estimated", "geschätzten": "estimated",
        "geschätzt": "estimated",
    },
    near_qualifiers=frozenset({"gut", "knapp", "fast", "beinahe", "nahezu", "knapp unter"}),
    range_openers=("zwischen", "von"),
    range_joiners=("bis", "und", "–", "—", "-"),
    months={
        "januar": 1, "jänner": 1, "jan.": 1, "februar": 2, "feb.": 2, "märz": 3,
        "april": 4, "apr.": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8, "aug.": 8,
        "september": 9, "sept.": 9, "sep.": 9, "oktober": 10, "okt.": 10,
        "november": 11, "nov.": 11, "dezember": 12, "dez.": 12,
    },
    since_markers=("seit", "ab"),
    until_markers=("bis",),
    time_units={"jahr": "year", "jahre": "year", "jahren": "year", "jahres": "year",
                "monat": "month", "monate": "month", "monaten": "month", "monats": "month",
                "woche": "week", "wochen": "week", "tag": "day", "tage": "day", "tagen": "day",
                "stunde": "hour", "stunden": "hour", "minute": "minute", "minuten": "minute",
                "jahrzehnt": "decade", "jahrzehnte": "decade", "jahrzehnten": "decade"},
    part_of_period={"anfang": "start", "mitte": "mid", "ende": "end", "zu beginn": "start",
                    "im frühjahr": "spring", "im herbst": "autumn"},
    relative_years={"letztes jahr": -1, "letzten jahr": -1, "vergangenes jahr": -1,
                    "vergangenen jahr": -1, "im vorjahr": -1, "voriges jahr": -1, "vorigen jahr": -1,
                    "dieses jahr": 0, "diesem jahr": 0, "dieses jahres": 0, "laufenden jahr": 0,
                    "nächstes jahr": 1, "nächsten jahr": 1, "kommendes jahr": 1, "kommenden jahr": 1},
    ago=("vor",),
    past_periods=("in den vergangenen", "in den letzten", "den vergangenen", "den letzten",
                  "der vergangenen", "der letzten"),
    weekdays={"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
              "sonnabend": 5, "sonntag": 6},
    relative_days={"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2},
    relative_spans={**{f"{w} woche": (d, "week") for w, d in (
        ("nächste", 1), ("nächsten", 1), ("kommende", 1), ("kommenden", 1), ("letzte", -1), ("letzten", -1),
        ("vergangene", -1), ("vergangenen", -1), ("vorige", -1), ("vorigen", -1), ("diese", 0), ("dieser", 0))},
        **{f"{w} monat": (d, "month") for w, d in (
            ("nächsten", 1), ("kommenden", 1), ("letzten", -1), ("vergangenen", -1), ("vorigen", -1),
            ("diesen", 0), ("diesem", 0))}},
    future=("in",),
    future_cues=r"wird|werden|soll|sollen|will|wollen|plant|planen|geplant|kommenden|nächsten|bevorstehend\w*",
    past_cues=r"war|waren|wurde|wurden|hatte|hatten|hat|haben|ist|sind|starb|gewann|verlor|\w+te|\w+ten|ge\w+t|ge\w+en",
    last_words=("vergangenen", "letzten", "vorigen", "vergangener", "letzter", "voriger"),
    next_words=("nächsten", "kommenden", "nächster", "kommender"),
    next_week=("nächster woche", "kommender woche", "der nächsten woche", "der kommenden woche"),
    this_words=("diesen", "diesem", "dieses", "heurigen"),
    scale_words={"millionen": 1e6, "million": 1e6, "mio.": 1e6, "mio": 1e6, "milliarden": 1e9, "milliarde": 1e9,
                 "mrd.": 1e9, "mrd": 1e9, "tausend": 1e3, "billionen": 1e12},
    quarters={"ersten quartal": 1, "zweiten quartal": 2, "dritten quartal": 3, "vierten quartal": 4,
              "erste quartal": 1, "zweite quartal": 2, "dritte quartal": 3, "vierte quartal": 4},
)

ENGLISH = Lexicon(
    currency_words=_ENGLISH_CURRENCIES,
    currency_symbols=_SYMBOLS,
    subunits={"cent": 0.01, "cents": 0.01, "pence": 0.01, "penny": 0.01, "p": 0.01, "mao": 0.1,
              "fen": 0.01},
    percent_words=("percent", "per cent", "percents", "percentage", "pct", "%"),
    point_words=("percentage points", "percentage point", "points", "pp"),
    qualifiers={
        "more than": "more_than", "over": "more_than", "upwards of": "more_than", "well over": "more_than",
        "less than": "less_than", "under": "less_than", "fewer than": "less_than",
        "nearly": "less_than", "almost": "less_than", "just under": "less_than", "close to": "less_than",
        "about": "approx", "around": "approx", "approximately": "approx",
        "roughly": "approx", "some": "approx", "circa": "approx", "c.": "approx",
        "at least": "at_least", "at most": "at_most", "up to": "at_most", "no more than": "at_most",
        "an estimated": "estimated", "estimated": "estimated",
    },
    near_qualifiers=frozenset({"nearly", "almost", "just under", "close to"}),
    range_openers=("between", "from"),
    range_joiners=("to", "and", "–", "—", "-"),
    months={
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "july": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
        "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    since_markers=("since",),
    until_markers=("until", "till", "through"),
    time_units={"year": "year", "years": "year", "month": "month", "months": "month",
                "week": "week", "weeks": "week", "day": "day", "days": "day", "hour": "hour",
                "hours": "hour", "minute": "minute", "minutes": "minute", "decade": "decade",
                "decades": "decade"},
    part_of_period={"early": "start", "mid": "mid", "mid-": "mid", "late": "end", "the start of": "start",
                    "the end of": "end", "the beginning of": "start"},
    relative_years={"last year": -1, "this year": 0, "next year": 1, "the previous year": -1,
                    "a year ago": -1, "the past year": -1},
    ago=("ago",),
    past_periods=("in the past", "in the last", "over the past", "over the last", "for the past",
                  "for the last", "during the past", "during the last"),
    weekdays={"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
              "sunday": 6},
    relative_days={"today": 0, "yesterday": -1, "tomorrow": 1},
    relative_spans={"next week": (1, "week"), "last week": (-1, "week"), "this week": (0, "week"),
                    "next month": (1, "month"), "last month": (-1, "month"), "this month": (0, "month")},
    future=(),  # "in five years" is as often a duration ("doubled in five years") as a date
    future_cues=r"will|'ll|shall|going to|is to|are to|due to|plans? to|scheduled|next|upcoming|expected to",
    past_cues=r"was|were|had|did|\w+ed|won|lost|died|left|began|came|went|became|took|made|said|told|saw|ran|set|held|fell|rose",
    last_words=("last", "past"),
    next_words=("next", "coming"),
    next_week=("next week",),
    this_words=("this",),
    scale_words={"million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9, "bn": 1e9, "m": 1e6,
                 "thousand": 1e3, "trillion": 1e12, "mn": 1e6},
    quarters={"first quarter": 1, "second quarter": 2, "third quarter": 3, "fourth quarter": 4,
              "q1": 1, "q2": 2, "q3": 3, "q4": 4},
)

LEXICONS = {"de": GERMAN, "en": ENGLISH}
