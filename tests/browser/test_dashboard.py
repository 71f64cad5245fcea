"""The demo database end to end in a real browser: map, timeline, table, network,
event → evidence in the article, entity and who-is-behind pages, the API docs."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

# Leaflet, vis-timeline and cytoscape draw after the data arrives; the scripts set
# body[data-ready] when they are done. Generous for a loaded CI machine.
READY_MS = 20_000


def _wait_until(page: Any, expression: str, timeout_ms: int = READY_MS) -> None:
    """Poll a JS expression (``wait_for_function`` evaluates strings with eval, which the
    page's CSP rightly refuses)."""
    deadline = time.monotonic() + timeout_ms / 1000
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {expression}")
        page.wait_for_timeout(100)


def _ready(page: Any) -> None:
    page.wait_for_selector("body[data-ready=true]", timeout=READY_MS)


def _assert_rtl(page: Any) -> None:
    assert page.get_attribute("html", "dir") == "rtl"
    assert page.get_attribute("html", "lang") == "ar"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"


def test_dashboard_draws_map_timeline_and_table(page: Any, artifacts: Path) -> None:
    page.goto("/")
    _ready(page)
    _assert_rtl(page)
    assert page.evaluate("getComputedStyle(document.getElementById('map')).direction") == "ltr"
    # the offline base layer: 14 governorates and 62 districts drawn as SVG paths
    boundaries = page.locator(".leaflet-overlay-pane path:not(.event-marker)").count()
    assert boundaries >= 14 + 62
    assert page.locator(".gov-label").count() == 14
    markers = page.locator("path.event-marker").count()
    placed = page.evaluate(
        """async () => {
            const page = await (await fetch('/api/events?limit=5000')).json();
            return page.items.filter(e => e.location.lat !== null).length;
        }"""
    )
    assert markers == placed > 0
    assert page.locator("#timeline .vis-item").count() > 0
    assert page.locator("#events-table tr.event-row").count() > 0
    page.screenshot(path=artifacts / "dashboard.png", full_page=True)


def test_click_event_on_map_then_see_its_evidence_in_the_article(
    page: Any, artifacts: Path
) -> None:
    page.goto("/")
    _ready(page)
    page.locator("path.event-marker").first.dispatch_event("click")
    link = page.locator(".leaflet-popup-content a.popup-link")
    link.wait_for(timeout=READY_MS)
    page.screenshot(path=artifacts / "dashboard-popup.png")
    link.click()
    page.wait_for_url("**/events/**")
    _assert_rtl(page)
    evidence = page.locator("#evidence").inner_text()
    assert evidence.strip()
    page.screenshot(path=artifacts / "event.png", full_page=True)
    page.click("#show-in-document")
    page.wait_for_url("**/documents/**")
    _ready(page)
    _assert_rtl(page)
    assert page.evaluate("getComputedStyle(document.getElementById('article')).direction") == "rtl"
    focus = page.locator(".article mark.evidence.focus")
    assert focus.count() > 0
    assert focus.first.is_visible()
    highlighted = "".join(focus.all_inner_texts())
    assert " ".join(highlighted.split()) == " ".join(evidence.split())
    assert page.locator(".article .span.entity, .article .span.trigger").count() > 0
    page.screenshot(path=artifacts / "document.png", full_page=True)


def test_filters_update_table_map_and_timeline_together(page: Any) -> None:
    page.goto("/")
    _ready(page)
    before = page.locator("path.event-marker").count()
    page.select_option("select[name=type]", "Battles")
    with page.expect_response(lambda r: "/api/events?" in r.url and "Battles" in r.url):
        page.click("form.filters button[type=submit]")
    _wait_until(page, "location.search.includes('type=Battles')")
    _wait_until(page, f"document.querySelectorAll('path.event-marker').length < {before}")
    types = page.locator("#events-table tr.event-row .etype").evaluate_all(
        "nodes => nodes.map(n => n.dataset.type)"
    )
    assert types and set(types) == {"Battles"}
    groups = page.locator("#timeline .vis-label").all_inner_texts()
    assert [g.strip() for g in groups if g.strip()] == ["معارك"]


def test_network_renders_actors_and_people(page: Any, artifacts: Path) -> None:
    page.goto("/network")
    _ready(page)
    _assert_rtl(page)
    nodes = page.evaluate("window.marsadNetwork.nodes().length")
    edges = page.evaluate("window.marsadNetwork.edges().length")
    assert nodes > 5 and edges > 0
    labels = page.evaluate("window.marsadNetwork.nodes().map(n => n.data('label'))")
    assert "المخابرات الجوية" in labels
    assert page.locator("#network canvas").count() > 0
    page.screenshot(path=artifacts / "network.png", full_page=True)


def test_language_toggle_switches_labels(page: Any, artifacts: Path) -> None:
    page.goto("/")
    _ready(page)
    assert page.get_by_text("الخريطة", exact=True).is_visible()
    page.click("#lang-toggle")
    assert page.get_attribute("html", "data-ui-lang") == "en"
    assert page.get_by_text("Map", exact=True).is_visible()
    assert not page.get_by_text("الخريطة", exact=True).is_visible()
    assert page.get_attribute("html", "dir") == "rtl"  # the page stays right to left
    page.screenshot(path=artifacts / "dashboard-en.png")
    page.reload()
    _ready(page)
    assert page.get_attribute("html", "data-ui-lang") == "en"  # remembered


def test_entity_and_who_is_behind_pages(page: Any, artifacts: Path) -> None:
    page.goto("/entities/" + quote("تنظيم داعش"))
    _assert_rtl(page)
    assert page.locator(".who-link").count() > 0
    page.screenshot(path=artifacts / "entity.png", full_page=True)
    page.goto("/who-is-behind?entity=" + quote("تنظيم داعش"))
    _assert_rtl(page)
    names = page.locator(".who-link").evaluate_all("nodes => nodes.map(n => n.dataset.name)")
    assert "المخابرات الجوية" in names
    assert page.locator(".who-link blockquote").count() > 0
    page.screenshot(path=artifacts / "who-is-behind.png", full_page=True)


def test_every_page_renders_right_to_left_without_errors(page: Any) -> None:
    for url in ["/documents", "/entities", "/search?q=" + quote("درعا"), "/who-is-behind"]:
        page.goto(url)
        _assert_rtl(page)
    page.goto("/entities")
    page.fill("input[name=name]", "ابو")
    _wait_until(page, "document.querySelectorAll('#entities-table tr.entity-row').length < 40")


def test_api_docs_load_offline(page: Any, artifacts: Path) -> None:
    page.goto("/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=READY_MS)
    assert page.locator(".swagger-ui .opblock").count() >= 10
    page.screenshot(path=artifacts / "docs.png")
