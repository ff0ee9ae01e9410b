"""The curated fact database (fixtures/)."""
from service.facts.store import (Entity, Fact, FactStore, Rate, contradicting_facts, load_fact_store,
                                 valid_on)

__all__ = ["Entity", "Fact", "FactStore", "Rate", "contradicting_facts", "load_fact_store", "valid_on"]
