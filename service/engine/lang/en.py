"""English: the tables the open-world reading stages read (see `service.engine.lang.Pack`)."""
from service.engine.lang import Pack

PACK = Pack(
    language="en",
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
        "champion": "champion", "striker": "striker", "defender": "defender", "goalkeeper": "goalkeeper",
        "midfielder": "midfielder", "host": "host", "presenter": "presenter", "consultant": "consultant",
        "teacher": "teacher", "principal": "principal", "professor": "professor", "chancellor's": "chancellor",
        "commissioner": "commissioner", "king": "king", "queen": "queen", "pope": "pope", "bishop": "bishop",
        "rapper": "rapper", "dj": "dj", "actor": "actor", "actress": "actor", "singer": "singer",
        "producer": "producer", "chairperson": "chair", "treasurer": "treasurer", "deputy": "deputy",
        "player": "player", "skipper": "captain", "economist": "economist", "analyst": "analyst",
    },
    role_phrases={"chief executive": "chief executive", "prime minister": "prime minister",
                  "foreign secretary": "foreign secretary", "home secretary": "home secretary",
                  "shadow chancellor": "shadow chancellor", "finance minister": "finance minister",
                  "foreign minister": "foreign minister", "head coach": "head coach",
                  "managing director": "managing director", "chief secretary": "chief secretary",
                  "vice president": "vice-president", "vice-president": "vice-president",
                  "secretary general": "secretary general", "secretary-general": "secretary general",
                  "general secretary": "secretary general", "chief operating officer": "chief operating officer",
                  "chief financial officer": "chief financial officer", "world number one": "world number one"},
    role_endings=("", "s"),
    former_words=frozenset("former ex ex- then erstwhile previous outgoing late".split()),
    person_titles=frozenset("Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Lord Lady Dame Prof Prof.".split()),
    organization_words=frozenset("Ltd Ltd. plc PLC Inc Inc. Corp Corp. Co Co. Group Party Bank Council "
                                 "Ministry Department University College Club FC United City Association "
                                 "Union Commission Committee Agency Authority Institute Foundation Court "
                                 "Airways Airlines Society Board Trust Federation League".split()),
    not_name_words=frozenset("The A An In On At By For Of From With But And Or If When While As It He She "
                             "They We I You His Her Their Its This That These Those There Here After Before "
                             "Since Under Over Last Next Mr Mrs Ms Dr".split()),
    units={"m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m", "km": "km",
           "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km", "mile": "miles",
           "miles": "miles", "cm": "cm", "mm": "mm", "secs": "s", "sec": "s", "seconds": "s", "s": "s",
           "tonnes": "t", "tonne": "t", "tons": "t", "kg": "kg", "kilograms": "kg", "litres": "l",
           "liters": "l", "points": "points", "goals": "goals", "runs": "runs", "wickets": "wickets",
           "degrees": "degrees", "mph": "mph", "km/h": "km/h", "acres": "acres", "hectares": "ha",
           "feet": "ft", "ft": "ft", "inches": "in", "magnitude": "magnitude", "mw": "MW", "gw": "GW"},
    rank_nouns=frozenset("place position spot seed term title time anniversary year budget".split()),
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
    holder_links=frozenset("of for at from by".split()),
    clause_openers=frozenset("and but because that whether if when while after although though which who "
                             "whom whose where".split()),
    age_patterns=(
        r"(?P<age>\d{1,3})-year-old(?!\w)",
        r"(?<!\w)aged\s+(?P<age>\d{1,3})(?![\w-])",
        r"(?<!\w)at\s+the\s+age\s+of\s+(?P<age>\d{1,3})(?!\w)",
        r"(?P<after>,)\s?(?P<age>\d{1,2}),",
        r"(?P<after>\()(?P<age>\d{1,3})\)",
    ),
    speech_verbs=frozenset("said says say told claimed claims claim added warned insisted argued believes "
                           "believed suggested stated revealed admitted estimated predicted announced "
                           "reported".split()),
    subordinators=frozenset("while when although though after before if as since because unless once "
                            "whereas until".split()),
    modals=frozenset("could might may would should will shall must perhaps maybe probably possibly".split()),
    idle_words=frozenset("to between aged page number".split()),
)
