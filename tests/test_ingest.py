"""Readers: every kind of input, and every kind of bad input, as a user meets them."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from marsad.ingest import ReadOptions, read_inputs
from marsad.ingest.decoding import decode_bytes
from marsad.ingest.ids import make_doc_id, parse_published
from marsad.model import Document, Failure, PartialDate

ARTICLE = (
    "درعا - مراسلنا\n"
    "قُتل شاب برصاص مسلحين مجهولين في بلدة اليادودة بريف درعا الغربي، مساء أمس الأحد.\n"
    "وأفاد مراسلنا بأن الشاب كان يعمل في ورشة لتصليح السيارات."
)


DEFAULTS = ReadOptions()


def _read(*paths: str | Path, options: ReadOptions = DEFAULTS) -> list[Document | Failure]:
    return list(read_inputs([str(p) for p in paths], options))


def _only_failure(results: list[Document | Failure]) -> Failure:
    assert len(results) == 1 and isinstance(results[0], Failure), results
    return results[0]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1256", "iso-8859-6"])
def test_text_file_decodes_arabic_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"article-{encoding}.txt"
    # ISO-8859-6 has no ُ-less forms problem but lacks some letters; keep to common ones
    text = ARTICLE if encoding != "iso-8859-6" else ARTICLE.replace("ُ", "")
    path.write_bytes(text.encode(encoding))
    [document] = _read(path)
    assert isinstance(document, Document)
    assert document.text == text
    # the first line with a few words is the title (here the dateline is too short)
    assert document.title == text.split("\n")[1]


def test_text_file_crlf_becomes_lf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    [document] = _read(path)
    assert isinstance(document, Document) and "\r" not in document.text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \t\n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
        ("latin1.txt", "Le café de la gare a été fermé.".encode("latin-1"), "not UTF-8"),
        ("empty.html", b"", "empty file"),
        ("nothing.html", b"<html><head><title>x</title></head><body></body></html>", "no article"),
        ("broken.html", b"<html><body><div><p", "no article"),
    ],
)
def test_bad_file_gives_one_line_failure_naming_file(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    failure = _only_failure(_read(path))
    assert failure.origin == str(path)
    assert failure.stage == "ingest"
    assert message in failure.error
    assert "\n" not in failure.error


def test_fifty_megabyte_file_is_refused_not_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: no 50 MB write needed
    failure = _only_failure(_read(path))
    assert "52.4 MB is larger than" in failure.error
    assert "JSONL" in failure.error


def test_missing_path_is_reported() -> None:
    failure = _only_failure(_read("/nonexistent/article.txt"))
    assert failure.error == "no such file or directory"


def test_directory_is_read_recursively_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "nested.txt").write_text(ARTICLE + " ب", "utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE + " أ", "utf-8")
    (tmp_path / "notes.md").write_text("# not an article", "utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, "utf-8")
    results = _read(tmp_path)
    assert [Path(r.origin or "").name for r in results if isinstance(r, Document)] == [
        "a.txt",
        "nested.txt",
    ]


def test_unreadable_file_in_directory_fails_alone(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    results = _read(tmp_path)
    failures = [r for r in results if isinstance(r, Failure)]
    documents = [r for r in results if isinstance(r, Document)]
    assert len(documents) == 1
    assert len(failures) == 1 and failures[0].origin.endswith("dangling.txt")
    assert failures[0].error.startswith("cannot read")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_file_without_read_permission_fails_alone(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE, "utf-8")
    locked.chmod(0)
    failure = _only_failure(_read(locked))
    assert failure.error.startswith("cannot read")


def test_jsonl_broken_line_is_reported_with_line_number_and_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"doc_id": "a", "text": ARTICLE, "published": "2024-03-10"}, ensure_ascii=False),
        '{"doc_id": "b", "text": "نص مقطوع',
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"doc_id": "d", "title": "بلا نص"}, ensure_ascii=False),
        json.dumps({"doc_id": "e", "text": ARTICLE, "source": "Daraa24"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    results = _read(path)
    assert [r.doc_id for r in results if isinstance(r, Document)] == ["a", "e"]
    failures = {r.origin: r.error for r in results if isinstance(r, Failure)}
    assert set(failures) == {f"{path}:2", f"{path}:4", f"{path}:5"}
    assert failures[f"{path}:2"].startswith("not JSON")
    assert "JSON object" in failures[f"{path}:4"]
    assert "text" in failures[f"{path}:5"]
    first = results[0]
    assert isinstance(first, Document) and first.published == PartialDate("2024-03-10", "day")


def test_jsonl_line_with_bad_utf8_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps({"text": ARTICLE}, ensure_ascii=False).encode("utf-8")
    bad = json.dumps({"text": "x"}).encode("utf-8").replace(b"x", "درعا".encode("cp1256"))
    path.write_bytes(good + b"\n" + bad + b"\n")
    results = _read(path)
    assert isinstance(results[0], Document)
    assert isinstance(results[1], Failure) and "not UTF-8" in results[1].error
    assert results[1].origin == f"{path}:2"


def test_options_fill_missing_metadata_only(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [{"doc_id": "x", "text": ARTICLE}, {"doc_id": "y", "text": ARTICLE, "source": "SY24"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    options = ReadOptions(published=PartialDate("2023-01-20", "day"), source="Enab Baladi")
    x, y = _read(path, options=options)
    assert isinstance(x, Document) and isinstance(y, Document)
    assert (x.source, y.source) == ("Enab Baladi", "SY24")
    assert x.published == PartialDate("2023-01-20", "day")


def test_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    record = json.dumps({"doc_id": "from-stdin", "text": ARTICLE}, ensure_ascii=False)
    fake = io.TextIOWrapper(io.BytesIO(record.encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", fake)
    [document] = list(read_inputs(["-"]))
    assert isinstance(document, Document) and document.doc_id == "from-stdin"


def test_doc_id_is_stable_and_prefers_url() -> None:
    assert make_doc_id(url=None, text=ARTICLE) == make_doc_id(url=None, text=ARTICLE)
    assert make_doc_id(url=None, text=ARTICLE) != make_doc_id(url=None, text=ARTICLE + ".")
    by_url = make_doc_id(url="https://example.invalid/a", text=ARTICLE)
    assert by_url == make_doc_id(url="https://example.invalid/a", text="نص آخر")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-01-20", PartialDate("2023-01-20", "day")),
        ("2023-01-20T08:15:00+03:00", PartialDate("2023-01-20", "day")),
        ("2023-1-5", PartialDate("2023-01-05", "day")),
        ("2023-01", PartialDate("2023-01", "month")),
        ("2023", PartialDate("2023", "year")),
        ("2023-02-30", None),
        ("2023-13", None),
        ("20 كانون الثاني 2023", None),
        ("", None),
        (None, None),
        (20230120, None),
    ],
)
def test_parse_published_never_guesses(value: object, expected: PartialDate | None) -> None:
    assert parse_published(value) == expected


def test_decode_prefers_utf8_over_legacy() -> None:
    assert decode_bytes("درعا".encode())[1] == "utf-8"
    assert decode_bytes("درعا البلد".encode("cp1256"))[1] in ("cp1256", "iso-8859-6")
