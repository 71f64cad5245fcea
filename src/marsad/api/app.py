"""The application factory: REST API, dashboard pages, static files, security headers."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from marsad.api.database import Database
from marsad.api.errors import install_error_handlers

TOKEN_ENV = "MARSAD_TOKEN"
STATIC_DIR = Path(__file__).resolve().parents[1] / "web" / "static"

# Article text is untrusted input; even if some of it slipped past escaping, the browser
# runs no script that is not a file served by this app, and fetches nothing elsewhere.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}

DESCRIPTION = """\
Sourced, geocoded ACLED-style events from Arabic news, with the actors, people and places
involved and the relations between them. Every fact links back to the sentence that
states it. Every dashboard page has its JSON twin here.

Errors all have one shape: `{"error": {"code": "not_found", "message": "…", "status": 404}}`.
"""


def create_app(db: str | Path, token: str | None = None) -> FastAPI:
    """The marsad web app over the database at ``db`` (created if missing).

    ``token`` enables ``POST /api/ingest``; when None it is read from ``MARSAD_TOKEN``,
    and without either the endpoint answers 403.
    """
    from marsad.api import ingest, routes
    from marsad.web import pages

    app = FastAPI(
        title="marsad",
        summary="Arabic conflict news → sourced, geocoded events; who is behind them",
        description=DESCRIPTION,
        version="0.1.0",
        docs_url=None,  # FastAPI's page loads Swagger UI from a CDN: see pages.docs
        redoc_url=None,
    )
    database = Database(Path(db))
    database.create()
    app.state.database = database
    app.state.token = token if token is not None else os.environ.get(TOKEN_ENV) or None
    install_error_handlers(app)

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for header, value in SECURITY_HEADERS.items():
            response.headers.setdefault(header, value)
        return response

    app.include_router(routes.router)
    app.include_router(ingest.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
