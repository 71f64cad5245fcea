"""Security at the edge: one error shape, CSP, the ingest token, hostile article text."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.api.app import CONTENT_SECURITY_POLICY
from tests.test_api_fixtures import XSS_IMG, XSS_SCRIPT, build_db, seed_document, xss_document

TOKEN = "s3cret-token"
ARTICLE = (
    "قتل مسلحون مجهولون الشاب محمد الزعبي في بلدة اليادودة بريف درعا الغربي مساء أمس، "
    "بحسب ما أفاد مراسل تجمع أحرار حوران."
)


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    return build_db(tmp_path / "marsad.db", [seed_document(), xss_document()])


@pytest.fixture()
def app(db_path: Path) -> FastAPI:
    application = create_app(db_path, token=TOKEN)

    def explode() -> None:
        raise RuntimeError("secret internal detail")

    application.add_api_route("/api/explode", explode)
    return application


@pytest.fixture()
def client(app: FastAPI) -> TestClient:
    return TestClient(app, raise_server_exceptions=False)


def _assert_error(response: object, status: int, code: str) -> dict[str, object]:
    assert getattr(response, "status_code") == status  # noqa: B009
    body = response.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"}
    error = body["error"]
    assert error["status"] == status and error["code"] == code
    assert isinstance(error["message"], str) and error["message"]
    return dict(error)


# one error shape ----------------------------------------------------------------------------


def test_error_shape_for_every_status(client: TestClient) -> None:
    _assert_error(client.get("/api/events/ev-none"), 404, "not_found")
    _assert_error(client.get("/api/no-such-route"), 404, "not_found")
    _assert_error(client.delete("/api/events"), 405, "method_not_allowed")
    error = _assert_error(
        client.get("/api/events", params={"limit": "many"}), 422, "invalid_request"
    )
    assert error["details"] == [{"field": "query.limit", "message": error["details"][0]["message"]}]  # type: ignore[index]
    _assert_error(client.get("/api/events", params={"bbox": "x"}), 400, "bad_bbox")
    _assert_error(client.post("/api/ingest", json={"text": ARTICLE}), 401, "unauthorized")
    crash = _assert_error(client.get("/api/explode"), 500, "internal_error")
    assert "secret" not in str(crash)


def test_html_pages_render_errors_as_pages(client: TestClient) -> None:
    response = client.get("/events/ev-none", headers={"accept": "text/html"})
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert '<html lang="ar" dir="rtl"' in response.text and "not_found" in response.text
    # the same URL asked for by a script gets the JSON shape
    _assert_error(client.get("/events/ev-none"), 404, "not_found")


# headers ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/", "/api/events", "/documents/xss-doc", "/static/app.css", "/docs", "/nope"]
)
def test_content_security_policy_on_every_response(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"


def test_policy_allows_only_this_origin() -> None:
    directives = dict(d.split(" ", 1) for d in CONTENT_SECURITY_POLICY.split("; "))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"  # no inline script, no eval, no CDN
    assert "unsafe" not in CONTENT_SECURITY_POLICY and "http" not in CONTENT_SECURITY_POLICY


def test_pages_have_no_inline_script_and_no_remote_assets(client: TestClient) -> None:
    for url in ["/", "/network", "/documents/xss-doc", "/events/ev-xss", "/docs", "/entities"]:
        page = client.get(url).text
        for tag in re.findall(r"<script[^>]*>", page):
            assert 'src="/static/' in tag or 'type="application/json"' in tag, (url, tag)
        assert not re.search(r"""(src|href)=["']https?://""", page), url


# the ingest token ------------------------------------------------------------------------------


def test_ingest_disabled_without_token(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MARSAD_TOKEN", raising=False)
    client = TestClient(create_app(db_path))
    response = client.post(
        "/api/ingest", json={"text": ARTICLE}, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    _assert_error(response, 403, "ingest_disabled")


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}, {"X-Marsad-Token": "x"}],
)
def test_ingest_rejects_missing_or_wrong_token(client: TestClient, headers: dict[str, str]) -> None:
    response = client.post("/api/ingest", json={"text": ARTICLE}, headers=headers)
    _assert_error(response, 401, "unauthorized")
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_ingest_with_token_runs_the_pipeline_and_stores(client: TestClient) -> None:
    body = {
        "documents": [
            {
                "doc_id": "horan-test",
                "text": ARTICLE,
                "title": "اغتيال في اليادودة",
                "source": "تجمع أحرار حوران",
                "published": "2023-03-15",
                "events": [{"ignored": True}],  # a spec document's extractions are recomputed
            }
        ]
    }
    response = client.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    (result,) = response.json()["results"]
    assert result["doc_id"] == "horan-test" and result["status"] == "added"
    assert result["events"] >= 1
    stored = client.get("/api/documents/horan-test").json()
    assert stored["source"] == "تجمع أحرار حوران" and stored["events"]
    again = client.post("/api/ingest", json=body, headers={"X-Marsad-Token": TOKEN})
    assert again.json()["results"][0]["status"] == "unchanged"


def test_ingest_token_from_environment(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_TOKEN", "from-env")
    client = TestClient(create_app(db_path))
    response = client.post(
        "/api/ingest", json={"text": ARTICLE}, headers={"Authorization": "Bearer from-env"}
    )
    assert response.status_code == 200
    assert response.json()["results"][0]["status"] == "added"


def test_ingest_validates_the_body(client: TestClient) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    _assert_error(
        client.post("/api/ingest", json={"title": "x"}, headers=headers), 422, "invalid_request"
    )
    _assert_error(
        client.post("/api/ingest", json={"documents": []}, headers=headers), 422, "invalid_request"
    )


# hostile article text ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/documents/xss-doc",
        "/events/ev-xss",
        "/",
        "/documents",
        "/entities",
        f"/entities/{XSS_SCRIPT}",
        "/search?q=طفس",
        "/who-is-behind?event=ev-xss",
        f"/who-is-behind?entity={XSS_SCRIPT}",
    ],
)
def test_article_markup_renders_as_text(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200, response.text
    page = response.text
    assert XSS_SCRIPT not in page and XSS_IMG not in page
    assert not re.search(r"<img\b", page) and 'href="javascript:' not in page
    assert html.escape(XSS_SCRIPT, quote=False) in page


def test_document_view_escapes_every_piece_and_keeps_the_text(client: TestClient) -> None:
    page = client.get("/documents/xss-doc").text
    article = page.split('id="article"', 1)[1].split("</div>", 1)[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=alert(2)&gt;" in article
    assert "&lt;b&gt;العملية&lt;/b&gt;" in article
    # every tag in the article is one the highlighter writes
    assert set(re.findall(r"<(/?\w+)", article)) <= {"a", "/a", "mark", "/mark", "span", "/span"}
    # the spans over the hostile text are still highlighted and linked
    assert 'class="span entity label-PER"' in article
    assert 'href="/entities/%3Cscript%3Ealert%281%29%3C%2Fscript%3E"' in article
    # the untrusted URL is not a link target
    assert 'href="javascript:' not in page


def test_json_embedded_in_pages_cannot_close_its_script_block(client: TestClient) -> None:
    page = client.get("/documents/xss-doc").text
    blocks = re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', page, re.S)
    assert blocks, "the page embeds its data"
    for block in blocks:
        assert "<" not in block and ">" not in block
    assert "\\u003cscript\\u003e" in blocks[0]


def test_api_returns_article_text_verbatim_as_json(client: TestClient) -> None:
    response = client.get("/api/documents/xss-doc")
    assert response.headers["content-type"] == "application/json"
    assert XSS_SCRIPT in response.json()["text"]  # data stays data; the JSON is not HTML
