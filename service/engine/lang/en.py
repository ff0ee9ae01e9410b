"""English: everything the engine knows about the language (see `service.engine.lang.Pack`)."""
from service.engine.currencies import SYMBOLS
from service.engine.lang import Pack
from service.engine.lexicon import Lexicon
from service.engine.numbers import NumberWords, spaced_ordinals

CURRENCY_WORDS = {
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


LEXICON = Lexicon(
    currency_words=CURRENCY_WORDS,
    currency_symbols=SYMBOLS,
    subunits={"cent": 0.01, "cents": 0.01, "pence": 0.01, "penny": 0.01, "p": 0.01, "mao": 0.1,
              "fen": 0.01},
    subunit_currencies={"cent": "USD", "cents": "USD", "pence": "GBP", "penny": "GBP", "p": "GBP", "mao": "CNY",
                        "fen": "CNY"},
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
                "hours": "hour", "minute": "minute", "minutes": "minute"},
    part_of_period={"early": "start", "mid": "mid", "mid-": "mid", "late": "end", "the start of": "start",
                    "the end of": "end", "the beginning of": "start"},
    relative_years={"last year": -1, "this year": 0, "next year": 1, "the previous year": -1,
                    "a year ago": -1, "the past year": -1},
    ago=("ago",),
    past_periods=("in the past", "in the last", "over the past", "over the last", "for the past",
                  "for the last", "during the past", "during the last"),
    seasons={"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12},
    weekdays={"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
              "sunday": 6},
    relative_days={"today": 0, "yesterday": -1, "tomorrow": 1},
    relative_spans={"next week": (1, "week"), "last week": (-1, "week"), "this week": (0, "week"),
                    "next month": (1, "month"), "last month": (-1, "month"), "this month": (0, "month")},
    future=(),  # "in five years" is as often a duration ("doubled in five years") as a date
    # the present of a timetable is a future: "The Lions leave for New Zealand on 24 May"
    future_cues=r"will|'ll|shall|going to|is to|are to|due to|plans? to|scheduled|next|upcoming|expected to|"
                r"leaves?|starts?|begins?|opens?|takes?\s+place|kicks?\s+off|gets?\s+under\s+way",
    clause_joiners=("and", "but"),
    past_cues=r"was|were|had|did|\w+ed|won|lost|died|left|began|came|went|became|took|made|said|told|saw|ran|set|held|fell|rose",
    last_words=("last", "past"),
    next_words=("next", "coming"),
    year_words=("year",),
    decade_words=("decade", "decades"),
    one_words=("a", "one"),
    decade_pattern=r"(?<![\w.'])(?P<year>1[0-9]\d0|20[0-9]0)['’]?s(?!\w)",
    century_words=("century", "centuries"),
    year_links=("of",),
    date_articles=("the",),
    count_links=("of",),
    vague_counts={"dozens": 12, "hundreds": 100, "thousands": 1000, "tens of thousands": 10000,
                  "hundreds of thousands": 100000, "millions": 1e6},
    change_words=("by",),
    next_week=("next week",),
    this_words=("this",),
    scale_words={"million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9, "bn": 1e9, "m": 1e6,
                 "thousand": 1e3, "trillion": 1e12, "mn": 1e6},
    quarters={"first quarter": 1, "second quarter": 2, "third quarter": 3, "fourth quarter": 4,
              "q1": 1, "q2": 2, "q3": 3, "q4": 4},
)


def _number_words() -> NumberWords:
    units = {"zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
             "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
    teens = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
             "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
    tens = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90}
    ordinals = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
                "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
                "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
                "hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9,
                "trillionth": 1e12, "quarter": 4, "half": 2}
    denominators: dict[str, tuple[float, bool]] = {}
    for word, value in ordinals.items():
        denominators[word] = (value, False)
        denominators[word + "s"] = (value, True)
    denominators["halves"] = (2, True)
    unit_ordinals = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                     "seventh": 7, "eighth": 8, "ninth": 9}
    unit_ordinals.update({w + "s": v for w, v in list(unit_ordinals.items())})
    unit_ordinals["nineth"] = 9  # a spelling common enough in headlines to read
    return NumberWords(
        units=units, teens=teens, tens=tens, hundred=frozenset({"hundred"}),
        scales={"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
                "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7},
        dozens=frozenset({"dozen", "dozens", "dz", "dzs", "doz", "dozs"}),
        articles=frozenset({"a", "an"}), halves=frozenset({"half"}), quarters=frozenset({"quarter"}),
        denominators=denominators, unit_ordinals=unit_ordinals,
        conjunctions=frozenset({"and"}), points=frozenset({"point"}),
        overs=frozenset({"over", "out of"}), minus=frozenset({"minus", "negative"}),
        determiners=frozenset({"the", "this", "that", "which", "each", "every", "any", "no",
                               "another", "some", "whichever", "what"}),
        suffixes={"k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "mm": 1e6, "mil": 1e6, "mln": 1e6,
                  "mn": 1e6, "G": 1e9, "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12,
                  "tln": 1e12, "trn": 1e12, "T": 1e12},
        compound=False, decimal_comma=False,
        clause_verbs=r"is|are|was|were|has|have|had|will|would|said|say|says|think|thinks|believe|[a-z]+ed",
    )




_SPEAKER_PATTERNS = (
    r"(?i)(?<!\w)according\s+to\s+{SPEAKER}{END}",
    r"(?:[,”\"]\s*|^){SPEAKER}\s+(?:said|says|told|added|explained|noted|wrote|reported)(?!\w)",
    r"(?<!\w)(?:said|says|added|explained|noted)\s+{SPEAKER}{END}",
)

_MESSAGES = {
    "FC101": "The article gives {predicate} of {about} as {first} and as {second}; both cannot be true.",
    "FC102": "The article states {predicate} of {about} differently: {first} and {second}.",
    "FC103": "The article says {first} is {relation} {second}, but gives {first_value} and {second_value}.",
    "FC104": "The article names both {first} and {second} as the current {role} of {about}.",
    "FC105": "The article calls {first} both former and current {role} of {about}.",
    "FC106": "The shares the article gives for {about} add up to at least {total}%, more than 100%.",
    "FC107": "The article dates something about {about} to {event}, before it was founded ({founded}).",
    "FC108": "The article gives {first}'s start as {role} of {about} as {since} and as {ago}.",
    "FC109": "The article first gives {first} as {hedge}, then states it as fact: {second}.",
    "FC110": "The article gives {first}'s age as {age}, but a birth in {born} makes {expected} at the article's date.",
    "FC111": "The article speaks of {span} for {about}, but dates part of it to {event}.",
    "FC112": "The parts the article gives for {about} add up to {parts}, more than the total {total}.",
    "FC113": "The article gives {change} from {old} to {new}, but that is {actual}.",
    "FC114": "The article gives {share} for {part} of {whole}, but that is {actual}.",
    "FC115": "The article says {first} is {relation} {second}, but the ratio is {ratio}.",
    "FC116": "The article gives {duration} since {start}, but from {start} to {now} is {actual} years.",
    "FC117": "The shares {shares} listed together add up to {total}%, more than 100%.",
    "FC118": "The article gives {first} and {second}, the same digits in another order, for what its words say is the same thing: one of them may be a typo.",
    "FC119": "The article ranks {subject} both {first} and {second} among {noun}.",
    "FC120": "The article names both {first} and {second} as {role}, and nothing written tells them apart (a place, an organization, a time).",
    "FC121": "The article gives the start of {first}'s term as {since} and as {ago}; they are more than a year apart.",
    "FC123": "The article gives {distance} in {time}, which is {actual}, not {speed}.",
    "FC122": "The article counts {votes} votes ({tally}), more than the {present} members present.",
    "FC124": "The article gives {span} for a stretch from {start} to {end}, which is {length}.",
    "FC125": "The article gives {written}, but {day} falls on a {actual}.",
    "FC201": "The claim \"{claim}\" contradicts the fact store: {statement}",
    "FC202": "The claim \"{claim}\" concerns a matter the fact store records as unconfirmed: {statement}",
    "FC203": "The claim \"{claim}\" gives a figure that no longer held at the article's date: {statement}",
}

PACK = Pack(
    language="en",
    number_words=_number_words(),
    read_ordinals=spaced_ordinals,
    lexicon=LEXICON,
    # Calendar dates; <S> a space, <MONTHS> the month names, <YEAR> a year, <PART> "early",
    # <QUARTER> "first quarter". (template, ignore case)
    date_patterns=(
        (r"(?<![\w.])(?P<month><MONTHS>)\.?<S>*(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\w)(?:<S>*,?<S>+<YEAR>)?", False),
        (r"(?<![\w.])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?<S>+(?:of<S>+)?(?P<month><MONTHS>)(?!\w)(?:,?<S>+<YEAR>)?",
         False),
        (r"(?<![\w.])<PART>(?P<month><MONTHS>)(?!\w)(?:,?<S>+(?:of<S>+)?<YEAR>)?", False),
        (r"(?<![\w.])(?:the<S>+)?(?P<quarter><QUARTER>)(?:<S>+of)?<S>+<YEAR>", True),
        (r"(?<![\w.,\-$€£])<PART><YEAR>", True),
    ),
    currency_articles=("a", "an"),
    abbreviations=frozenset("""mr. mrs. ms. dr. prof. st. jr. sr. inc. corp. ltd. co. no.
        vs. etc. e.g. i.e. approx. est. dept. gov. jan. feb. mar. apr. jun. jul.
        aug. sep. sept. oct. nov. dec. u.s. u.k. u.n. e.u.""".split()),
    sentence_final_abbreviations=frozenset({"etc."}),
    ordinal_dot=False,
    # Words that are German too ("in", "an", "was", "will") would only add noise.
    detection_words=frozenset("""the and is are were of to that it for on with as by
        from at this be has have had not but or which their its would
        they he she we been said about after more than could into there what
        when who paid costs nearly""".split()),
    detection_letters="",
    capitalises_nouns=False,
    noun_suffixes=(),
    derived_endings=(),
    common_word_endings=("ly", "ing"),
    adjective_endings=("an", "ish", "ese", "ian", "ean", "ic", "ch", "i", "al", "er"),
    noun_list=False,
    genitive_s=False,
    tagger_model="morphmodel_en.pgz",
    name_tags=frozenset({"NP0", "UNC"}),
    pronouns={
        "he": ("person",), "him": ("person",), "his": ("person",), "she": ("person",),
        "her": ("person",), "it": ("organization", "product"), "its": ("organization", "product", "place"),
        "they": ("organization",), "the company": ("organization",), "the firm": ("organization",),
        "the group": ("organization",), "the model": ("product",),
        "their": ("organization", "person"),
    },
    possessives=frozenset("its his her their".split()),
    possessive_ending="'s",
    definite_articles=("the",),
    description_modifiers=("former", "new", "longtime", "current"),
    person_relatives=r"who|whom",
    relative_pronouns=("which", "that", "who", "whose"),
    oblique_prepositions=frozenset("for towards toward".split()),
    place_prepositions=frozenset("in at".split()),
    locatives=frozenset("in at from to into against with by near across over under behind beside between "
                        "inside outside towards toward via".split()),
    hedges={"an estimated": "estimated", "estimated": "estimated", "reportedly": "reported",
            "is said to": "reported", "according to": "reported", "allegedly": "reported"},
    opinion=(r"(?<!\w)(?:in my (?:view|opinion)|i think|i believe|should|might|perhaps|maybe|"
             r"probably|could)(?!\w)"),
    fact_verbs=frozenset("""invest buy acquire found report earn rise fall employ pay announce release lay
        sell lead run grow lose close open launch raise exceed hire appoint name sign agree approve
        ban sentence elect win""".split()),
    auxiliaries=frozenset("be have do will would can could shall should may might must seem remain".split()),
    copulas=frozenset("is are was were".split()),
    verb_form=r"[a-z]+(?:ed|ing|s)",
    infinitive_ending="",
    comparison_words=("than", "as"),
    indefinite_articles=("a", "an"),
    source_after=r"reported|says|estimates|figures",
    source_cues=r"according\s+to|told|reported\s+by|said",
    # "the 31-year-old"; "The Kenyan, who …", "the Australian has …": a nationality standing for a person
    person_description=r"the\s+(?:\w+\s+)?\d{1,3}-year-old"
                       r"|the\s+(?-i:[A-Z][a-z]+(?:an|ese|ish))(?=\s*,|\s+(?:who|has|had|was|is|won|said|will|took)\b)",
    person_nouns=frozenset("star striker midfielder defender winger forward goalkeeper keeper athlete runner sprinter "
                           "champion veteran skipper captain youngster teenager international singer actor "
                           "actress rider driver player".split()),
    person_noun_endings=("man", "woman", "boy", "girl", "person", "year-old"),
    role_copulas=("is", "was", "becomes", "became", "remains", "served as", "as"),
    role_as="as",
    role_then_words=("then",),
    distance_words=("ago", "earlier", "later", "before"),
    known_set_words=("the", "all", "other", "these", "those", "both"),
    not_countable=frozenset("""and or of the a an to in on at by for from with as than more less per
        years year months month weeks week days day hours hour minutes minute times time was were is are
        has have had will would last next this fold if when unless because but so then while after before""".split()),
    more_than_words=("more than", "over"),
    speaker_patterns=_SPEAKER_PATTERNS,
    speaker_is_noun_phrase=False,
    no_source_words=frozenset({"reports", "media reports", "sources"}),
    compound_roles=False,
    comparatives=(
        (r"(?<!\w)(smaller|fewer|less|lower|cheaper)(?:\s+\w+){0,3}?\s+than(?!\w)", "<"),
        (r"(?<!\w)(larger|bigger|greater|more|higher|costlier)(?:\s+\w+){0,3}?\s+than(?!\w)", ">"),
        (r"(?<!\w)twice\s+as\s+\w+\s+as(?!\w)", "x2"),
        (r"(?<!\w)half\s+as\s+\w+\s+as(?!\w)", "x0.5"),
    ),
    superlative=r"(?<!\w)the\s+(?:largest|biggest|most|highest)\s+(?P<noun>[^\W\d_][\w-]*)",
    ranking=(r"(?<![\w-])(?:(?P<ordinal>second|third|fourth|fifth)[-\s])?(?:largest|biggest|busiest)\s+"
             r"(?P<noun>(?:[\w-]+\s+){0,3}?[a-z][\w-]*?)"
             r"(?=\s+(?:in|by|of|for|after|ahead|behind|so|on|this|last|with|since|and)\b|\s*[,.;:)—–-]|\s*$)"),
    ranking_ordinals={"second": 2, "third": 3, "fourth": 4, "fifth": 5},
    changes=((r"(?<!\w)halved(?!\w)", 0.5, "halved"), (r"(?<!\w)doubled(?!\w)", 2.0, "doubled"),
             (r"(?<!\w)tripled(?!\w)", 3.0, "tripled")),
    multiples=((r"(?<!\w)(?:three\s+times\s+as\s+\w+\s+as|triple)(?!\w)", "x3"),
               (r"(?<!\w)(?:a\s+)?little\s+more\s+than\s+half(?!\w)", "x0.5+")),
    rise_words=r"more|rose|rise|rises|risen|rising|up|increased|increase|increases|grew|grown|grows|climbed|climbs|jumped|jumps|gained|gains|soared|surged|higher",
    fall_words=r"fewer|less|fell|fall|falls|fallen|down|declined|decline|declines|decreased|decrease|decreases|dropped|drops|narrowed|slumped|lower|shrank|slipped",
    old_level_cues=r"from|compared\s+with|compared\s+to|last\s+year,\s+when",
    new_level_cues=r"to|at|reached|totalled|totaled",
    previous_period=r"a\s+year\s+(?:earlier|before|ago)|(?:in\s+)?the\s+previous\s+year|last\s+year",
    part_of_cues=r"of\s+them|of\s+whom|of\s+those",
    inclusion_words=r"including|of\s+which|among\s+them",
    nearly_words=r"almost|nearly|close\s+to|just\s+under",
    duration_since_cues=r"for",
    list_joiners=r"and|as\s+well\s+as",
    each_words=r"each|apiece",
    vote_tally=r"(?<![\w-])(?P<yes>\d+)\s*(?:-|–|to)\s*(?P<no>\d+)(?=\s+(?:vote|votes|in\s+favour))(?:\s+votes?)?(?:,?\s+with\s+(?P<abstain>\w+)\s+abstentions?)?",
    present_count=r"(?P<n>\d+)\s+(?:\w+\s+)?(?:members|councillors|MPs|delegates)\s+present",
    start_cues=r"began|begin|begins|start|started|starts|from|opened",
    end_cues=r"end|ended|ends|until|completed|finished|finish|to\s+(?=\w)",
    now_words=r"now|today",
    share_of=r"\s+of\s+(?:the|its|their)\s+(?P<noun>[a-z]\w+)",
    raised_words=r"raised|raises|raising|secured|collected",
    contribution_cues=r"from|came\s+from|put\s+in",
    compared_cues=r"compared\s+with|compared\s+to|versus|against",
    reference_cues=r"compared\s+with|compared\s+to|than\s+in",
    restating_openers=r"that\s+is|that\s+was|this\s+is|that's",
    alternative_words=r"or",
    contrast_words=r"but|rather|instead|not|versus",
    part_of_words=r"of|out\s+of",
    whole_cues=r"has|have|had|in\s+total|a\s+total\s+of|of\s+the|out\s+of",
    change_prepositions=frozenset({"by"}),
    message_words={"suggestion": " Likely correct: {replacement} ({reason}).", "stated_more_often": "the figure the article gives more often", "hours": "hours", "months": "months", "implied_by_figures": "what the other figures give", "sum_of_parts": "the sum of the parts", "implied_by_levels": "what the two levels give", "place": "no. {}", "points": "percentage points", "percent": "%", "rise": "a rise", "fall": "a fall", "x3": "three times as large as", "x0.5+": "a little more than half of", "<": "smaller than", ">": "larger than", "x2": "twice", ">x2": "more than twice",
                   "x0.5": "half", "largest": "the largest, larger than", "halved": "halved",
                   "doubled": "doubled", "tripled": "tripled", "estimated": "estimated", "reported": "reported", "modal": "possibility",
                   "source_words": "in the source's words"},
    quote=('"', '"'),
    predicate_names={
        "investment.amount": "investment", "acquisition.price": "purchase price", "funding.amount": "funding",
        "valuation.amount": "valuation", "revenue.amount": "revenue", "profit.amount": "profit",
        "organization.employees": "headcount", "product.users": "users", "model.parameters": "parameters",
        "stake.percent": "stake", "market_share.percent": "market share", "fine.amount": "fine",
        "organization.layoffs": "job cuts", "person.age": "age", "event.date": "date",
        "product.launch_date": "launch date", "organization.founded": "founding", "person.birth_date": "date of birth",
    },
    messages=_MESSAGES,
    role_words={
        "mayor": "mayor", "minister": "minister", "chancellor": "chancellor", "mp": "member of parliament",
        "mep": "member of the european parliament", "governor": "governor", "senator": "senator",
        "president": "president", "premier": "prime minister", "coach": "coach", "manager": "manager",
        "boss": "manager", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
        "spokesperson": "spokesperson", "chairman": "chair", "chairwoman": "chair", "chair": "chair",
        "leader": "leader", "director": "director", "secretary": "secretary", "captain": "captain",
        "chief": "chief", "head": "head", "ceo": "chief executive", "founder": "founder",
        "correspondent": "correspondent", "editor": "editor", "adviser": "adviser", "advisor": "adviser",
        "ambassador": "ambassador", "judge": "judge", "prosecutor": "prosecutor", "lawyer": "lawyer",
        "champion": "champion", "winner": "winner", "striker": "striker", "defender": "defender", "goalkeeper": "goalkeeper",
        "midfielder": "midfielder", "host": "host", "presenter": "presenter", "consultant": "consultant",
        "teacher": "teacher", "principal": "principal", "professor": "professor", "chancellor's": "chancellor",
        "commissioner": "commissioner", "king": "king", "queen": "queen", "pope": "pope", "bishop": "bishop",
        "rapper": "rapper", "dj": "dj", "actor": "actor", "actress": "actor", "singer": "singer",
        "producer": "producer", "chairperson": "chair", "treasurer": "treasurer", "deputy": "deputy",
        "player": "player", "skipper": "captain", "economist": "economist", "analyst": "analyst",
        "architect": "architect", "surgeon": "surgeon", "translator": "translator", "author": "author",
        "writer": "writer", "journalist": "journalist", "doctor": "doctor", "artist": "artist",
        "photographer": "photographer", "pilot": "pilot", "astronaut": "astronaut", "dancer": "dancer",
    },
    role_phrases={"chief executive": "chief executive", "prime minister": "prime minister",
                  "defending champion": "defending champion", "reigning champion": "defending champion",
                  "last year's winner": "defending champion",
                  "foreign secretary": "foreign secretary", "home secretary": "home secretary",
                  "shadow chancellor": "shadow chancellor", "finance minister": "finance minister",
                  "foreign minister": "foreign minister", "head coach": "head coach",
                  "managing director": "managing director", "chief secretary": "chief secretary",
                  "vice president": "vice-president", "vice-president": "vice-president",
                  "secretary general": "secretary general", "secretary-general": "secretary general",
                  "general secretary": "secretary general", "chief operating officer": "chief operating officer",
                  "chief financial officer": "chief financial officer", "world number one": "world number one"},
    role_endings=("", "s"),
    left_role_cues=r"stepped\s+down\s+as|retired\s+as|resigned\s+as|era\s+of",
    ended_role_cues=r"(?:from\s+\d{4}\s+)?until\s+(?:(?:his|her|their)\s+(?:retirement|resignation|departure|death)|\d{4})",
    office_start_cues=r"took\s+over|appointed|in\s+office|sworn\s+in|elected|has\s+led|has\s+run",
    founding_cues=r"founded|established|set\s+up",
    place_offices=frozenset({"mayor", "governor", "first minister"}),
    unique_roles=frozenset({"defending champion", "mayor", "chief executive", "prime minister", "chancellor", "governor", "first minister"}),
    past_role_cues=r"(?:has|have|had)\s+(?:just\s+)?been|was|were",
    role_qualifiers=frozenset("deputy vice acting interim shadow assistant associate lord".split()),
    adjective_inflections=("ish", "ian", "an", "ese"),
    former_words=frozenset("former ex ex- then erstwhile previous outgoing late".split()),
    person_titles=frozenset("Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Lord Lady Dame Prof Prof.".split()),
    stopword_acronyms=frozenset({"US", "WHO"}),
    organization_words=frozenset("Ltd Ltd. plc PLC Inc Inc. Corp Corp. Co Co. Group Party Bank Council "
                                 "Ministry Department University College Club FC United City Association "
                                 "Union Commission Committee Agency Authority Institute Foundation Court "
                                 "Airways Airlines Society Board Trust Federation League Ballet Opera Orchestra "
                                 "Theatre Theater Museum Gallery Company Corporation Exchange Service Network "
                                 "Hospital School Academy Office Force Army Police Rovers Wanderers Athletic Invest Capital Partners Holdings Ventures".split()),
    # people named by their nation, written with a capital but no name: "the first Briton in 12th place"
    demonym_nouns=frozenset("Briton Britons Brit Brits Scot Scots Spaniard Spaniards Frenchman Frenchmen "
                            "Englishman Englishmen Welshman Welshmen Irishman Irishmen Scotsman Scotsmen "
                            "Dutchman Dutchmen Swede Swedes Dane Danes Aussie Aussies Kiwi Kiwis".split()),
    not_name_words=frozenset("The A An In On At By For Of From With But And Or If When While As It He She "
                             "They We I You His Her Their Its This That These Those There Here After Before "
                             "Since Under Over Last Next Mr Mrs Ms Dr".split()),
    units={"m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m", "km": "km",
           "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km", "mile": "mi",
           "miles": "mi", "cm": "cm", "mm": "mm", "secs": "s", "sec": "s", "seconds": "s", "second": "s", "s": "s",
           "tonnes": "t", "tonne": "t", "tons": "t", "kg": "kg", "kilograms": "kg", "litres": "l",
           "liters": "l", "points": "points", "goals": "goals", "runs": "runs", "wickets": "wickets",
           "degrees": "degrees", "mph": "mph", "km/h": "km/h", "teu": "TEU", "twenty-foot": "TEU", "acres": "acre", "acre": "acre", "hectares": "ha",
           "feet": "ft", "ft": "ft", "inches": "in", "magnitude": "magnitude", "mw": "MW", "gw": "GW"},
    clock_words=("am", "pm", "gmt", "bst", "h"),
    page_words=("page", "pages", "no.", "p."),
    multiple_suffixes=("-time", "time"),
    times_words=frozenset({"times", "time"}),
    factor_words=frozenset("as more less fewer higher larger bigger greater the".split()),
    placing_verbs=frozenset("finished came ended placed was were".split()),
    rank_nouns=frozenset("place position spot seed term title time anniversary year budget win victory number".split()),
    measures={
        "dead": "death_toll", "deaths": "death_toll", "killed": "death_toll", "injured": "injured",
        "jobs": "jobs", "employees": "employees", "staff": "employees", "workers": "workers",
        "revenue": "revenue", "sales": "revenue", "profit": "profit", "profits": "profit", "loss": "loss",
        "losses": "loss", "votes": "votes", "seats": "seats", "mps": "seats", "spectators": "spectators",
        "fans": "spectators", "visitors": "visitors", "people": "people", "residents": "inhabitants",
        "inhabitants": "inhabitants", "migrants": "migrants", "refugees": "refugees", "games": "games",
        "matches": "games", "goals": "goals", "users": "users", "customers": "customers",
        "members": "members", "pupils": "pupils", "students": "students", "fee": "fee", "fine": "fine",
        "rent": "rent", "price": "price", "debt": "debt", "investment": "investment", "damages": "damages",
        "titles": "titles", "countries": "countries", "planes": "aircraft", "aircraft": "aircraft",
    },
    forecast_words=frozenset("expected anticipated predicted likely tipped rumoured rumored".split()),
    deadline_words=("by", "until", "through", "till"),
    speaker_roles=frozenset("spokesman spokeswoman spokesperson".split()),
    pair_prepositions=frozenset("between".split()),
    name_joiners=("and", "or", "&"),
    genitive_cues=r"of(?:\s+the)?",
    period_words=("for",),
    holder_links=frozenset("of for at from by".split()),
    clause_openers=frozenset("and but because that whether if when while after although though which who "
                             "whom whose where".split()),
    pronoun_genders={**{w: "m" for w in "he him his himself".split()}, **{w: "f" for w in "she her hers herself".split()}},
    subject_pronouns=frozenset("he she they we".split()),
    party_nouns=frozenset("greens democrats republicans conservatives tories liberals socialists communists nationalists unionists".split()),
    member_roles=frozenset({"member of parliament", "member of the european parliament", "senator", "director", "minister"}),
    comparison_cues=r"compared\s+(?:to|with)|as\s+against",
    year_adjective="",  # "a three-year contract" is read as a duration by the quantity stage
    lasting_nouns=(),
    age_patterns=(
        r"(?P<age>\d{1,3})-year-old(?!\w)",
        r"(?<!\w)aged\s+(?P<age>\d{1,3})(?![\w-])",
        r"(?<!\w)at\s+the\s+age\s+of\s+(?P<age>\d{1,3})(?!\w)",
        r"(?P<after>,)\s?(?P<age>\d{1,2}),",
        r"(?P<after>\()(?P<age>\d{1,3})\)",
    ),
    # "The jobless rate rose", "the number of passengers was": "the", up to four words and an
    # "of" phrase, followed by a finite verb
    clock_names={"midnight": (0.0, 24.0), "noon": (12.0, 12.0), "midday": (12.0, 12.0)},
    clock_suffix=r"GMT|BST|CET|am|pm|h",
    day_prepositions=r"on",
    clock_prepositions=r"at",
    organization_nouns=frozenset("party company firm club team side government group".split()),
    window_words=frozenset("first last past next coming".split()),
    window_prepositions=frozenset({"in", "within"}),
    revision_cues=r"initially|originally|at\s+first|first\s+reported|early\s+estimates?|revised|revision|"
                  r"updated|preliminary|provisional|so\s+far|previously|now\s+stands",
    result_verbs=frozenset("reported reports posted posts recorded records announced".split()),
    quantified_phrase=r"(?<!\w)(?:[Ee]ach|[Ee]very)\s+(?P<phrase>[a-z][\w-]*)(?=\s)",
    amount_nouns=frozenset("value amount sum total tune worth".split()),
    measured_phrase=r"(?<!\w)[Tt]he\s+(?P<phrase>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:from|to|at|of)\s+",
    # "The jobless rate rose", "The district's operating budget for 2025-26 is": "the", up to four
    # words, an "of" phrase, a short "for/in" phrase, the verb
    whole_phrase=r"\s+(?:of\s+)?the\s+(?P<phrase>(?:[a-z][\w-]*(?:['’]s)?\s+){0,2}?[a-z][\w-]*)(?=\s+(?:is|are|was|were|goes|go|went|has|have|had|now|will|would|[a-z]+ed|[a-z]+s)\b|[,.;])",
    inverted_subject="",  # English puts the subject before its verb
    plural_verb_endings=(),
    place_nouns=("city", "capital", "region", "province", "county", "town", "village", "district", "island", "state"),
    subject_phrase=r"(?:(?:and|but)\s+)?(?P<phrase>(?:[Tt]he\s+(?:[a-z][\w-]*(?:['’]s)?\s+){0,3}?"
                   r"|[A-Z][a-z][\w-]*\s+(?:[a-z][\w-]*\s+){0,2}?"
                   r"|(?:(?<=and\s)|(?<=but\s))[a-z][\w-]*\s+(?:[a-z][\w-]*\s+){0,2}?)(?P<head>[a-z][\w-]*)"
                   r"(?:\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)?)"
                   r"(?:\s+(?:for|in)\s+[\w/-]+)?\s+"
                   r"(?=(?:is|are|was|were|has|have|had|will|would|stood|reached|totalled|totaled|hit|rose|fell"
                   r"|grew|climbed|dropped|jumped|[a-z]+ed)\b)",
    finite_verb=r"is|are|was|were|had|has|have|did|does|would|will|could|should|may|might|must|can|[a-z]+ed",
    speech_verbs=frozenset("said says say told claimed claims claim added warned insisted argued believes "
                           "believed suggested stated revealed admitted estimated predicted announced "
                           "reported".split()),
    subordinators=frozenset("while when although though after before if as since because unless once "
                            "whereas until".split()),
    recipient_cues=r"(?:grants?|payments?|loans?|aid|donations?|subsid(?:y|ies)|funding|contributions?)\s+to",
    placeholder_pronouns=frozenset("".split()),
    negations=frozenset("not".split()),
    birth_words=r"born",
    contrast_openers=frozenset("but".split()),
    first_person=frozenset("i we my our us me mine ours".split()),
    listener_verbs=frozenset({"told", "assured", "informed", "telling"}),
    conditionals=frozenset({"if", "unless"}),
    modals=frozenset("could might may would should will shall must perhaps maybe probably possibly".split()),
    idle_words=frozenset("to between aged page number ways".split()),  # "in three ways": a manner, no fact
)
