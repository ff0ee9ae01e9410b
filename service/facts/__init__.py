"""The curated fact database (fixtures/): its model, its loader and a curator's audit."""
from service.facts.audit import contradicting_facts
from service.facts.load import load_fact_store
from service.facts.model import Entity, Fact, FactStore, Rate, valid_on

__all__ = ["Entity", "Fact", "FactStore", "Rate", "contradicting_facts", "load_fact_store", "valid_on"]
