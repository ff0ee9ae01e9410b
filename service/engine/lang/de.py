"""German: the tables the open-world reading stages read (see `service.engine.lang.Pack`)."""
from service.engine.lang import Pack

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
}

PACK = Pack(
    language="de",
    role_words=_ROLES,
    role_phrases={"chief executive": "chief executive"},
    role_endings=("", "in", "innen", "en", "n", "s", "e", "es", "r", "er", "ern"),
    former_words=frozenset("ehemalige ehemaliger ehemaligen ehemaligem früher frühere früheren früherer "
                           "einstige einstiger einstigen damalige damaliger damaligen ex langjährige "
                           "langjähriger langjährigen".split()),
    person_titles=frozenset("Herr Herrn Frau Dr. Prof. Professor Professorin Sir Lord Lady".split()),
    organization_words=frozenset("AG GmbH SE KG eG e.V. Verein Partei Bank Konzern Gruppe Holding Club FC SC SV "
                                 "Universität Ministerium Gericht Landtag Bundestag Nationalrat Regierung "
                                 "Polizei Gewerkschaft Stiftung Institut Verband Bund Rat".split()),
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
           "km/h": "km/h", "stundenkilometern": "km/h", "einwohner": "inhabitants", "einwohnern": "inhabitants",
           "magnitude": "magnitude"},
    rank_nouns=frozenset("platz platze rang position stelle titel mal".split()),
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
    holder_links=frozenset("der des von vom bei für".split()),
    clause_openers=frozenset("und aber sondern weil dass ob wenn als während nachdem obwohl doch denn "
                             "der die das dem den deren dessen welche welcher welches wo womit".split()),
    age_patterns=(
        r"(?P<age>\d{1,3})[-‑]?[Jj]ährige[nrms]?(?!\w)",
        r"(?P<age>\d{1,3})\s+Jahre\s+alte[nrms]?(?!\w)",
        r"im\s+Alter\s+von\s+(?P<age>\d{1,3})(?:\s+Jahren)?(?!\w)",
        r"(?P<after>\()(?P<age>\d{1,3})\)",
    ),
    speech_verbs=frozenset("sagte sagt sagten erklärte erklärt betonte betont meinte meint behauptete behauptet "
                           "kritisierte warnte kündigte schätzt schätzte berichtete berichtet teilte "
                           "verwies argumentierte".split()),
    subordinators=frozenset("während weil wenn als nachdem obwohl bevor seit seitdem sobald falls da damit "
                            "ob indem".split()),
    modals=frozenset("könnte könnten sollte sollten dürfte dürften müsste müssten würde würden soll sollen "
                     "wird werden vielleicht wahrscheinlich möglicherweise".split()),
    idle_words=frozenset("bis zwischen jährigen jährige seite nummer".split()),
)
