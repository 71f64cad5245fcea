"""The vetting model: features of a coded event, training, the model file, and what
the pipeline keeps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from marsad import extract
from marsad.cli import app
from marsad.events.vetting import (
    PERSON_WORD,
    PLACE_WORD,
    THRESHOLD,
    VettingModel,
    event_features,
    fit_model,
    format_model,
    load_model,
    name_spans,
    parse_model,
    vet_events,
)
from marsad.ingest.ids import parse_published
from marsad.model import Actor, Document, Event, PartialDate, Place, Span
from marsad.pipeline import annotate

from .conftest import EXAMPLES

ARTICLE = (
    "عنب بلدي – درعا\n"
    "قُتل الشاب محمد خالد الزعبي برصاص مسلحين مجهولين في بلدة اليادودة بريف درعا الغربي، "
    "مساء أمس الاثنين.\n"
    "وقال مراسل عنب بلدي إن 3 مسلحين كانوا يستقلون دراجة نارية أطلقوا النار على الشاب "
    "قرب منزله في البلدة.\n"
    "وكانت البلدة قد شهدت في تشرين الأول من عام 2023 اشتباكات بين مجموعات محلية."
)
PUBLISHED = "2025-03-11"


def _event(sentence_anchor: str, trigger: str, kind: str, place: str, day: str) -> Event:
    start = ARTICLE.index(sentence_anchor)
    end = ARTICLE.find("\n", start)
    end = len(ARTICLE) if end < 0 else end
    t_start = ARTICLE.index(trigger, start)
    return Event(
        event_type="Violence against civilians",
        sub_event_type=kind,
        evidence=Span(start, end),
        trigger=trigger,
        trigger_span=Span(t_start, t_start + len(trigger)),
        date=PartialDate(day, "day"),
        location=Place(place, "town", admin1="درعا"),
        actor1=Actor("مسلحون مجهولون", "militia"),
        actor2=Actor("مدنيون", "civilians"),
        fatalities=1,
    )


DOCUMENT = Document(
    doc_id="vetting-test",
    text=ARTICLE,
    title="مقتل شاب برصاص مجهولين في اليادودة",
    published=parse_published(PUBLISHED),
)
LEAD = _event("قُتل الشاب", "قُتل", "Attack", "اليادودة", "2025-03-10")
RETOLD = _event("وقال مراسل", "أطلقوا النار", "Attack", "اليادودة", "2025-03-10")
OLD_CLASH = _event("وكانت البلدة", "اشتباكات", "Armed clash", "اليادودة", "2023-10-01")
EVENTS = (LEAD, RETOLD, OLD_CLASH)


def _features(index: int) -> set[str]:
    return event_features(DOCUMENT, name_spans(annotate(DOCUMENT)), EVENTS, index, False)


def test_features_say_what_an_event_tells_and_where_it_stands() -> None:
    lead, retold, old = _features(0), _features(1), _features(2)
    assert {"index=0", "place_in_title", "fatalities", "days_before=1", "sub=Attack"} <= lead
    assert "same_kind_before" not in lead
    assert {"same_kind_before", "same_place_before", "same_as_previous"} <= retold
    assert {"days_before=older", "year_in_sentence", "word=قد"} <= old
    # the three words before the trigger: "… في تشرين الأول من عام 2023 اشتباكات"
    assert {f for f in old if f.startswith("before=")} == {"before=من", "before=عام", "before=#"}


def test_names_are_read_as_stand_ins_not_as_words() -> None:
    lead = _features(0)
    assert f"word={PLACE_WORD}" in lead
    assert f"word={PERSON_WORD}" in lead
    assert not any(f.startswith("word=") and "اليادوده" in f for f in lead)
    assert not any(f.startswith("word=") and "الزعبي" in f for f in lead)


def test_digits_are_collapsed() -> None:
    assert "word=#" in _features(1)


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("(bias)\t0.5\nword=قد\t-1.25\n", None),
        ("# header\n\n(bias)\t-0.1\n", None),
        ("(bias) 0.5\n", "expected feature<TAB>weight"),
        ("word=قد\tnot-a-number\n", "could not convert"),
    ],
)
def test_model_file_parses_or_says_which_line_is_wrong(text: str, error: str | None) -> None:
    if error is None:
        parse_model(text)
    else:
        with pytest.raises(ValueError, match=error):
            parse_model(text)


def test_model_file_round_trips() -> None:
    model = VettingModel(bias=-0.25, weights={"word=قد": -1.5, "sub=Attack": 0.75, "tiny": 1e-6})
    text = format_model(model, ["trained on nothing"])
    assert text.startswith("# trained on nothing\n(bias)\t-0.2500\n")
    again = parse_model(text)
    assert again.bias == -0.25
    assert again.weights == {"sub=Attack": 0.75, "word=قد": -1.5}  # the tiny weight is left out


def test_training_learns_which_signal_marks_a_false_alarm() -> None:
    examples = [({"sub=Attack", "index=0"}, True)] * 30 + [
        ({"sub=Attack", "same_kind_before"}, False)
    ] * 30
    model = fit_model(examples)
    assert model.probability({"sub=Attack", "index=0"}) > 0.9
    assert model.probability({"sub=Attack", "same_kind_before"}) < 0.1
    assert fit_model(examples) == model  # deterministic


def test_vetting_drops_doubtful_events_and_scores_the_rest() -> None:
    model = VettingModel(bias=2.0, weights={"same_kind_before": -5.0})
    annotations = annotate(DOCUMENT)
    kept = vet_events(DOCUMENT, annotations, EVENTS, False, model=model)
    assert [e.trigger for e in kept] == ["قُتل", "اشتباكات"]
    assert all(THRESHOLD <= e.confidence <= 1 for e in kept)
    everything = vet_events(DOCUMENT, annotations, EVENTS, False, keep_doubtful=True, model=model)
    assert [e.trigger for e in everything] == [e.trigger for e in EVENTS]
    assert everything[1].confidence < THRESHOLD


@settings(max_examples=30, deadline=None)
@given(bias=st.floats(-5, 5), weight=st.floats(-5, 5))
def test_vetting_never_adds_or_reorders_events(bias: float, weight: float) -> None:
    model = VettingModel(bias=bias, weights={"same_kind_before": weight, "word=قد": -weight})
    kept = vet_events(DOCUMENT, annotate(DOCUMENT), EVENTS, False, model=model)
    spans = [e.evidence for e in EVENTS]
    assert [spans.index(e.evidence) for e in kept] == sorted(spans.index(e.evidence) for e in kept)


def test_shipped_model_loads_with_weights() -> None:
    model = load_model()
    assert len(model.weights) > 100
    assert any(f.startswith("word=") for f in model.weights)


@pytest.mark.parametrize(
    "text",
    [
        "قُتل الشاب عمر الحريري برصاص مسلحين مجهولين على طريق بلدة المزيريب غربي درعا، مساء أمس الاثنين.",
        "استهدفت طائرة مسيرة تركية سيارة على طريق القامشلي – عامودا بريف الحسكة، ما أدى إلى مقتل عنصرين من قوات سوريا الديمقراطية.",
        "اعتقلت قوات الأمن العام خمسة أشخاص خلال حملة دهم في مدينة جبلة بريف اللاذقية، يوم الأحد.",
    ],
)
def test_a_plain_news_sentence_keeps_its_event(text: str) -> None:
    events = extract(text, published="2025-03-11").events
    assert events, text
    assert all(THRESHOLD <= e.confidence <= 1 for e in events)


def test_cli_keeps_doubtful_events_on_request(tmp_path: Path) -> None:
    runner = CliRunner()
    # a report's breakdown of a month's dead by killer: the model doubts it is an incident
    breakdown = {
        "doc_id": "report-breakdown",
        "published": "2025-10-14",
        "text": "وبحسب التقرير، فإن ١٢ من الضحايا قُتلوا برصاص مسلحين مجهولين في محافظة حمص، "
        "و٥ على يد جهات لم يتمكن فريق الرصد من تحديدها، فيما قضى ٤ جراء انفجار ألغام.",
    }
    report = tmp_path / "report.jsonl"
    report.write_text(json.dumps(breakdown, ensure_ascii=False) + "\n", "utf-8")
    found: dict[str, list[dict[str, object]]] = {}
    for flag in ("", "--keep-doubtful"):
        out = tmp_path / f"out{flag}.jsonl"
        inputs = [str(EXAMPLES / d) for d in ("txt", "html", "jsonl")] + [str(report)]
        result = runner.invoke(app, ["extract", *inputs, "-o", str(out), *filter(None, [flag])])
        assert result.exit_code == 0, result.stderr
        found[flag] = [
            e for line in out.read_text("utf-8").splitlines() for e in json.loads(line)["events"]
        ]
    vetted, everything = found[""], found["--keep-doubtful"]
    assert all(float(str(e["confidence"])) >= THRESHOLD for e in vetted)
    assert {str(e["event_id"]) for e in vetted} < {str(e["event_id"]) for e in everything}
