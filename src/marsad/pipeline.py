"""The pipeline: runs the stages over one document or a stream of them.

Each stage is one public function over plain data; only this module knows
their order. A document whose stage fails becomes a ``Failure`` (stage and
error recorded) and the stream goes on.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

from marsad.actors import find_actors
from marsad.annotations import Annotations
from marsad.arabic.dates import find_dates
from marsad.arabic.normalize import normalize
from marsad.arabic.numbers import find_numbers
from marsad.arabic.sentences import sentences
from marsad.entities import build_entities
from marsad.events import extract_events
from marsad.events.roundup import is_roundup
from marsad.events.vetting import vet_events
from marsad.gazetteer import find_places
from marsad.mentions import collect_mentions
from marsad.model import Document, Extraction, Failure
from marsad.outlets import find_outlets
from marsad.people import find_people
from marsad.relations import extract_relations

# Documents in flight per worker process: enough to keep workers busy while
# results are written in order, few enough to bound memory on huge archives.
IN_FLIGHT_PER_JOB = 8

_T = TypeVar("_T")


class StageError(Exception):
    def __init__(self, stage: str, error: BaseException) -> None:
        super().__init__(f"{stage}: {type(error).__name__}: {error}")
        self.stage = stage
        self.error = error


def _stage(name: str, function: Callable[..., _T], *args: Any) -> _T:
    try:
        return function(*args)
    except Exception as err:  # any stage bug must quarantine one document, not stop the run
        raise StageError(name, err) from err


def annotate(document: Document) -> Annotations:
    """The mention stages: sentences, places, dates, numbers, actors, people, outlets."""
    text = document.text
    norm = _stage("normalize", normalize, text)
    return Annotations(
        norm=norm,
        sentences=_stage("sentences", sentences, text),
        places=_stage("places", find_places, text),
        dates=_stage("dates", find_dates, text, document.published),
        numbers=_stage("numbers", find_numbers, text),
        actors=_stage("actors", find_actors, text, document.published),
        people=_stage("people", find_people, text),
        outlets=_stage("outlets", find_outlets, text),
    )


def analyze(document: Document, keep_doubtful: bool = False) -> Extraction:
    """Run every stage on one document. Raises ``StageError`` naming the failing stage.

    ``keep_doubtful`` keeps the events the vetting model doubts (with their low
    confidence) instead of dropping them.
    """
    annotations = annotate(document)
    stats = is_roundup(document)
    coded = _stage("events", extract_events, document, annotations)
    events = _stage("vetting", vet_events, document, annotations, coded, stats, keep_doubtful)
    index = _stage("entities", build_entities, annotations)
    relations = _stage("relations", extract_relations, annotations, index, events)
    return Extraction(
        document=document,
        events=events,
        entities=index.entities,
        relations=relations,
        mentions=_stage("mentions", collect_mentions, annotations),
        stats=stats,
    )


def process(item: Document | Failure, keep_doubtful: bool = False) -> Extraction | Failure:
    """One document → its extraction, or a Failure that says which stage broke."""
    if isinstance(item, Failure):
        return item
    try:
        return analyze(item, keep_doubtful)
    except StageError as err:
        message = f"{type(err.error).__name__}: {err.error}".splitlines()[0]
        return Failure(
            origin=item.origin or item.doc_id, stage=err.stage, error=message, doc_id=item.doc_id
        )


def run(
    items: Iterable[Document | Failure],
    *,
    jobs: int = 1,
    progress: bool | None = None,
    keep_doubtful: bool = False,
) -> Iterator[Extraction | Failure]:
    """Process a stream in order, on ``jobs`` processes, with an optional progress bar.

    ``progress=None`` shows the bar when standard error is a terminal;
    ``keep_doubtful`` keeps the events the vetting model doubts.
    """
    from tqdm import tqdm

    results = (
        _run_serial(items, keep_doubtful)
        if jobs <= 1
        else _run_parallel(items, jobs, keep_doubtful)
    )
    show = sys.stderr.isatty() if progress is None else progress
    yield from tqdm(results, disable=not show, unit="doc", desc="extracting", file=sys.stderr)


def _run_serial(
    items: Iterable[Document | Failure], keep_doubtful: bool
) -> Iterator[Extraction | Failure]:
    for item in items:
        yield process(item, keep_doubtful)


def _run_parallel(
    items: Iterable[Document | Failure], jobs: int, keep_doubtful: bool
) -> Iterator[Extraction | Failure]:
    window: deque[Future[Extraction | Failure]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for item in items:
            window.append(pool.submit(process, item, keep_doubtful))
            if len(window) >= jobs * IN_FLIGHT_PER_JOB:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
