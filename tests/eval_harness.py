"""Run the pipeline over an annotated corpus and score it (the quality gate's engine).

    .venv/bin/python -m tests.eval_harness [--show-errors]

prints the score.py-style report for the sample corpus (examples/) and the
development set (tests/eval/), separately and together.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from marsad.evaluate import ScoreReport, format_report, load_documents, score
from marsad.evaluation.documents import as_annotated
from marsad.export.spec import to_spec
from marsad.ingest import read_inputs
from marsad.model import Document, Extraction
from marsad.pipeline import run

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
EVAL = REPO / "tests" / "eval"


def predict(
    paths: list[Path], gold: dict[str, dict[str, Any]] | None = None
) -> dict[str, dict[str, Any]]:
    """Extract every document; one with no publication date takes the gold's, as a
    user would pass it with ``--published`` (the sample .txt files carry none)."""
    documents = [
        as_annotated(d, gold or {})
        for d in read_inputs([str(p) for p in paths])
        if isinstance(d, Document)
    ]
    return {
        r.document.doc_id: to_spec(r)
        for r in run(documents, progress=False)
        if isinstance(r, Extraction)
    }


def corpora() -> dict[str, tuple[list[Path], list[Path]]]:
    """name → (input paths, gold files)."""
    found = {
        "examples": (
            [EXAMPLES / "txt", EXAMPLES / "html", EXAMPLES / "jsonl" / "marsad-samples.jsonl"],
            [EXAMPLES / "gold.jsonl"],
        )
    }
    dev_docs = sorted(EVAL.glob("docs-*.jsonl"))
    if dev_docs:
        found["dev"] = (dev_docs, [EVAL / p.name.replace("docs-", "gold-") for p in dev_docs])
    return found


def evaluate_corpus(inputs: list[Path], golds: list[Path]) -> ScoreReport:
    gold: dict[str, dict[str, Any]] = {}
    for path in golds:
        gold.update(load_documents(path))
    return score(gold, predict(inputs, gold))


def main() -> None:
    show = "--show-errors" in sys.argv
    everything: tuple[list[Path], list[Path]] = ([], [])
    for name, (inputs, golds) in corpora().items():
        print(f"== {name}")
        print(format_report(evaluate_corpus(inputs, golds), show_errors=show))
        everything[0].extend(inputs)
        everything[1].extend(golds)
    print("== all")
    print(format_report(evaluate_corpus(*everything)))


if __name__ == "__main__":
    main()
