"""Pipeline throughput: documents per second on the example corpus, serial and parallel.

Run: .venv/bin/python bench/pipeline.py [REPEAT]
Prints figures; asserts nothing.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

from marsad.ingest import read_inputs
from marsad.model import Document
from marsad.pipeline import run

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    base = [
        d
        for d in read_inputs([str(EXAMPLES / p) for p in ("txt", "html", "jsonl")])
        if isinstance(d, Document)
    ]
    documents = [replace(d, doc_id=f"{d.doc_id}-{i}") for i in range(repeat) for d in base]
    chars = sum(len(d.text) for d in documents)
    print(f"corpus: {len(documents)} documents, {chars / 1e6:.2f} M characters")
    start = time.perf_counter()
    list(run(documents[:1], progress=False))  # load lexicons and automata once
    print(f"first document (loads data): {time.perf_counter() - start:.2f} s")
    for jobs in (1, 2):
        start = time.perf_counter()
        results = list(run(documents, jobs=jobs, progress=False))
        elapsed = time.perf_counter() - start
        print(
            f"jobs={jobs}: {len(results) / elapsed:8.1f} docs/s  "
            f"{chars / elapsed / 1e6:6.3f} M chars/s  ({elapsed:.2f} s)"
        )


if __name__ == "__main__":
    main()
