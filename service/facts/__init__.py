"""The curated fact database (fixtures/)."""
from service.facts.store import Entity, Fact, FactStore, load_fact_store

__all__ = ["Entity", "Fact", "FactStore", "load_fact_store"]
