"""Browser tests: the real dashboard in Debian's chromium, driven by Playwright.

The app runs on uvicorn in a thread on a free 127.0.0.1 port, over a database built
here from examples/ (the demo pipeline) plus a few hand-written corroborating articles.
Chromium comes from Debian (`apt-get install chromium`, done by .ci/run); Playwright's
own browser download (`playwright install`) is never used.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from marsad.export.spec import to_spec
from marsad.ingest import read_inputs
from marsad.model import Failure
from marsad.pipeline import run
from marsad.store import open_store
from tests.test_api_fixtures import corroborating_documents

CHROMIUM = Path("/usr/bin/chromium")
# Offline: nothing in chromium may try to reach the network on its own.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
EXAMPLES = [str(REPO / "examples" / kind) for kind in ("txt", "html", "jsonl")]
SERVER_START_SECONDS = 20

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark this folder's tests `browser`; skip them, saying why, without chromium."""
    skip = pytest.mark.skip(reason=f"{CHROMIUM} is not installed (apt-get install chromium)")
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.browser)
            if not CHROMIUM.exists():
                item.add_marker(skip)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What `make demo` builds, plus relations from other outlets for who-is-behind."""
    path = tmp_path_factory.mktemp("demo") / "marsad.db"
    with open_store(path) as store:
        for result in run(read_inputs(EXAMPLES), progress=False):
            if not isinstance(result, Failure):
                store.save(to_spec(result))
        for document in corroborating_documents():
            store.save(document)
    return path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def server(demo_db: Path) -> Iterator[str]:
    import uvicorn

    from marsad.api import create_app

    port = _free_port()
    config = uvicorn.Config(
        create_app(demo_db), host="127.0.0.1", port=port, log_level="warning", lifespan="off"
    )
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + SERVER_START_SECONDS
    while not instance.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class ConsoleLog:
    """Console errors, uncaught exceptions and failed requests of one page."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def attach(self, page: Any) -> None:
        page.on(
            "console",
            lambda message: (
                self.errors.append(f"console: {message.text}") if message.type == "error" else None
            ),
        )
        page.on("pageerror", lambda error: self.errors.append(f"pageerror: {error}"))
        page.on(
            "requestfailed",
            lambda request: self.errors.append(f"requestfailed: {request.url}"),
        )


@pytest.fixture()
def page(browser: Any, server: str) -> Iterator[Any]:
    """A fresh page; the test fails if it logged any console error."""
    context = browser.new_context(
        base_url=server, viewport={"width": 1440, "height": 1000}, locale="ar"
    )
    tab = context.new_page()
    log = ConsoleLog()
    log.attach(tab)
    tab.console_log = log
    yield tab
    context.close()
    assert log.errors == [], log.errors


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
