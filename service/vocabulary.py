"""Closed sets shared by rules, fixtures and claims (DESIGN.md contract)."""

PREDICATES = frozenset({
    "investment.amount", "acquisition.price", "funding.amount", "valuation.amount",
    "revenue.amount", "profit.amount", "organization.employees", "product.users",
    "model.parameters", "stake.percent", "market_share.percent", "person.role",
    "organization.founded", "person.founder", "event.date", "product.launch_date",
    "fine.amount", "organization.layoffs", "person.age", "person.birth_date", "statement",
    # Generic figures of the open-world reading: what they measure is the claim's `measure`.
    "figure.money", "figure.percent", "figure.count", "figure.measure", "figure.duration",
    "figure.rank", "figure.score",
})
ENTITY_TYPES = frozenset({"organization", "person", "product", "place", "event"})
QUANTITY_KINDS = frozenset({"money", "count", "percent", "date", "duration", "number", "ordinal",
                            "age", "score", "measure", "role"})
QUALIFIERS = frozenset({"exact", "approx", "more_than", "at_least", "less_than", "at_most",
                        "estimated", "range"})
FACT_STATUSES = frozenset({"confirmed", "reported", "disputed", "undisclosed"})
