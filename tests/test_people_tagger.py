"""The CRF name tagger: CoNLL files, span scoring, the shipped model, ``marsad ner-eval``."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.people import evaluate_conll, load_tagger, tag_names
from marsad.people.conll import ConllError, read_conll, score_tags, spans_of
from marsad.people.features import FeatureLexicon, document_features, sentence_features

CONLL = """\
قال O
الرئيس O
بشار B-PERS
الأسد I-PERS
في O
دمشق B-LOC
. O

وأعلنت O
وزارة B-ORG
الدفاع I-ORG
عن O
جائزة O
نوبل B-MISC
. O
"""
# A model file of more than this many bytes would bloat the wheel (the issue asks for a
# few MB at most); the two CRFs weigh about 2 MB each.
MAX_MODEL_BYTES = 6_000_000


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["O", "B-PERS", "I-PERS", "O"], [(1, 3, "PER")]),
        (["I-LOC", "I-LOC"], [(0, 2, "LOC")]),  # an I- at the start opens an entity
        (["B-ORG", "I-LOC"], [(0, 1, "ORG"), (1, 2, "LOC")]),
        (["B-PER", "B-PER"], [(0, 1, "PER"), (1, 2, "PER")]),
        (["O", "O"], []),
    ],
)
def test_spans_of_follow_conlleval(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert spans_of(tags) == spans


def test_score_counts_exact_matches_only() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    report = score_tags(gold, pred)
    assert (report.by_type["PER"].tp, report.by_type["PER"].fp, report.by_type["PER"].fn) == (
        0,
        1,
        1,
    )
    assert report.by_type["LOC"].f1 == 1.0
    assert report.overall.precision == 0.5 and report.overall.recall == 0.5


def test_read_conll_renames_pers_and_rejects_bad_tags(tmp_path: Path) -> None:
    path = tmp_path / "small.conll"
    path.write_text(CONLL, encoding="utf-8")
    sentences = read_conll(path)
    assert len(sentences) == 2
    assert sentences[0].tags[2:4] == ("B-PER", "I-PER")
    bad = tmp_path / "bad.conll"
    bad.write_text("كلمة B-PERSON\n", encoding="utf-8")
    with pytest.raises(ConllError, match=r"bad\.conll:1"):
        read_conll(bad)


def test_shipped_model_is_small_and_loads() -> None:
    models = resources.files("marsad.data").joinpath("models")
    for name in ("ner-base.crfsuite", "ner.crfsuite"):
        size = len(models.joinpath(name).read_bytes())
        assert 0 < size <= MAX_MODEL_BYTES
    tagger = load_tagger()
    assert tagger.lexicon.words


def test_tag_names_gives_spans_into_the_text() -> None:
    text = "وقال الرئيس بشار الأسد في دمشق إن وزارة الدفاع ستعلن ذلك.\nوالتقى سامي الحجي بالوفد."
    found = tag_names(text)
    assert found
    for name in found:
        assert name.span.of(text) == name.surface
        assert name.label in ("PER", "ORG", "LOC", "MISC")
        assert 0.0 < name.confidence <= 1.0
    assert ("بشار الأسد", "PER") in {(n.surface, n.label) for n in found}


def test_tagging_is_deterministic_and_handles_empty_input() -> None:
    text = "قتل المدعو محمد العلي في بلدة نوى"
    assert tag_names(text) == tag_names(text)
    assert tag_names("") == ()
    assert load_tagger().tag_words([]) == []


def test_document_features_see_other_sentences() -> None:
    lexicon = FeatureLexicon.from_rows([("محمد", "given")])
    sentences = [["قال", "كافو"], ["وكان", "كافو", "هناك"]]
    first = [["O", "B-PER"], ["O", "O", "O"]]
    extra = document_features(sentences, first, lexicon)
    assert "d=PER" in extra[1][1] and "d=PERS" in extra[1][1]
    assert extra[0][1] == ["self=B-PER"]  # a sentence does not see itself
    rows = sentence_features(sentences[1], lexicon)
    assert "w=كافو" in rows[1] and "-1w=وكان" in rows[1] and "1w=هناك" in rows[1]


def test_evaluate_conll_and_the_ner_eval_command(tmp_path: Path) -> None:
    path = tmp_path / "small.conll"
    path.write_text(CONLL, encoding="utf-8")
    report = evaluate_conll(path)
    assert report.sentences == 2 and report.tokens == 14
    assert report.by_type["PER"].tp + report.by_type["PER"].fn == 1
    result = CliRunner().invoke(app, ["ner-eval", str(path)])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("overall") for line in lines)
    assert {line.split()[0] for line in lines[3:]} >= {"PER", "ORG", "LOC", "MISC", "overall"}


def test_ner_eval_missing_file_is_one_line_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ner-eval", str(tmp_path / "missing.conll")])
    assert result.exit_code == 2
    assert "cannot read" in result.stderr and len(result.stderr.strip().splitlines()) == 1
