"""The pipeline: stage failures quarantine one document; parallel runs keep order."""

from __future__ import annotations

import pytest

import marsad.pipeline as pipeline
from marsad import MarsadError, extract
from marsad.export.spec import to_spec
from marsad.ingest import read_inputs
from marsad.model import Document, Extraction, Failure, Span

from .conftest import EXAMPLES

SENTENCE = "قُتل الشاب خالد الحريري برصاص مسلحين مجهولين في بلدة اليادودة بريف درعا الغربي."


def _documents(*texts: str) -> list[Document | Failure]:
    return [Document(doc_id=f"d{i}", text=t, origin=f"mem:{i}") for i, t in enumerate(texts)]


def test_failing_stage_quarantines_that_document_only(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.find_places

    def fragile(text: str) -> object:
        if "انهيار" in text:
            raise ValueError("unexpected gazetteer state")
        return real(text)

    monkeypatch.setattr(pipeline, "find_places", fragile)
    results = list(pipeline.run(_documents(SENTENCE, "انهيار " + SENTENCE, SENTENCE)))
    assert [type(r).__name__ for r in results] == ["Extraction", "Failure", "Extraction"]
    failure = results[1]
    assert isinstance(failure, Failure)
    assert (failure.origin, failure.stage, failure.doc_id) == ("mem:1", "places", "d1")
    assert failure.error == "ValueError: unexpected gazetteer state"


def test_ingest_failures_pass_through_in_order() -> None:
    failure = Failure(origin="x.txt", stage="ingest", error="empty file: no text")
    results = list(pipeline.run([*_documents(SENTENCE), failure]))
    assert isinstance(results[0], Extraction) and results[1] is failure


def test_parallel_run_matches_serial_run_in_order() -> None:
    documents = list(read_inputs([str(EXAMPLES / "jsonl"), str(EXAMPLES / "txt")]))
    serial = [to_spec(r) if isinstance(r, Extraction) else r for r in pipeline.run(documents)]
    parallel = [
        to_spec(r) if isinstance(r, Extraction) else r for r in pipeline.run(documents, jobs=2)
    ]
    assert serial == parallel
    assert len(serial) == len(documents) >= 8


def test_extract_api_runs_whole_pipeline() -> None:
    result = extract(SENTENCE, published="2024-03-10", source="تجمع أحرار حوران")
    assert result.document.source == "تجمع أحرار حوران"
    assert result.document.published is not None
    assert result.document.published.value == "2024-03-10"
    for event in result.events:
        assert Span(0, len(SENTENCE)).contains(event.evidence)


def test_extract_api_raises_marsad_error_on_stage_failure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(text: str) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "find_people", broken)
    with pytest.raises(MarsadError, match="people: RuntimeError: boom"):
        extract(SENTENCE)
