"""The REST API: filters, entities across spellings, relations, search, who-is-behind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app
from tests.test_api_fixtures import (
    build_db,
    corroborating_documents,
    seed_document,
    seed_text,
    sentence_of,
    xss_document,
)


@pytest.fixture(scope="module")
def seed_client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """The seed article alone, with its hand-written relations."""
    path = build_db(tmp_path_factory.mktemp("seed") / "seed.db", [seed_document()])
    return TestClient(create_app(path))


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    documents = [seed_document(), *corroborating_documents(), xss_document()]
    return build_db(tmp_path_factory.mktemp("all") / "all.db", documents)


@pytest.fixture(scope="module")
def client(db_path: Path) -> TestClient:
    return TestClient(create_app(db_path))


def _get(client: TestClient, url: str, **params: Any) -> Any:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _event_ids(client: TestClient, **params: Any) -> set[str]:
    return {e["event_id"] for e in _get(client, "/api/events", **params)["items"]}


# who is behind ----------------------------------------------------------------------


def test_who_is_behind_seed_returns_facilitators_with_evidence(seed_client: TestClient) -> None:
    answer = _get(seed_client, "/api/who-is-behind", entity="تنظيم داعش")
    links = {link["name"]: link for link in answer["links"]}
    text = seed_text()
    expected = {
        "الأمن العسكري": sentence_of(text, "فلول تنظيم داعش تعيد تكوين نفسها"),
        "المخابرات الجوية": sentence_of(text, "تحت حماية من المخابرات الجوية"),
        "النظام": sentence_of(text, "فلول تنظيم داعش تعيد تكوين نفسها"),
    }
    for name, (start, end) in expected.items():
        link = links[name]
        assert link["roles"] == ["facilitated_by"]
        assert link["relations"] == {"facilitated_by": 1}
        evidence = link["evidence"][0]
        assert evidence["text"] == text[start:end]
        assert evidence["span"] == [start, end]
        (source,) = link["sources"]
        assert source == {
            "doc_id": "sy24-isis-south",
            "title": "من يقف وراء إحياء داعش في الجنوب السوري؟",
            "source": "SY24",
            "url": "https://www.sy-24.invalid/isis-south",
            "published": "2023-01-20",
        }
    assert "تنظيم داعش" not in links and "داعش" not in links


def test_who_is_behind_ranks_by_independent_documents_then_outlets(client: TestClient) -> None:
    links = _get(client, "/api/who-is-behind", entity="تنظيم داعش")["links"]
    support = {
        link["name"]: (link["independent_documents"], link["outlets"], link["documents"])
        for link in links
    }
    assert support["المخابرات الجوية"] == (3, 3, 3)
    assert support["النظام"] == (2, 2, 2)  # «قوات النظام» in another outlet is the same actor
    assert support["الأمن العسكري"] == (1, 1, 2)  # the second is the seed outlet's repost
    order = [link["name"] for link in links]
    assert order[:3] == ["المخابرات الجوية", "النظام", "الأمن العسكري"]
    regime = links[1]
    assert set(regime["names"]) == {"النظام", "قوات النظام"}
    assert {s["source"] for s in regime["sources"]} == {"SY24", "درعا 24"}


@pytest.mark.parametrize("query", ["تنظيم داعش", "داعش", "لتنظيم داعش", "تنظيم الدولة"])
def test_who_is_behind_matches_spellings_clitics_and_aliases(
    client: TestClient, query: str
) -> None:
    names = {link["name"] for link in _get(client, "/api/who-is-behind", entity=query)["links"]}
    assert {"المخابرات الجوية", "النظام", "الأمن العسكري"} <= names


def test_who_is_behind_other_directions_and_kunya(client: TestClient) -> None:
    links = {
        link["name"]: link for link in _get(client, "/api/who-is-behind", entity="داعش")["links"]
    }
    # «أبو الليث» member_of «لتنظيم داعش»: the member shows under his stored full name
    member = links["أسامة عزيزية"]
    assert member["roles"] == ["has_member"] and "أبو الليث" in member["names"]
    assert member["latin"] == "Usama Aziziya"
    assert links["أبو الحسن الهاشمي القرشي"]["roles"] == ["led_by"]
    assert links["اللواء الثامن"]["roles"] == ["shared_event"]
    # and from the person's side, through his kunya without hamza
    person = _get(client, "/api/who-is-behind", entity="ابو الليث")["links"]
    assert person[0]["name"] == "تنظيم داعش" and person[0]["roles"] == ["member_of"]


def test_who_is_behind_event_ranks_parties_and_their_links(client: TestClient) -> None:
    answer = _get(client, "/api/who-is-behind", event="ev-seed-raid")
    assert answer["query"]["parties"] == [
        {"name": "اللواء الثامن", "position": "actor1"},
        {"name": "تنظيم داعش", "position": "actor2"},
        {"name": "فايز الراضي", "position": "person"},
    ]
    links = {link["name"]: link for link in answer["links"]}
    assert links["اللواء الثامن"]["roles"] == ["event_actor1"]
    assert links["المخابرات الجوية"]["via"] == ["تنظيم داعش"]
    assert answer["links"][0]["name"] == "المخابرات الجوية"


@pytest.mark.parametrize(
    ("params", "status", "code"),
    [
        ({}, 400, "bad_request"),
        ({"entity": "داعش", "event": "ev-seed-raid"}, 400, "bad_request"),
        ({"event": "ev-missing"}, 404, "not_found"),
        ({"entity": "داعش", "limit": 0}, 422, "invalid_request"),
    ],
)
def test_who_is_behind_errors(
    client: TestClient, params: dict[str, Any], status: int, code: str
) -> None:
    response = client.get("/api/who-is-behind", params=params)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code


# events -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, {"ev-seed-raid", "ev-xss"}),
        ({"type": "Battles"}, {"ev-seed-raid"}),
        ({"sub_type": "Attack"}, {"ev-xss"}),
        ({"date_from": "2024"}, {"ev-xss"}),
        ({"date_to": "2023-01"}, {"ev-seed-raid"}),  # a month prefix includes its last day
        ({"date_from": "2023-01-18", "date_to": "2023-01-18"}, {"ev-seed-raid"}),
        ({"admin1": "دِرعا"}, {"ev-seed-raid", "ev-xss"}),  # diacritics fold away
        ({"place": "طفس"}, {"ev-xss"}),
        ({"bbox": "36.0,32.7,36.1,32.8"}, {"ev-xss"}),
        ({"actor": "داعش"}, {"ev-seed-raid"}),  # stored as «تنظيم داعش»
        ({"actor": "الدولة الإسلامية"}, {"ev-seed-raid"}),  # the ontology's other name
        ({"person": "فايز الراضي"}, {"ev-seed-raid"}),
        ({"q": "اللواء الثامن"}, {"ev-seed-raid"}),
        ({"q": "بحملة"}, {"ev-seed-raid"}),  # clitic form in the text
        ({"q": "زلزال"}, set()),
        ({"type": "Battles", "admin1": "حلب"}, set()),
        ({"type": "", "date_from": "", "date_to": ""}, {"ev-seed-raid", "ev-xss"}),  # blank form
    ],
)
def test_events_filters(client: TestClient, params: dict[str, Any], expected: set[str]) -> None:
    assert _event_ids(client, **params) == expected


def test_events_page_and_fields(client: TestClient) -> None:
    page = _get(client, "/api/events", limit=1, offset=1)
    assert (page["total"], page["limit"], page["offset"]) == (2, 1, 1)
    (event,) = page["items"]
    assert event["event_id"] == "ev-seed-raid"  # newest first: the 2024 event came first
    text = seed_text()
    start, end = event["evidence"]
    assert event["evidence_text"] == text[start:end]
    assert text[slice(*event["trigger_span"])] == event["trigger"]
    assert event["persons"] == ["فايز الراضي"]
    assert event["actor1"]["latin"] == "8th Brigade"
    assert event["links"] == {
        "html": "/events/ev-seed-raid",
        "document": "/documents/sy24-isis-south",
    }
    assert _get(client, "/api/events/ev-seed-raid") == event


@pytest.mark.parametrize(
    ("params", "status", "code"),
    [
        ({"bbox": "36,32"}, 400, "bad_bbox"),
        ({"bbox": "37,32,36,33"}, 400, "bad_bbox"),
        ({"date_from": "last week"}, 422, "invalid_request"),
        ({"limit": 100000}, 422, "invalid_request"),
    ],
)
def test_events_bad_filters(
    client: TestClient, params: dict[str, Any], status: int, code: str
) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code


def test_facets_list_types_and_governorates(client: TestClient) -> None:
    facets = _get(client, "/api/facets")
    assert facets["types"]["Battles"] == ["Armed clash"]
    assert facets["admin1"] == ["درعا"]
    assert (facets["date_min"], facets["date_max"]) == ("2023-01-18", "2024-03-09")


# entities, relations, documents, search --------------------------------------------------


def test_entities_filter_by_type_and_name_across_variants(client: TestClient) -> None:
    people = _get(client, "/api/entities", type="PER")["items"]
    assert {e["type"] for e in people} == {"PER"}
    (found,) = _get(client, "/api/entities", name="ابو الليث")["items"]  # alias, no hamza
    assert (found["name"], found["aliases"], found["latin"]) == (
        "أسامة عزيزية",
        ["أبو الليث"],
        "Usama Aziziya",
    )
    isis = _get(client, "/api/entities", name="الدولة الإسلامية", type="ORG")["items"]
    assert [e["name"] for e in isis] == ["تنظيم داعش"]
    assert isis[0]["latin"] == "Islamic State (Syria)"
    pseudonym = _get(client, "/api/entities", name="أحمد حسان")["items"][0]
    assert pseudonym["pseudonym"] is True


def test_entity_detail_gathers_events_relations_documents(client: TestClient) -> None:
    entity = _get(client, "/api/entities/داعش")
    assert entity["name"] == "تنظيم داعش" and entity["type"] == "ORG"
    assert "داعش" in entity["aliases"]
    assert [e["event_id"] for e in entity["events"]] == ["ev-seed-raid"]
    types = {(r["type"], r["tail"]) for r in entity["relations"]}
    assert ("facilitated_by", "المخابرات الجوية") in types
    assert {d["doc_id"] for d in entity["documents"]} >= {"sy24-isis-south", "horan-air-intel"}
    missing = client.get("/api/entities/لا أحد")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_relations_filter_and_evidence(client: TestClient) -> None:
    page = _get(client, "/api/relations", type="facilitated_by", entity="المخابرات الجوية")
    assert page["total"] == 3
    assert all(r["evidence_text"] for r in page["items"])
    assert _get(client, "/api/relations", doc_id="xss-doc")["total"] == 1


def test_documents_list_and_detail_with_spans(client: TestClient) -> None:
    page = _get(client, "/api/documents", limit=2)
    assert page["total"] == 6 and len(page["items"]) == 2
    document = _get(client, "/api/documents/sy24-isis-south")
    text = document["text"]
    kinds = {span["kind"] for span in document["spans"]}
    assert kinds == {"evidence", "trigger", "entity", "mention"}
    for span in document["spans"]:
        assert 0 <= span["start"] < span["end"] <= len(text)
    only_source = _get(client, "/api/documents", source="درعا")
    assert {d["doc_id"] for d in only_source["items"]} == {"daraa24-air-intel", "daraa24-regime"}
    assert client.get("/api/documents/none").status_code == 404


def test_search_finds_clitic_forms(client: TestClient) -> None:
    hits = _get(client, "/api/search", q="المخابرات الجوية")["items"]
    assert {h["doc_id"] for h in hits} >= {"sy24-isis-south", "daraa24-air-intel"}
    assert all("⟦" in h["snippet"] for h in hits)
    assert client.get("/api/search", params={"q": ""}).status_code == 422


def test_network_nodes_and_edges(client: TestClient) -> None:
    graph = _get(client, "/api/network")
    labels = {n["label"] for n in graph["nodes"]}
    assert {"اللواء الثامن", "فايز الراضي", "المخابرات الجوية"} <= labels
    kinds = {e["kind"] for e in graph["edges"]}
    assert {"event", "facilitated_by", "leads", "killed_by"} <= kinds
    ids = {n["id"] for n in graph["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in graph["edges"])
    assert _get(client, "/api/network", type="Protests")["nodes"] == []


def test_boundaries_are_geojson(client: TestClient) -> None:
    governorates = _get(client, "/api/boundaries/governorates")
    assert len(governorates["features"]) == 14
    assert "درعا" in {f["properties"]["name_ar"] for f in governorates["features"]}
    assert len(_get(client, "/api/boundaries/districts")["features"]) == 62
    assert client.get("/api/boundaries/streets").status_code == 422


def test_openapi_lists_the_routes(client: TestClient) -> None:
    paths = _get(client, "/openapi.json")["paths"]
    for path in ["/api/events", "/api/who-is-behind", "/api/ingest", "/api/entities/{name}"]:
        assert path in paths
