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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.evaluate import load_documents, score
from marsad.evaluation.dates import dates_compatible
from marsad.evaluation.documents import as_annotated
from marsad.evaluation.matching import match_events
from marsad.evaluation.places import same_place
from marsad.events.extract import extract_events
from marsad.events.roundup import is_roundup
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
from marsad.model import Actor, Document, Event, Extraction, PartialDate, Place, Span
from marsad.pipeline import annotate

REPO = Path(__file__).resolve().parents[1]
DEFAULT_COMMITS = ("5b532e4",)
EXAMPLES = REPO / "examples"
SEED_GOLD = REPO.parent / "shared" / "examples" / "seed-gold.jsonl"
CV_THRESHOLDS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)


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
    gold.update(load_documents(EXAMPLES / "gold.jsonl"))
    samples = [EXAMPLES / "txt", EXAMPLES / "html", EXAMPLES / "jsonl" / "marsad-samples.jsonl"]
    corpora = [(path.stem, [path]) for path in files] + [("examples", samples)]
    if args.seed_gold.exists():
        gold.update(load_documents(args.seed_gold))
        corpora.append(("seed", [EXAMPLES / "jsonl" / "seed-sy24.jsonl"]))
    current = [
        c
        for set_name, inputs in corpora
        for c in _current_candidates(set_name, _documents(inputs, gold), gold)
    ]
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
        "Trained by tools/train_event_vetting.py on tests/eval, examples/ and the seed,",
        f"{len(gold)} documents: {len(examples)} coded events ({positives} paired with a gold",
        f"event), from the current rules and the rules at {', '.join(commits)}.",
        f"L2 {L2}, {EPOCHS} epochs. Apache-2.0, like the code.",
    ]
    args.out.write_text(format_model(model, header), encoding="utf-8")
    print(f"wrote {args.out} ({len(model.weights)} features before pruning)", file=sys.stderr)


def _documents(inputs: Sequence[Path], gold: dict[str, dict[str, Any]]) -> list[Document]:
    return [
        as_annotated(d, gold)
        for d in read_inputs([str(p) for p in inputs])
        if isinstance(d, Document)
    ]


def _current_candidates(
    set_name: str, documents: Sequence[Document], gold: dict[str, dict[str, Any]]
) -> list[Candidates]:
    """What the current rules code on each annotated document, before vetting."""
    found = []
    for document in documents:
        if document.doc_id not in gold:
            continue
        annotations = annotate(document)
        events = extract_events(document, annotations)
        coded = Extraction(document=document, events=events, stats=is_roundup(document))
        records = tuple(to_spec(coded)["events"])
        names = name_spans(annotations)
        found.append(Candidates(set_name, document, names, coded.stats, events, records))
    return found


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
                documents = {d.doc_id: d for d in _documents([path], gold)}
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
