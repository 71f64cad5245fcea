"""Dashboard pages. Each reads the same library functions as its JSON twin under /api."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from marsad.api.database import Database
from marsad.api.documents import TextSpan, document_spans, get_document, list_documents
from marsad.api.entities import entity_detail, list_entities
from marsad.api.errors import not_found
from marsad.api.events import EventFilter, facets, get_event, query_events
from marsad.api.network import who_is_behind_entity, who_is_behind_event
from marsad.api.routes import Db, EntityType, Filters
from marsad.web.highlight import highlight
from marsad.web.rendering import query_string, render, templates

router = APIRouter(include_in_schema=False)

# Rows per page in the dashboard's events table (the map and timeline show them all).
TABLE_ROWS = 25
# Links shown on entity and event pages; the who-is-behind page shows more.
PAGE_LINKS = 10
_SPAN_KINDS = ("evidence", "trigger", "entity", "mention")


def render_error(request: Request, status: int, code: str, message: str) -> HTMLResponse:
    """The error page: same code and message as the JSON error shape."""
    return templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "code": code, "message": message, "json_url": "/api/events"},
        status_code=status,
    )


def _dashboard_context(db: Database, filters: EventFilter) -> dict[str, Any]:
    with db.open() as store:
        total, events = query_events(store.db, filters)
        choices = facets(store.db)
    items = filters.query_string_items()
    return {
        "filters": filters,
        "filter_items": items,
        "query": query_string(items),
        "facets": choices,
        "total": total,
        "events": events,
    }


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, db: Db, filters: Filters) -> Response:
    """Map, timeline and table over one set of filters (the query string)."""
    filters = filters if "limit" in request.query_params else _table_page(filters)
    context = _dashboard_context(db, filters)
    return render(request, "dashboard.html", context, json_url=f"/api/events?{context['query']}")


def _table_page(filters: EventFilter) -> EventFilter:
    return replace(filters, limit=TABLE_ROWS)


@router.get("/partials/events", response_class=HTMLResponse)
def events_partial(request: Request, db: Db, filters: Filters) -> Response:
    """The events table alone, for htmx; the browser's address becomes the dashboard's."""
    filters = filters if "limit" in request.query_params else _table_page(filters)
    context = _dashboard_context(db, filters)
    return render(
        request,
        "partials/events_table.html",
        context,
        json_url=f"/api/events?{context['query']}",
        headers={"HX-Push-Url": f"/?{context['query']}"},
    )


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, db: Db, filters: Filters) -> Response:
    context = _dashboard_context(db, _table_page(filters))
    return render(request, "network.html", context, json_url=f"/api/network?{context['query']}")


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, db: Db, event_id: str) -> Response:
    with db.open() as store:
        found = get_event(store.db, event_id)
        if found is None:
            raise not_found(f"no event {event_id!r}")
        behind = who_is_behind_event(store.db, event_id, PAGE_LINKS)
    sentence = found["evidence_text"] or ""
    spans = []
    if found["trigger_span"]:
        offset = found["evidence"][0]
        start, end = (p - offset for p in found["trigger_span"])
        if 0 <= start < end <= len(sentence):
            kind = f"{found['event_type']} / {found['sub_event_type']}"
            spans.append(TextSpan(start, end, "trigger", kind, event_id, kind))
    context = {
        "event": found,
        "sentence": highlight(sentence, spans),
        "behind": behind,
    }
    return render(request, "event.html", context, json_url=f"/api/events/{quote(event_id)}")


@router.get("/entities", response_class=HTMLResponse)
def entities(
    request: Request,
    db: Db,
    type: EntityType = None,
    name: Annotated[str | None, Query()] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    with db.open() as store:
        total, items = list_entities(store.db, type or None, name, 100, offset)
    query = query_string([("type", type or ""), ("name", name or "")])
    context = {"type": type, "name": name or "", "total": total, "items": items, "offset": offset}
    template = "partials/entities_table.html" if "hx-request" in request.headers else None
    return render(request, template or "entities.html", context, json_url=f"/api/entities?{query}")


@router.get("/entities/{name:path}", response_class=HTMLResponse)
def entity(request: Request, db: Db, name: str) -> Response:
    with db.open() as store:
        found = entity_detail(store.db, name)
        if found is None:
            raise not_found(f"no entity named {name!r}")
        behind = who_is_behind_entity(store.db, name, PAGE_LINKS)
    context = {"entity": found, "behind": behind}
    return render(request, "entity.html", context, json_url=found["links"]["json"])


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, db: Db, offset: Annotated[int, Query(ge=0)] = 0) -> Response:
    with db.open() as store:
        total, items = list_documents(store.db, None, 100, offset)
    context = {"total": total, "items": items, "offset": offset}
    return render(request, "documents.html", context, json_url=f"/api/documents?offset={offset}")


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(
    request: Request, db: Db, doc_id: str, event: Annotated[str | None, Query()] = None
) -> Response:
    """The article right to left, every extracted span highlighted and linked."""
    with db.open() as store:
        found = get_document(store.db, doc_id)
    if found is None:
        raise not_found(f"no document {doc_id!r}")
    spans = document_spans(found)
    context = {
        "doc": found,
        "article": highlight(found["text"], spans, focus_event=event),
        "focus": event,
        "span_counts": {kind: sum(s.kind == kind for s in spans) for kind in _SPAN_KINDS},
    }
    return render(request, "document.html", context, json_url=f"/api/documents/{quote(doc_id)}")


@router.get("/who-is-behind", response_class=HTMLResponse)
def who_is_behind(
    request: Request,
    db: Db,
    entity: Annotated[str | None, Query()] = None,
    event: Annotated[str | None, Query()] = None,
) -> Response:
    result = None
    with db.open() as store:
        if event:
            result = who_is_behind_event(store.db, event, 100)
            if result is None:
                raise not_found(f"no event {event!r}")
        elif entity and entity.strip():
            result = who_is_behind_entity(store.db, entity, 100)
    query = query_string([("entity", entity or ""), ("event", event or "")])
    context = {"entity": entity or "", "event": event, "result": result}
    # with nothing asked yet, the twin is the list of entities one can ask about
    json_url = f"/api/who-is-behind?{query}" if result else "/api/entities"
    return render(request, "who.html", context, json_url=json_url)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, db: Db, q: Annotated[str, Query()] = "") -> Response:
    hits = []
    if q.strip():
        with db.open() as store:
            hits = store.search(q, limit=50)
    context = {"q": q, "hits": hits}
    return render(request, "search.html", context, json_url=f"/api/search?q={quote(q)}")


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> Response:
    """Swagger UI from the vendored files (FastAPI's default page loads it from a CDN)."""
    return render(request, "docs.html", {}, json_url="/openapi.json")
