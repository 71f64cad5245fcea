"""Train the event vetting model: ``src/marsad/data/models/event_vetting.tsv``.

Input (read only here, never at run time): the annotated development set
(``tests/eval/docs-*.jsonl`` with ``gold-*.jsonl``) and the sample corpus
(``examples/`` with ``examples/gold.jsonl``), written by the marsad authors, and the
founding article with its hand annotation (``examples/jsonl/seed-sy24.jsonl``,
``../shared/examples/seed-gold.jsonl``, when that file is there).

Examples are the events the rules code on those documents, each labelled by
whether the scorer pairs it with a gold event (an optional gold event counts: it
is no false alarm). The candidates come from the current rules, run with
``keep_doubtful``, and from the rules at each ``--commit`` (default: 5b532e4, an
earlier version that coded more false alarms). The older rules widen the kinds of
false alarm the model sees; the development set is tuned against the current rules,
so their remaining false alarms are few and hard, while text the project has never
seen draws false alarms like the older rules' ones.

Before writing the model it reports leave-one-set-out cross-validation: for each
``docs-*.jsonl`` file, a model trained without that file (and without the older
rules' candidates on it) vets the current rules' candidates on it; event precision,
recall and F1 over all files are printed for a range of thresholds next to
``THRESHOLD``. Training is deterministic: the same inputs give the same file.

Usage::

    python tools/train_event_vetting.py [--eval-dir DIR] [--commit REV ...]
                                        [--out FILE] [--no-cv]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from marsad.evaluate import load_documents, score
from marsad.evaluation.dates import dates_compatible
from marsad.evaluation.matching import match_events
from marsad.evaluation.places import same_place
from marsad.events.vetting import (
    EPOCHS,
    L2,
    THRESHOLD,
    event_features,
    fit_model,
    format_model,
    name_spans,
)
from marsad.export.spec import to_spec
from marsad.ingest import read_inputs
from marsad.ingest.ids import parse_published
from marsad.model import Actor, Document, Event, Extraction, PartialDate, Place, Span
from marsad.pipeline import annotate, run

REPO = Path(__file__).resolve().parents[1]
DEFAULT_COMMITS = ("5b532e4",)
EXAMPLES = REPO / "examples"
SEED_GOLD = REPO.parent / "shared" / "examples" / "seed-gold.jsonl"
CV_THRESHOLDS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)


@dataclass(frozen=True)
class Candidates:
    """The events some version of the rules coded on one document."""

    set_name: str  # the docs file's stem: the unit left out in cross-validation
    document: Document
    names: tuple[tuple[Span, str], ...]  # named places and people (vetting.name_spans)
    stats: bool
    events: tuple[Event, ...]
    records: tuple[dict[str, Any], ...]  # the same events in spec form, for the scorer
    current: bool = True  # coded by the current rules (not an older commit's)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=REPO / "tests" / "eval")
    parser.add_argument("--seed-gold", type=Path, default=SEED_GOLD)
    parser.add_argument("--commit", action="append", help="older rules to draw candidates from")
    parser.add_argument(
        "--out",
        type=Path,
        default=REPO / "src" / "marsad" / "data" / "models" / "event_vetting.tsv",
    )
    parser.add_argument("--no-cv", action="store_true", help="skip cross-validation")
    args = parser.parse_args()
    commits = tuple(args.commit) if args.commit else DEFAULT_COMMITS

    files = sorted(args.eval_dir.glob("docs-*.jsonl"))
    gold: dict[str, dict[str, Any]] = {}
    for path in files:
        gold.update(load_documents(path.with_name(path.name.replace("docs-", "gold-"))))
    current = list(_current_candidates(files, gold))
    current += _sample_candidates(
        "examples",
        [EXAMPLES / "txt", EXAMPLES / "html", EXAMPLES / "jsonl" / "marsad-samples.jsonl"],
        EXAMPLES / "gold.jsonl",
        gold,
    )
    if args.seed_gold.exists():
        seed = [EXAMPLES / "jsonl" / "seed-sy24.jsonl"]
        current += _sample_candidates("seed", seed, args.seed_gold, gold)
    older = [c for commit in commits for c in _commit_candidates(commit, files, gold)]
    print(
        f"{len(files)} sets, {len(gold)} documents; candidates: "
        f"{sum(len(c.events) for c in current)} now, {sum(len(c.events) for c in older)} older",
        file=sys.stderr,
    )

    labelled = [(c, list(_examples(c, gold))) for c in current + older]
    if not args.no_cv:
        _cross_validate(labelled, gold)
    examples = [x for _, xs in labelled for x in xs]
    model = fit_model(examples)
    positives = sum(label for _, label in examples)
    header = [
        "marsad event vetting model: logistic regression weights (feature<TAB>weight).",
        "Trained by tools/train_event_vetting.py on the development set (tests/eval),",
        f"{len(gold)} documents: {len(examples)} coded events ({positives} paired with a gold",
        f"event), from the current rules and the rules at {', '.join(commits)}.",
        f"L2 {L2}, {EPOCHS} epochs. Apache-2.0, like the code.",
    ]
    args.out.write_text(format_model(model, header), encoding="utf-8")
    print(f"wrote {args.out} ({len(model.weights)} features before pruning)", file=sys.stderr)


def _documents(path: Path, gold: dict[str, dict[str, Any]]) -> list[Document]:
    documents = [d for d in read_inputs([str(path)]) if isinstance(d, Document)]
    return [
        d
        if d.published is not None or not gold.get(d.doc_id, {}).get("published")
        else replace(d, published=parse_published(gold[d.doc_id]["published"]))
        for d in documents
    ]


def _current_candidates(
    files: Sequence[Path], gold: dict[str, dict[str, Any]]
) -> Iterator[Candidates]:
    for path in files:
        for result in run(_documents(path, gold), progress=False, keep_doubtful=True):
            if isinstance(result, Extraction):
                yield _from_extraction(path.stem, result)


def _sample_candidates(
    set_name: str, inputs: Sequence[Path], gold_file: Path, gold: dict[str, dict[str, Any]]
) -> list[Candidates]:
    """Candidates on files read as a user gives them; a .txt/.html file's gold is keyed
    by its file name, and one without a publication date takes the gold's."""
    gold.update(load_documents(gold_file))
    documents = []
    for document in read_inputs([str(p) for p in inputs]):
        if not isinstance(document, Document):
            continue
        origin = Path((document.origin or "").split(":")[0])
        if origin.suffix in (".txt", ".html"):
            document = replace(document, doc_id=origin.stem)
        published = gold.get(document.doc_id, {}).get("published")
        if document.published is None and published:
            document = replace(document, published=parse_published(published))
        documents.append(document)
    return [
        _from_extraction(set_name, r)
        for r in run(documents, progress=False, keep_doubtful=True)
        if isinstance(r, Extraction) and r.document.doc_id in gold
    ]


def _from_extraction(set_name: str, extraction: Extraction) -> Candidates:
    spec = to_spec(extraction)
    names = name_spans(annotate(extraction.document))
    return Candidates(
        set_name,
        extraction.document,
        names,
        extraction.stats,
        extraction.events,
        tuple(spec["events"]),
    )


def _commit_candidates(
    commit: str, files: Sequence[Path], gold: dict[str, dict[str, Any]]
) -> Iterator[Candidates]:
    """The rules at ``commit``, run from a temporary git worktree on each file."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(
            ["git", "-C", str(REPO), "worktree", "add", "--detach", str(tree), commit],
            check=True,
            capture_output=True,
        )
        try:
            for path in files:
                out = Path(tmp) / f"{path.stem}.jsonl"
                subprocess.run(
                    [sys.executable, "-m", "marsad", "extract", str(path), "-o", str(out)],
                    env={"PYTHONPATH": str(tree / "src"), "PATH": "/usr/bin:/bin"},
                    check=False,
                    capture_output=True,
                )
                documents = {d.doc_id: d for d in _documents(path, gold)}
                for line in out.read_text(encoding="utf-8").splitlines():
                    record = json.loads(line)
                    document = documents.get(record["doc_id"])
                    if document is not None:
                        yield _from_records(path.stem, document, record)
        finally:
            subprocess.run(
                ["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)],
                check=False,
                capture_output=True,
            )


def _from_records(set_name: str, document: Document, record: dict[str, Any]) -> Candidates:
    records = tuple(record.get("events") or [])
    return Candidates(
        set_name,
        document,
        name_spans(annotate(document)),
        bool(record.get("stats")),
        tuple(map(_event, records)),
        records,
        current=False,
    )


def _event(record: dict[str, Any]) -> Event:
    """The fields of a spec event that the vetting features read."""
    location = record.get("location") or None
    day = record.get("date")
    return Event(
        event_type=record.get("event_type") or "",
        sub_event_type=record.get("sub_event_type") or "",
        evidence=Span(*record["evidence"]),
        trigger=record.get("trigger") or "",
        trigger_span=Span(*(record.get("trigger_span") or record["evidence"])),
        date=PartialDate(day, record.get("date_precision") or "day") if day else None,
        location=Place(location["name"], location.get("precision") or "town")
        if location and location.get("name")
        else None,
        actor1=_actor(record.get("actor1")),
        actor2=_actor(record.get("actor2")),
        fatalities=int(record.get("fatalities") or 0),
        persons=tuple(record.get("persons") or ()),
        reported_by=record.get("reported_by"),
    )


def _actor(record: dict[str, Any] | None) -> Actor | None:
    return Actor(record.get("name") or "", record["category"]) if record else None


def _examples(
    candidates: Candidates, gold: dict[str, dict[str, Any]]
) -> Iterator[tuple[set[str], bool]]:
    gold_events = gold[candidates.document.doc_id].get("events") or []
    paired = {p.predicted_index for p in match_events(gold_events, candidates.records)}
    for index, record in enumerate(candidates.records):
        features = _features(candidates, index)
        yield features, index in paired or _misdated(record, gold_events)


def _misdated(record: dict[str, Any], gold_events: list[dict[str, Any]]) -> bool:
    """Whether the event is a gold event of the same kind and place whose date the rules
    got wrong: a real incident, whatever the scorer makes of it."""
    undated = {**record, "date": None}
    return any(
        g.get("sub_event_type") == record.get("sub_event_type")
        and same_place(g, undated)
        and not dates_compatible(g, record)
        for g in gold_events
    )


def _cross_validate(
    labelled: list[tuple[Candidates, list[tuple[set[str], bool]]]],
    gold: dict[str, dict[str, Any]],
) -> None:
    current = [(c, examples) for c, examples in labelled if c.current]
    scores: dict[tuple[str, int], float] = {}
    for held_out in sorted({c.set_name for c, _ in current}):
        model = fit_model(
            [x for c, examples in labelled if c.set_name != held_out for x in examples]
        )
        for c, examples in current:
            if c.set_name == held_out:
                for index, (features, _) in enumerate(examples):
                    scores[(c.document.doc_id, index)] = model.probability(features)
    print("threshold  precision  recall  F1     strict F1")
    for threshold in CV_THRESHOLDS:
        predicted = {
            c.document.doc_id: {
                "events": [
                    r
                    for index, r in enumerate(c.records)
                    if scores[(c.document.doc_id, index)] >= threshold
                ]
            }
            for c, _ in current
        }
        report = score(gold, predicted)
        mark = "  <- THRESHOLD" if threshold == THRESHOLD else ""
        print(
            f"{threshold:9.2f}  {report.events.precision:9.3f}  {report.events.recall:6.3f}"
            f"  {report.events.f1:.3f}  {report.events_strict.f1:.3f}{mark}"
        )


def _features(candidates: Candidates, index: int) -> set[str]:
    return event_features(
        candidates.document, candidates.names, candidates.events, index, candidates.stats
    )


if __name__ == "__main__":
    main()
