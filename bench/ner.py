"""Name tagger and people stage: model load time, tagging and find_people throughput.

Run: .venv/bin/python bench/ner.py [CONLL]
CONLL defaults to the ANERcorp test split under /work/shared; without it the
example corpus's sentences are tagged instead. Prints figures; asserts nothing.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from marsad.arabic import sentences, tokens
from marsad.people import find_people, load_tagger
from marsad.people.conll import read_conll

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ANERCORP_TEST = Path("/work/shared/data/ner/ANERcorp/camellab_split_reconstructed/test.txt")


def _example_texts() -> list[str]:
    texts = []
    for path in sorted((EXAMPLES / "jsonl").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def main() -> None:
    conll = Path(sys.argv[1]) if len(sys.argv) > 1 else ANERCORP_TEST
    start = time.perf_counter()
    tagger = load_tagger()
    print(f"load: {time.perf_counter() - start:.3f} s (two CRFs and the feature lexicon)")
    texts = _example_texts()
    if conll.exists():
        batch = [list(s.words) for s in read_conll(conll)]
        source = str(conll)
    else:
        batch = [[t.surface for t in tokens(s.of(text))] for text in texts for s in sentences(text)]
        source = "the example corpus"
    words = sum(len(s) for s in batch)
    start = time.perf_counter()
    tagger.tag_document(batch)
    elapsed = time.perf_counter() - start
    print(
        f"tagging {source}: {len(batch)} sentences, {words} tokens in {elapsed:.2f} s — "
        f"{len(batch) / elapsed:.0f} sentences/s, {words / elapsed:.0f} tokens/s (both passes)"
    )
    repeat = 20
    find_people(texts[0])
    start = time.perf_counter()
    found = sum(len(find_people(text)) for _ in range(repeat) for text in texts)
    elapsed = time.perf_counter() - start
    chars = repeat * sum(len(text) for text in texts)
    print(
        f"find_people: {repeat * len(texts)} documents, {found} people in {elapsed:.2f} s — "
        f"{repeat * len(texts) / elapsed:.0f} docs/s, {chars / elapsed / 1e3:.0f} k chars/s"
    )


if __name__ == "__main__":
    main()
