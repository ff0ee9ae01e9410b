"""The fact database's verdicts on a second domain (test data), and the curator's tools."""
from datetime import date
from pathlib import Path

import pytest

from service.cli import main
from service.config import BUNDLED_RULES
from service.engine.engine import Engine
from service.facts import contradicting_facts, load_fact_store
from service.rules import load_rules

TRANSIT = Path(__file__).resolve().parent.parent / "data" / "fixtures-transit"


@pytest.fixture(scope="module")
def transit():
    return Engine(load_rules(BUNDLED_RULES), load_fact_store([TRANSIT]),
                  tolerances={"default": 0.0, "organization.employees": 0.05})


def verdict(engine, text, predicate, published=None, language="en"):
    claims = [c for c in engine.check(text, language=language, published_at=published).claims
              if c.predicate == predicate]
    assert len(claims) == 1, claims
    return claims[0].verdict


def test_the_figure_valid_at_the_articles_date_supports(transit):
    result = verdict(transit, "Nordhafen Transit reported revenue of £480 million.", "revenue.amount", date(2022, 6, 1))
    assert (result.label, [f.fact_id for f in result.facts]) == ("supported", ["nordhafen-revenue-2022"])


def test_an_older_figure_stated_as_current_is_outdated_with_both_facts_as_evidence(transit):
    result = verdict(transit, "Nordhafen Transit reported revenue of £480 million.", "revenue.amount", date(2024, 3, 1))
    assert result.label == "outdated"
    assert [f.fact_id for f in result.facts] == ["nordhafen-revenue-2022", "nordhafen-revenue-2023"]
    assert "2022-12" in result.reason


def test_an_outdated_claim_is_a_finding(transit):
    report = transit.check("Nordhafen Transit reported revenue of £480 million.", language="en",
                           published_at=date(2024, 3, 1))
    assert [(f.kind, f.code) for f in report.findings] == [("outdated_claim", "FC203")]


def test_a_euro_claim_is_converted_with_a_stored_rate(transit):
    result = verdict(transit, "Nordhafen Transit reported revenue of €612 million.", "revenue.amount", date(2024, 3, 1))
    assert result.label == "supported"
    assert "converted from EUR at 0.85 GBP per EUR" in result.reason
    far = verdict(transit, "Nordhafen Transit reported revenue of €700 million.", "revenue.amount", date(2024, 3, 1))
    assert far.label == "contradicted"


def test_without_a_rate_different_currencies_stay_unverified_with_the_reason(transit):
    result = verdict(transit, "Nordhafen Transit reported revenue of $650 million.", "revenue.amount", date(2024, 3, 1))
    assert result.label == "unverified"
    assert "units differ (USD vs GBP) and no exchange rate is given" in result.reason


def test_the_predicates_tolerance_decides_how_close_is_close_enough(transit):
    assert verdict(transit, "Nordhafen Transit employs 4,150 people.", "organization.employees").label == "supported"
    assert verdict(transit, "Nordhafen Transit employs 4,300 people.", "organization.employees").label == "contradicted"


def test_a_role_with_the_wrong_start_is_contradicted_and_the_right_one_supported(transit):
    assert verdict(transit, "Lena Vogt has been CEO of Nordhafen Transit since April 2021.",
                   "person.role").label == "supported"
    assert verdict(transit, "Lena Vogt has been CEO of Nordhafen Transit since 2019.",
                   "person.role").label == "contradicted"


def test_an_undisclosed_figure_is_disputed(transit):
    assert verdict(transit, "The Harbour Line has 2 million users.", "product.users").label == "disputed"


def test_every_verdict_carries_statements_and_sources(transit):
    result = verdict(transit, "Nordhafen Transit employs 4,000 people.", "organization.employees")
    [evidence] = result.facts
    assert evidence.statement == "Nordhafen Transit employs 4,000 people."
    assert evidence.sources[0]["url"] == "https://example.org/nordhafen/staff"


# --- the bundled AI facts (the named cases) ---------------------------------------

def test_bundled_named_cases(engine):
    assert verdict(engine, "Microsoft zahlte für Inflection rund 650 Millionen Dollar.", "acquisition.price",
                   language="de").label == "supported"
    assert verdict(engine, "Mustafa Suleyman is CEO of Microsoft AI since March 2024.", "person.role").label == "supported"
    # what press reports say of an undisclosed figure: not disputed, not confirmed either
    assert verdict(engine, "GPT-4 soll über eine Billion Parameter haben.", "model.parameters",
                   language="de").label == "unverified"
    assert verdict(engine, "Microsoft hat 10 Milliarden Dollar in OpenAI investiert.", "investment.amount",
                   language="de").label == "contradicted"
    euro = verdict(engine, "Microsoft hat 13 Milliarden Euro in OpenAI investiert.", "investment.amount", language="de")
    assert euro.label == "unverified" and "no exchange rate" in euro.reason


def test_microsofts_2019_investment_is_outdated_in_2024_and_supported_in_2020(engine):
    text = "Microsoft hat eine Milliarde Dollar in OpenAI investiert."
    assert verdict(engine, text, "investment.amount", date(2024, 5, 1), "de").label == "outdated"
    assert verdict(engine, text, "investment.amount", date(2020, 6, 1), "de").label == "supported"


def test_the_bundled_set_has_sixty_sourced_facts_and_no_contradictions():
    from service.config import BUNDLED_FIXTURES
    store = load_fact_store([BUNDLED_FIXTURES])
    assert len(store.facts) >= 60
    assert all(f.sources for f in store.facts.values())
    assert contradicting_facts(store) == []


# --- the curator's tool -------------------------------------------------------------------

def test_fixtures_validate_reports_facts_that_contradict_each_other(tmp_path, capsys):
    (tmp_path / "f.yaml").write_text("""
entities: [{id: acme, type: organization, name: Acme}]
facts:
  - {id: a, subject: acme, predicate: revenue.amount, value: {amount: 5, unit: USD}, status: confirmed,
     statement: Acme made 5., sources: [{url: "https://example.org/a", publisher: E}]}
  - {id: b, subject: acme, predicate: revenue.amount, value: {amount: 9, unit: USD}, status: confirmed,
     statement: Acme made 9., sources: [{url: "https://example.org/b", publisher: E}]}
""", encoding="utf-8")
    assert main(["fixtures", "validate", str(tmp_path)]) == 1
    assert "facts 'a' and 'b' give revenue.amount of acme as 5 and 9" in capsys.readouterr().out


def test_fixtures_validate_lists_every_problem_of_broken_files(tmp_path, capsys):
    (tmp_path / "one.yaml").write_text("facts: [{id: x, subject: ghost, predicate: revenue.amout}]\n", encoding="utf-8")
    (tmp_path / "two.yaml").write_text("entities: [{id: Bad Id, type: robot}]\n", encoding="utf-8")
    assert main(["fixtures", "validate", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    for expected in ("one.yaml: facts[0].predicate:", "one.yaml: facts[0].status: Missing data",
                     "one.yaml: facts[0].sources: Missing data", "two.yaml: entities[0].id:",
                     "two.yaml: entities[0].type:", "two.yaml: entities[0].name: Missing data"):
        assert expected in err
