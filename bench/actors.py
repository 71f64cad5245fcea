"""Actor matcher: load time of the ontology and automaton, then throughput.

Run: .venv/bin/python bench/actors.py [REPEAT]
Prints figures; asserts nothing.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from marsad.actors import find_actors, load_ontology
from marsad.actors.matcher import load_lexicon
from marsad.model import PartialDate

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    start = time.perf_counter()
    ontology = load_ontology()
    parsed = time.perf_counter()
    load_lexicon()
    built = time.perf_counter()
    print(f"ontology: {len(ontology.actors)} actors, {len(ontology.by_name)} names")
    print(f"load: YAML + validation {parsed - start:.3f} s, automaton {built - parsed:.3f} s")
    texts = []
    for path in sorted((EXAMPLES / "jsonl").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    texts *= repeat
    chars = sum(len(t) for t in texts)
    on = PartialDate("2023-01-20", "day")
    start = time.perf_counter()
    mentions = sum(len(find_actors(text, on)) for text in texts)
    elapsed = time.perf_counter() - start
    print(
        f"{len(texts)} documents, {chars / 1e6:.2f} M chars, {mentions} mentions: "
        f"{len(texts) / elapsed:.0f} docs/s, {chars / elapsed / 1e6:.2f} M chars/s"
    )


if __name__ == "__main__":
    main()
