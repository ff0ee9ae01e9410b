"""Verdicts against the bundled fact store, with evidence."""


def claim_for(engine, text, predicate, language="de"):
    claims = [c for c in engine.check(text, language=language).claims if c.predicate == predicate]
    assert len(claims) == 1, claims
    return claims[0]


def test_the_inflection_deal_is_supported_with_sources(engine):
    claim = claim_for(engine, "Microsoft zahlte für Inflection rund 650 Millionen Dollar.", "acquisition.price")
    assert claim.verdict.label == "supported"
    assert [f.fact_id for f in claim.verdict.facts] == ["microsoft-inflection-deal"]
    assert all(s["url"].startswith("https://") for s in claim.verdict.facts[0].sources)


def test_a_changed_investment_figure_is_contradicted(engine):
    claim = claim_for(engine, "Microsoft hat 5 Milliarden Dollar in OpenAI investiert.", "investment.amount")
    assert claim.verdict.label == "contradicted"
    assert claim.verdict.facts[0].fact_id == "microsoft-openai-investment-total"


def test_a_contradicted_claim_is_a_finding(engine):
    report = engine.check("Microsoft hat 5 Milliarden Dollar in OpenAI investiert.", language="de")
    assert [(f.kind, f.facts) for f in report.findings] == [
        ("fact_contradiction", ("microsoft-openai-investment-total",))]


def test_what_agrees_with_press_reports_of_an_undisclosed_figure_is_unverified_not_disputed(engine):
    claim = claim_for(engine, "GPT-4 soll über eine Billion Parameter haben.", "model.parameters")
    assert claim.verdict.label == "unverified"
    assert "undisclosed" in claim.verdict.reason


def test_what_goes_against_press_reports_of_an_undisclosed_figure_is_disputed(engine):
    claim = claim_for(engine, "GPT-4 hat 100 Milliarden Parameter.", "model.parameters")
    assert claim.verdict.label == "disputed"


def test_a_loose_figure_that_only_overlaps_the_fact_is_not_supported(engine):
    # "über 14 Milliarden" reaches into "about 13 billion" (±10 %), but 13 is not over 14
    claim = claim_for(engine, "Microsoft hat über 14 Milliarden Dollar in OpenAI investiert.", "investment.amount")
    assert claim.verdict.label == "unverified"
    assert "overlap only in part" in claim.verdict.reason
    agreeing = claim_for(engine, "Microsoft hat mehr als 13 Milliarden Dollar in OpenAI investiert.", "investment.amount")
    assert agreeing.verdict.label == "supported"


def test_suleymans_role_since_march_2024_is_supported(engine):
    claim = claim_for(engine, "Mustafa Suleyman is CEO of Microsoft AI since March 2024.", "person.role", "en")
    assert claim.verdict.label == "supported"
    assert claim.attributes["since"] == "2024-03"


def test_a_wrong_start_date_contradicts_the_role(engine):
    claim = claim_for(engine, "Mustafa Suleyman ist seit März 2021 CEO von Microsoft AI.", "person.role")
    assert claim.verdict.label == "contradicted"


def test_a_claim_in_euro_against_a_dollar_fact_is_unverified_with_the_reason(engine):
    claim = claim_for(engine, "Microsoft hat 13 Milliarden Euro in OpenAI investiert.", "investment.amount")
    assert claim.verdict.label == "unverified"
    assert "units differ" in claim.verdict.reason


def test_a_claim_with_nothing_in_the_store_is_unverified(engine):
    claim = claim_for(engine, "Anthropic hat 2 Milliarden Dollar in OpenAI investiert.", "investment.amount")
    assert claim.verdict.label == "unverified"
    assert claim.verdict.facts == ()


def test_a_founder_claim_is_supported_and_a_wrong_founding_year_contradicted(engine):
    founder = claim_for(engine, "Mustafa Suleyman ist Mitbegründer von DeepMind.", "person.founder")
    assert founder.verdict.label == "supported"
    founded = claim_for(engine, "OpenAI wurde 2017 gegründet.", "organization.founded")
    assert founded.verdict.label == "contradicted"
    assert "2015" in founded.verdict.reason


def test_a_german_message_is_german_throughout(engine):
    report = engine.check("Microsoft hat 10 Milliarden Dollar in OpenAI investiert.", language="de")
    [finding] = [f for f in report.findings if f.code == "FC201"]
    assert "rund 13 Milliarden US-Dollar" in finding.message  # the fixture's translation
    assert "about 13 billion" in finding.message_en


def test_a_statement_without_translation_is_quoted_as_the_sources_words(engine):
    from service.engine.model import Evidence
    from service.engine.verify import fact_statement
    statement = fact_statement(Evidence("f", "Nvidia invested about 100 million US dollars.", "reported"))
    assert statement.render("de") == "im Wortlaut der Quelle „Nvidia invested about 100 million US dollars.“"
    assert statement.render("en") == "Nvidia invested about 100 million US dollars."
