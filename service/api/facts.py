"""GET /v1/facts and GET /v1/entities/{id}: the curated fact database, read-only."""
from __future__ import annotations

from flask import Blueprint, request

from service.api.access import require
from service.api.body import validated
from service.api.schemas import EntitySchema, FactPageSchema, FactQuerySchema, FactSchema
from service.errors import NotFound
from service.resources import resources

bp = Blueprint("facts", __name__, url_prefix="/v1")


@bp.get("/facts")
@require()
def list_facts():
    """Search the fact store, so a CMS can show editors what a verdict rests on."""
    query = validated(FactQuerySchema(), request.args.to_dict())
    store = resources().engine.store
    found = store.search(query["q"], subject=query["subject"], predicate=query["predicate"])
    page = found[query["offset"]:query["offset"] + query["limit"]]
    return FactPageSchema().dump({"items": [f.to_dict() for f in page], "total": len(found),
                                  "limit": query["limit"], "offset": query["offset"]})


@bp.get("/facts/<fact_id>")
@require()
def get_fact(fact_id: str):
    """One fact with its sources, as evidence links in reports point to it."""
    fact = resources().engine.store.facts.get(fact_id)
    if fact is None:
        raise NotFound(f"no fact with id {fact_id!r}")
    return FactSchema().dump(fact.to_dict())


@bp.get("/entities/<entity_id>")
@require()
def get_entity(entity_id: str):
    """One entity of the fact store with its names and aliases."""
    entity = resources().engine.store.entities.get(entity_id)
    if entity is None:
        raise NotFound(f"no entity with id {entity_id!r}")
    return EntitySchema().dump(entity.to_dict())
