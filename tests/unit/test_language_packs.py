"""One home per language: a third language is one new pack plus its rules, and nothing else.

The French pack below is deliberately small (a few number words, currencies and cues)
and written into a temporary folder that is added to the packs' package path, so no
project file changes: if any stage still kept a table of its own per language, the
check of French text would fail here.
"""
import sys
import textwrap
from dataclasses import replace

import pytest

import service.engine.lang as lang_package
from service.engine.engine import Engine
from service.engine.lang import check_packs, pack
from service.facts import FactStore
from service.rules import load_rules

FRENCH_PACK = textwrap.dedent('''
    """Français : un paquet minimal pour le test des paquets de langue."""
    from dataclasses import replace

    from service.engine.lang import pack
    from service.engine.lexicon import Lexicon
    from service.engine.numbers import NumberWords, spaced_ordinals

    _en = pack("en")

    NUMBER_WORDS = replace(
        _en.number_words,
        units={"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
               "sept": 7, "huit": 8, "neuf": 9},
        teens={"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16},
        tens={"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60},
        hundred=frozenset({"cent"}),
        scales={"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9},
        articles=frozenset({"un", "une"}), conjunctions=frozenset({"et"}), points=frozenset({"virgule"}),
        denominators={}, unit_ordinals={}, halves=frozenset({"demi"}), quarters=frozenset({"quart"}),
        overs=frozenset({"sur"}), minus=frozenset({"moins"}), determiners=frozenset({"le", "la", "les"}),
        suffixes={}, decimal_comma=True)

    LEXICON = replace(
        _en.lexicon,
        currency_words={"euro": "EUR", "euros": "EUR", "d'euros": "EUR", "dollars": "USD", "d'dollars": "USD"},
        percent_words=("pour cent", "%"), point_words=("points de pourcentage",),
        qualifiers={"plus de": "more_than", "moins de": "less_than", "environ": "approx", "près de": "less_than"},
        near_qualifiers=frozenset({"près de"}), range_openers=("entre",), range_joiners=("et", "à"),
        months={"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
                "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12},
        since_markers=("depuis",), until_markers=("jusqu'en",), this_words=("ce",),
        scale_words={"millions": 1e6, "milliards": 1e9})

    PACK = replace(
        _en,
        language="fr",
        number_words=NUMBER_WORDS,
        read_ordinals=spaced_ordinals,
        lexicon=LEXICON,
        date_patterns=((r"(?<![\\\\w.])(?P<day>[0-3]?\\\\d)<S>+(?P<month><MONTHS>)(?!\\\\w)(?:<S>+<YEAR>)?", True),
                       (r"(?<![\\\\w.,\\\\-])<PART><YEAR>", True)),
        currency_articles=("un", "une"),
        detection_words=frozenset("le la les des du et est une un dans pour que qui sur avec pas au".split()),
        detection_letters="",
        pronouns={"il": ("person",), "elle": ("person", "organization"), "l'entreprise": ("organization",)},
        possessives=frozenset({"son", "sa", "ses"}),
        definite_articles=("le", "la", "les"),
        hedges={"environ": "estimated", "selon": "reported"},
        modals=frozenset({"pourrait", "devrait"}),
        opinion=r"(?<!\\\\w)(?:je pense|à mon avis)(?!\\\\w)",
        fact_verbs=frozenset({"investir", "acheter", "racheter"}),
        speaker_patterns=(r"(?i)(?<!\\\\w)selon\\\\s+{SPEAKER}{END}",),
        relative_pronouns=("qui", "que"),
        role_words={"maire": "mayor", "ministre": "minister", "directeur": "director"},
        role_phrases={"directeur général": "chief executive"},
        messages={code: "L'article : " + template for code, template in _en.messages.items()},
        message_words=dict(_en.message_words),
        quote=("« ", " »"))
''')

FRENCH_RULE = textwrap.dedent('''
    rules:
      - id: fr-investment
        predicate: investment.amount
        description: Une entreprise investit une somme dans une autre.
        triggers:
          lemmas: [investir, investi, investissement]
        value: {kinds: [money]}
        subject: {types: [organization], required: false}
        object: {types: [organization], markers: [dans, chez], required: false}
        examples:
          - text: Kelvara a investi 2,5 milliards d'euros dans Norvane.
            claims:
              - {amount: 2500000000.0, unit: EUR}
          - text: Kelvara réfléchit encore.
            claims: []
''')


@pytest.fixture
def french(tmp_path, monkeypatch):
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / "fr.py").write_text(FRENCH_PACK, encoding="utf-8")
    monkeypatch.setattr(lang_package, "__path__", [*lang_package.__path__, str(folder)])
    pack.cache_clear()
    rules = tmp_path / "rules" / "fr"
    rules.mkdir(parents=True)
    (rules / "money.yaml").write_text(FRENCH_RULE, encoding="utf-8")
    yield tmp_path / "rules"
    sys.modules.pop("service.engine.lang.fr", None)
    pack.cache_clear()


def test_a_third_language_is_one_pack_and_its_rules(french):
    engine = Engine(load_rules(french), FactStore((), ()), languages=("fr",))
    report = engine.check("Kelvara a investi 2,5 milliards d'euros dans Norvane. Le maire Paul Vidal a salué "
                          "l'accord.", language="fr")
    [investment] = [c for c in report.claims if c.predicate == "investment.amount"]
    assert (investment.value.amount, investment.value.unit) == (2.5e9, "EUR")
    [role] = [c for c in report.claims if c.predicate == "person.role"]
    assert (role.attributes["role"], role.subject.text) == ("mayor", "Paul Vidal")
    assert {e.name for e in report.entities} >= {"Kelvara", "Norvane", "Paul Vidal"}


def test_the_third_language_is_detected_among_the_others(french):
    engine = Engine(load_rules(french), FactStore((), ()), languages=("de", "en", "fr"))
    language, detected = engine.resolve_language("Le conseil a voté pour le projet et la ville est pour.", "auto")
    assert (language, detected) == ("fr", True)


def test_the_engine_refuses_a_language_without_a_pack():
    with pytest.raises(ValueError, match="'xx' has no language pack"):
        Engine({}, FactStore((), ()), languages=("de", "xx"))


def test_an_incomplete_pack_is_refused_with_what_it_lacks(tmp_path, monkeypatch):
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / "qq.py").write_text(textwrap.dedent('''
        from dataclasses import replace
        from service.engine.lang import pack
        _en = pack("en")
        PACK = replace(_en, language="qq", hedges={}, messages={"FC101": "…"})
    '''), encoding="utf-8")
    monkeypatch.setattr(lang_package, "__path__", [*lang_package.__path__, str(folder)])
    pack.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"incomplete: empty hedges; no message for FC102"):
            check_packs(("qq",))
    finally:
        sys.modules.pop("service.engine.lang.qq", None)
        pack.cache_clear()


def test_the_bundled_packs_are_complete():
    check_packs(("de", "en"))
    assert replace(pack("de")).number_words.decimal_comma and not pack("en").number_words.decimal_comma
