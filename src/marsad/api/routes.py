"""The read-only REST API under /api: the JSON twin of every dashboard page."""

from __future__ import annotations

from dataclasses import asdict
from functools import cache
from importlib import resources
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from marsad.api.database import Database
from marsad.api.documents import DEFAULT_LIMIT as DOCUMENTS_LIMIT
from marsad.api.documents import document_spans, get_document, list_documents, relation_records
from marsad.api.entities import DEFAULT_LIMIT as ENTITIES_LIMIT
from marsad.api.entities import entity_detail, list_entities
from marsad.api.errors import ApiError, not_found
from marsad.api.events import DEFAULT_LIMIT, MAX_LIMIT, EventFilter, facets, get_event, query_events
from marsad.api.graph import build_network
from marsad.api.names import resolve_identity
from marsad.api.network import DEFAULT_LIMIT as LINKS_LIMIT
from marsad.api.network import who_is_behind_entity, who_is_behind_event
from marsad.api.schemas import ERRORS, Page

router = APIRouter(prefix="/api", responses=ERRORS)

# ISO date or its year/month prefix, as events store them; empty (a blank form field)
DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Most items to return.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip (paging).")]
# PER, ORG or LOC; empty (a form's "any") means all
EntityType = Annotated[
    str | None, Query(pattern=r"^(PER|ORG|LOC)?$", description="PER, ORG or LOC")
]


def database(request: Request) -> Database:
    db: Database = request.app.state.database
    return db


def event_filter(
    type: Annotated[str | None, Query(description="ACLED event type, e.g. Battles")] = None,
    sub_type: Annotated[str | None, Query(description="ACLED sub-event type")] = None,
    date_from: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]]")] = None,
    date_to: Annotated[str | None, Query(pattern=DATE, description="YYYY[-MM[-DD]]")] = None,
    admin1: Annotated[str | None, Query(description="Governorate, e.g. درعا")] = None,
    place: Annotated[str | None, Query(description="Place, district or governorate")] = None,
    bbox: Annotated[str | None, Query(description="minlon,minlat,maxlon,maxlat")] = None,
    actor: Annotated[str | None, Query(description="Actor (any spelling or alias)")] = None,
    person: Annotated[str | None, Query(description="Named person (or alias)")] = None,
    q: Annotated[str | None, Query(description="Words in the event's sentence")] = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> EventFilter:
    """The filters every events view shares; blank values (empty form fields) are ignored."""
    values = {"date_from": date_from or None, "date_to": date_to or None}
    return EventFilter(
        type=type,
        sub_type=sub_type,
        admin1=admin1,
        place=place,
        bbox=bbox,
        actor=actor,
        person=person,
        q=q,
        limit=limit,
        offset=offset,
        **values,
    ).cleaned()


Filters = Annotated[EventFilter, Depends(event_filter)]
Db = Annotated[Database, Depends(database)]


@router.get("/events", response_model=Page, summary="Events, filtered")
def events(db: Db, filters: Filters) -> dict[str, Any]:
    """Events matching every given filter, newest first. Names match across spelling
    variants, clitics and aliases (``actor=تنظيم داعش`` finds events of ``داعش``)."""
    with db.open() as store:
        total, items = query_events(store.db, filters)
    return {"total": total, "limit": filters.limit, "offset": filters.offset, "items": items}


@router.get("/events/{event_id}", summary="One event")
def event(db: Db, event_id: str) -> dict[str, Any]:
    with db.open() as store:
        found = get_event(store.db, event_id)
    if found is None:
        raise not_found(f"no event {event_id!r}")
    return found


@router.get("/facets", summary="Values the filters offer")
def filter_facets(db: Db) -> dict[str, Any]:
    """Event types and sub-types, governorates and the date range present in the data."""
    with db.open() as store:
        return facets(store.db)


@router.get("/documents", response_model=Page, summary="Documents")
def documents(
    db: Db,
    source: Annotated[str | None, Query(description="Outlet name (part of)")] = None,
    limit: Limit = DOCUMENTS_LIMIT,
    offset: Offset = 0,
) -> dict[str, Any]:
    with db.open() as store:
        total, items = list_documents(store.db, source, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/documents/{doc_id}", summary="One document with its extractions")
def document(db: Db, doc_id: str) -> dict[str, Any]:
    """The article text with events, entities, relations, mentions and every span the
    document view highlights (``spans``: half-open offsets into ``text``)."""
    with db.open() as store:
        found = get_document(store.db, doc_id)
    if found is None:
        raise not_found(f"no document {doc_id!r}")
    return {**found, "spans": [asdict(span) for span in document_spans(found)]}


@router.get("/entities", response_model=Page, summary="People, actors and places")
def entities(
    db: Db,
    type: EntityType = None,
    name: Annotated[str | None, Query(description="Name, any spelling or alias")] = None,
    limit: Limit = ENTITIES_LIMIT,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Entities across documents with aliases and Latin names, most documented first."""
    with db.open() as store:
        total, items = list_entities(store.db, type or None, name, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/entities/{name:path}", summary="One entity: names, events, relations")
def entity(db: Db, name: str) -> dict[str, Any]:
    with db.open() as store:
        found = entity_detail(store.db, name)
    if found is None:
        raise not_found(f"no entity named {name!r}")
    return found


@router.get("/relations", response_model=Page, summary="Relations with evidence")
def relations(
    db: Db,
    type: Annotated[str | None, Query(description="alias_of, member_of, leads, …")] = None,
    entity: Annotated[str | None, Query(description="Head or tail (any spelling)")] = None,
    doc_id: Annotated[str | None, Query()] = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> dict[str, Any]:
    with db.open() as store:
        keys = resolve_identity(store.db, entity).keys if entity else None
        total, items = relation_records(
            store.db, type=type, keys=keys, doc_id=doc_id, limit=limit, offset=offset
        )
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/search", summary="Full-text search of documents")
def search(
    db: Db,
    q: Annotated[str, Query(min_length=1, description="Words, any spelling or clitic form")],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> dict[str, Any]:
    with db.open() as store:
        hits = store.search(q, limit=limit)
    items = [{**asdict(hit), "links": {"html": f"/documents/{hit.doc_id}"}} for hit in hits]
    return {"query": q, "total": len(items), "items": items}


@router.get("/who-is-behind", summary="Who is behind an entity or an event")
def who_is_behind(
    db: Db,
    entity: Annotated[str | None, Query(description="Entity name, e.g. تنظيم داعش")] = None,
    event: Annotated[str | None, Query(description="Event id")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = LINKS_LIMIT,
) -> dict[str, Any]:
    """Actors and people linked by leads, member_of, facilitated_by, killed_by relations
    and shared events, ranked by independent documents then distinct outlets, each with
    its evidence sentences and sources."""
    if bool(entity and entity.strip()) == bool(event):
        raise ApiError(400, "bad_request", "give exactly one of entity= or event=")
    with db.open() as store:
        if event:
            found = who_is_behind_event(store.db, event, limit)
            if found is None:
                raise not_found(f"no event {event!r}")
            return found
        assert entity is not None
        return who_is_behind_entity(store.db, entity, limit)


@router.get("/network", summary="Actor and person network (cytoscape elements)")
def network(db: Db, filters: Filters) -> dict[str, Any]:
    """Nodes are entities (actors, people); edges are relations and shared events of the
    events matching the filters."""
    with db.open() as store:
        return build_network(store.db, filters)


@cache
def _boundaries(level: str) -> bytes:
    path = resources.files("marsad.data").joinpath(f"boundaries/{level}.geojson")
    return path.read_bytes()


@router.get("/boundaries/{level}", summary="Governorate or district boundaries (GeoJSON)")
def boundaries(level: Literal["governorates", "districts"]) -> Response:
    """The offline base map: simplified Mesoshapes polygons (CC0, via Who's On First)."""
    return Response(
        _boundaries(level),
        media_type="application/geo+json",
        headers={"Cache-Control": "public, max-age=86400"},
    )
