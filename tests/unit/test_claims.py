"""Atomic claims: subjects through coreference, attribution, hedges, statements and their verdicts."""
import pytest

from service.config import BUNDLED_FIXTURES, BUNDLED_RULES, Reading, Settings
from service.engine.engine import Engine


def claims(engine, text, language="de", predicate=None):
    found = engine.check(text, language=language).claims
    return [c for c in found if predicate is None or c.predicate == predicate]


def test_a_pronoun_subject_resolves_to_the_last_person_and_is_named_in_the_text(engine):
    text = "Mustafa Suleyman kam 2024. Seit März 2024 leitet er als CEO Microsoft AI."
    [role] = claims(engine, text.replace("Microsoft AI", "von Microsoft AI"), predicate="person.role")
    assert role.subject.entity_id == "mustafa-suleyman"
    assert "leitet Mustafa Suleyman als CEO" in role.text


def test_das_unternehmen_resolves_to_the_last_company(engine):
    text = "Microsoft baut eigene Modelle. Das Unternehmen hat 13 Milliarden Dollar in OpenAI investiert."
    [claim] = claims(engine, text, predicate="investment.amount")
    assert claim.subject.entity_id == "microsoft"


def test_a_definite_description_names_the_person_mentioned_before(engine):
    text = "Mustafa Suleyman wechselte. Der ehemalige Ex-CEO von Inflection leitet nun ein Team."
    [role] = claims(engine, text, predicate="person.role")
    assert (role.subject.entity_id, role.object.entity_id, role.attributes["former"]) == (
        "mustafa-suleyman", "inflection", True)


@pytest.mark.parametrize("text, language, speaker", [
    ("„Microsoft hat über 14 Milliarden Dollar in OpenAI investiert“, erklärt ein Branchenbeobachter.", "de",
     "ein Branchenbeobachter"),
    ("Laut Reuters zahlte Microsoft für Inflection 650 Millionen Dollar.", "de", "Reuters"),
    ("Microsoft paid Inflection $650 million, according to people familiar with the deal.", "en",
     "people familiar with the deal"),
    ('"Microsoft has put over $14 billion into OpenAI," one analyst said.', "en", "one analyst"),
])
def test_attribution_names_who_says_it(engine, text, language, speaker):
    [claim] = [c for c in claims(engine, text, language) if c.predicate != "statement"]
    assert claim.attribution == speaker
    assert claim.hedge == "reported"


def test_an_unattributed_claim_has_no_attribution(engine):
    [claim] = claims(engine, "Microsoft hat 13 Milliarden Dollar in OpenAI investiert.", predicate="investment.amount")
    assert (claim.attribution, claim.hedge) == (None, None)


@pytest.mark.parametrize("text, language, hedge", [
    ("MAI-1 hat schätzungsweise 500 Milliarden Parameter.", "de", "estimated"),
    ("MAI-1 reportedly has 500 billion parameters.", "en", "reported"),
    ("Berichten zufolge hat MAI-1 500 Milliarden Parameter.", "de", "reported"),
])
def test_hedges(engine, text, language, hedge):
    [claim] = claims(engine, text, language, predicate="model.parameters")
    assert claim.hedge == hedge


def test_a_check_worthy_sentence_no_rule_structures_becomes_a_statement_and_its_date_a_claim(engine):
    statement, dated = claims(engine, "Anthropic eröffnete 2024 ein Büro in München.")
    assert (statement.predicate, statement.subject.entity_id, statement.value.date) == ("statement", "anthropic", "2024")
    assert statement.text == "Anthropic eröffnete 2024 ein Büro in München."
    assert (dated.predicate, dated.subject.entity_id, dated.value.date) == ("event.date", "anthropic", "2024")


@pytest.mark.parametrize("text", [
    "Wird Microsoft 2025 mehr in OpenAI investieren?",
    "Microsoft sollte vielleicht mehr in Anthropic investieren.",
    "Die Strategie von Microsoft",
    "Es ist ein Schachspiel, bei dem Microsoft geduldig bleibt.",
])
def test_questions_opinions_headlines_and_vague_sentences_are_not_claims(engine, text):
    assert claims(engine, text) == []


def test_an_unknown_company_still_fills_the_subject(engine):
    [claim] = claims(engine, "Heute hat Acme Robotics in einer Finanzierungsrunde 5 Millionen Euro eingesammelt.",
                     predicate="funding.amount")
    assert (claim.subject.text, claim.subject.entity_id, claim.value.amount) == ("Acme Robotics", None, 5e6)


SIMONYAN = "Karén Simonyan joined Microsoft AI in {} as its chief scientist, the company said."


def statement_claim(engine, text):
    [claim] = [c for c in claims(engine, text, "en") if c.predicate == "statement"]
    return claim


def test_a_paraphrase_of_a_fact_is_supported_with_that_fact_as_evidence(engine):
    claim = statement_claim(engine, SIMONYAN.format("March 2024"))
    assert claim.verdict.label == "supported"
    assert [f.fact_id for f in claim.verdict.facts] == ["simonyan-chief-scientist-microsoft-ai"]


def test_a_paraphrase_with_the_wrong_date_is_contradicted(engine):
    claim = statement_claim(engine, SIMONYAN.format("March 2022"))
    assert claim.verdict.label == "contradicted"
    assert "2022-03" in claim.verdict.reason


def test_an_unrelated_sentence_about_the_same_entity_stays_unverified(engine):
    [claim] = claims(engine, "Mustafa Suleyman spoke at a conference in London in 2023.", "en")
    assert claim.verdict.label == "unverified"


def test_the_statement_threshold_is_configuration():
    strict = Engine.from_settings(Settings(reading=Reading(rules_dir=BUNDLED_RULES, fixtures_dirs=(BUNDLED_FIXTURES,),
                                                           statement_match=99)))
    [matched] = [c for c in strict.check(SIMONYAN.format("March 2024"), language="en").claims
                 if c.predicate == "statement"]
    assert matched.verdict.label == "unverified"


def test_there_are_at_least_fifteen_predicates_in_each_language(engine):
    for language in ("de", "en"):
        assert len({rule.predicate for rule in engine.rules[language]}) >= 15


def test_reports_without_a_source_hedge_but_name_no_one(engine):
    [claim] = claims(engine, "Berichten zufolge hat MAI-1 500 Milliarden Parameter.", predicate="model.parameters")
    assert (claim.attribution, claim.hedge) == (None, "reported")


def test_a_sentence_naming_nobody_is_a_statement_for_its_amount(engine):
    [statement] = claims(engine, "About 7.2 million people were unemployed in July, up from 6.8 million a year "
                                 "earlier.", language="en", predicate="statement")
    assert statement.subject is None and statement.value.amount == 7200000
    report = engine.check("He later signed over the shares to one of his partners.", language="en")
    assert not report.claims  # "one of": no amount worth checking
    assert report.to_dict()["claims"] == []


def test_a_sentence_whose_only_rule_claim_is_about_nobody_is_still_a_statement(engine):
    [statement] = claims(engine, "Insgesamt waren 34,9 Millionen Menschen sozialversicherungspflichtig beschäftigt, "
                                 "0,3 Prozent mehr als ein Jahr zuvor.", predicate="statement")
    assert statement.subject is None and statement.value.amount == 34900000


def test_a_statement_about_nobody_holds_its_first_amount_not_a_known_set(engine):
    [statement] = claims(engine, "An den sieben Turniertagen kamen rund 48.000 Besucher auf die Anlage.",
                         predicate="statement")
    assert statement.value.amount == 48000
