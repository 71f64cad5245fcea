"""Relations stated in the text: alias_of, member_of, leads, facilitated_by, located_in, killed_by.

Each sentence is read as a skeleton (names replaced by slots, see ``skeleton``)
by a small grammar over word classes kept in ``data/relations/cues.tsv``:

* ``membership`` — member_of and leads within a sentence,
* ``links`` — facilitated_by and located_in within a sentence,
* ``victims`` — the dead named after the sentence that counts them (their
  group and their killer), ``cells`` — a cell's people after the cell's group,
* ``violence`` — killed_by from the events and from «برصاص X».

Names are given as the document's entity texts, so relations and entities agree.
"""

from __future__ import annotations

from collections.abc import Iterable

from marsad.annotations import Annotations
from marsad.arabic.normalize import fold
from marsad.entities import EntityIndex
from marsad.model import Event, Relation, RelationType, Span
from marsad.relations.cells import cell_members
from marsad.relations.grammar import Found
from marsad.relations.links import links
from marsad.relations.membership import memberships
from marsad.relations.skeleton import skeletons
from marsad.relations.victims import victims
from marsad.relations.violence import killed_in_events, killed_with

# Which slot kinds each relation joins: (head kinds, tail kinds). A kind of group
# («مجموعة محلية», slot kind G) names no one, so no relation starts or ends at it.
_KINDS: dict[str, tuple[str, str]] = {
    "member_of": ("PO", "PO"),
    "leads": ("P", "O"),
    "facilitated_by": ("O", "O"),
    "located_in": ("OP", "L"),
    "killed_by": ("P", "O"),
}


def extract_relations(
    annotations: Annotations, index: EntityIndex, events: tuple[Event, ...]
) -> tuple[Relation, ...]:
    """Relations with evidence sentences, each once."""
    relations: dict[tuple[str, str, str], Relation] = {}

    def add(kind: RelationType, head: str, tail: str, evidence: Span) -> None:
        if fold(head) != fold(tail):
            relations.setdefault((kind, head, tail), Relation(kind, head, tail, evidence))

    for named in annotations.people:
        name = index.person_name(named.surface)
        for span, alias in named.aliases:
            add("alias_of", alias, name, _sentence_of(annotations, span))
    read = skeletons(annotations, index)
    found = [
        relation
        for skeleton in read
        for relation in (*memberships(skeleton), *links(skeleton), *killed_with(skeleton))
    ]
    found += victims(read, events, index)
    found += cell_members(read)
    belongs = {(f.head.text, f.tail.text) for f in found if f.type in ("member_of", "leads")}
    found += killed_in_events(annotations, index, events, belongs)
    for relation in _well_formed(found):
        # a person's own group is not their killer («مقتل العنصر في الأمن العام X»)
        if relation.type == "killed_by" and (relation.head.text, relation.tail.text) in belongs:
            continue
        add(relation.type, relation.head.text, relation.tail.text, relation.evidence)
    return tuple(relations.values())


def _well_formed(found: Iterable[Found]) -> Iterable[Found]:
    for relation in found:
        heads, tails = _KINDS[relation.type]
        if relation.head.kind in heads and relation.tail.kind in tails:
            yield relation


def _sentence_of(annotations: Annotations, span: Span) -> Span:
    return next((s for s in annotations.sentences if s.contains(span)), span)
