"""Walk inputs (files, directories, ``-``) and read each into Documents.

A bad input never stops the run: it becomes a ``Failure`` naming the file
(and line) and what is wrong, and reading goes on with the next one.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from marsad.errors import InputError
from marsad.ingest.decoding import decode_bytes
from marsad.ingest.html import parse_html
from marsad.ingest.ids import make_doc_id
from marsad.ingest.jsonl import document_from_record, parse_jsonl_line
from marsad.model import Document, Failure, PartialDate

# One news article is a few tens of kB; 10 MB leaves room for pages with
# inline scripts while refusing dumps that were meant to be JSONL archives.
MAX_ARTICLE_BYTES = 10 * 1024 * 1024
# Titles longer than this are a first paragraph, not a headline.
MAX_TITLE_CHARS = 200
MIN_TITLE_WORDS = 4

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
STDIN = "-"


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Metadata applied to documents that do not carry their own."""

    published: PartialDate | None = None
    source: str | None = None
    max_article_bytes: int = MAX_ARTICLE_BYTES


def read_inputs(
    paths: Iterable[str], options: ReadOptions = ReadOptions()
) -> Iterator[Document | Failure]:
    """Yield a Document for every article in ``paths``, a Failure for every bad one.

    ``paths`` are files (``.txt``, ``.html``, ``.jsonl``), directories (read
    recursively, in name order) or ``-`` for standard input.
    """
    for raw in paths:
        if raw == STDIN:
            yield from _read_stream(sys.stdin.buffer.read(), "<stdin>", options, kind=None)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                yield from _read_file(file, options)
        elif path.exists():
            yield from _read_file(path, options)
        else:
            yield Failure(origin=raw, stage="ingest", error="no such file or directory")


def _walk(root: Path) -> Iterator[Path]:
    for directory, subdirs, files in os.walk(root, onerror=None):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(files):
            file = Path(directory, name)
            if file.suffix.lower() in KNOWN_SUFFIXES and not name.startswith("."):
                yield file


def _read_file(path: Path, options: ReadOptions) -> Iterator[Document | Failure]:
    origin = str(path)
    kind = path.suffix.lower()
    try:
        if kind in JSONL_SUFFIXES:
            with path.open("rb") as stream:
                yield from _read_jsonl(stream, origin, options)
            return
        size = path.stat().st_size
        if size > options.max_article_bytes:
            raise InputError(
                f"{size / 1e6:.1f} MB is larger than the "
                f"{options.max_article_bytes / 1e6:.0f} MB limit for one article; "
                "pass archives as JSONL, one article per line"
            )
        data = path.read_bytes()
    except InputError as err:
        yield Failure(origin=origin, stage="ingest", error=str(err))
        return
    except OSError as err:
        yield Failure(origin=origin, stage="ingest", error=f"cannot read: {err.strerror or err}")
        return
    yield from _read_stream(data, origin, options, kind=kind if kind in KNOWN_SUFFIXES else None)


def _read_stream(
    data: bytes, origin: str, options: ReadOptions, *, kind: str | None
) -> Iterator[Document | Failure]:
    if kind is None:
        kind = _sniff(data)
    if kind in JSONL_SUFFIXES:
        yield from _read_jsonl(iter(data.splitlines(keepends=True)), origin, options)
        return
    try:
        if len(data) > options.max_article_bytes:
            raise InputError(
                f"{len(data) / 1e6:.1f} MB is larger than the "
                f"{options.max_article_bytes / 1e6:.0f} MB limit for one article"
            )
        if not data.strip():
            raise InputError("empty file: no text")
        text, _encoding = decode_bytes(data)
        if kind in HTML_SUFFIXES:
            yield _html_document(text, origin, options)
        else:
            yield _text_document(text, origin, options)
    except InputError as err:
        yield Failure(origin=origin, stage="ingest", error=str(err))


def _sniff(data: bytes) -> str:
    head = data.lstrip()[:1]
    if head == b"{":
        return ".jsonl"
    if head == b"<":
        return ".html"
    return ".txt"


def _text_document(text: str, origin: str, options: ReadOptions) -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise InputError("empty file: no text")
    return Document(
        doc_id=make_doc_id(url=None, text=text),
        text=text,
        source=options.source,
        title=_first_line_title(text),
        published=options.published,
        origin=origin,
    )


def _first_line_title(text: str) -> str | None:
    for line in text.split("\n"):
        line = line.strip()
        # share buttons ("Facebook") and datelines ("درعا - مراسلنا") are short;
        # a headline is longer
        if len(line.split()) >= MIN_TITLE_WORDS:
            return line if len(line) <= MAX_TITLE_CHARS else None
    return None


def _html_document(html: str, origin: str, options: ReadOptions) -> Document:
    text, title, published, url = parse_html(html)
    return Document(
        doc_id=make_doc_id(url=url, text=text),
        text=text,
        source=options.source,
        url=url,
        title=title,
        published=published or options.published,
        origin=origin,
    )


def _read_jsonl(
    stream: Iterable[bytes], origin: str, options: ReadOptions
) -> Iterator[Document | Failure]:
    for number, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        line_origin = f"{origin}:{number}"
        try:
            record = parse_jsonl_line(raw, options.max_article_bytes)
            yield document_from_record(
                record, line_origin, published=options.published, source=options.source
            )
        except InputError as err:
            yield Failure(origin=line_origin, stage="ingest", error=str(err))
