"""JSON Lines in the spec's document shape → Document, one per line."""

from __future__ import annotations

import json
from typing import Any

from marsad.errors import InputError
from marsad.ingest.ids import make_doc_id, parse_published
from marsad.model import Document, PartialDate


def document_from_record(
    record: Any, origin: str, *, published: PartialDate | None, source: str | None
) -> Document:
    """Build a Document from one spec-shaped object; raise InputError if it is not one."""
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError('no "text" field with article text')

    def optional_str(key: str) -> str | None:
        value = record.get(key)
        return str(value) if value not in (None, "") else None

    url = optional_str("url")
    doc_id = optional_str("doc_id") or make_doc_id(url=url, text=text)
    return Document(
        doc_id=doc_id,
        text=text,
        source=optional_str("source") or source,
        url=url,
        title=optional_str("title"),
        published=parse_published(record.get("published")) or published,
        origin=origin,
    )


def parse_jsonl_line(raw: bytes, max_bytes: int) -> Any:
    """Decode and parse one JSONL line; raise InputError saying what is wrong."""
    if len(raw) > max_bytes:
        size = len(raw) / 1e6
        raise InputError(f"line of {size:.1f} MB is larger than the limit for one article")
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            f"not UTF-8 (byte 0x{raw[err.start]:02x} at column {err.start + 1}); "
            "JSONL must be UTF-8"
        ) from err
    try:
        return json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(f"not JSON: {err.msg} at column {err.colno}") from err
