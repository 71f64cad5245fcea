"""POST /api/ingest: the only writing endpoint, behind a token.

Without a configured token (``marsad serve --token`` or ``MARSAD_TOKEN``) the endpoint
is disabled (403), so a dashboard started for browsing can never be written to. With
one, a request must send it as ``Authorization: Bearer <token>`` (or ``X-Marsad-Token``);
a missing or wrong token is 401.
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Body, Depends, Request

from marsad.api.errors import ApiError
from marsad.api.routes import Db
from marsad.api.schemas import (
    ERRORS,
    ErrorResponse,
    IngestBatch,
    IngestDocument,
    IngestResponse,
    IngestResult,
)
from marsad.errors import MarsadError
from marsad.export.spec import to_spec
from marsad.ingest.jsonl import document_from_record
from marsad.model import Failure
from marsad.pipeline import process

router = APIRouter(prefix="/api")


def require_token(request: Request) -> None:
    expected: str | None = request.app.state.token
    if not expected:
        raise ApiError(403, "ingest_disabled", "ingest is disabled: start the server with --token")
    auth = request.headers.get("authorization", "")
    given = auth[7:] if auth.lower().startswith("bearer ") else ""
    given = given or request.headers.get("x-marsad-token", "")
    if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise ApiError(
            401,
            "unauthorized",
            "missing or wrong token",
            headers={"WWW-Authenticate": 'Bearer realm="marsad"'},
        )


@router.post(
    "/ingest",
    response_model=IngestResponse,
    dependencies=[Depends(require_token)],
    responses={
        **ERRORS,
        401: {"model": ErrorResponse, "description": "Missing or wrong token"},
        403: {"model": ErrorResponse, "description": "Ingest disabled (no token)"},
    },
    summary="Extract and store documents (token required)",
)
def ingest(
    db: Db,
    body: Annotated[IngestBatch | IngestDocument, Body()],
) -> IngestResponse:
    """Run the pipeline on each document (the spec's shape, or text + metadata) and store
    the result. A document that fails is quarantined and reported; the rest go on."""
    documents = body.documents if isinstance(body, IngestBatch) else [body]
    results = []
    with db.open() as store:
        for number, item in enumerate(documents):
            origin = f"api:{item.doc_id or number}"
            try:
                document = document_from_record(
                    item.model_dump(), origin, published=None, source=None
                )
            except MarsadError as error:
                results.append(
                    IngestResult(
                        doc_id=item.doc_id or "", status="failed", error=str(error), stage="ingest"
                    )
                )
                continue
            outcome = process(document)
            if isinstance(outcome, Failure):
                store.save_failure(outcome)
                results.append(
                    IngestResult(
                        doc_id=document.doc_id,
                        status="failed",
                        error=outcome.error,
                        stage=outcome.stage,
                    )
                )
                continue
            status = store.save(to_spec(outcome))
            results.append(
                IngestResult(doc_id=document.doc_id, status=status, events=len(outcome.events))
            )
    return IngestResponse(results=results)
