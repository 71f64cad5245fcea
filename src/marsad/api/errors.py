"""The API's one error shape, for every status, from every layer.

Every error response, whatever raised it (our code, FastAPI's validation, Starlette's
routing, an unexpected bug), has this body::

    {"error": {"code": "not_found", "message": "no event 'ev-1'", "status": 404}}

``code`` is stable and machine-readable; ``message`` is for a human; validation errors
add ``details`` (FastAPI's list of bad fields). HTML pages render the same error with
the error template instead (see ``marsad.web.pages``).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("marsad.api")

# Codes for statuses raised by the framework itself (unknown route, wrong method …).
_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid_request",
    500: "internal_error",
}


class ApiError(Exception):
    """An error a client can act on: raise it from any endpoint."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def not_found(what: str) -> ApiError:
    return ApiError(404, "not_found", what)


def error_body(status: int, code: str, message: str, **extra: Any) -> dict[str, Any]:
    """The documented error object."""
    return {"error": {"code": code, "message": message, "status": status, **extra}}


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api/", "/openapi")) and "text/html" in (
        request.headers.get("accept", "")
    )


def _respond(
    request: Request,
    status: int,
    code: str,
    message: str,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> Response:
    if _wants_html(request):
        from marsad.web.pages import render_error

        return render_error(request, status, code, message)
    return JSONResponse(error_body(status, code, message, **extra), status, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    """Route every error through the one shape."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, error: ApiError) -> Response:
        return _respond(request, error.status, error.code, error.message, error.headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        code = _CODES.get(error.status_code, "error")
        message = str(error.detail) if error.detail else code.replace("_", " ")
        headers = dict(error.headers) if error.headers else None
        return _respond(request, error.status_code, code, message, headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        details = [
            {"field": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg", "")}
            for e in error.errors()
        ]
        fields = ", ".join(d["field"] for d in details) or "request"
        return _respond(request, 422, "invalid_request", f"invalid {fields}", details=details)

    @app.exception_handler(Exception)
    async def crash(request: Request, error: Exception) -> Response:
        # the traceback goes to the server log, never to the client
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return _respond(request, 500, "internal_error", "internal server error")
