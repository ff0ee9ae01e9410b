"""Verdicts with their evidence, against a small store of fictional facts the tests own
(tests/data/fixtures-verify), so curating the bundled facts cannot change what they pin down."""
import pytest

from service.config import BUNDLED_RULES
from service.engine.engine import Engine
from service.facts import load_fact_store
from service.rules import load_rules, load_tolerances
from tests.conftest import ROOT

STORE = ROOT / "tests" / "data" / "fixtures-verify"


@pytest.fixture(scope="module")
def engine():
    tolerances, _ = load_tolerances(BUNDLED_RULES)
    return Engine(load_rules(BUNDLED_RULES), load_fact_store([STORE]), tolerances=tolerances)


def claim_for(engine, text, predicate, language="de"):
    claims = [c for c in engine.check(text, language=language).claims if c.predicate == predicate]
    assert len(claims) == 1, claims
    return claims[0]


def test_an_agreeing_price_is_supported_with_sources(engine):
    claim = claim_for(engine, "Kestrel Capital zahlte für Brightwell rund 650 Millionen Dollar.", "acquisition.price")
    assert claim.verdict.label == "supported"
    assert [f.fact_id for f in claim.verdict.facts] == ["kestrel-brightwell-deal"]
    assert all(s["url"].startswith("https://") for s in claim.verdict.facts[0].sources)


def test_a_changed_investment_figure_is_contradicted(engine):
    claim = claim_for(engine, "Kestrel Capital hat 5 Milliarden Dollar in Lumora investiert.", "investment.amount")
    assert claim.verdict.label == "contradicted"
    assert claim.verdict.facts[0].fact_id == "kestrel-lumora-investment"


def test_a_contradicted_claim_is_a_finding(engine):
    report = engine.check("Kestrel Capital hat 5 Milliarden Dollar in Lumora investiert.", language="de")
    assert [(f.kind, f.facts) for f in report.findings] == [("fact_contradiction", ("kestrel-lumora-investment",))]


def test_what_agrees_with_press_reports_of_an_undisclosed_figure_is_unverified_not_disputed(engine):
    claim = claim_for(engine, "Orbis-7 soll über eine Billion Parameter haben.", "model.parameters")
    assert claim.verdict.label == "unverified"
    assert "undisclosed" in claim.verdict.reason


def test_what_goes_against_press_reports_of_an_undisclosed_figure_is_disputed(engine):
    claim = claim_for(engine, "Orbis-7 hat 100 Milliarden Parameter.", "model.parameters")
    assert claim.verdict.label == "disputed"


def test_a_loose_figure_that_only_overlaps_the_fact_is_not_supported(engine):
    # "über 14 Milliarden" reaches into "about 13 billion" (±10 %), but 13 is not over 14
    claim = claim_for(engine, "Kestrel Capital hat über 14 Milliarden Dollar in Lumora investiert.", "investment.amount")
    assert claim.verdict.label == "unverified"
    assert "overlap only in part" in claim.verdict.reason
    agreeing = claim_for(engine, "Kestrel Capital hat mehr als 13 Milliarden Dollar in Lumora investiert.",
                         "investment.amount")
    assert agreeing.verdict.label == "supported"


def test_a_role_since_the_facts_month_is_supported(engine):
    claim = claim_for(engine, "Jana Reuter is CEO of Lumora Labs since March 2024.", "person.role", "en")
    assert claim.verdict.label == "supported"
    assert claim.attributes["since"] == "2024-03"


def test_a_wrong_start_date_contradicts_the_role(engine):
    claim = claim_for(engine, "Jana Reuter ist seit März 2021 CEO von Lumora Labs.", "person.role")
    assert claim.verdict.label == "contradicted"


def test_a_claim_in_euro_against_a_dollar_fact_is_unverified_with_the_reason(engine):
    claim = claim_for(engine, "Kestrel Capital hat 13 Milliarden Euro in Lumora investiert.", "investment.amount")
    assert claim.verdict.label == "unverified"
    assert "units differ" in claim.verdict.reason


def test_a_claim_with_nothing_in_the_store_is_unverified(engine):
    claim = claim_for(engine, "Halden Systems hat 2 Milliarden Dollar in Lumora investiert.", "investment.amount")
    assert claim.verdict.label == "unverified"
    assert claim.verdict.facts == ()


def test_a_founder_claim_is_supported_and_a_wrong_founding_year_contradicted(engine):
    founder = claim_for(engine, "Jana Reuter ist Mitbegründerin von Halden Systems.", "person.founder")
    assert founder.verdict.label == "supported"
    founded = claim_for(engine, "Lumora wurde 2017 gegründet.", "organization.founded")
    assert founded.verdict.label == "contradicted"
    assert "2015" in founded.verdict.reason


def test_a_german_message_is_german_throughout(engine):
    report = engine.check("Kestrel Capital hat 10 Milliarden Dollar in Lumora investiert.", language="de")
    [finding] = [f for f in report.findings if f.code == "FC201"]
    assert "rund 13 Milliarden US-Dollar" in finding.message  # the fixture's translation
    assert "about 13 billion" in finding.message_en


def test_a_statement_without_translation_is_quoted_as_the_sources_words():
    from service.engine.model import Evidence
    from service.engine.verify import fact_statement
    statement = fact_statement(Evidence("f", "Halden invested about 100 million US dollars.", "reported"))
    assert statement.render("de") == "im Wortlaut der Quelle „Halden invested about 100 million US dollars.“"
    assert statement.render("en") == "Halden invested about 100 million US dollars."
