"""CoNLL-style NER files and span-level scoring (CoNLL exact match).

A file holds one ``token TAG`` pair a line and a blank line after each sentence;
tags are IOB (``B-PERS``, ``I-LOC``, ``O``). ANERcorp writes ``PERS``; marsad says
``PER``. An ``I-X`` after ``O`` or after another type starts an entity, as
conlleval counts it. An entity is right only when its type and both ends are.

>>> spans_of(["B-PERS", "I-PERS", "O", "I-LOC"])
[(0, 2, 'PER'), (3, 4, 'LOC')]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from marsad.errors import MarsadError

TYPES = ("PER", "ORG", "LOC", "MISC")
_TYPE_NAMES = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


class ConllError(MarsadError):
    """A CoNLL file that cannot be read."""


@dataclass(frozen=True, slots=True)
class TaggedSentence:
    """Tokens and their IOB tags (types already renamed: PERS → PER)."""

    words: tuple[str, ...]
    tags: tuple[str, ...]


def _tag(raw: str, where: str) -> str:
    if raw == "O":
        return raw
    prefix, _, kind = raw.partition("-")
    if prefix not in ("B", "I") or kind not in _TYPE_NAMES:
        raise ConllError(f"{where}: unknown tag {raw!r}; expected O, B-X or I-X")
    return f"{prefix}-{_TYPE_NAMES[kind]}"


def read_conll(path: str | Path) -> list[TaggedSentence]:
    """Sentences of a ``token TAG`` file; blank lines end sentences."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ConllError(f"{path}: cannot read ({error})") from error
    sentences: list[TaggedSentence] = []
    words: list[str] = []
    tags: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.replace("\u200f", "").replace("\u200e", "").rstrip("\r")
        if not line.strip():
            if words:
                sentences.append(TaggedSentence(tuple(words), tuple(tags)))
                words, tags = [], []
            continue
        token, _, raw = line.rstrip().rpartition(" ")
        if not token.strip():
            raise ConllError(f"{path}:{number}: expected 'token TAG', got {line!r}")
        words.append(token.strip())
        tags.append(_tag(raw, f"{path}:{number}"))
    if words:
        sentences.append(TaggedSentence(tuple(words), tuple(tags)))
    return sentences


def spans_of(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(start, end, type)`` of an IOB tag sequence (conlleval rules)."""
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, this = tag.partition("-")
        this = _TYPE_NAMES.get(this, this)
        continues = prefix == "I" and this == kind and start >= 0
        if start >= 0 and not continues:
            spans.append((start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, this
    return spans


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives of one entity type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp), 0 when nothing was found."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), 0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True, slots=True)
class NerReport:
    """Span-level scores by type and overall (micro-averaged)."""

    by_type: dict[str, Counts]
    sentences: int
    tokens: int

    @property
    def overall(self) -> Counts:
        """Counts summed over the types (micro average)."""
        total = Counts()
        for counts in self.by_type.values():
            total = total + counts
        return total


def score_tags(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> NerReport:
    """Exact-match span scores of predicted against gold tag sequences."""
    tallies = {kind: [0, 0, 0] for kind in TYPES}
    sentences = tokens = 0
    for gold_tags, pred_tags in zip(gold, predicted, strict=True):
        sentences += 1
        tokens += len(gold_tags)
        gold_spans = set(spans_of(gold_tags))
        pred_spans = set(spans_of(pred_tags))
        for start, end, kind in gold_spans | pred_spans:
            row = tallies.setdefault(kind, [0, 0, 0])
            hit_gold = (start, end, kind) in gold_spans
            hit_pred = (start, end, kind) in pred_spans
            row[0 if hit_gold and hit_pred else 1 if hit_pred else 2] += 1
    return NerReport({kind: Counts(*row) for kind, row in tallies.items()}, sentences, tokens)


def format_report(report: NerReport, title: str = "") -> str:
    """A plain-text table: per type and overall P/R/F1 (in %) with the counts."""
    lines = [title] if title else []
    lines.append(f"{report.sentences} sentences, {report.tokens} tokens; CoNLL exact-match spans")
    lines.append(f"{'type':<8}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'found':>7}{'right':>7}")
    rows = [*report.by_type.items(), ("overall", report.overall)]
    for kind, counts in rows:
        lines.append(
            f"{kind:<8}{100 * counts.precision:>7.1f}{100 * counts.recall:>7.1f}"
            f"{100 * counts.f1:>7.1f}{counts.tp + counts.fn:>7}{counts.tp + counts.fp:>7}"
            f"{counts.tp:>7}"
        )
    return "\n".join(lines)
