"""Train the name tagger: ``src/marsad/data/models/ner.crfsuite`` and its lexicon.

Input (read only here, never at run time): the ANERcorp training split
(CAMeL Lab split, reconstructed; CC BY-SA 4.0), and marsad's own data for the
lexicon features — ``data/people/given_names.tsv``, ``data/people/tagger_lexicon.tsv``,
the gazetteer (``marsad.gazetteer``) and the actor ontology (``marsad.actors``).

Output, in ``--out-dir``:

* ``ner-lexicon.tsv``: every folded lexicon entry with its class, frozen with the
  models so that later edits of the gazetteer or the actor list cannot shift the
  features under a trained model;
* ``ner-base.crfsuite``: the first-pass CRF (sentence features only);
* ``ner.crfsuite``: the second-pass CRF, which also sees the first pass's tags in
  the neighbouring sentences. Its training data carries first-pass tags from a
  jackknife (each fifth of the training split tagged by a model trained on the
  other four), so it learns how far to trust an imperfect first pass.

Both are python-crfsuite models trained with L-BFGS and elastic-net regularisation;
L1 prunes most features, which keeps the files small.

Training is deterministic: the same inputs and options give a byte-identical model.

Usage::

    python tools/train_ner.py [--train FILE] [--test FILE] [--out-dir DIR]
                              [--c1 X] [--c2 X] [--min-freq N] [--iterations N]
"""

from __future__ import annotations

import argparse
import multiprocessing
import time
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import pycrfsuite

from marsad.actors import load_ontology
from marsad.gazetteer.entries import load_entries
from marsad.people.conll import TaggedSentence, format_report, read_conll, score_tags
from marsad.people.features import FeatureLexicon, document_features, sentence_features
from marsad.people.tagger import NameTagger, read_lexicon_file

ANERCORP = Path("/work/shared/data/ner/ANERcorp/camellab_split_reconstructed")
WIKIFANE = Path("/work/shared/data/ner/WikiFANE_Gold_2014/WikiFANE_Gold_2014_500K.txt")
# WikiFANE's fine-grained classes folded into ANERcorp's four; the rest (products,
# works, vehicles, weapons, food …) are MISC.
WIKIFANE_TYPES = {
    "PER": "Politician Other_PER Artist Scientist Religious_PER Athlete Businessperson "
    "Engineer Lawyer",
    "ORG": "Group Non-Governmental Government Police Commercial Educational Media Sports "
    "Religious_ORG Entertainment Medical-Science",
    "LOC": "Population-Center Nation State-or-Province Water-Body Continent Celestial "
    "Land-Region-Natural GPE-Cluster County-or-District Building-Grounds Path Airport "
    "Subarea-Facility Land",
}
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src/marsad/data/models"

# Regularisation and cut-offs, chosen on a held-out sixth of the training split
# (the last 661 sentences; the test split was not looked at): c1 trades recall of
# rare names against model size, c2 smooths the surviving weights.
DEFAULT_C1 = 0.05
DEFAULT_C2 = 0.01
# A feature seen fewer times than this in training is dropped before optimisation.
DEFAULT_MIN_FREQ = 1
# L-BFGS converges (log-likelihood change < 1e-5 over 10 iterations) well before this.
DEFAULT_ITERATIONS = 300
# Folds of the jackknife that gives the second pass realistic first-pass tags.
JACKKNIFE_FOLDS = 5
# Training runs in parallel on this many processes (the folds are independent).
WORKERS = 2


def lexicon_rows() -> list[tuple[str, str]]:
    """(entry, class) pairs from marsad's lexicons, gazetteer and actor ontology."""
    data = resources.files("marsad.data")
    rows: list[tuple[str, str]] = []
    for name, kind_column in (("people/given_names.tsv", None), ("people/tagger_lexicon.tsv", 1)):
        lines = data.joinpath(name).read_text("utf-8").splitlines()
        body = [line.split("\t") for line in lines if line and not line.startswith("#")][1:]
        for cells in body:
            rows.append((cells[0], "given" if kind_column is None else cells[kind_column]))
    for entry in load_entries():
        kind = "place_word" if entry.common_tier else "place"
        rows += [(name, kind) for name in (entry.name_ar, *entry.names)]
    for actor in load_ontology().actors.values():
        rows += [(name, "actor") for name in actor.all_names]
    return rows


def wikifane_rows(path: Path) -> list[tuple[str, str]]:
    """Names annotated in WikiFANE Gold (Wikipedia, CC BY-SA 3.0), by coarse type.

    Whole names become ``wp_<TYPE>`` entries (matched as token runs); each word of a
    person's name also becomes ``wpt_PER`` (given and family names recombine).
    """
    coarse = {fine: kind for kind, names in WIKIFANE_TYPES.items() for fine in names.split()}
    text = path.read_text(encoding="utf-8-sig").replace("\r", "").replace("\u200e", "")
    rows: set[tuple[str, str]] = set()
    words: list[str] = []
    kind = ""

    def close() -> None:
        if words:
            rows.add((" ".join(words), f"wp_{kind}"))
            if kind == "PER":
                rows.update((word, "wpt_PER") for word in words)
        words.clear()

    for line in text.split("\n"):
        token, _, tag = line.partition("\t")
        prefix, _, fine = tag.strip().partition("-")
        if prefix == "I" and words:
            words.append(token.strip())
            continue
        close()
        if prefix == "B":
            kind = coarse.get(fine, "MISC")
            words.append(token.strip())
    close()
    return sorted(rows)


def write_lexicon(lexicon: FeatureLexicon, path: Path) -> None:
    header = (
        "# Word classes the name tagger was trained with; written by tools/train_ner.py\n"
        "# from marsad's given names, tagger lexicon, gazetteer and actor ontology.\n"
        "# Folded entries. Do not edit by hand: retrain instead.\n"
    )
    body = "".join(f"{entry}\t{kind}\n" for entry, kind in lexicon.rows())
    path.write_text(header + body, encoding="utf-8")


# Set before the worker processes fork; read by _fit in each of them.
_JOB: dict[str, Any] = {}


def _fit(task: tuple[str, list[int], str]) -> str:
    """Train one CRF on the listed sentences with the named feature set; returns its path."""
    features_name, indices, path = task
    sentences: list[TaggedSentence] = _JOB["sentences"]
    features = _JOB[features_name]
    trainer = pycrfsuite.Trainer(verbose=False)
    for i in indices:
        trainer.append(features[i], list(sentences[i].tags))
    trainer.select("lbfgs")
    trainer.set_params(_JOB["params"])
    trainer.train(path)
    return path


def _run(tasks: list[tuple[str, list[int], str]]) -> list[str]:
    with multiprocessing.get_context("fork").Pool(WORKERS) as pool:
        return pool.map(_fit, tasks)


def train(
    train_path: Path,
    out_dir: Path,
    *,
    wikifane: Path | None,
    c1: float,
    c2: float,
    min_freq: int,
    iterations: int,
) -> tuple[Path, Path]:
    """Train on ``train_path``; write the lexicon and both models into ``out_dir``."""
    started = time.perf_counter()
    sentences = read_conll(train_path)
    rows = lexicon_rows()
    if wikifane is not None:
        rows += wikifane_rows(wikifane)
    lexicon = FeatureLexicon.from_rows(rows)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_lexicon(lexicon, out_dir / "ner-lexicon.tsv")
    words = [sentence.words for sentence in sentences]
    _JOB.update(
        sentences=sentences,
        base=[sentence_features(w, lexicon) for w in words],
        params={
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.minfreq": min_freq,
            "feature.possible_transitions": True,
        },
    )
    everything = list(range(len(sentences)))
    cuts = [len(sentences) * k // JACKKNIFE_FOLDS for k in range(JACKKNIFE_FOLDS + 1)]
    folds = [everything[cuts[k] : cuts[k + 1]] for k in range(JACKKNIFE_FOLDS)]
    base = out_dir / "ner-base.crfsuite"
    tasks = [("base", everything, str(base))]
    tasks += [
        (
            "base",
            [i for i in everything if not cuts[k] <= i < cuts[k + 1]],
            str(out_dir / f".fold{k}"),
        )
        for k in range(JACKKNIFE_FOLDS)
    ]
    _run(tasks)
    first: list[list[str]] = [[] for _ in sentences]
    for k, fold in enumerate(folds):
        tagger = pycrfsuite.Tagger()
        tagger.open(str(out_dir / f".fold{k}"))
        for i in fold:
            first[i] = tagger.tag(_JOB["base"][i])
        tagger.close()
        (out_dir / f".fold{k}").unlink()
    extra = document_features(words, first, lexicon)
    _JOB["stacked"] = [
        [a + b for a, b in zip(rows, more, strict=True)]
        for rows, more in zip(_JOB["base"], extra, strict=True)
    ]
    stacked = out_dir / "ner.crfsuite"
    _run([("stacked", everything, str(stacked))])
    elapsed = time.perf_counter() - started
    size = (base.stat().st_size + stacked.stat().st_size) / 1e6
    print(
        f"trained on {len(sentences)} sentences ({JACKKNIFE_FOLDS}-fold jackknife, "
        f"{WORKERS} processes): {elapsed:.1f} s"
    )
    print(f"models: {size:.2f} MB in {out_dir}; lexicon {len(lexicon.rows())} entries")
    return base, stacked


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--train", type=Path, default=ANERCORP / "train.txt")
    parser.add_argument("--test", type=Path, default=None, help="score this file afterwards")
    parser.add_argument("--wikifane", type=Path, default=WIKIFANE, help="name lists source")
    parser.add_argument("--no-wikifane", dest="wikifane", action="store_const", const=None)
    parser.add_argument("--out-dir", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--c1", type=float, default=DEFAULT_C1)
    parser.add_argument("--c2", type=float, default=DEFAULT_C2)
    parser.add_argument("--min-freq", type=int, default=DEFAULT_MIN_FREQ)
    parser.add_argument("--iterations", type=int, default=DEFAULT_ITERATIONS)
    args = parser.parse_args(argv)
    base, stacked = train(
        args.train,
        args.out_dir,
        wikifane=args.wikifane,
        c1=args.c1,
        c2=args.c2,
        min_freq=args.min_freq,
        iterations=args.iterations,
    )
    if args.test is not None:
        lexicon = read_lexicon_file((args.out_dir / "ner-lexicon.tsv").read_text("utf-8"))
        tagger = NameTagger(base, stacked, lexicon)
        gold = read_conll(args.test)
        started = time.perf_counter()
        predicted = tagger.tag_document([s.words for s in gold])
        elapsed = time.perf_counter() - started
        tags = [[tag for tag, _ in row] for row in predicted]
        print(format_report(score_tags([s.tags for s in gold], tags), str(args.test)))
        print(f"tagging: {len(gold) / elapsed:.0f} sentences/s (both passes)")


if __name__ == "__main__":
    main()
