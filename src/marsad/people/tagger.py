"""The statistical name tagger: two stacked CRFs over :mod:`marsad.people.features`.

A first CRF tags each sentence from the words alone; a second one sees, in addition,
what the first found for the same word elsewhere in the document (a name tagged
once is usually a name everywhere in the article). The models
(``data/models/ner-base.crfsuite``, ``data/models/ner.crfsuite``) and the word-class
lexicon they were trained with (``data/models/ner-lexicon.tsv``) ship inside the
package and are rebuilt by ``tools/train_ner.py`` from the ANERcorp training split.
It tags PER, ORG, LOC and MISC; marsad uses its PER spans for names no cue
introduces, each with the model's confidence (the smallest marginal probability of
the span's labels).

>>> names = tag_names("التقى الرئيس بشار الأسد بالمبعوث")
>>> [(n.surface, n.label) for n in names if n.label == "PER"]
[('بشار الأسد', 'PER')]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from marsad.arabic.sentences import sentences
from marsad.arabic.tokens import Token, tokens
from marsad.errors import MarsadError
from marsad.model import Span
from marsad.people.conll import NerReport, read_conll, score_tags, spans_of
from marsad.people.features import FeatureLexicon, document_features, sentence_features

BASE_MODEL_RESOURCE = "models/ner-base.crfsuite"
MODEL_RESOURCE = "models/ner.crfsuite"
LEXICON_RESOURCE = "models/ner-lexicon.tsv"
# A sentence longer than this many tokens is tagged in pieces: CRF cost is linear in
# length, but run-on "sentences" (lists, tables without stops) gain nothing from a
# longer context than the ±2 window and a few neighbours.
MAX_SENTENCE_TOKENS = 200


class TaggerError(MarsadError):
    """The name tagger's model is missing or unreadable."""


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A name the tagger found: span into the text, type and confidence (0-1)."""

    span: Span
    surface: str
    label: str
    confidence: float


def read_lexicon_file(text: str) -> FeatureLexicon:
    """The model's lexicon from its TSV text (``entry<TAB>class`` a line)."""
    rows = []
    for line in text.splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        entry, kind = line.split("\t")[:2]
        rows.append((entry, kind))
    return FeatureLexicon.from_rows(rows)


def _open(path: str | Path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(path))
    except (OSError, ValueError) as error:
        raise TaggerError(
            f"{path}: cannot open the name tagger model ({error}); "
            "rebuild it with tools/train_ner.py"
        ) from error
    return tagger


class NameTagger:
    """The loaded first-pass and second-pass CRFs with their lexicon."""

    def __init__(
        self, base_path: str | Path, stacked_path: str | Path, lexicon: FeatureLexicon
    ) -> None:
        self.lexicon = lexicon
        self._base = _open(base_path)
        self._stacked = _open(stacked_path)

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, float]]]:
        """IOB tags (``B-PER`` …) with their marginal probabilities, sentence by sentence."""
        features = [sentence_features(words, self.lexicon) for words in sentences]
        first = [self._base.tag(rows) if rows else [] for rows in features]
        extra = document_features(sentences, first, self.lexicon)
        out: list[list[tuple[str, float]]] = []
        for rows, more in zip(features, extra, strict=True):
            if not rows:
                out.append([])
                continue
            labels = self._stacked.tag([a + b for a, b in zip(rows, more, strict=True)])
            out.append([(y, self._stacked.marginal(y, i)) for i, y in enumerate(labels)])
        return out

    def tag_words(self, words: Sequence[str]) -> list[str]:
        """IOB tags for the words of one sentence taken as a whole document."""
        return [tag for tag, _ in self.tag_document([words])[0]]


@cache
def load_tagger() -> NameTagger:
    """The shipped tagger, loaded once per process."""
    data = resources.files("marsad.data")
    try:
        lexicon = read_lexicon_file(data.joinpath(LEXICON_RESOURCE).read_text("utf-8"))
    except OSError as error:
        raise TaggerError(
            f"the name tagger lexicon {LEXICON_RESOURCE} is missing ({error}); "
            "rebuild it with tools/train_ner.py"
        ) from error
    with (
        resources.as_file(data.joinpath(BASE_MODEL_RESOURCE)) as base,
        resources.as_file(data.joinpath(MODEL_RESOURCE)) as stacked,
    ):
        return NameTagger(base, stacked, lexicon)


def tag_names(
    text: str, tagger: NameTagger | None = None, only: Sequence[Span] | None = None
) -> tuple[NameSpan, ...]:
    """PER/ORG/LOC/MISC names of ``text``, spans into it, with confidences.

    ``only`` limits tagging to these sentence spans (taken together as the document).
    """
    tagger = tagger or load_tagger()
    pieces: list[tuple[int, list[Token]]] = []
    for sentence in sentences(text) if only is None else only:
        words = list(tokens(sentence.of(text)))
        for begin in range(0, len(words), MAX_SENTENCE_TOKENS):
            pieces.append((sentence.start, words[begin : begin + MAX_SENTENCE_TOKENS]))
    tagged = tagger.tag_document([[t.surface for t in piece] for _, piece in pieces])
    found: list[NameSpan] = []
    for (offset, piece), labels in zip(pieces, tagged, strict=True):
        for start, end, label in spans_of([tag for tag, _ in labels]):
            span = Span(offset + piece[start].span.start, offset + piece[end - 1].span.end)
            confidence = min(p for _, p in labels[start:end])
            found.append(NameSpan(span, span.of(text), label, confidence))
    return tuple(found)


def evaluate_conll(path: str | Path, tagger: NameTagger | None = None) -> NerReport:
    """Tag a CoNLL file (its sentences in order, as one running text) and score the spans."""
    tagger = tagger or load_tagger()
    gold = read_conll(path)
    predicted = tagger.tag_document([sentence.words for sentence in gold])
    return score_tags([s.tags for s in gold], [[tag for tag, _ in row] for row in predicted])
