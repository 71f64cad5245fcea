"""Tests of marsad.evaluate: agreement with the official scorer, then its building blocks.

The official scorer is ``shared/tools/score.py`` beside the repository. Every
agreement test scores the same gold and prediction files with it and with
marsad, and wants the same JSON, the same report text and the same error lines,
character for character.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import math
import os
import random
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import FrozenInstanceError, dataclass
from datetime import date, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from marsad.errors import EvaluationError
from marsad.evaluate import ScoreReport, format_report, load_documents, score
from marsad.evaluation.attributes import judge_pair
from marsad.evaluation.dates import date_correct, dates_compatible, parse_event_date
from marsad.evaluation.entities import alias_pairs, entity_detection, relation_triples
from marsad.evaluation.matching import EventPair, match_events, pair_agreement
from marsad.evaluation.names import normalize_for_scoring, same_name, same_place_name
from marsad.evaluation.places import Coordinates, distance_km, same_place
from marsad.evaluation.results import DetectionScore

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
OFFICIAL_SCORER = SHARED / "tools" / "score.py"
SEED_GOLD = SHARED / "examples" / "seed-gold.jsonl"
FIXTURES = Path(__file__).resolve().parent / "data" / "evaluate"
DARAA_WEST_GOLD = FIXTURES / "gold-daraa-west.jsonl"

RANDOM_CASES = 200
RANDOM_SEED = 20230120
KM_PER_DEGREE_LATITUDE = 12742 / 2 * math.pi / 180

Event = dict[str, Any]
Documents = dict[str, dict[str, Any]]
Perturbation = Callable[[Documents], None]
EventEdit = Callable[[Event], None]


def require_shared() -> None:
    if not OFFICIAL_SCORER.is_file() or not SEED_GOLD.is_file():
        pytest.skip(f"no shared folder with tools/score.py and the seed gold at {SHARED}")


# ---------------------------------------------------------------- gold sets

# Approximate points for the seed's places, so that distances get scored too.
SEED_PLACE_POINTS = {
    "ريف درعا الشمالي الشرقي": (32.8500, 36.3000),
    "ريف درعا الغربي": (32.7500, 35.9800),
    "إنخل": (33.0181, 36.1275),
    "درعا البلد": (32.6125, 36.1039),
    "شرقي درعا": (32.6200, 36.2000),
    "مدينة درعا": (32.6253, 36.1061),
    "طريق السد": (32.6156, 36.1183),
    "درعا": (32.6253, 36.1061),
    "نصيب": (32.5539, 36.2081),
}


def load_gold(name: str) -> Documents:
    """``seed``: the seed gold; ``enriched``: seed with points and dates, plus a second doc."""
    require_shared()
    seed = load_documents(SEED_GOLD)
    if name == "seed":
        return seed
    for document in seed.values():
        for event in document["events"]:
            location = event["location"]
            point = SEED_PLACE_POINTS.get(location.get("name") or "")
            if point:
                location["lat"], location["lon"] = point
            if event["date"] is None:
                event["date"] = "2023-01-18"
    return seed | load_documents(DARAA_WEST_GOLD)


def write_jsonl(path: Path, documents: Documents) -> Path:
    lines = [json.dumps(document, ensure_ascii=False) for document in documents.values()]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def events_of(documents: Documents) -> list[Event]:
    return [event for document in documents.values() for event in document.get("events") or []]


# ---------------------------------------------------------------- perturbations


def on_events(edit: EventEdit, every: int = 1) -> Perturbation:
    """Apply ``edit`` to every ``every``-th event of every document."""

    def perturb(documents: Documents) -> None:
        for document in documents.values():
            for index, event in enumerate(document.get("events") or []):
                if index % every == 0:
                    edit(event)

    return perturb


def shift_date(days: int) -> EventEdit:
    def edit(event: Event) -> None:
        when = parse_event_date(event.get("date"))
        if when is not None:
            event["date"] = (when + timedelta(days)).isoformat()

    return edit


def set_field(field: str, value: Any) -> EventEdit:
    def edit(event: Event) -> None:
        event[field] = copy.deepcopy(value)

    return edit


def add_fatalities(delta: int) -> EventEdit:
    def edit(event: Event) -> None:
        event["fatalities"] = (event.get("fatalities") or 0) + delta

    return edit


def rename_place(rename: Callable[[str], str | None]) -> EventEdit:
    def edit(event: Event) -> None:
        location = event.get("location") or {}
        if location.get("name"):
            location["name"] = rename(location["name"])

    return edit


def move_north(km: float, *, keep_name: bool = False) -> EventEdit:
    def edit(event: Event) -> None:
        location = event.get("location") or {}
        if location.get("lat") is not None:
            location["lat"] += km / KM_PER_DEGREE_LATITUDE
            if not keep_name:
                location["name"] = "موقع غير معروف"

    return edit


def set_location(location: dict[str, Any] | None) -> EventEdit:
    return set_field("location", location)


def set_category(role: str, category: str) -> EventEdit:
    def edit(event: Event) -> None:
        if event.get(role):
            event[role]["category"] = category

    return edit


def edit_persons(change: Callable[[list[Any]], list[Any]]) -> EventEdit:
    def edit(event: Event) -> None:
        event["persons"] = change(list(event.get("persons") or []))

    return edit


def keep_events(keep: Callable[[int], bool]) -> Perturbation:
    def perturb(documents: Documents) -> None:
        for document in documents.values():
            events = document.get("events") or []
            document["events"] = [event for index, event in enumerate(events) if keep(index)]

    return perturb


def reorder_events(arrange: Callable[[list[Event]], list[Event]]) -> Perturbation:
    def perturb(documents: Documents) -> None:
        for document in documents.values():
            document["events"] = arrange(list(document.get("events") or []))

    return perturb


def spurious_copy(event: Event) -> Event:
    """A made-up event: another town, six weeks later, nobody named."""
    made_up = copy.deepcopy(event)
    made_up["location"] = {"name": "حلب", "admin1": "حلب", "lat": 36.2, "lon": 37.15}
    made_up["persons"] = []
    shift_date(40)(made_up)
    return made_up


def on_entities(edit: Callable[[dict[str, Any]], None]) -> Perturbation:
    def perturb(documents: Documents) -> None:
        for document in documents.values():
            for entity in document.get("entities") or []:
                edit(entity)

    return perturb


def keep_entities(keep: Callable[[dict[str, Any]], bool]) -> Perturbation:
    def perturb(documents: Documents) -> None:
        for document in documents.values():
            document["entities"] = [e for e in document.get("entities") or [] if keep(e)]

    return perturb


def on_relations(edit: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]) -> Perturbation:
    def perturb(documents: Documents) -> None:
        for document in documents.values():
            document["relations"] = edit(list(document.get("relations") or []))

    return perturb


def drop_documents(keep: Callable[[str], bool]) -> Perturbation:
    def perturb(documents: Documents) -> None:
        for doc_id in [doc_id for doc_id in documents if not keep(doc_id)]:
            del documents[doc_id]

    return perturb


def rename_documents(documents: Documents) -> None:
    for doc_id in list(documents):
        document = documents.pop(doc_id)
        document["doc_id"] = f"{doc_id}-elsewhere"
        documents[document["doc_id"]] = document


def diacritize(text: str) -> str:
    """Add a fatha after the first letter and a tatweel before the last."""
    return text[:1] + "\u064e" + text[1:-1] + "\u0640" + text[-1:] if len(text) > 2 else text


def to_arabic_indic(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


EXTRA_RELATIONS = [
    {"type": "member_of", "head": "الشايب", "tail": "داعش"},
    {"type": "alias_of", "head": "أبو عمر", "tail": "خالد العبود"},
    {"type": "alias_of", "head": "الحجي", "tail": "أسامة عزيزية"},
    {"type": "leads", "head": "أسامة عزيزية", "tail": "تنظيم داعش"},
]


@dataclass(frozen=True)
class AgreementCase:
    """A gold set, and the edits that turn (a copy of) it into the prediction."""

    name: str
    gold: str
    prediction: Sequence[Perturbation]
    gold_edits: Sequence[Perturbation] = ()


def case(name: str, gold: str, *edits: Perturbation) -> AgreementCase:
    return AgreementCase(name, gold, edits)


NAMED_CASES = [
    case("identical seed", "seed"),
    case("identical enriched", "enriched"),
    case("empty prediction", "seed", drop_documents(lambda _: False)),
    case("document missing", "seed", rename_documents),
    case(
        "one of two documents missing",
        "enriched",
        drop_documents(lambda doc_id: doc_id.startswith("sy24")),
    ),
    case("no events", "enriched", keep_events(lambda _: False)),
    case("first event dropped", "enriched", keep_events(lambda i: i > 0)),
    case("every other event dropped", "enriched", keep_events(lambda i: i % 2 == 1)),
    case("events reversed", "enriched", reorder_events(lambda es: es[::-1])),
    case("events duplicated", "enriched", reorder_events(lambda es: es + copy.deepcopy(es))),
    case(
        "spurious events",
        "enriched",
        reorder_events(lambda es: es + [spurious_copy(e) for e in es]),
    ),
    case("dates +1 day", "enriched", on_events(shift_date(1))),
    case("dates -1 day", "enriched", on_events(shift_date(-1))),
    case("dates +8 days", "enriched", on_events(shift_date(8))),
    case("dates +40 days", "enriched", on_events(shift_date(40))),
    case("dates +40 days, seed", "seed", on_events(shift_date(40))),
    case("dates null", "enriched", on_events(set_field("date", None))),
    case("dates unreadable", "enriched", on_events(set_field("date", "أمس"))),
    case("sub-types changed", "enriched", on_events(set_field("sub_event_type", "Attack"), 2)),
    case("event types changed", "enriched", on_events(set_field("event_type", "Riots"))),
    case("place word added", "enriched", on_events(rename_place(lambda n: "مدينة " + n))),
    case("place with clitic", "enriched", on_events(rename_place(lambda n: "ب" + n))),
    case("place renamed", "seed", on_events(rename_place(lambda _: "حلب"))),
    case("place name dropped", "enriched", on_events(rename_place(lambda _: None))),
    case(
        "directions folded",
        "seed",
        on_events(rename_place(lambda n: n.replace("شرقي", "شرق").replace("الغربي", "غربا"))),
    ),
    case("location admin1 only", "enriched", on_events(set_location({"admin1": "محافظة درعا"}))),
    case("location governorate name", "seed", on_events(set_location({"name": "درعا"}))),
    case("location null", "seed", on_events(set_location(None))),
    case("moved 3 km", "enriched", on_events(move_north(3))),
    case("moved 20 km", "enriched", on_events(move_north(20))),
    case("moved 100 km", "enriched", on_events(move_north(100))),
    case("moved 20 km, name kept", "enriched", on_events(move_north(20, keep_name=True))),
    case("persons dropped", "enriched", on_events(set_field("persons", []))),
    case("first person only", "enriched", on_events(edit_persons(lambda ps: ps[:1]))),
    case(
        "persons diacritized",
        "enriched",
        on_events(edit_persons(lambda ps: [diacritize(p) for p in ps])),
    ),
    case(
        "places and persons gone",
        "enriched",
        on_events(set_location(None)),
        on_events(set_field("persons", [])),
    ),
    case("fatalities +1", "enriched", on_events(add_fatalities(1), 2)),
    case("fatalities null", "enriched", on_events(set_field("fatalities", None))),
    case("actor1 category wrong", "enriched", on_events(set_category("actor1", "state"))),
    case("actor2 removed", "enriched", on_events(set_field("actor2", None))),
    case("reported_by removed", "enriched", on_events(set_field("reported_by", None))),
    case("reported_by other", "enriched", on_events(set_field("reported_by", "المرصد السوري"))),
    case("aliases removed", "enriched", on_entities(lambda e: e.update(aliases=[]))),
    case(
        "entities diacritized",
        "enriched",
        on_entities(lambda e: e.update(text=diacritize(e["text"]))),
    ),
    case(
        "entity digits Arabic-Indic",
        "seed",
        on_entities(lambda e: e.update(text=to_arabic_indic(e["text"]))),
    ),
    case("LOC entities dropped", "enriched", keep_entities(lambda e: e.get("type") != "LOC")),
    case("relations added", "enriched", on_relations(lambda rs: rs + EXTRA_RELATIONS)),
    case("relations removed", "enriched", on_relations(lambda rs: rs[::2])),
    case(
        "relation types changed",
        "enriched",
        on_relations(
            lambda rs: [r | {"type": "member_of"} if r["type"] == "leads" else r for r in rs]
        ),
    ),
    case("predictions marked optional", "seed", on_events(set_field("optional", True))),
    AgreementCase(
        "a third of three persons found",
        "enriched",
        (on_events(edit_persons(lambda ps: ps[:1])),),
        (on_events(edit_persons(lambda ps: [*ps, "علي الحريري", "أبو عمر"][:3])),),
    ),
    AgreementCase(
        "empty names among persons and aliases",
        "enriched",
        (on_events(set_field("persons", ["", None])),),
        (
            on_events(edit_persons(lambda ps: [*ps, "", None])),
            on_entities(lambda e: e.update(aliases=[*e.get("aliases", []), "", None, "."])),
        ),
    ),
    AgreementCase(
        "unnamed aliases on both sides",
        "seed",
        (on_entities(lambda e: e.update(text="غير " + e["text"], aliases=[None])),),
        (on_entities(lambda e: e.update(aliases=[*e.get("aliases", []), None, ""])),),
    ),
    AgreementCase("all gold optional", "enriched", (), (on_events(set_field("optional", True)),)),
    AgreementCase(
        "gold dates by the day",
        "enriched",
        (on_events(shift_date(1)),),
        (on_events(set_field("date_precision", "day")),),
    ),
]

# ---------------------------------------------------------------- random perturbations

EVENT_TYPES = ["Battles", "Violence against civilians", "Strategic developments", "Protests"]
SUB_EVENT_TYPES = ["Armed clash", "Attack", "Arrests", "Other", "Change to group/activity"]
CATEGORIES = ["state", "rebel", "militia", "civilians", "external"]
PLACE_RENAMES: list[Callable[[str], str | None]] = [
    lambda name: "مدينة " + name,
    lambda name: "ب" + name,
    lambda name: "ال" + name,
    lambda name: "ريف " + name,
    lambda name: name + " الغربي",
    lambda name: name.replace("شرقي", "شرق").replace("الشمالي", "شمال"),
    lambda name: name.split()[0],
    lambda name: name.replace("إ", "ا").replace("ة", "ه"),
    diacritize,
    lambda _: "حلب",
    lambda _: None,
]
LOCATIONS: list[dict[str, Any] | None] = [
    None,
    {},
    {"admin1": "درعا"},
    {"name": "درعا"},
    {"name": "بدرعا", "admin1": "محافظة درعا"},
    {"name": "مدينة درعا", "lat": 32.6253, "lon": 36.1061, "precision": "town"},
    {"name": "ريف درعا", "admin1": "درعا", "lat": 32.75, "lon": 36.05, "precision": "district"},
    {"name": None, "admin1": "حلب"},
]
PERSON_EDITS: list[Callable[[list[Any]], list[Any]]] = [
    lambda people: [],
    lambda people: people[:1],
    lambda people: people[::-1],
    lambda people: [*people, "علي الحريري"],
    lambda people: [diacritize(p) for p in people],
    lambda people: [p.replace("أبو ", "") for p in people],
    lambda people: [p.split()[-1] for p in people],
    lambda people: [*people, "", None],
]


def random_event_edit(rng: random.Random) -> EventEdit:
    makers: list[Callable[[], EventEdit]] = [
        lambda: shift_date(rng.choice([-367, -40, -8, -7, -1, 1, 2, 6, 7, 8, 31, 32, 40, 366])),
        lambda: set_field("date", rng.choice([None, "", "2023-13-01", "2022-11", "2023-01-18T10"])),
        lambda: set_field("date_precision", rng.choice(["day", "week", "month", "year", None])),
        lambda: set_field("sub_event_type", rng.choice(SUB_EVENT_TYPES)),
        lambda: set_field("event_type", rng.choice(EVENT_TYPES)),
        lambda: rename_place(rng.choice(PLACE_RENAMES)),
        lambda: move_north(
            rng.choice([-20, -3, 0.5, 3, 4.9, 5.2, 20, 29, 31, 100]), keep_name=rng.random() < 0.3
        ),
        lambda: set_location(rng.choice(LOCATIONS)),
        lambda: edit_persons(rng.choice(PERSON_EDITS)),
        lambda: add_fatalities(rng.choice([-1, 1, 5])),
        lambda: set_field("fatalities", rng.choice([None, 0, 1, 10])),
        lambda: set_category(rng.choice(["actor1", "actor2"]), rng.choice(CATEGORIES)),
        lambda: set_field(
            rng.choice(["actor1", "actor2"]),
            rng.choice([None, {"name": "قوات النظام", "category": "state"}]),
        ),
        lambda: set_field("reported_by", rng.choice([None, "", "مراسلنا", "مصادر محلية", "حسان"])),
        lambda: set_field("optional", rng.choice([True, False])),
    ]
    return rng.choice(makers)()


def random_document_edit(rng: random.Random) -> Perturbation:
    makers: list[Callable[[], Perturbation]] = [
        lambda: keep_events(lambda _: rng.random() < 0.6),
        lambda: reorder_events(lambda events: rng.sample(events, len(events))),
        lambda: reorder_events(lambda events: events + copy.deepcopy(events[:2])),
        lambda: reorder_events(lambda events: events + [spurious_copy(e) for e in events[:3]]),
        lambda: keep_entities(lambda _: rng.random() < 0.7),
        lambda: on_entities(lambda entity: entity.update(aliases=[])),
        lambda: on_entities(lambda entity: entity.update(aliases=["", None, "؟"])),
        lambda: on_entities(lambda entity: entity.update(text=diacritize(entity["text"]))),
        lambda: on_relations(lambda relations: relations + rng.sample(EXTRA_RELATIONS, 2)),
        lambda: on_relations(lambda relations: [r for r in relations if rng.random() < 0.6]),
        lambda: drop_documents(lambda _: rng.random() < 0.7),
        lambda: rename_documents,
    ]
    return rng.choice(makers)()


def on_some_events(edit: EventEdit, share: float, rng: random.Random) -> Perturbation:
    def perturb(documents: Documents) -> None:
        for event in events_of(documents):
            if rng.random() < share:
                edit(event)

    return perturb


def random_case(index: int) -> tuple[Documents, Documents]:
    """Gold (sometimes itself edited) and a prediction 1–4 random edits away from it."""
    rng = random.Random(RANDOM_SEED + index)
    gold = load_gold(rng.choice(["seed", "enriched"]))
    if rng.random() < 0.25:
        on_some_events(random_event_edit(rng), 0.5, rng)(gold)
    prediction = copy.deepcopy(gold)
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.7:
            share = rng.choice([0.3, 0.6, 1.0])
            on_some_events(random_event_edit(rng), share, rng)(prediction)
        else:
            random_document_edit(rng)(prediction)
    return gold, prediction


def tagged(documents: Documents, tag: str) -> Documents:
    """The documents with ``tag`` appended to every doc_id, to pool many cases in one file."""
    pooled: Documents = {}
    for doc_id, document in documents.items():
        document = document | {"doc_id": f"{doc_id}~{tag}"}
        pooled[document["doc_id"]] = document
    return pooled


# ---------------------------------------------------------------- agreement tests


def run_official(*arguments: str | Path) -> str:
    completed = subprocess.run(
        [sys.executable, str(OFFICIAL_SCORER), *map(str, arguments)],
        capture_output=True,
        encoding="utf-8",
        env=os.environ | {"PYTHONIOENCODING": "utf-8"},
        check=False,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def as_official_json(result: dict[str, Any]) -> str:
    return json.dumps(result, ensure_ascii=False, indent=1)


def assert_same_text(actual: str, expected: str) -> None:
    assert actual.splitlines() == expected.splitlines()  # readable diff first
    assert actual == expected


def assert_same_as_official(gold_path: Path, prediction_path: Path) -> ScoreReport:
    report = score(load_documents(gold_path), load_documents(prediction_path))
    expected_json = run_official(gold_path, prediction_path, "--json")
    assert report.to_dict() == json.loads(expected_json)
    assert_same_text(as_official_json(report.to_dict()) + "\n", expected_json)
    assert_same_text(format_report(report) + "\n", run_official(gold_path, prediction_path))
    assert_same_text(
        format_report(report, show_errors=True) + "\n",
        run_official(gold_path, prediction_path, "--show-errors"),
    )
    return report


@pytest.fixture(scope="module")
def official_scorer() -> ModuleType:
    """score.py imported in-process, for the many random cases."""
    require_shared()
    spec = importlib.util.spec_from_file_location("official_score", OFFICIAL_SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("agreement", NAMED_CASES, ids=lambda c: c.name)
def test_score_agrees_with_official_on_named_perturbation(
    agreement: AgreementCase, tmp_path: Path
) -> None:
    gold = load_gold(agreement.gold)
    for edit in agreement.gold_edits:
        edit(gold)
    prediction = copy.deepcopy(gold)
    for edit in agreement.prediction:
        edit(prediction)
    assert_same_as_official(
        write_jsonl(tmp_path / "gold.jsonl", gold),
        write_jsonl(tmp_path / "prediction.jsonl", prediction),
    )


def test_score_agrees_with_official_seed_against_itself_is_perfect() -> None:
    require_shared()
    report = assert_same_as_official(SEED_GOLD, SEED_GOLD)
    assert report.events.f1 == report.events_strict.f1 == 1.0
    assert report.errors == ()


@pytest.mark.parametrize(
    ("name", "prediction_lines"),
    [
        ("empty file", []),
        ("blank lines only", ["", "   ", "\t"]),
        ("other document only", ['{"doc_id": "other", "events": []}']),
        ("no doc_id", ['{"events": []}']),
        ("seed twice, the later empty", ["SEED", "", '{"doc_id": "sy24-isis-south"}']),
        ("seed with CRLF", ["SEED\r"]),
    ],
)
def test_score_agrees_with_official_on_raw_files(
    name: str, prediction_lines: list[str], tmp_path: Path
) -> None:
    require_shared()
    seed_line = SEED_GOLD.read_text(encoding="utf-8").strip()
    text = "".join(line.replace("SEED", seed_line) + "\n" for line in prediction_lines)
    prediction_path = tmp_path / "prediction.jsonl"
    prediction_path.write_bytes(text.encode("utf-8"))
    assert_same_as_official(SEED_GOLD, prediction_path)


def test_score_agrees_with_official_without_gold_documents(tmp_path: Path) -> None:
    require_shared()
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    report = assert_same_as_official(empty, SEED_GOLD)
    assert report.documents == 0 and report.entities == ()


@pytest.mark.parametrize("index", range(RANDOM_CASES))
def test_score_agrees_with_official_on_random_perturbation(
    index: int, official_scorer: ModuleType
) -> None:
    gold, prediction = random_case(index)
    official_errors: list[str] = []
    expected = official_scorer.score(gold, prediction, official_errors)
    report = score(gold, prediction)
    assert_same_text(as_official_json(report.to_dict()), as_official_json(expected))
    assert list(report.errors) == official_errors


def test_score_agrees_with_official_on_all_random_perturbations_pooled(tmp_path: Path) -> None:
    gold: Documents = {}
    prediction: Documents = {}
    for index in range(RANDOM_CASES):
        case_gold, case_prediction = random_case(index)
        gold |= tagged(case_gold, str(index))
        prediction |= tagged(case_prediction, str(index))
    report = assert_same_as_official(
        write_jsonl(tmp_path / "gold.jsonl", gold),
        write_jsonl(tmp_path / "prediction.jsonl", prediction),
    )
    assert report.missing_documents and report.events.false_positives  # the cases do vary


# ---------------------------------------------------------------- building blocks


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("أسامة عزيزية", "اسامه عزيزيه"),
        ("إنخل", "انخل"),
        ("آل", "ال"),
        ("ٱلله", "الله"),
        ("مصطفى", "مصطفي"),
        ("قُتِلَ", "قتل"),
        ("درعـــا", "درعا"),
        ("٢٠٢٣", "2023"),
        ("۱۰", "10"),
        ("«درعا البلد»", "درعا البلد"),
        ("درعا، السويداء؛ دمشق", "درعا السويداء دمشق"),
        ("ريف-درعا/الغربي", "ريف درعا الغربي"),
        ("منصة SY24", "منصه sy24"),
        ("  درعا \n البلد ", "درعا البلد"),
        (None, ""),
        ("", ""),
        (0, ""),
        (24, "24"),
    ],
)
def test_normalize_for_scoring_folds_spelling_variants(value: object, expected: str) -> None:
    assert normalize_for_scoring(value) == expected


SAME_NAME_CASES: list[tuple[str | None, str | None, bool]] = [
    ("أسامة عزيزية", "اسامه عزيزيه", True),
    ("فايز الراضي", "فايز الرّاضي", True),
    ("أبو طارق", "أبو طارق الصبيحي", True),
    ("أحمد حسان", "حسان أحمد", True),
    ("الصبيحي", "أبو طارق الصبيحي", False),
    ("مراسلنا", "ومراسلنا", True),
    ("مراسلنا", "المراسلنا", True),
    ("ومراسلنا", "مراسلنا", False),
    ("طفس", "بطفس", False),
    ("SY24", "sy24", True),
    ("منصة SY24", "المنصة", False),
    ("١٠", "10", True),
    ("", "درعا", False),
    (None, None, False),
]


@pytest.mark.parametrize(("first", "second", "expected"), SAME_NAME_CASES)
def test_same_name_allows_clitics_and_word_subsets(
    first: str | None, second: str | None, expected: bool
) -> None:
    assert same_name(first, second) is expected


SAME_PLACE_NAME_CASES: list[tuple[str | None, str | None, bool]] = [
    ("شرقي درعا", "شرق درعا", True),
    ("ريف درعا الشمالي الشرقي", "شمال شرق درعا", True),
    ("ريف درعا الغربي", "غربي درعا", True),
    ("ريف درعا الغربي", "درعا", False),
    ("ريف درعا الغربي", "الريف الغربي لدرعا", False),
    ("مدينة درعا", "درعا", True),
    ("محافظة درعا", "درعا", True),
    ("بلدة نصيب", "نصيب", True),
    ("حي المنشية", "المنشية", True),
    ("درعا البلد", "درعا", False),
    ("درعا", "بدرعا", True),
    ("بدرعا", "درعا", False),
    ("إنخل", "بإنخل", True),
    ("نوى", "بنوى", False),
    ("ريف", "منطقة", False),
]


@pytest.mark.parametrize(("first", "second", "expected"), SAME_PLACE_NAME_CASES)
def test_same_place_name_drops_place_words_and_folds_directions(
    first: str, second: str, expected: bool
) -> None:
    assert same_place_name(first, second) is expected


@pytest.mark.parametrize(("first", "second", "expected"), SAME_NAME_CASES + SAME_PLACE_NAME_CASES)
def test_same_name_tables_agree_with_official(
    first: str | None, second: str | None, expected: bool, official_scorer: ModuleType
) -> None:
    place_words = official_scorer.PLACE_WORDS
    assert official_scorer.same_name(first, second) is same_name(first, second)
    assert official_scorer.same_name(first, second, place_words) is same_place_name(first, second)


def dated(when: str | None, precision: str | None = None) -> Event:
    return {"date": when, "date_precision": precision}


@pytest.mark.parametrize(
    ("gold_date", "precision", "predicted_date", "expected"),
    [
        ("2022-11-01", "day", "2022-11-02", True),
        ("2022-11-01", "day", "2022-11-03", False),
        ("2022-11-01", "week", "2022-11-08", True),
        ("2022-11-01", "week", "2022-11-09", False),
        ("2022-11-01", "month", "2022-12-02", True),
        ("2022-11-01", "month", "2022-12-03", False),
        ("2022-11-01", "month", "2022-10-01", True),
        ("2022-11-01", "year", "2023-11-02", True),
        ("2022-11-01", "year", "2023-11-03", False),
        ("2022-11-01", None, "2022-12-02", True),
        ("2022-11-01", None, "2022-12-03", False),
        ("2022-11-01", "day", "2022-11-01T23:59:00", True),
        ("2022-11-01", "day", "أمس", True),
        ("2022-11-01", "day", None, True),
        (None, "day", "2020-01-01", True),
    ],
)
def test_dates_compatible_within_precision_window(
    gold_date: str | None, precision: str | None, predicted_date: str | None, expected: bool
) -> None:
    assert dates_compatible(dated(gold_date, precision), dated(predicted_date)) is expected


@pytest.mark.parametrize(
    ("gold_date", "precision", "predicted_date", "expected"),
    [
        ("2022-11-01", "day", "2022-11-01", True),
        ("2022-11-01", "day", "2022-11-02", False),
        ("2022-11-01", "week", "2022-11-08", True),
        ("2022-11-01", "week", "2022-10-25", True),
        ("2022-11-01", "week", "2022-11-09", False),
        ("2022-11-01", "month", "2022-11-30", True),
        ("2022-11-01", "month", "2022-12-01", False),
        ("2022-11-01", "year", "2022-12-31", True),
        ("2022-11-01", "year", "2023-01-01", False),
        ("2022-11-01", None, "2022-03-01", True),
        ("2022-11-01", "day", None, False),
        ("2022-11-01", "day", "تشرين الثاني", False),
        (None, "day", "2022-11-01", None),
    ],
)
def test_date_correct_by_gold_precision(
    gold_date: str | None, precision: str | None, predicted_date: str | None, expected: bool | None
) -> None:
    assert date_correct(dated(gold_date, precision), dated(predicted_date)) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-01-20", date(2023, 1, 20)),
        ("2023-01-20T08:30:00+02:00", date(2023, 1, 20)),
        ("2023-01", None),
        ("2023-02-30", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_event_date_reads_the_iso_day(value: str | None, expected: date | None) -> None:
    assert parse_event_date(value) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected_km"),
    [
        (Coordinates(32.6253, 36.1061), Coordinates(32.6253, 36.1061), 0.0),
        (Coordinates(32.0, 36.0), Coordinates(33.0, 36.0), KM_PER_DEGREE_LATITUDE),
        (Coordinates(32.6253, 36.1061), Coordinates(33.5138, 36.2765), 99.9),  # Daraa–Damascus
        (Coordinates(0.0, 0.0), Coordinates(0.0, 180.0), 12742 * math.pi / 2),  # antipodes
    ],
)
def test_distance_km_is_haversine(
    first: Coordinates, second: Coordinates, expected_km: float
) -> None:
    assert distance_km(first, second) == pytest.approx(expected_km, abs=0.5)


def placed(name: str | None, lat: float | None = None, **location: Any) -> Event:
    point = {} if lat is None else {"lat": lat, "lon": 36.1061}
    return {"location": {"name": name, **point, **location}}


@pytest.mark.parametrize(
    ("precision", "km_north", "expected"),
    [
        ("town", 3, True),
        ("town", 4.9, True),
        ("town", 5.1, False),
        ("town", 20, False),
        ("district", 20, True),
        ("district", 29.9, True),
        ("district", 30.1, False),
        (None, 20, True),
        ("district", 100, False),
    ],
)
def test_same_place_within_km_limit_of_gold_precision(
    precision: str | None, km_north: float, expected: bool
) -> None:
    gold = placed("درعا البلد", 32.6125, precision=precision)
    moved = placed("موقع آخر", 32.6125 + km_north / KM_PER_DEGREE_LATITUDE)
    assert same_place(gold, moved) is expected


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        (placed("شرقي درعا"), placed("شرق درعا"), True),
        (placed("درعا البلد", 32.6125), placed("درعا البلد"), True),
        (placed("درعا البلد", 32.6125), placed(None), False),
        (placed(None, admin1="درعا"), placed(None, admin1="محافظة درعا"), True),
        (placed(None, admin1="درعا"), placed("مدينة درعا"), True),
        (placed(None, admin1="درعا"), placed("طفس", admin1="السويداء"), False),
        (placed(None, admin1="درعا"), {"location": None}, False),
        ({"location": None}, placed("درعا"), False),
    ],
)
def test_same_place_by_name_point_or_governorate(
    gold: Event, predicted: Event, expected: bool
) -> None:
    assert same_place(gold, predicted) is expected


CLASH: Event = {
    "event_type": "Battles",
    "sub_event_type": "Armed clash",
    "date": "2022-11-01",
    "date_precision": "week",
    "location": {"name": "درعا البلد", "admin1": "درعا", "precision": "town"},
    "persons": ["أبو طارق الصبيحي"],
}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, 7),
        ({"location": {"name": "طفس"}}, 5),
        ({"sub_event_type": "Attack", "date": "2022-11-06"}, 6),
        ({"persons": []}, 5),
        ({"persons": [], "location": {"name": "طفس"}}, None),
        ({"date": "2022-11-09"}, None),
        ({"date": None}, 6),
        ({"persons": ["أبو طارق"]}, 7),
    ],
)
def test_pair_agreement_weighs_place_people_type_and_date(
    changes: dict[str, Any], expected: int | None
) -> None:
    assert pair_agreement(CLASH, CLASH | changes) == expected


@pytest.mark.parametrize(
    ("gold_persons", "predicted_persons", "expected"),
    [
        (["أسامة عزيزية", "الشايب", "فايز الراضي"], ["اسامه عزيزيه", "الشايب", "فايز الراضي"], 9),
        (["أسامة عزيزية", "الشايب"], ["الشايب", "اسامه عزيزيه"], 9),
        (["أسامة عزيزية", "الشايب"], ["الشايب"], 7),
        (["أسامة عزيزية", "", None], ["", None], 5),
    ],
)
def test_pair_agreement_counts_at_most_two_shared_persons(
    gold_persons: list[str | None], predicted_persons: list[str | None], expected: int
) -> None:
    gold = CLASH | {"persons": gold_persons}
    assert pair_agreement(gold, gold | {"persons": predicted_persons}) == expected


def test_match_events_takes_best_agreement_first_then_earlier_events() -> None:
    weaker = CLASH | {"sub_event_type": "Attack"}
    assert match_events([CLASH], [weaker, CLASH]) == (EventPair(0, 1),)
    assert match_events([CLASH, CLASH], [CLASH, CLASH]) == (EventPair(0, 0), EventPair(1, 1))
    assert match_events([weaker, CLASH], [CLASH]) == (EventPair(1, 0),)


def test_judge_pair_gives_fractional_persons_recall_and_strictness() -> None:
    gold = CLASH | {"persons": ["أسامة عزيزية", "الشايب", "أبو الليث"], "fatalities": 2}
    verdict = judge_pair(gold, gold | {"persons": ["اسامه عزيزيه"], "fatalities": 3})
    assert verdict.persons_recall == pytest.approx(1 / 3)
    assert verdict.wrong == ("fatalities",)
    assert not verdict.strict
    assert dict(verdict.checks)["admin1"] is True and dict(verdict.checks)["reported_by"] is None


def test_alias_pairs_come_from_entities_and_alias_relations() -> None:
    document = {
        "entities": [
            {"text": "أسامة عزيزية", "type": "PER", "aliases": ["أبو الليث", "أسامة عزيزيه"]},
        ],
        "relations": [
            {"type": "alias_of", "head": "هفو", "tail": "محمد المسالمة"},
            {"type": "alias_of", "head": "هفو", "tail": "هفو"},
            {"type": "member_of", "head": "محمد المسالمة", "tail": "تنظيم داعش"},
        ],
    }
    assert alias_pairs(document) == {
        frozenset({"ابو الليث", "اسامه عزيزيه"}),
        frozenset({"هفو", "محمد المسالمه"}),
    }
    assert relation_triples(document) == {("member_of", "محمد المسالمه", "تنظيم داعش")}


def test_entity_detection_counts_entities_sharing_any_form() -> None:
    gold = {
        "entities": [
            {"text": "تنظيم داعش", "type": "ORG", "aliases": ["داعش"]},
            {"text": "اللواء الثامن", "type": "ORG"},
            {"text": "درعا", "type": "LOC"},
        ]
    }
    predicted = {
        "entities": [
            {"text": "داعش", "type": "ORG"},
            {"text": "الدولة الإسلامية", "type": "ORG"},
            {"text": "درعا", "type": "ORG"},
        ]
    }
    assert entity_detection(gold, predicted, "ORG") == DetectionScore(1, 2, 1)
    assert entity_detection(gold, predicted, "LOC") == DetectionScore(0, 0, 1)


@pytest.mark.parametrize(
    ("counts", "precision", "recall", "f1"),
    [
        (DetectionScore(0, 0, 0), 0.0, 0.0, 0.0),
        (DetectionScore(3, 1, 2), 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35),
        (DetectionScore(0, 4, 0), 0.0, 0.0, 0.0),
    ],
)
def test_detection_score_precision_recall_f1(
    counts: DetectionScore, precision: float, recall: float, f1: float
) -> None:
    assert (counts.precision, counts.recall, counts.f1) == (precision, recall, f1)


def test_score_report_is_frozen() -> None:
    report = score({}, {})
    with pytest.raises(FrozenInstanceError):
        report.documents = 3  # type: ignore[misc]


def test_fixture_evidence_spans_hold_their_triggers() -> None:
    for document in load_documents(DARAA_WEST_GOLD).values():
        for event in document["events"]:
            start, end = event["evidence"]
            assert event["trigger"] in document["text"][start:end]


# ---------------------------------------------------------------- reading files


def test_load_documents_broken_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"doc_id": "a"}\n\n{"doc_id": "b", \n', encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"gold\.jsonl:3: not JSON: ") as raised:
        load_documents(path)
    assert str(raised.value).startswith(f"{path}:3: not JSON: Expecting property name")
    if OFFICIAL_SCORER.is_file():  # score.py exits with the same words
        completed = subprocess.run(
            [sys.executable, str(OFFICIAL_SCORER), str(path), str(path)],
            capture_output=True,
            encoding="utf-8",
            check=False,
        )
        assert completed.returncode == 1
        assert completed.stderr.strip() == str(raised.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'["doc_id", "a"]\n', r"prediction\.jsonl:1: not a JSON object"),
        (b'{"doc_id": "a"}\r\n{}\r"\xd8"\n', r"prediction\.jsonl:3: not UTF-8"),
    ],
)
def test_load_documents_rejects_what_is_not_a_document(
    content: bytes, message: str, tmp_path: Path
) -> None:
    path = tmp_path / "prediction.jsonl"
    path.write_bytes(content)
    with pytest.raises(EvaluationError, match=message):
        load_documents(path)


def test_load_documents_missing_file_is_an_evaluation_error(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="cannot read"):
        load_documents(tmp_path / "absent.jsonl")


def test_load_documents_keys_by_doc_id_and_keeps_the_last_duplicate(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        '{"doc_id": "a", "v": 1}\n{"doc_id": 7}\n{"v": 0}\n{"doc_id": "a", "v": 2}\n',
        encoding="utf-8",
    )
    documents = load_documents(path)
    assert list(documents) == ["a", "7", "None"]
    assert documents["a"]["v"] == 2


# ---------------------------------------------------------------- input score.py cannot read
# score.py stops with a traceback on these; marsad scores them as absent fields instead.


@pytest.mark.parametrize("lat", ["32.6125", math.inf, math.nan, 10**400, None])
def test_same_place_ignores_unreadable_coordinates(lat: object) -> None:
    gold = placed("درعا البلد", 32.6125, precision="town")
    predicted = {"location": {"name": "موقع آخر", "lat": lat, "lon": 36.1061}}
    assert same_place(gold, predicted) is False


def test_score_treats_malformed_fields_as_absent() -> None:
    gold = {
        "d": {
            "events": [CLASH, "not an event"],
            "entities": [{"text": "درعا", "type": "LOC", "aliases": 5}, 7],
            "relations": [{"type": ["leads"], "head": "a", "tail": "b"}, None],
        }
    }
    predicted = {
        "d": {
            "events": [CLASH | {"location": "درعا البلد", "persons": 3, "date_precision": []}],
            "entities": "درعا",
            "relations": {"type": "alias_of"},
        }
    }
    report = score(gold, predicted)
    assert report.events == DetectionScore(0, 1, 1)
    assert report.entities[2].detection == DetectionScore(0, 0, 1)
