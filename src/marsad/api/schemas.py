"""Pydantic models: the API edge only (request bodies and documented response shapes)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

# One request may carry a day's output of a few outlets; bigger batches go through the
# CLI (`marsad ingest`), which streams and parallelises.
MAX_INGEST_DOCUMENTS = 100
# The ingest readers' own cap on one article (marsad.ingest.files.MAX_ARTICLE_BYTES is
# in bytes; two bytes per Arabic letter in UTF-8).
MAX_TEXT_CHARS = 1_000_000


class ErrorDetail(BaseModel):
    code: str = Field(examples=["not_found"])
    message: str = Field(examples=["no event 'ev-0'"])
    status: int = Field(examples=[404])
    details: list[dict[str, Any]] | None = None


class ErrorResponse(BaseModel):
    """Every error, whatever its status."""

    error: ErrorDetail


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": description}
    for status, description in {
        400: "Bad parameter value (e.g. bbox)",
        404: "Not found",
        422: "Invalid parameters or body",
        500: "Internal error",
    }.items()
}


class Page(BaseModel):
    """A page of results: ``items`` from ``offset``, ``total`` matching in all."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


class IngestDocument(BaseModel):
    """An article: the spec's document shape (extra fields such as events are ignored)."""

    model_config = ConfigDict(extra="ignore")

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    doc_id: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(default=None, max_length=40, examples=["2023-01-20"])


class IngestBatch(BaseModel):
    documents: list[IngestDocument] = Field(min_length=1, max_length=MAX_INGEST_DOCUMENTS)


class IngestResult(BaseModel):
    doc_id: str
    status: Literal["added", "updated", "unchanged", "failed"]
    events: int = 0
    error: str | None = None
    stage: str | None = None


class IngestResponse(BaseModel):
    results: list[IngestResult]
