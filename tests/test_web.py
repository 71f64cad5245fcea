"""Dashboard pages (server side): RTL, JSON twins, highlighting, labels, vendored assets."""

from __future__ import annotations

import doctest
import importlib
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from marsad.api import create_app
from marsad.api.documents import TextSpan
from marsad.cli import app as cli
from marsad.taxonomy import disorder_types
from marsad.web.highlight import highlight
from tests.test_api_fixtures import build_db, corroborating_documents, seed_document, xss_document

WEB = Path(__file__).resolve().parents[1] / "src" / "marsad" / "web"
PAGES = [
    "/",
    "/?type=Battles&admin1=درعا",
    "/network",
    "/events/ev-seed-raid",
    "/entities",
    "/entities?type=PER&name=ابو الليث",
    "/entities/تنظيم داعش",
    "/documents",
    "/documents/sy24-isis-south",
    "/documents/sy24-isis-south?event=ev-seed-raid",
    "/who-is-behind",
    "/who-is-behind?entity=تنظيم داعش",
    "/who-is-behind?event=ev-seed-raid",
    "/search?q=المخابرات",
    "/docs",
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    documents = [seed_document(), *corroborating_documents(), xss_document()]
    path = build_db(tmp_path_factory.mktemp("web") / "marsad.db", documents)
    return TestClient(create_app(path))


@pytest.mark.parametrize("url", PAGES)
def test_page_is_arabic_rtl_with_a_json_twin(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200, response.text
    page = response.text
    assert page.startswith("<!doctype html>")
    assert '<html lang="ar" dir="rtl"' in page
    twin = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)">', page)
    assert twin is not None
    json_response = client.get(twin.group(1).replace("&amp;", "&"))
    assert json_response.status_code == 200, twin.group(1)
    assert json_response.headers["content-type"].startswith("application/json")


def test_map_and_graph_containers_are_ltr(client: TestClient) -> None:
    assert '<div id="map" class="map" dir="ltr">' in client.get("/").text
    assert '<div id="network" class="network" dir="ltr">' in client.get("/network").text


def test_labels_are_bilingual_and_cover_the_taxonomy() -> None:
    labels = json.loads((WEB / "static" / "labels.json").read_text("utf-8"))
    for key, entry in labels.items():
        assert set(entry) == {"ar", "en"} and entry["ar"] and entry["en"], key
    for event_type, sub_event_type in disorder_types():
        assert event_type in labels and sub_event_type in labels
    from marsad.api.network import ROLES

    assert all(f"role.{role}" in labels for role in ROLES.values())


def test_dashboard_shows_both_label_languages(client: TestClient) -> None:
    page = client.get("/").text
    assert '<span class="l10n" lang="ar">الخريطة</span>' in page
    assert '<span class="l10n" lang="en" dir="ltr">Map</span>' in page
    assert 'id="lang-toggle"' in page


def test_partial_table_pushes_the_dashboard_url(client: TestClient) -> None:
    response = client.get("/partials/events", params={"type": "Battles", "actor": ""})
    assert response.headers["hx-push-url"] == "/?type=Battles"
    assert response.text.startswith('<section id="events-table"')
    assert 'data-query="type=Battles"' in response.text
    assert response.text.count('class="event-row"') == 1


def test_filters_read_the_query_string(client: TestClient) -> None:
    page = client.get("/", params={"type": "Violence against civilians"}).text
    assert '<option value="Violence against civilians" selected>' in page
    assert page.count('class="event-row"') == 1 and 'data-event-id="ev-xss"' in page


def test_names_show_arabic_and_latin(client: TestClient) -> None:
    page = client.get("/entities/أسامة عزيزية").text
    assert '<bdi class="latin" dir="ltr" lang="en">Usama Aziziya</bdi>' in page
    assert "أبو الليث" in page
    event = client.get("/events/ev-seed-raid").text
    assert "8th Brigade" in event


def test_event_page_links_to_its_evidence_in_the_document(client: TestClient) -> None:
    page = client.get("/events/ev-seed-raid").text
    assert 'href="/documents/sy24-isis-south?event=ev-seed-raid#ev-seed-raid"' in page
    assert '<a class="span trigger label-trigger"' in page
    document = client.get("/documents/sy24-isis-south", params={"event": "ev-seed-raid"}).text
    assert 'id="ev-seed-raid"' in document
    assert '<mark class="evidence focus" data-events="ev-seed-raid"' in document


# highlighting --------------------------------------------------------------------------------


def test_highlight_nested_and_overlapping_spans() -> None:
    text = "قتل خالد في درعا"
    spans = [
        TextSpan(0, len(text), "evidence", "Attack", "ev-1", "Attack"),
        TextSpan(0, 3, "trigger", "Attack", "ev-1", "Attack"),
        TextSpan(4, 8, "entity", "PER", "خالد", "PER"),
        TextSpan(4, 8, "mention", "PER", "خالد", "PER"),  # same span: the entity wins
        TextSpan(12, 16, "entity", "LOC", "درعا", "LOC"),
        TextSpan(9, 16, "evidence", "Other", "ev-2", "Other"),  # overlaps the first
    ]
    html = str(highlight(text, spans, focus_event="ev-2"))
    assert re.sub(r"<[^>]+>|◆", "", html) == text  # nothing lost, nothing added
    assert html.count('id="ev-1"') == 1 and html.count('id="ev-2"') == 1
    assert '<a class="span entity label-PER"' in html and "mention" not in html
    assert 'href="/entities/%D8%AE%D8%A7%D9%84%D8%AF"' in html
    assert '<mark class="evidence focus" data-events="ev-1 ev-2"' in html
    assert html.count("<mark") == len(re.findall(r"</mark>", html))


def test_highlight_ignores_nothing_and_escapes_everything() -> None:
    text = "a<b>\"&'z"
    html = str(highlight(text, [TextSpan(1, 4, "mention", 'X"><script>', None, "<t>")]))
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;b&gt;" in html and "&#34;" in html and "&amp;" in html
    assert 'class="span mention label-Xscript"' in html  # labels in classes are sanitized


@pytest.mark.parametrize("module", ["marsad.api.names", "marsad.web.highlight"])
def test_docstring_examples(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0


# assets ------------------------------------------------------------------------------------------


def test_templates_have_no_inline_scripts_or_handlers() -> None:
    for template in (WEB / "templates").rglob("*.html"):
        source = template.read_text("utf-8")
        for tag in re.findall(r"<script[^>]*>", source):
            assert "src=" in tag or 'type="application/json"' in tag, (template.name, tag)
        assert not re.search(r"\son[a-z]+=", source), template.name
        assert "|safe" not in source, template.name  # markup comes only from highlight()


def test_vendored_assets_are_pinned_and_licensed() -> None:
    vendor = WEB / "static" / "vendor"
    versions = dict(
        line.split(" ", 2)[:2]
        for line in (vendor / "VERSIONS").read_text().splitlines()
        if line and not line.startswith("#")
    )
    assert versions["htmx.org"].startswith("2.")
    assert versions["leaflet"] == "1.9.4"
    assert versions["cytoscape"].startswith("3.")
    for directory in ["htmx", "leaflet", "cytoscape", "vis-timeline", "swagger-ui"]:
        assert list((vendor / directory).glob("LICENSE*")), directory
    for name in [
        "htmx/htmx.min.js",
        "leaflet/leaflet.js",
        "cytoscape/cytoscape.min.js",
        "vis-timeline/vis-timeline-graph2d.min.js",
        "swagger-ui/swagger-ui-bundle.js",
    ]:
        assert (vendor / name).stat().st_size > 10_000, name


def test_static_files_are_served(client: TestClient) -> None:
    assert client.get("/static/vendor/leaflet/leaflet.js").status_code == 200
    labels = client.get("/static/labels.json")
    assert labels.status_code == 200 and labels.json()["Battles"]["ar"] == "معارك"


def test_docs_page_uses_the_vendored_swagger_ui(client: TestClient) -> None:
    page = client.get("/docs").text
    assert '<script src="/static/vendor/swagger-ui/swagger-ui-bundle.js">' in page
    assert "cdn" not in page.lower()


def test_serve_command_is_listed() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--port" in result.output and "--token" in result.output and "127.0.0.1" in result.output
