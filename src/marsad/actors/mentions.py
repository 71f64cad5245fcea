"""The actor stage: ``find_actors(text, on) -> tuple[ActorMention, ...]``."""

from __future__ import annotations

from dataclasses import dataclass, replace

from marsad.actors.matcher import match_actors
from marsad.actors.ontology import resolve_actor
from marsad.model import Actor, ActorCategory, PartialDate, Span


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor named (or referred back to) in the text.

    ``span`` covers the name without its proclitics, in the original text:
    ``text[span.start:span.end] == surface``. In «للنظام» (ل + النظام, the article's
    alef dropped) the span starts at the article's lam: ``surface == "لنظام"``.
    ``rule`` says what produced it: ``name``, ``name:date`` (a date-dependent name
    resolved by the date), ``name:undated`` (left generic), ``clan-pattern`` or
    ``anaphor``. Clan-pattern mentions have ids ``clan:<folded name>`` outside the
    ontology.
    """

    span: Span
    surface: str
    actor_id: str
    name_ar: str
    name_en: str
    category: ActorCategory
    rule: str
    anaphor: bool = False

    def to_actor(self) -> Actor:
        """The event-model actor: the surface form, or the canonical name for an anaphor."""
        name = self.name_ar if self.anaphor and self.name_ar else self.surface
        return Actor(name=name, category=self.category, actor_id=self.actor_id)


def find_actors(text: str, on: PartialDate | None = None) -> tuple[ActorMention, ...]:
    """Actor mentions in ``text``, in order, with spans into the original string.

    ``on`` is the date of the events reported (or the publication date): it picks the
    referent of date-dependent names and drops names of actors founded later.

    Names are matched on folded text, leftmost-longest, with proclitics allowed
    before them (و ف ب ل ك and their pairs; «لـ» with tatweel). Generic nouns
    («التنظيم»، «الفصيل»، «الهيئة»، «اللواء» …) become mentions of the last compatible
    actor named before them, with ``anaphor=True``; with no antecedent they are
    skipped, so «الهيئة» is HTS only in a document that has named HTS before.

    >>> [(m.surface, m.actor_id) for m in find_actors("هاجمت خلايا لتنظيم داعش مواقع وقسد")]
    [('تنظيم داعش', 'isis'), ('قسد', 'sdf')]
    >>> m = find_actors("قصف الجيش السوري البلدة", PartialDate("2023-06-01", "day"))[0]
    >>> m.actor_id, m.category
    ('sy-forces-2000-2024', 'state')
    >>> [(m.surface, m.actor_id, m.anaphor) for m in find_actors(
    ...     "أعلن تنظيم داعش مسؤوليته، وقال التنظيم إن …")]
    [('تنظيم داعش', 'isis', False), ('التنظيم', 'isis', True)]
    """
    norm, resolved = match_actors(text, on)
    mentions = []
    for r in resolved:
        span = norm.span_to_original(r.start, r.end)
        surface = span.of(text)
        name_ar = r.name_ar or surface
        mentions.append(
            ActorMention(
                span, surface, r.actor_id, name_ar, r.name_en, r.category, r.rule, r.anaphor
            )
        )
    return tuple(_internal_security(mentions, on))


# Names that place a text in the SDF's areas, where «قوى الأمن الداخلي» is the Asayish.
_NORTH_EAST = frozenset({"sdf", "aanes", "ypg", "ypj"})
_ASAYISH = "asayish"
_STATE_INTERNAL_SECURITY = "sy-internal-security-2024"


def _internal_security(mentions: list[ActorMention], on: PartialDate | None) -> list[ActorMention]:
    """«قوى الأمن الداخلي» is the Asayish's official name, and since 2025 also the name
    the Interior Ministry's forces go by: a text after the fall that names neither the
    SDF nor «الأسايش» means the state's."""
    if on is None or on.value[:10] < "2024-12-08":
        return mentions
    north_east = any(
        m.actor_id in _NORTH_EAST or (m.actor_id == _ASAYISH and "سايش" in m.surface)
        for m in mentions
    )
    if north_east:
        return mentions
    state = resolve_actor(_STATE_INTERNAL_SECURITY)
    if state is None:
        return mentions
    return [
        replace(m, actor_id=state.actor_id, name_en=state.name_en, category=state.category)
        if m.actor_id == _ASAYISH
        else m
        for m in mentions
    ]
