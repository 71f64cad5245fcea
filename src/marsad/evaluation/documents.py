"""Reading gold and prediction files (JSON Lines, ``shared/spec/events.md``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from marsad.errors import EvaluationError
from marsad.ingest.ids import parse_published
from marsad.model import Document


def load_documents(path: str | Path) -> dict[str, dict[str, Any]]:
    """Read a JSONL file into documents keyed by ``str(doc_id)``, in file order.

    Blank lines are skipped; a later line with the same ``doc_id`` replaces the
    earlier one; a document without ``doc_id`` is keyed ``"None"``, as the
    official scorer keys it. Line numbers count universal newlines, as Python's
    text files do.

    Raises :class:`EvaluationError` naming the file and line when a line is not
    JSON (``gold.jsonl:3: not JSON: Expecting value: line 1 column 1 (char 0)``)
    or not a JSON object, or when the file cannot be read as UTF-8.
    """
    documents: dict[str, dict[str, Any]] = {}
    try:
        with open(path, encoding="utf-8") as lines:
            for line_number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                record = _parse_line(path, line_number, line)
                documents[str(record.get("doc_id"))] = record
    except UnicodeDecodeError as err:
        line_number = _line_of_first_decoding_error(Path(path))
        raise EvaluationError(f"{path}:{line_number}: not UTF-8: {err.reason}") from err
    except OSError as err:
        raise EvaluationError(f"{path}: cannot read: {err.strerror or err}") from err
    return documents


def as_annotated(document: Document, gold: Mapping[str, dict[str, Any]]) -> Document:
    """The document keyed and dated as its gold annotation: the gold of a .txt/.html
    file is keyed by the file's name, and a document with no publication date takes
    the gold's, as a user would pass it with ``--published``."""
    origin = Path((document.origin or "").split(":")[0])
    if origin.suffix in (".txt", ".html"):
        document = replace(document, doc_id=origin.stem)
    published = (gold.get(document.doc_id) or {}).get("published")
    if document.published is None and published:
        document = replace(document, published=parse_published(published))
    return document


def _line_of_first_decoding_error(path: Path) -> int:
    """The line holding the first byte that is not UTF-8.

    Text files decode ahead in blocks, so the line being read when decoding
    fails is not the line at fault; the bytes are searched again to name it.
    """
    raw = path.read_bytes()
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as err:
        before = raw[: err.start].decode("utf-8")
        # Universal newlines, as text files count them: \n, \r\n and a lone \r.
        return before.count("\n") + before.count("\r") - before.count("\r\n") + 1
    return 1


def _parse_line(path: str | Path, line_number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        # Worded as score.py words it, so either tool's message points to the same place.
        raise EvaluationError(f"{path}:{line_number}: not JSON: {err}") from err
    if not isinstance(record, dict):
        raise EvaluationError(
            f"{path}:{line_number}: not a JSON object: a document is {{...}}, "
            f"this line holds a {type(record).__name__}"
        )
    return record
