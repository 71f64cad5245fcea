"""The quality gate: scores on annotated corpora must not drop below pinned floors.

Floors live in ``tests/eval/floors.json``; raise them as the extractor improves.
The sample corpus (examples/) and the development set (tests/eval/) are scored
with the project's evaluator, which reproduces shared/tools/score.py.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from marsad.evaluate import ScoreReport, load_documents, score

from .eval_harness import EVAL, corpora, evaluate_corpus, predict

FLOORS: dict[str, Any] = json.loads((EVAL / "floors.json").read_text("utf-8"))
SEED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed-gold.jsonl"
SEED_INPUT = Path(__file__).resolve().parents[1] / "examples" / "jsonl" / "seed-sy24.jsonl"


@cache
def _report(name: str) -> ScoreReport:
    if name == "seed":
        if not SEED_GOLD.exists():
            pytest.skip("the seed's gold annotation lives in shared/, beside the repo")
        return score(load_documents(SEED_GOLD), predict([SEED_INPUT]))
    inputs, golds = corpora()[name]
    return evaluate_corpus(inputs, golds)


def _checks() -> list[tuple[str, str, float]]:
    checks = []
    for corpus, floors in FLOORS.items():
        if corpus.startswith("_"):
            continue
        for key in ("events_f1", "events_strict_f1", "aliases_f1", "relations_f1"):
            if key in floors:
                checks.append((corpus, key, floors[key]))
        checks += [(corpus, f"attribute:{k}", v) for k, v in floors["attributes"].items()]
        checks += [(corpus, f"entities:{k}", v) for k, v in floors["entities_f1"].items()]
    return checks


def _value(report: dict[str, Any], key: str) -> float:
    if key == "events_f1":
        return float(report["events"]["f1"])
    if key == "events_strict_f1":
        return float(report["events_strict"]["f1"])
    if key in ("aliases_f1", "relations_f1"):
        return float(report[key.removesuffix("_f1")]["f1"])
    kind, name = key.split(":")
    if kind == "attribute":
        return float(report["attributes"][name])
    return float(report["entities"][name]["f1"])


@pytest.mark.parametrize(("corpus", "key", "floor"), _checks(), ids=lambda v: str(v))
def test_quality_does_not_drop_below_floor(corpus: str, key: str, floor: float) -> None:
    value = _value(_report(corpus).to_dict(), key)
    assert value >= floor, f"{corpus} {key} fell to {value:.3f} (floor {floor:.2f})"
