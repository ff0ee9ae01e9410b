"""Entity mentions: the fact store's names, spelling variants, and names it does not know."""
from service.engine.document import read_document


def mentions(engine, text, language="de"):
    document = read_document(text, language)
    return [(m.mention.text, m.mention.entity_id, m.modifier)
            for m in engine.entities.mentions(document.doc, document.visible, language)]


def test_german_genitive_and_compounds_resolve(engine):
    found = mentions(engine, "Die Pläne Microsofts und OpenAIs beschäftigen DeepMind-Mitbegründer.")
    assert ("Microsoft", "microsoft", False) in found
    assert ("OpenAI", "openai", False) in found
    assert ("DeepMind", "deepmind", True) in found


def test_a_misspelt_name_resolves_fuzzily(engine):
    assert ("Microsft", "microsoft", False) in mentions(engine, "Microsft paid Inflection.", "en")
    assert ("Mustafa Suleymann", "mustafa-suleyman", False) in mentions(engine, "Es sprach Mustafa Suleymann.")


def test_an_unknown_name_is_kept_unresolved(engine):
    found = mentions(engine, "Heute meldete Acme Robotics einen Rekord.")
    assert ("Acme Robotics", None, False) in found


def test_german_common_nouns_are_not_names(engine):
    found = [text for text, _, _ in mentions(engine, "Der Branchenbeobachter sah Milliarden für das Unternehmen.")]
    assert found == []


def test_a_sentence_opening_word_is_a_name_only_if_it_resolves(engine):
    assert mentions(engine, "Später kam niemand.") == []


def test_a_state_is_a_place_before_it_is_the_plural_of_its_people():
    from service.engine.words import PLACE, word_class
    assert [word_class(w, "de") for w in ("Bayern", "Niedersachsen", "Hessen")] == [PLACE] * 3
    assert word_class("Brand", "de") != PLACE  # a fire first: a common noun's own headword stays common
    assert word_class("Wahlen", "de") != PLACE  # elections, the plural of "Wahl", before a Swiss village


def test_a_group_named_with_a_number_is_a_name(engine):
    report = engine.check("G7 finance ministers backed plans to write off up to 100% of the debts.", language="en")
    assert "G7" in [e.name for e in report.entities]
    [share] = [c for c in report.claims if c.predicate == "figure.percent"]
    assert share.subject.text == "G7"


def test_a_first_name_that_is_also_a_word_starts_a_name_after_a_role_word(engine):
    # "Jan" is also a month's short form and "Berg" a noun: the role word before them says a person follows
    found = [text for text, _, _ in mentions(engine, "Kultusminister Jan Berg kündigte neue Stellen an.")]
    assert found == ["Jan Berg"]


def test_a_word_with_a_capital_inside_is_a_german_name(engine):
    # "Coopers" is a known word, but no German noun is written with a capital inside it
    found = [text for text, _, _ in mentions(engine, "Der Konzern BrightwaterCoopers meldete Gewinne.")]
    assert found == ["BrightwaterCoopers"]


def test_the_genitive_of_a_place_is_that_place():
    from service.engine.words import PLACE, word_class
    assert [word_class(w, "de") for w in ("Argentiniens", "Österreichs", "Bayerns")] == [PLACE] * 3
    assert word_class("Hauses", "de") != PLACE  # a common noun's genitive stays common


def test_a_figure_about_a_place_in_the_genitive_is_held_by_it(engine):
    report = engine.check("Der letzte Titel der Nationalmannschaft Argentiniens liegt schon 22 Jahre zurück.",
                          language="de")
    [duration] = [c for c in report.claims if c.predicate == "figure.duration"]
    assert duration.subject.text == "Argentiniens"
