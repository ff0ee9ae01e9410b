"""German: everything the engine knows about the language (see `service.engine.lang.Pack`)."""
from service.engine.currencies import SYMBOLS
from service.engine.lang import Pack
from service.engine.lexicon import Lexicon
from service.engine.numbers import NumberWords, compound_ordinals

CURRENCY_WORDS = {
    "dollar": "USD", "us-dollar": "USD", "us dollar": "USD", "euro": "EUR", "pfund": "GBP",
    "pfund sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "franken": "CHF",
    "mark": "DEM", "d-mark": "DEM", "deutsche mark": "DEM", "rupien": "INR", "rupie": "INR",
    "peso": "MXN", "rubel": "RUB", "lira": "TRY", "kronen": "SEK", "zloty": "PLN", "riel": "KHR",
    "rand": "ZAR", "won": "KRW", "bitcoin": "XBT",
}
# German adjectives before a currency name, in every ending: "kanadischen Dollar".
CURRENCY_ADJECTIVES = {
    ("kanadisch", "dollar"): "CAD", ("australisch", "dollar"): "AUD", ("neuseeländisch", "dollar"): "NZD",
    ("amerikanisch", "dollar"): "USD", ("britisch", "pfund"): "GBP", ("schweizer", "franken"): "CHF",
    ("japanisch", "yen"): "JPY", ("chinesisch", "yuan"): "CNY", ("finnisch", "mark"): "FIM",
    ("indisch", "rupien"): "INR", ("indisch", "rupie"): "INR", ("kambodschanisch", "riel"): "KHR",
    ("mexikanisch", "peso"): "MXN", ("russisch", "rubel"): "RUB", ("türkisch", "lira"): "TRY",
    ("schwedisch", "kronen"): "SEK", ("hongkong", "dollar"): "HKD",
}
for (adjective, noun), code in CURRENCY_ADJECTIVES.items():
    endings = ("",) if adjective in ("schweizer", "hongkong") else ("e", "en", "er", "es")
    for ending in endings:
        CURRENCY_WORDS[f"{adjective}{ending} {noun}"] = code


LEXICON = Lexicon(
    currency_words=CURRENCY_WORDS,
    currency_symbols=SYMBOLS,
    subunits={"cent": 0.01, "cents": 0.01, "rappen": 0.01, "pence": 0.01, "penny": 0.01},
    subunit_currencies={"cent": "EUR", "cents": "EUR", "rappen": "CHF", "pence": "GBP", "penny": "GBP"},
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
                "stunde": "hour", "stunden": "hour", "minute": "minute", "minuten": "minute"},
    part_of_period={"anfang": "start", "mitte": "mid", "ende": "end", "zu beginn": "start",
                    "frühen": "start", "späten": "end",
                    "im frühjahr": "spring", "im herbst": "autumn"},
    relative_years={"letztes jahr": -1, "letzten jahr": -1, "vergangenes jahr": -1,
                    "vergangenen jahr": -1, "im vorjahr": -1, "voriges jahr": -1, "vorigen jahr": -1,
                    "dieses jahr": 0, "diesem jahr": 0, "dieses jahres": 0, "laufenden jahr": 0,
                    "nächstes jahr": 1, "nächsten jahr": 1, "kommendes jahr": 1, "kommenden jahr": 1},
    ago=("vor",),
    past_periods=("in den vergangenen", "in den letzten", "den vergangenen", "den letzten",
                  "der vergangenen", "der letzten"),
    seasons={"frühling": 3, "frühjahr": 3, "sommer": 6, "herbst": 9, "winter": 12},
    day_parts=("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", "früh"),
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
    # the present of a timetable is a future: "wo das Hauptfeld am 30. Juni startet"
    future_cues=r"wird|werden|soll|sollen|will|wollen|plant|planen|geplant|kommenden|nächsten|bevorstehend\w*|"
                r"beginnt|beginnen|startet|starten|findet|finden",
    clause_joiners=("und", "aber"),
    inflected_adjective=r"[a-zäöüß]+(?:e|en|er|es|em)",
    # "-te" is a past verb ("meldete"), not an ordinal or superlative ("die erste Gruppe", "die letzte Woche")
    past_cues=r"war|waren|wurde|wurden|hatte|hatten|hat|haben|ist|sind|starb|gewann|verlor|"
              r"(?!(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|letzt|nächst|best|meist|größt"
              r"|höchst|jüngst|ältest|neuest|weit|breit)en?(?!\w))\w+ten?|"
              # past participles, with a separable prefix ("angegriffen", "eingesammelt"), not "gegen", "gestern"
              r"(?!(?:gegen|gestern|genau|gerade|gemeinsam|gesamt|gern|gewiss)(?!\w))"
              r"(?:ab|an|auf|aus|bei|ein|fest|mit|nach|vor|weg|zu|zurück)?ge\w+(?:t|en)",
    last_words=("vergangenen", "letzten", "vorigen", "vergangener", "letzter", "voriger"),
    next_words=("nächsten", "kommenden", "nächster", "kommender"),
    year_words=("jahres",),
    decade_words=("jahrzehnt", "jahrzehnte", "jahrzehnten", "jahrzehnts"),
    one_words=("ein", "einem", "einer", "eines", "einen"),
    decade_pattern=r"(?<![\w.])(?P<year>1[0-9]\d0|20[0-9]0)er(?:n|[-\s]?Jahren?)?(?!\w)",
    century_words=("jahrhundert", "jahrhunderts"),
    year_links=("des",),
    date_articles=("dem", "den"),
    vague_counts={"dutzende": 12, "hunderte": 100, "tausende": 1000, "zehntausende": 10000,
                  "hunderttausende": 100000, "millionen": 1e6},
    next_week=("nächster woche", "kommender woche", "der nächsten woche", "der kommenden woche"),
    this_words=("diesen", "diesem", "dieses", "heurigen"),
    scale_words={"millionen": 1e6, "million": 1e6, "mio.": 1e6, "mio": 1e6, "milliarden": 1e9, "milliarde": 1e9,
                 "mrd.": 1e9, "mrd": 1e9, "tausend": 1e3, "billionen": 1e12},
    quarters={"ersten quartal": 1, "zweiten quartal": 2, "dritten quartal": 3, "vierten quartal": 4,
              "erste quartal": 1, "zweite quartal": 2, "dritte quartal": 3, "vierte quartal": 4},
)


def _number_words() -> NumberWords:
    units = {"null": 0, "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
             "sieben": 7, "acht": 8, "neun": 9}
    teens = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
             "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
    tens = {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
            "siebzig": 70, "achtzig": 80, "neunzig": 90}
    denominators = {"drittel": 3, "viertel": 4, "fünftel": 5, "sechstel": 6, "siebtel": 7,
                    "achtel": 8, "neuntel": 9, "zehntel": 10, "zwanzigstel": 20,
                    "hundertstel": 100, "tausendstel": 1000, "millionstel": 1e6}
    return NumberWords(
        units=units, teens=teens, tens=tens, hundred=frozenset({"hundert"}),
        scales={"tausend": 1e3, "tsd": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6,
                "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "billion": 1e12, "billionen": 1e12,
                "bio": 1e12, "billiarde": 1e15, "billiarden": 1e15},
        dozens=frozenset({"dutzend"}),
        articles=frozenset({"ein", "eine", "einen", "einem", "einer", "eines"}),
        halves=frozenset({"halb", "halbe", "halbes", "halben", "halber", "halbem"}),
        quarters=frozenset(),
        denominators={w: (v, True) for w, v in denominators.items()},
        unit_ordinals={},
        conjunctions=frozenset({"und"}), points=frozenset({"komma"}), overs=frozenset(),
        minus=frozenset({"minus"}), determiners=frozenset(),
        suffixes={}, compound=True, decimal_comma=True,
    )




_ROLES = {
    "bürgermeister": "mayor", "oberbürgermeister": "mayor", "landeshauptmann": "governor",
    "landeshauptmannstellvertreter": "deputy governor", "landeschef": "head of state government",
    "ministerpräsident": "minister-president", "minister": "minister", "außenminister": "foreign minister",
    "innenminister": "interior minister", "finanzminister": "finance minister",
    "wirtschaftsminister": "economy minister", "premierminister": "prime minister", "premier": "prime minister",
    "kanzler": "chancellor", "bundeskanzler": "chancellor", "vizekanzler": "vice-chancellor",
    "präsident": "president", "bundespräsident": "president", "vizepräsident": "vice-president",
    "abgeordnete": "member of parliament", "abgeordneter": "member of parliament",
    "landtagspräsident": "speaker of the state parliament", "landesrat": "state minister",
    "stadtrat": "city councillor", "gemeinderat": "municipal councillor", "bundesrat": "federal councillor",
    "nationalrat": "member of the national council", "senator": "senator", "gouverneur": "governor",
    "sprecher": "spokesperson", "pressesprecher": "spokesperson", "regierungssprecher": "government spokesperson",
    "trainer": "coach", "cheftrainer": "head coach", "coach": "coach", "kapitän": "captain",
    "tormann": "goalkeeper", "torwart": "goalkeeper", "manager": "manager",
    "vorsitzende": "chair", "vorsitzender": "chair", "obmann": "chair", "obfrau": "chair",
    "geschäftsführer": "managing director", "direktor": "director", "generaldirektor": "director general",
    "generalsekretär": "secretary general", "leiter": "head", "chef": "head", "klubchef": "parliamentary group leader",
    "parteichef": "party leader", "oppositionsführer": "leader of the opposition", "botschafter": "ambassador",
    "richter": "judge", "staatsanwalt": "prosecutor", "anwalt": "lawyer", "bischof": "bishop", "papst": "pope",
    "korrespondent": "correspondent", "journalist": "journalist", "kandidat": "candidate",
    "spitzenkandidat": "lead candidate", "weltmeister": "world champion", "europameister": "european champion",
    "olympiasieger": "olympic champion", "titelverteidiger": "defending champion", "profi": "professional",
    "stürmer": "striker", "verteidiger": "defender", "regisseur": "director", "intendant": "director",
    "professor": "professor", "dekan": "dean", "rektor": "rector", "polizeichef": "police chief",
    "gewerkschaftschef": "union leader", "landtagsabgeordnete": "member of the state parliament",
    "amtskollege": "counterpart", "stellvertreter": "deputy", "staatssekretär": "state secretary",
    "kommissar": "commissioner", "generalstaatsanwalt": "attorney general", "astronaut": "astronaut",
    "architekt": "architect", "chirurg": "surgeon", "übersetzer": "translator", "autor": "author",
    "schriftsteller": "writer", "schauspieler": "actor", "sänger": "singer", "arzt": "doctor",
    "künstler": "artist", "fotograf": "photographer", "pilot": "pilot",
}


_SPEAKER_PATTERNS = (
    r"(?i)(?<!\w)(?:laut|nach\s+Angaben\s+(?:von|des|der))\s+{SPEAKER}{END}",
    r"(?i)(?<!\w){SPEAKER}\s+zufolge(?!\w)",
    r"(?<!\w)(?:sagt|sagte|sagten|erklärt|erklärte|betont|betonte|bestätigt|bestätigte|bemerkt|"
    r"bemerkte|meint|meinte|schreibt|schrieb|teilte|berichtet|berichtete|so)\s+{SPEAKER}{END}",
)

_MESSAGES = {
    "FC101": "Der Artikel nennt für {about} ({predicate}) {first} und {second}; beides kann nicht stimmen.",
    "FC102": "Der Artikel gibt {about} ({predicate}) unterschiedlich an: {first} und {second}.",
    "FC103": "Der Artikel nennt {first} {relation} {second}, gibt aber {first_value} und {second_value} an.",
    "FC104": "Der Artikel nennt sowohl {first} als auch {second} als amtierende(n) {role} von {about}.",
    "FC105": "Der Artikel nennt {first} zugleich ehemalige(n) und amtierende(n) {role} von {about}.",
    "FC106": "Die Anteile, die der Artikel für {about} nennt, ergeben mindestens {total} %, mehr als 100 %.",
    "FC107": "Der Artikel datiert etwas über {about} auf {event}, vor der Gründung ({founded}).",
    "FC108": "Der Artikel nennt für {first} als {role} von {about} den Beginn {since} und {ago}.",
    "FC109": "Der Artikel nennt {first} zunächst als {hedge}, später als Tatsache: {second}.",
    "FC110": "Der Artikel nennt {first} {age} alt, die Geburt {born} ergibt zum Datum des Artikels {expected}.",
    "FC111": "Der Artikel spricht für {about} von {span}, datiert einen Teil davon aber auf {event}.",
    "FC112": "Die Teile, die der Artikel für {about} nennt, ergeben {parts}, mehr als die Summe {total}.",
    "FC113": "Der Artikel nennt {change} von {old} auf {new}, das sind aber {actual}.",
    "FC114": "Der Artikel nennt {share} für {part} von {whole}, das sind aber {actual}.",
    "FC115": "Der Artikel nennt {first} {relation} {second}, das Verhältnis ist aber {ratio}.",
    "FC116": "Der Artikel nennt {duration} seit {start}, von {start} bis {now} sind es aber {actual} Jahre.",
    "FC117": "Die zusammen genannten Anteile {shares} ergeben {total} %, mehr als 100 %.",
    "FC118": "Der Artikel nennt {first} und {second}, dieselben Ziffern in anderer Reihenfolge, laut dem Text für dieselbe Sache: eine der Zahlen ist vielleicht vertippt.",
    "FC119": "Der Artikel reiht {subject} unter {noun} sowohl auf {first} als auch auf {second}.",
    "FC120": "Der Artikel nennt sowohl {first} als auch {second} als {role}, und nichts im Text unterscheidet die beiden (Ort, Organisation, Zeit).",
    "FC121": "Der Artikel nennt für den Amtsantritt von {first} {since} und {ago}; das liegt mehr als ein Jahr auseinander.",
    "FC123": "Der Artikel nennt {distance} in {time}, das sind {actual}, nicht {speed}.",
    "FC122": "Der Artikel zählt {votes} Stimmen ({tally}), mehr als die {present} Anwesenden.",
    "FC124": "Der Artikel nennt {span} für die Zeit von {start} bis {end}, das sind {length}.",
    "FC125": "Der Artikel nennt {written}, aber der {day} fällt auf einen {actual}.",
    "FC201": "Die Aussage „{claim}“ widerspricht der Faktendatenbank: {statement}",
    "FC202": "Die Aussage „{claim}“ betrifft etwas, das laut Faktendatenbank unbestätigt ist: {statement}",
    "FC203": "Die Aussage „{claim}“ nennt einen Wert, der zum Datum des Artikels nicht mehr galt: {statement}",
}

PACK = Pack(
    language="de",
    number_words=_number_words(),
    read_ordinals=compound_ordinals,
    lexicon=LEXICON,
    # Calendar dates; <S> a space, <MONTHS> the month names, <YEAR> a year, <PART> "Anfang",
    # <QUARTER> "ersten Quartal". (template, ignore case)
    date_patterns=(
        (r"(?<![\w.])(?P<day>[0-3]?\d)\.(?P<numeric_month>[01]?\d)\.(?:<YEAR>)?(?!\d)", False),
        (r"(?<![\w.])(?P<day>[0-3]?\d)\.<S>*(?P<month><MONTHS>)(?!\w)(?:<S>+<YEAR>)?", False),
        (r"(?<![\w.])(?P<dayword>[^\W\d_]+)\s+(?P<month><MONTHS>)(?!\w)(?:<S>+<YEAR>)?", False),
        (r"(?<![\w.])<PART>(?P<month><MONTHS>)(?!\w)(?:<S>+<YEAR>)?", True),
        (r"(?<![\w.])<PART>(?:im<S>+)?(?P<quarter><QUARTER>)<S>+(?:des<S>+Jahres<S>+)?<YEAR>", True),
        (r"(?<![\w.,\-])<PART><YEAR>", True),
    ),
    currency_articles=("ein", "eine", "einen", "einem", "einer"),
    abbreviations=frozenset("""mio. mrd. tsd. bio. dr. prof. nr. bzw. ca. etc. usw. vgl. ggf.
        evtl. inkl. exkl. zzgl. abs. jh. jhd. hr. fr. st. str. tel. gem. sog. bspw.
        jan. feb. apr. aug. sept. sep. okt. nov. dez. mr. mrs. co. inc. corp. ltd.
        dipl. ing. max. min. rd. allg. u.a. z.b. d.h. o.ä. u.ä. s.o. s.u.
        z. u. a. d. h. o. s. v. i. e. ä.""".split()),
    sentence_final_abbreviations=frozenset({"mio.", "mrd.", "tsd.", "bio.", "usw.", "etc.", "ca."}),
    ordinal_dot=True,
    detection_words=frozenset("""der die das und ist nicht ein eine einen dem den des mit von
        für auf sich auch als nach bei aus wird wurde hat haben sind über zum zur
        im ins dass sie er es wir noch nur oder aber wie seit rund knapp bereits
        werden wurden hatte sowie laut sagte zwischen gegen unter durch ohne schon
        mehr sehr jedoch diese dieser dieses einem einer eines ihre ihrer sein seine
        war waren zahlte kostet etwa bis""".split()),
    detection_letters="äöüß",
    capitalises_nouns=True,
    noun_suffixes=("ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "ment", "nis", "tum",
                   "ität", "ierung", "ungen", "heiten", "keiten", "schaften", "tionen"),
    derived_endings=("innen", "in"),
    common_word_endings=(),
    adjective_endings=(),
    noun_list=True,
    genitive_s=True,
    tagger_model="morphmodel_ger.pgz",
    name_tags=frozenset({"NE", "FM"}),
    pronouns={
        "er": ("person",), "ihm": ("person",), "ihn": ("person",),
        "sein": ("person", "product", "organization"), "seine": ("person", "product", "organization"),
        "seinen": ("person", "product", "organization"), "seinem": ("person", "product", "organization"),
        "seiner": ("person", "product", "organization"), "seines": ("person", "product", "organization"),
        "sie": ("person", "organization"), "es": ("product", "organization"),
        "das unternehmen": ("organization",), "der konzern": ("organization",),
        "die firma": ("organization",), "das modell": ("product",),
        "ihr": ("person", "organization"), "ihre": ("person", "organization"), "ihren": ("person", "organization"),
        "ihrem": ("person", "organization"), "ihrer": ("person", "organization"), "ihres": ("person", "organization"),
    },
    possessives=frozenset("sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres".split()),
    possessive_ending="s",
    definite_articles=("der", "die", "das", "den", "dem", "des"),
    description_modifiers=("ehemalige", "frühere", "neue", "langjährige", "bisherige", "amtierende"),
    person_relatives=r"der|die",
    relative_pronouns=("das", "der", "die", "welches", "welcher", "welche"),
    oblique_prepositions=frozenset("für".split()),
    place_prepositions=frozenset("in im ins am auf nach".split()),
    locatives=frozenset("in im ins nach aus bei beim an am auf gegen mit zu zum zur durch über unter vor hinter "
                        "neben zwischen gegenüber".split()),
    hedges={"schätzungsweise": "estimated", "geschätzt": "estimated", "berichten zufolge": "reported",
            "angeblich": "reported", "soll": "reported", "sollen": "reported", "laut": "reported"},
    opinion=(r"(?<!\w)(?:meiner meinung|ich finde|ich glaube|sollte|sollten|müsste|müssten|"
             r"hoffentlich|vielleicht|wahrscheinlich|könnte|könnten)(?!\w)"),
    fact_verbs=frozenset("""investieren kaufen übernehmen gründen melden erzielen steigen fallen sinken
        verdienen beschäftigen zahlen ankündigen veröffentlichen entlassen verkaufen erwerben leiten
        führen wachsen verlieren schließen eröffnen starten übertreffen anwerben einstellen ernennen
        berufen unterzeichnen vereinbaren genehmigen verbieten verurteilen wählen gewinnen""".split()),
    auxiliaries=frozenset("sein haben werden können müssen sollen wollen dürfen mögen lassen bleiben scheinen "
                          "wirken".split()),
    copulas=frozenset("ist sind war waren wird wurde".split()),
    verb_form="",
    infinitive_ending="en",
    comparison_words=("als", "wie"),
    indefinite_articles=("ein", "eine", "einen", "einem", "einer"),
    source_after=r"zufolge|nach|gemäß|Infos?|Angaben|Informationen|Recherchen",
    source_cues=(r"laut|lt\.|informationen\s+(?:des|der|von)|angaben\s+(?:des|der|von)|berichtet(?:e)?|sagte"),
    # "der 61-Jährige"; "die Steirerin": a woman of a place, named before
    person_description=r"(?:der|die|den|dem|des)\s+(?:\w+\s+)?\d{1,3}[-‑]?jährige\w*|die\s+(?-i:[A-ZÄÖÜ]\w+erin)(?!\w)",
    person_nouns=frozenset(),
    person_noun_endings=("er", "erin", "in", "ist", "istin", "ent", "entin", "ant", "antin", "mann", "frau", "jährige",
                         "jähriger", "kind", "mädchen", "junge", "person"),
    role_copulas=("ist", "war", "wird", "bleibt", "als"),
    role_as="als",
    role_then_words=("damals",),
    distance_words=("zuvor", "später", "davor", "danach"),
    known_set_words=("die", "alle", "beiden", "anderen", "diese", "jene"),
    not_countable=frozenset(),
    more_than_words=("mehr als", "über"),
    speaker_patterns=_SPEAKER_PATTERNS,
    speaker_is_noun_phrase=True,
    no_source_words=frozenset({"berichten", "medienberichten", "informationen", "angaben"}),
    compound_roles=True,
    comparatives=(
        (r"(?<!\w)(kleiner|weniger|niedriger|geringer|billiger)(?:\s+\w+){0,3}?\s+als(?!\w)", "<"),
        (r"(?<!\w)(größer|mehr|höher|teurer|umfangreicher)(?:\s+\w+){0,3}?\s+als(?!\w)", ">"),
        (r"(?<!\w)doppelt\s+so\s+\w+\s+wie(?!\w)", "x2"),
        (r"(?<!\w)halb\s+so\s+\w+\s+wie(?!\w)", "x0.5"),
    ),
    superlative=(r"(?<!\w)(?:der|die|das|den|dem|des)\s+(?:größte|größten|größter|meisten|höchste|höchsten)"
                 r"\s+(?P<noun>[^\W\d_][\w-]*)"),
    ranking=(r"(?<![\w-])(?:(?P<ordinal>zweit|dritt|viert|fünft))?(?:größte[nrs]?|grösste[nrs]?)\s+"
             r"(?:[a-zäöü]\w*\s+)?(?P<noun>[A-ZÄÖÜ][\w-]*)"),
    ranking_ordinals={"zweit": 2, "dritt": 3, "viert": 4, "fünft": 5},
    changes=((r"(?<!\w)(?:halbiert\w*|halbierte\w*)", 0.5, "halved"),
             (r"(?<!\w)(?:verdoppelt\w*|verdoppelte\w*)", 2.0, "doubled"),
             (r"(?<!\w)(?:verdreifacht\w*|verdreifachte\w*)", 3.0, "tripled")),
    multiples=((r"(?<!\w)(?:drei|3)mal\s+so\s+\w+(?:\s+\w+)?\s+wie(?!\w)", "x3"),),
    rise_words=r"mehr|stieg|steigt|stiegen|gestiegen|Anstieg|wuchs|wächst|gewachsen|zugelegt|legte|legten|Plus|höher|erhöht|erhöhte|Zuwachs",
    fall_words=r"weniger|sank|sinkt|sanken|gesunken|fiel|fällt|gefallen|zurück|Minus|niedriger|Rückgang|verringert|verringerte|schrumpfte|geschrumpft",
    old_level_cues=r"von|nach|Vorjahr:|gegenüber|Vorjahr,\s+als",
    new_level_cues=r"auf|bei|erreichte|erreichten",
    previous_period=r"im\s+Vorjahr|des\s+Vorjahres|ein\s+Jahr\s+(?:zuvor|davor|früher)",
    part_of_cues=r"von\s+ihnen|davon",
    inclusion_words=r"darunter|davon|einschließlich",
    nearly_words=r"fast|beinahe|nahezu|knapp",
    duration_since_cues=r"seit",
    list_joiners=r"und|sowie",
    each_words=r"jeweils|je",
    vote_tally=r"(?<![\w-])(?P<yes>\d+)\s+zu\s+(?P<no>\d+)\s+Stimmen(?:\s+(?:bei|und)\s+(?P<abstain>\w+)\s+Enthaltung(?:en)?)?",
    present_count=r"(?P<n>\d+)\s+anwesenden?\s+\w+",
    start_cues=r"begonnen|beginnen|beginnt|begann|gestartet|starten|von|ab",
    end_cues=r"abgeschlossen|enden|endet|endete|fertig|bis",
    now_words=r"nun|jetzt|heute",
    share_of=r"\s+(?:der|des)\s+(?P<noun>[A-ZÄÖÜ]\w+)",
    raised_words=r"eingesammelt|eingeworben|sammelte|sammelt|aufgenommen",
    contribution_cues=r"von|stammen|stammten|kamen",
    compared_cues=r"verglichen\s+mit|gegenüber|im\s+Vergleich\s+zu",
    reference_cues=r"verglichen\s+mit|im\s+Vergleich\s+zu|als\s+noch",
    restating_openers=r"das\s+sind|das\s+ist|das\s+waren|das\s+war|damit\s+\w+",
    alternative_words=r"oder|bzw\.?|beziehungsweise",
    contrast_words=r"sondern|aber|statt|anstatt|nicht|gegenüber",
    part_of_words=r"von",
    whole_cues=r"hat|haben|zählt|insgesamt|von\s+insgesamt|mit\s+insgesamt",
    change_prepositions=frozenset({"um"}),
    message_words={"suggestion": " Vermutlich richtig: {replacement} ({reason}).", "stated_more_often": "so nennt der Artikel die Zahl öfter", "hours": "Stunden", "months": "Monate", "implied_by_figures": "was die übrigen Zahlen ergeben", "sum_of_parts": "die Summe der Teile", "implied_by_levels": "was die beiden Werte ergeben", "place": "Nr. {}", "points": "Prozentpunkte", "percent": " %", "rise": "einen Anstieg", "fall": "einen Rückgang", "x3": "dreimal so groß wie", "x0.5+": "etwas mehr als halb so groß wie", "<": "kleiner als", ">": "größer als", "x2": "doppelt so groß wie",
                   ">x2": "mehr als doppelt so groß wie", "x0.5": "halb so groß wie",
                   "largest": "der größte, größer als", "halved": "halbiert", "doubled": "verdoppelt",
                   "tripled": "verdreifacht", "estimated": "Schätzung", "reported": "Bericht", "modal": "Möglichkeit",
                   "source_words": "im Wortlaut der Quelle"},
    quote=("„", "“"),
    predicate_names={
        "investment.amount": "Investition", "acquisition.price": "Kaufpreis", "funding.amount": "Finanzierung",
        "valuation.amount": "Bewertung", "revenue.amount": "Umsatz", "profit.amount": "Gewinn",
        "organization.employees": "Mitarbeiterzahl", "product.users": "Nutzerzahl", "model.parameters": "Parameter",
        "stake.percent": "Anteil", "market_share.percent": "Marktanteil", "fine.amount": "Strafe",
        "organization.layoffs": "Stellenabbau", "person.age": "Alter", "event.date": "Datum",
        "product.launch_date": "Start", "organization.founded": "Gründung", "person.birth_date": "Geburtsdatum",
    },
    messages=_MESSAGES,
    role_words=_ROLES,
    role_phrases={"chief executive": "chief executive"},
    role_endings=("", "in", "innen", "en", "n", "s", "e", "es", "r", "er", "ern"),
    left_role_cues=r"trat\s+als|schied\s+als|zurückgetretene[nrs]?|abgewählte[nrs]?|Ära\s+(?:von|des|der)",
    ended_role_cues=r"(?:von\s+\d{4}\s+)?bis\s+(?:(?:zu\s+)?(?:seine[mnr]|ihre[mnr])\s+(?:Ruhestand|Pensionierung|Rücktritt|Tod)|\d{4})",
    office_start_cues=r"im\s+Amt|ins\s+Amt|übernahm|ernannt\w*|gewählt\w*|amtiert",
    founding_cues=r"gegründet\w*|Gründung",
    place_offices=frozenset({"bürgermeister", "oberbürgermeister", "landeshauptmann", "kultusminister", "ministerpräsident"}),
    unique_roles=frozenset({"bürgermeister", "oberbürgermeister", "landeshauptmann", "kultusminister", "bundeskanzler", "ministerpräsident", "vorstandschef", "vorstandsvorsitzender"}),
    past_role_cues=r"war|waren|gewesen",
    role_qualifiers=frozenset("stellvertretende stellvertretender stellvertretenden vize designierte designierten amtierende geschäftsführende".split()),
    adjective_inflections=("e", "en", "er", "es", "em"),
    former_words=frozenset("ehemalige ehemaliger ehemaligen ehemaligem früher frühere früheren früherer "
                           "einstige einstiger einstigen damalige damaliger damaligen ex langjährige "
                           "langjähriger langjährigen".split()),
    person_titles=frozenset("Herr Herrn Frau Dr. Prof. Professor Professorin Sir Lord Lady".split()),
    stopword_acronyms=frozenset(),
    organization_words=frozenset("AG GmbH SE KG eG e.V. Verein Partei Bank Konzern Gruppe Holding Club FC SC SV "
                                 "Universität Ministerium Gericht Landtag Bundestag Nationalrat Regierung "
                                 "Polizei Gewerkschaft Stiftung Institut Verband Bund Rat Museum Theater Oper "
                                 "Orchester Klinik Hochschule Akademie Kommission Agentur Behörde Amt Invest Capital Partners".split()),
    demonym_nouns=frozenset(),  # German writes them as the nouns they are ("der Österreicher")
    not_name_words=frozenset("Der Die Das Den Dem Des Ein Eine Einen Einem Einer Im In Am An Auf Bei Mit Nach "
                             "Von Vor Zu Zum Zur Für Über Unter Seit Laut Auch Doch Aber Und Oder Wie Als Wenn "
                             "Dass Da Dann So Nun Jetzt Noch Schon Nur Nicht Es Er Sie Wir Ich Man".split()),
    units={"meter": "m", "metern": "m", "metres": "m", "m": "m", "kilometer": "km", "kilometern": "km",
           "km": "km", "zentimeter": "cm", "zentimetern": "cm", "cm": "cm", "millimeter": "mm", "mm": "mm",
           "punkte": "points", "punkten": "points", "punkt": "points", "zähler": "points", "zählern": "points",
           "tore": "goals", "toren": "goals", "tor": "goals", "sekunden": "s", "sekunde": "s", "sek.": "s",
           "tonnen": "t", "tonne": "t", "t": "t", "kilogramm": "kg", "kilo": "kg", "kg": "kg", "gramm": "g",
           "liter": "l", "litern": "l", "grad": "degrees", "quadratmeter": "m2", "quadratmetern": "m2",
           "hektar": "ha", "kilowattstunden": "kWh", "megawatt": "MW", "stundenkilometer": "km/h",
           "km/h": "km/h", "teu": "TEU", "standardcontainer": "TEU", "festmeter": "m3", "kubikmeter": "m3", "stundenkilometern": "km/h", "einwohner": "inhabitants", "einwohnern": "inhabitants",
           "magnitude": "magnitude"},
    clock_words=("uhr", "h"),
    page_words=("seite", "seiten", "nr.", "s."),
    multiple_suffixes=("fache", "fachen", "facher", "faches", "fachem"),
    times_words=frozenset({"mal"}),
    factor_words=frozenset("so mehr weniger höher größer".split()),
    placing_verbs=frozenset("wurde wurden belegte".split()),
    rank_nouns=frozenset("platz platze rang position stelle titel mal sieg weltcupsieg erfolg triumph nummer".split()),
    measures={
        "tote": "death_toll", "toten": "death_toll", "todesopfer": "death_toll", "menschenleben": "death_toll",
        "verletzte": "injured", "verletzten": "injured", "stellen": "jobs", "arbeitsplätze": "jobs",
        "mitarbeiter": "employees", "mitarbeitern": "employees", "beschäftigte": "employees",
        "beschäftigten": "employees", "umsatz": "revenue", "gewinn": "profit", "verlust": "loss",
        "stimmen": "votes", "sitze": "seats", "mandate": "seats", "abgeordnete": "seats",
        "zuschauer": "spectators", "zuschauern": "spectators", "besucher": "visitors", "besuchern": "visitors",
        "einwohner": "inhabitants", "einwohnern": "inhabitants", "menschen": "people", "personen": "people",
        "migranten": "migrants", "flüchtlinge": "refugees", "asylwerber": "asylum seekers",
        "spiele": "games", "spielen": "games", "tore": "goals", "toren": "goals", "nutzer": "users",
        "kunden": "customers", "mitglieder": "members", "mitgliedern": "members", "schüler": "pupils",
        "gebühr": "fee", "strafe": "fine", "miete": "rent", "preis": "price", "schulden": "debt",
        "investition": "investment", "schaden": "damage", "schadenersatz": "damages",
    },
    forecast_words=frozenset("erwartet erwartete erwarteten voraussichtlich voraussichtliche voraussichtlichen vermutlich".split()),
    deadline_words=("bis",),
    speaker_roles=frozenset("sprecher sprecherin".split()),
    pair_prepositions=frozenset("zwischen".split()),
    name_joiners=("und", "oder", "sowie"),
    genitive_cues=r"(?:des|der|aus\s+den)(?:\s+[a-zäöüß]+)?",
    period_words=("für",),
    holder_links=frozenset("der des von vom bei für".split()),
    clause_openers=frozenset("und aber sondern weil dass ob wenn als während nachdem obwohl doch denn "
                             "der die das dem den deren dessen welche welcher welches wo womit".split()),
    pronoun_genders={**{w: "m" for w in "er ihn ihm sein seine seinen seinem seiner seines".split()}, **{w: "f" for w in "sie ihr ihre ihren ihrem ihrer ihres".split()}},
    subject_pronouns=frozenset("er sie wir".split()),
    party_nouns=frozenset("grüne grünen kommunisten sozialdemokraten christdemokraten freiheitliche freiheitlichen liberale liberalen konservative konservativen sozialisten linke linken".split()),
    member_roles=frozenset({"member of parliament", "member of the european parliament", "senator", "director", "minister"}),
    comparison_cues=r"gegenüber|verglichen\s+mit|im\s+Vergleich\s+zu",
    year_adjective=r"(?<![\w-])(?P<number>\d{1,3}|[a-zäöüß]{3,}?)[-‑]?jährige[nrms]?(?!\w)",
    lasting_nouns=("haft", "strafe", "vertrag", "zeit", "bestehen", "jubiläum", "pause", "sperre", "ehe",
                   "karriere", "frist", "tradition", "geschichte", "periode", "dauer", "krieg", "beziehung",
                   "zusammenarbeit", "mandat", "herrschaft", "exil", "abwesenheit", "studie", "programm", "plan"),
    age_patterns=(
        r"(?P<age>\d{1,3})[-‑]?[Jj]ährige[nrms]?(?!\w)",
        r"(?P<age>\d{1,3})\s+Jahre\s+alte[nrms]?(?!\w)",
        r"im\s+Alter\s+von\s+(?P<age>\d{1,3})(?:\s+Jahren)?(?!\w)",
        r"(?P<after>\()(?P<age>\d{1,3})\)",
    ),
    clock_names={"mitternacht": (0.0, 24.0), "mittag": (12.0, 12.0)},
    clock_suffix=r"Uhr",
    day_prepositions=r"am",
    clock_prepositions=r"um",
    organization_nouns=frozenset("partei fraktion firma unternehmen konzern verein klub mannschaft regierung".split()),
    window_words=frozenset("ersten letzten vergangenen kommenden nächsten".split()),
    window_prepositions=frozenset({"in", "innerhalb", "binnen"}),
    revision_cues=r"zunächst|ursprünglich|anfangs|inzwischen|mittlerweile|nunmehr|korrigiert\w*|revidiert\w*|"
                  r"nach\s+oben|nach\s+unten|vorläufig\w*|erste[nrm]?\s+Schätzung\w*|bisher|bislang",
    result_verbs=frozenset("meldete meldet meldeten verzeichnete verzeichnet verbuchte verbucht erzielte erzielt".split()),
    quantified_phrase=r"(?<!\w)(?:jeder|jede|jedes|jedem|jeden)\s+(?P<phrase>[A-ZÄÖÜ][\w-]*)",
    amount_nouns=frozenset("wert höhe umfang summe betrag volumen gesamtwert gesamtsumme".split()),
    # "den Etat auf 48 Millionen Euro", "einem Plus von elf Prozent", "Vermögenswerte von 1,2 Millionen
    # Euro": a noun phrase and the level word before a figure
    measured_phrase=r"(?<!\w)(?:(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)\s+)?"
                    r"(?P<phrase>(?:[a-zäöüß][\w-]+(?:e|en|er|es|em)\s+){0,2}[A-ZÄÖÜ][\w-]*)\s+(?:von|auf|bei)\s+",
    # "40 Prozent der Befragten": the whole a share is of
    whole_phrase=r"\s+(?:der|des)\s+(?P<phrase>(?:[a-zäöüß][\w-]+(?:e|en|er|es|em)\s+){0,2}[A-ZÄÖÜ][\w-]*)(?!\w)",
    # "Die Zahl der Arbeitslosen sank", "Der Konzernüberschuss stieg": a nominative article, up to two
    # adjectives, the noun and a genitive after it, followed by the (lower-case) verb
    subject_phrase=r"(?:(?:und|aber|doch)\s+)?(?P<phrase>(?:[Dd]er|[Dd]ie|[Dd]as)\s+(?:[a-zäöüß][\w-]+(?:e|en|er|es|em)\s+){0,2}"
                   r"(?P<head>[A-ZÄÖÜ][\w-]*)(?:\s+(?:der|des)\s+(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*)?)"
                   r"\s+(?=[a-zäöüß])",
    plural_verb_endings=("n",),
    place_nouns=("stadt", "region", "gebiet", "provinz", "bundesland", "gemeinde", "dorf", "bezirk", "kanton", "insel",
                 "staat", "republik", "metropole"),
    # "Im März stieg die Zahl der Arbeitslosen", "… stiftet zudem die Kirchhainer Sparkassenstiftung": after a
    # fronted phrase and the verb, a nominative article, adjectives (a place's "-er" too), the noun, a genitive
    inverted_subject=r"(?P<phrase>(?:der|die|das)\s+(?:[a-zäöüß][\w-]+(?:e|en|er|es|em)\s+|[A-ZÄÖÜ][\w-]+er\s+){0,2}"
                     r"(?P<head>[A-ZÄÖÜ][\w-]*)(?:\s+(?:der|des)\s+(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*)?)(?![\w-])",
    finite_verb=r"ist|sind|war|waren|hat|haben|hatte|hatten|habe|sei|seien|wird|werde|würde|kann|könne|[a-zäöüß]+te",
    speech_verbs=frozenset("sagte sagt sagten erklärte erklärt betonte betont meinte meint behauptete behauptet "
                           "kritisierte warnte kündigte schätzt schätzte berichtete berichtet teilte "
                           "verwies argumentierte".split()),
    subordinators=frozenset("während weil wenn als nachdem obwohl bevor seit seitdem sobald falls da damit "
                            "ob indem".split()),
    recipient_cues=r"(?:Zuschuss|Zuschüsse|Zahlung|Zahlungen|Spende|Spenden|Förderung|Fördermittel|Kredit|Darlehen|Hilfen?)\s+an",
    placeholder_pronouns=frozenset("es".split()),
    negations=frozenset("nicht".split()),
    birth_words=r"geboren\w*|gebürtig",
    contrast_openers=frozenset("sondern aber".split()),
    first_person=frozenset("ich wir mein meine meinen meinem meiner meines unser unsere unseren unserem unserer uns mir mich".split()),
    listener_verbs=frozenset(),  # German names the one told in the dative ("sagte dem Spiegel"), after the verb
    conditionals=frozenset({"wenn", "falls", "sofern"}),
    modals=frozenset("könnte könnten sollte sollten dürfte dürften müsste müssten würde würden soll sollen "
                     "wird werden vielleicht wahrscheinlich möglicherweise".split()),
    idle_words=frozenset("bis zwischen jährigen jährige seite nummer".split()),
)
