"""Who a sentence attributes its report to: مراسلنا، مصادر محلية، a named outlet."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from importlib import resources

from marsad.actors import ActorMention
from marsad.arabic.normalize import NormalizedText, fold
from marsad.entities import display_actor_surface
from marsad.events.context import DocumentContext
from marsad.model import Event, Span
from marsad.outlets import OutletMention


@cache
def _pattern() -> re.Pattern[str]:
    text = resources.files("marsad.data").joinpath("events/attribution.tsv").read_text("utf-8")
    phrases = [fold(line) for line in text.splitlines() if line and not line.startswith("#")]
    phrases.sort(key=len, reverse=True)
    # the placeholder NAME is lower-cased by fold()
    # a name is no function word: "مراسل سانا بأن …" cites سانا's reporter, not "بأن"
    # ("مصادر النيران" are where fire came from; "مراسل الخابور ومصادر أهلية" cites two)
    name = (
        r"(?!(?:ان|بان|انه|بانه|في|من|عن|علي|الي|الا|ما|قد|النيران|النار|القصف"
        r"|و(?:مصادر|شهود|ناشط\w*|نشطاء))(?!\w))\w+"
    )
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("name", name) for p in phrases)
    return re.compile(r"(?<!\w)[وف]?(?:ل)?(" + body + r")(?!\w)")


def find_attribution(
    norm: NormalizedText, within: Span, outlets: tuple[OutletMention, ...] = ()
) -> str | None:
    """The source a sentence cites, as written in the text; None if it cites none.

    >>> from marsad.arabic import normalize
    >>> text = "وقال مراسلنا إن اشتباكات اندلعت"
    >>> find_attribution(normalize(text), Span(0, len(text)))
    'مراسلنا'
    """
    for match in _pattern().finditer(norm.text):
        span = norm.span_to_original(match.start(1), match.end(1))
        if within.contains(span):
            for outlet in outlets:
                # "مراسل وكالة ستيب الإخبارية", "مصادر المرصد السوري لحقوق الإنسان":
                # the phrase runs to the end of the outlet it names
                if span.start < outlet.span.start <= span.end + 1 and span.end < outlet.span.end:
                    span = Span(span.start, outlet.span.end)
            return span.of(norm.original)
    return None


# Verbs that give the floor to an organisation named right after them
# ("أعلنت إدارة الأمن العام", "بحسب قسد", "وفق بيان لوزارة الدفاع").
_SPEECH = re.compile(
    r"(?:اعلنت|اعلن|قالت|قال|ذكرت|ذكر|افادت|افاد|اكدت|اكد|نشرت|نشر|وثقت|وثق|بحسب|حسب|وفق|"
    r"نقلا عن|بيان ل|بيانا ل|في بيان)\s*(?:بيان\s*)?$"
)
SPEAKER_REACH = 20
# Characters to the nearest sentence that names the report's source (about two sentences).
SOURCE_REACH = 450


def find_speaker(
    norm: NormalizedText, within: Span, actors: tuple[ActorMention, ...]
) -> str | None:
    """An organisation the sentence quotes: "أعلنت إدارة الأمن العام …" → إدارة الأمن العام."""
    for actor in actors:
        if not within.contains(actor.span) or actor.anaphor:
            continue
        before = fold(
            norm.original[max(within.start, actor.span.start - SPEAKER_REACH) : actor.span.start]
        )
        if _SPEECH.search(before.rstrip("ـ ")):
            return display_actor_surface(norm.original, actor.span)
    return None


def sources_by_sentence(context: DocumentContext) -> dict[int, str]:
    """Sentence start → whom the sentence cites (a phrase, or an organisation quoted)."""
    annotations = context.annotations
    found: dict[int, str] = {}
    for sentence in annotations.sentences:
        source = find_attribution(annotations.norm, sentence, annotations.outlets) or find_speaker(
            annotations.norm, sentence, annotations.actors
        )
        if source:
            found[sentence.start] = source
    return found


def attribute_unsourced(
    events: list[Event], context: DocumentContext, sources: dict[int, str]
) -> list[Event]:
    """An event whose sentence cites nobody takes the source of the report around it.

    Reports name their source once ("وأفاد مراسلنا بأن …") for a story told over
    several sentences: the nearest citing sentence (the next one first, then the
    one before) within ``SOURCE_REACH``, else the first source the report cites.
    """
    if not sources:
        return events
    starts = sorted(sources)
    first = sources[starts[0]]
    done = []
    for event in events:
        if event.reported_by is None:
            at = event.evidence.start
            after = [s for s in starts if at < s <= at + SOURCE_REACH]
            before = [s for s in starts if at - SOURCE_REACH <= s < at]
            nearest = after[0] if after else (before[-1] if before else None)
            event = replace(event, reported_by=sources[nearest] if nearest is not None else first)
        done.append(event)
    return done
