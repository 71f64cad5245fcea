"""The ``marsad`` command as a user runs it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app

from .conftest import EXAMPLES, SEED_JSONL

SHARED = Path(__file__).resolve().parents[2] / "shared"
runner = CliRunner()


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_extract_seed_writes_spec_lines_with_events(tmp_path: Path) -> None:
    out = tmp_path / "pred.jsonl"
    code, _, stderr = _run("extract", str(SEED_JSONL), "-o", str(out))
    assert code == 0, stderr
    [line] = out.read_text("utf-8").splitlines()
    document = json.loads(line)
    assert document["doc_id"] == "sy24-isis-south"
    assert document["events"], "the seed article states several events"
    text = document["text"]
    for event in document["events"]:
        start, end = event["evidence"]
        assert 0 <= start < end <= len(text)
        t_start, t_end = event["trigger_span"]
        assert start <= t_start < t_end <= end
        assert text[t_start:t_end] == event["trigger"]
    for mention in document["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["surface"]


def test_extract_to_stdout() -> None:
    code, stdout, _ = _run("extract", str(SEED_JSONL))
    assert code == 0
    assert json.loads(stdout.splitlines()[0])["doc_id"] == "sy24-isis-south"


def test_extract_bad_inputs_exit_1_and_rest_goes_on(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEED_JSONL, inputs / "seed.jsonl")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.html").write_bytes(b"\x00\x01\x02" * 100)
    (inputs / "broken.jsonl").write_text('{"text": "قتل شاب في درعا"}\n{oops\n', "utf-8")
    out = tmp_path / "pred.jsonl"
    code, _, stderr = _run("extract", str(inputs), "-o", str(out))
    assert code == 1
    messages = stderr.strip().splitlines()
    assert len(messages) == 3
    assert any("empty.txt: ingest: empty file" in m for m in messages)
    assert any("binary.html: ingest: binary file" in m for m in messages)
    assert any("broken.jsonl:2: ingest: not JSON" in m for m in messages)
    assert len(out.read_text("utf-8").splitlines()) == 2


def test_bad_published_option_is_one_line_exit_2() -> None:
    code, _, stderr = _run("extract", str(SEED_JSONL), "--published", "yesterday")
    assert code == 2
    assert stderr.strip() == (
        "marsad: --published 'yesterday' is not a date like 2023-01-20, 2023-01 or 2023"
    )


def test_ingest_twice_changes_nothing_then_exports(tmp_path: Path) -> None:
    db = str(tmp_path / "m.db")
    code, stdout, stderr = _run("ingest", str(EXAMPLES / "jsonl"), "--db", db)
    assert code == 0, stderr
    assert "0 updated, 0 unchanged, 0 failed" in stdout
    code, stdout, _ = _run("ingest", str(EXAMPLES / "jsonl"), "--db", db)
    assert code == 0
    assert "0 added, 0 updated" in stdout and "0 failed" in stdout

    csv_path, geo_path, jsonl_path = (tmp_path / n for n in ("e.csv", "e.geojson", "d.jsonl"))
    for fmt, path in (("acled-csv", csv_path), ("geojson", geo_path), ("jsonl", jsonl_path)):
        code, stdout, stderr = _run("export", "--format", fmt, "--db", db, "-o", str(path))
        assert code == 0, stderr
    assert csv_path.read_text("utf-8").startswith("event_id_cnty,event_date,year,")
    assert json.loads(geo_path.read_text("utf-8"))["type"] == "FeatureCollection"
    doc_ids = [json.loads(line)["doc_id"] for line in jsonl_path.read_text("utf-8").splitlines()]
    assert "sy24-isis-south" in doc_ids


def test_ingest_records_failures_in_quarantine(tmp_path: Path) -> None:
    db = str(tmp_path / "q.db")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "x"}\n', "utf-8")
    code, stdout, _ = _run("ingest", str(bad), "--db", db)
    assert code == 1 and "1 failed" in stdout
    code, stdout, _ = _run("stats", "--db", db)
    assert code == 0 and "quarantined inputs" in stdout


def test_search_finds_clitic_form(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    _run("ingest", str(SEED_JSONL), "--db", db)
    code, stdout, _ = _run("search", "إنخل", "--db", db)
    assert code == 0 and "sy24-isis-south" in stdout
    code, stdout, _ = _run("search", "كوكب المريخ", "--db", db)
    assert code == 0 and "no documents match" in stdout


@pytest.mark.parametrize("command", ["export", "search", "stats"])
def test_missing_database_is_one_line_exit_2(tmp_path: Path, command: str) -> None:
    args = [command, "--db", str(tmp_path / "none.db")]
    if command == "search":
        args.insert(1, "درعا")
    code, _, stderr = _run(*args)
    assert code == 2
    assert "no such database" in stderr and len(stderr.strip().splitlines()) == 1


def test_unknown_export_format(tmp_path: Path) -> None:
    code, _, stderr = _run("export", "--format", "xlsx", "--db", str(tmp_path / "x.db"))
    assert code == 2 and "unknown format 'xlsx'" in stderr


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="shared/ not beside repo")
@pytest.mark.parametrize("flags", [[], ["--show-errors"]])
def test_evaluate_prints_what_score_py_prints(tmp_path: Path, flags: list[str]) -> None:
    pred = tmp_path / "pred.jsonl"
    _run("extract", str(SEED_JSONL), "-o", str(pred))
    gold = SHARED / "examples" / "seed-gold.jsonl"
    code, stdout, _ = _run("evaluate", str(gold), str(pred), *flags)
    expected = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), str(gold), str(pred), *flags],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert code == 0
    assert stdout == expected
