"""Internal contradictions, first version: same subject, predicate and object, different values."""


def findings_of(engine, text, language="de"):
    return list(engine.check(text, language=language).findings)


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
    assert [f for f in findings_of(engine, text) if f.kind.startswith("internal")] == []


def test_different_models_are_not_compared(engine):
    text = ("MAI-1 hat schätzungsweise 500 Milliarden Parameter. "
            "GPT-4 soll über eine Billion Parameter haben.")
    assert [f for f in findings_of(engine, text) if f.kind.startswith("internal")] == []


def test_amounts_in_different_currencies_are_not_called_contradictory(engine):
    text = ("Microsoft hat 10 Milliarden Dollar in OpenAI investiert. "
            "Microsoft hat 9 Milliarden Euro in OpenAI investiert.")
    assert [f for f in findings_of(engine, text) if f.kind.startswith("internal")] == []


def test_an_unnamed_investor_joins_the_one_the_article_names(engine):
    text = ("Microsoft has invested more than $13 billion in OpenAI. "
            '"A company that put over $14 billion into OpenAI wants control," an analyst said.')
    findings = findings_of(engine, text, "en")
    assert [f.kind for f in findings] == ["internal_inconsistency"]


def test_amounts_about_no_named_entity_are_not_compared(engine):
    text = ("The group will pay off $27.5bn of debt. The unit was bought for $9.4bn in 2001.")
    assert findings_of(engine, text, "en") == []
