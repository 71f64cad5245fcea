"""How an article is laid out around its sentences: the headline and subheadings that
sum up the story, a dateline that names the town, and lines that are a date alone."""

from __future__ import annotations

import re

from marsad.events.context import DocumentContext
from marsad.events.location import scene_place
from marsad.model import PartialDate, Place, Span

# A line that ends in one of these is a sentence, not a headline or subheading.
FINAL_PUNCTUATION = ".!?؟:"
MAX_HEADLINE_CHARS = 200
# A subheading between paragraphs is a short phrase ("مقتل عنصرين من قسد").
MAX_SUBHEADING_CHARS = 80
MAX_SUBHEADING_WORDS = 8

_HEADER_FILLER = re.compile(r"^[\s:：.،,\-–—()]*$")


def date_header(context: DocumentContext, sentence: Span) -> PartialDate | None:
    """The date a line made of a date alone gives ("الأحد 16 تشرين الأول:")."""
    text = context.text
    inside = [m for m in context.annotations.dates if sentence.contains(m.span)]
    if len(inside) != 1 or inside[0].date is None or inside[0].date.precision != "day":
        return None
    span = inside[0].span
    rest = text[sentence.start : span.start] + text[span.end : sentence.end]
    return inside[0].date if _HEADER_FILLER.match(rest) else None


# A dateline is a short line near the top: "جبلة-سانا", "عنب بلدي – إدلب".
DATELINE_LINES = 3
DATELINE_WORDS = 6


def dateline_place(context: DocumentContext) -> Place | None:
    """The town a dateline names, where the story is when its sentences name none."""
    text = context.text
    outlets = [o.span for o in context.annotations.outlets]
    start = 0
    for raw in text.split("\n")[: DATELINE_LINES + 1]:
        line = Span(start, start + len(raw))
        start = line.end + 1
        words = raw.split()
        if not words or len(words) > DATELINE_WORDS or raw.rstrip()[-1:] in FINAL_PUNCTUATION:
            continue
        if not re.search(r"[-–—|]", raw):
            continue
        for mention in context.annotations.places:
            named = line.contains(mention.span) and mention.place.precision == "town"
            if named and not any(o.contains(mention.span) for o in outlets):
                return scene_place(mention, context)
    return None


def summary_lines(text: str) -> list[Span]:
    """Lines that sum up the story told below them: the headline (any unpunctuated
    line above the first sentence: a kicker, a dateline, a repeated title), and short
    subheadings ("قصف على ريف تل تمر") between paragraphs. Neither ends in final
    punctuation, and more text follows."""
    lines = []
    start = 0
    first = True
    for raw in text.split("\n"):
        line = raw.strip()
        begin = start + raw.find(line[:1]) if line else start
        start += len(raw) + 1
        if not line:
            continue
        limit = MAX_HEADLINE_CHARS if first else MAX_SUBHEADING_CHARS
        following = text[start:].strip()
        summing_up = (
            line[-1] not in FINAL_PUNCTUATION
            and len(line) <= limit
            and bool(following)
            and (first or len(line.split()) <= MAX_SUBHEADING_WORDS)
        ) or (
            # "وثّق المرصد مقتل 9 أشخاص …، وجاءت الحصيلة على النحو التالي:" introduces
            # the list that tells each incident
            line.endswith(":") and len(line.split()) > MAX_SUBHEADING_WORDS and bool(following)
        )
        # "ملخص:" then "- مقتل عنصر في الأمن العام …": a bulleted digest above the first
        # paragraph sums up the story, each item punctuated or not
        digest = first and bool(following) and bool(_BULLET.match(line))
        label = first and line.endswith(":") and len(line.split()) <= MAX_LABEL_WORDS
        if summing_up or digest:
            lines.append(Span(begin, begin + len(line)))
        # the head of the article runs until its first punctuated sentence
        first = first and (line[-1] not in FINAL_PUNCTUATION or digest or label)
    return lines


_BULLET = re.compile(r"^[-–•●▪*]\s*\S")
# a label over a digest: "ملخص:", "أبرز ما جاء في التقرير:"
MAX_LABEL_WORDS = 4
