"""Internal contradictions, first version: same subject, predicate and object, different values."""


def findings_of(engine, text, language="de"):
    return list(engine.check(text, language=language).findings)


def internal_findings(engine, text, language="de"):
    return [f for f in findings_of(engine, text, language) if f.kind.startswith("internal")]


def test_overlapping_but_different_amounts_are_an_inconsistency(engine):
    text = ("Microsoft hat mehr als 13 Milliarden Dollar in OpenAI investiert. "
            "Später hieß es, Microsoft habe über 14 Milliarden Dollar in OpenAI investiert.")
    findings = findings_of(engine, text)
    assert [(f.kind, f.severity, f.code) for f in findings] == [("internal_inconsistency", "warning", "FC102")]
    assert "13 Milliarden" in findings[0].message and "14 Milliarden" in findings[0].message


def test_disjoint_amounts_are_a_contradiction(engine):
    text = ("Microsoft hat 10 Milliarden Dollar in OpenAI investiert. "
            "Insgesamt hat Microsoft 14 Milliarden Dollar in OpenAI investiert.")
    kinds = [f.kind for f in findings_of(engine, text)]
    assert "internal_contradiction" in kinds


def test_the_same_amount_written_two_ways_is_consistent(engine):
    text = ("Microsoft hat 13 Milliarden Dollar in OpenAI investiert. "
            "Die 13.000 Millionen Dollar, die Microsoft in OpenAI investiert hat, sind viel.")
    assert internal_findings(engine, text) == []


def test_different_models_are_not_compared(engine):
    text = ("MAI-1 hat schätzungsweise 500 Milliarden Parameter. "
            "GPT-4 soll über eine Billion Parameter haben.")
    assert internal_findings(engine, text) == []


def test_amounts_in_different_currencies_are_not_called_contradictory(engine):
    text = ("Microsoft hat 10 Milliarden Dollar in OpenAI investiert. "
            "Microsoft hat 9 Milliarden Euro in OpenAI investiert.")
    assert internal_findings(engine, text) == []


def test_an_unnamed_investor_joins_the_one_the_article_names(engine):
    text = ("Microsoft has invested more than $13 billion in OpenAI. "
            '"A company that put over $14 billion into OpenAI wants control," an analyst said.')
    findings = findings_of(engine, text, "en")
    assert [f.kind for f in findings] == ["internal_inconsistency"]


def test_amounts_about_no_named_entity_are_not_compared(engine):
    text = ("The group will pay off $27.5bn of debt. The unit was bought for $9.4bn in 2001.")
    assert findings_of(engine, text, "en") == []


# --- issue 6: the consistency engine -------------------------------------------------------
import json  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from service.config import BUNDLED_FIXTURES, BUNDLED_RULES  # noqa: E402
from service.engine.engine import Engine  # noqa: E402
from service.facts import load_fact_store  # noqa: E402
from service.rules import load_rules  # noqa: E402

GOLD = Path(__file__).resolve().parent.parent / "data" / "consistency-gold.jsonl"
INTERNAL = ("internal_contradiction", "internal_inconsistency")
PUBLISHED = date(2024, 5, 7)


def codes(engine, text, language="de", published=None):
    return sorted({f.code for f in engine.check(text, language=language, published_at=published).findings
                   if f.kind in INTERNAL or f.kind == "hedge_drift"})


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_gold_set_meets_the_precision_and_recall_bar(engine, language):
    tp = fp = fn = 0
    for line in GOLD.open(encoding="utf-8"):
        record = json.loads(line)
        if record["language"] != language:
            continue
        published = date.fromisoformat(record["published_at"]) if record["published_at"] else None
        found = any(f.kind in INTERNAL for f in engine.check(
            record["text"], language=language, published_at=published).findings)
        tp += found and record["contradiction"]
        fp += found and not record["contradiction"]
        fn += not found and record["contradiction"]
    assert tp + fn >= 30
    assert tp / (tp + fp) >= 0.95
    assert tp / (tp + fn) >= 0.85


@pytest.mark.parametrize("text, language, published, code", [
    ("Mit 3,8 Milliarden Parametern ist Phi-3 mini größer als MAI-1 mit 500 Milliarden Parametern.", "de", None, "FC103"),
    ("With 10 million users, Copilot has more users than ChatGPT with 100 million users.", "en", None, "FC103"),
    ("Microsoft ist der größte Investor von OpenAI. Microsoft hat 13 Milliarden Dollar in OpenAI investiert. "
     "SoftBank hat 20 Milliarden Dollar in OpenAI investiert.", "de", None, "FC103"),
    ("Microsoft halved its stake in OpenAI from 20% to 15%.", "en", None, "FC103"),
    ("Sam Altman ist CEO von OpenAI. Mira Murati, die CEO von OpenAI, sprach.", "de", None, "FC104"),
    ("Sean White is CEO of Inflection. He is also the former CEO of Inflection.", "en", None, "FC105"),
    ("Microsoft holds a 49% stake in OpenAI. Amazon holds a 60% stake in OpenAI.", "en", None, "FC106"),
    ("Anthropic wurde 2021 gegründet. 2019 investierte Google 300 Millionen Dollar in Anthropic.", "de", None, "FC107"),
    ("Seit März 2024 ist Mustafa Suleyman CEO von Microsoft AI. Seit fünf Jahren ist er CEO von Microsoft AI.",
     "de", PUBLISHED, "FC108"),
    ("Satya Nadella was born in 1967. Satya Nadella is 45 years old.", "en", PUBLISHED, "FC110"),
    ("In den vergangenen fünf Jahren hat Microsoft 13 Milliarden Dollar in OpenAI investiert. "
     "2015 hat Microsoft eine Milliarde Dollar in OpenAI investiert.", "de", PUBLISHED, "FC111"),
    ("In total, Microsoft has invested $10 billion in OpenAI. In 2019, Microsoft invested $1 billion in OpenAI. "
     "In 2023, Microsoft invested $10 billion in OpenAI.", "en", None, "FC112"),
])
def test_each_check_names_its_code(engine, text, language, published, code):
    assert code in codes(engine, text, language, published)


def test_a_hedged_figure_later_stated_as_fact_is_hedge_drift_of_severity_info(engine):
    report = engine.check("MAI-1 hat schätzungsweise 500 Milliarden Parameter. Später heißt es: "
                          "MAI-1 hat 500 Milliarden Parameter.", language="de")
    [drift] = [f for f in report.findings if f.code == "FC109"]
    assert (drift.kind, drift.severity) == ("hedge_drift", "info")


def test_a_comparison_that_holds_is_quiet(engine):
    assert codes(engine, "Mit seinen 500 Milliarden Parametern ist MAI-1 kleiner als GPT-4 mit über einer "
                         "Billion Parametern.") == []


def test_a_change_that_matches_its_figures_is_quiet(engine):
    assert codes(engine, "Microsoft halved its stake in OpenAI from 20% to 10%.", "en") == []


def test_figures_of_different_years_are_not_compared(engine):
    assert codes(engine, "2021 wurde OpenAI mit 14 Milliarden Dollar bewertet. "
                         "2024 wurde OpenAI mit 157 Milliarden Dollar bewertet.") == []


def test_every_finding_explains_itself_in_the_articles_language_and_in_english(engine):
    [finding] = [f for f in engine.check("Microsoft hat 10 Milliarden Dollar in OpenAI investiert. Insgesamt "
                                         "steckte Microsoft 14 Milliarden Dollar in OpenAI.", language="de").findings
                 if f.kind in INTERNAL]
    assert "Der Artikel" in finding.message and "10 Milliarden" in finding.message
    assert finding.message_en.startswith("The article")


def test_severities_can_be_overridden_in_the_verification_rules():
    strict = Engine(load_rules(BUNDLED_RULES), load_fact_store([BUNDLED_FIXTURES]),
                    tolerances={"default": 0.0, "severities": {"FC109": "warning"}})
    report = strict.check("MAI-1 hat schätzungsweise 500 Milliarden Parameter. Später heißt es: "
                          "MAI-1 hat 500 Milliarden Parameter.", language="de")
    assert [f.severity for f in report.findings if f.code == "FC109"] == ["warning"]


def test_three_different_figures_give_a_finding_for_every_pair(engine):
    text = ("Microsoft hat 10 Milliarden Dollar in OpenAI investiert. Später hieß es, Microsoft habe 12 Milliarden "
            "Dollar in OpenAI investiert. Zuletzt investierte Microsoft 14 Milliarden Dollar in OpenAI.")
    report = engine.check(text, language="de")
    internal = [f for f in report.findings if f.code in ("FC101", "FC102")]
    assert sorted(tuple(f.claims) for f in internal) == [("c1", "c2"), ("c1", "c3"), ("c2", "c3")]


def test_hundreds_of_different_figures_give_one_finding_per_claim_not_per_pair(engine):
    text = "".join(f"Microsoft hat {n} Milliarden Dollar in OpenAI investiert. " for n in range(1, 301))
    report = engine.check(text, language="de")
    internal = [f for f in report.findings if f.code in ("FC101", "FC102")]
    assert len(report.claims) == 300
    assert len(internal) == 299  # each later claim against the first, not 44,850 pairs
    assert {f.claims[1] for f in internal} == {c.id for c in report.claims[1:]}
    assert {f.claims[0] for f in internal} == {"c1"}


def test_an_age_against_a_birth_year_of_a_person_outside_the_store_is_a_contradiction(engine):
    text = ("Jonas Wendtland hat in Halle gewonnen. Der 23-Jährige aus Kassel setzte sich im Finale durch. "
            "Der 1999 in Kassel geborene Linkshänder gilt als Talent.")
    report = engine.check(text, language="de", published_at=date(2025, 6, 16))
    [finding] = [f for f in report.findings if f.code == "FC110"]
    assert "Jonas Wendtland" in finding.message
    consistent = text.replace("23-Jährige", "26-Jährige")
    assert not [f for f in engine.check(consistent, language="de", published_at=date(2025, 6, 16)).findings
                if f.code == "FC110"]
