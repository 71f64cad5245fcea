"""Find actor mentions in Arabic text: names, clan patterns and anaphors.

One pass of Aho-Corasick over the folded text finds every ontology name, generic
anaphor («التنظيم») and known non-actor phrase («النظام الداخلي»); the clan pattern adds
«عشيرة X». Candidates that fail their word boundary or context check are dropped, the
rest are chosen leftmost-longest, and anaphors are resolved against the actors named
before them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

import ahocorasick

from marsad.actors.boundaries import (
    allowed_prefix,
    ends_word,
    is_feminine,
    lam_form,
    modified_away,
    title_reading_excluded,
    word_prefix,
)
from marsad.actors.clans import CLAN_NAME_EN, find_clans
from marsad.actors.ontology import ActorEntry, Anaphor, Ontology, date_bounds, load_ontology
from marsad.actors.schema import expand_spellings, head_words, name_key
from marsad.arabic import NormalizedText, normalize
from marsad.model import ActorCategory, PartialDate

KeyKind = Literal["name", "anaphor", "blocker"]

# Which candidate wins when two cover exactly the same characters: a listed non-actor
# phrase beats a name («آل الأسد» is the family, not the clan pattern), a listed name
# beats the clan pattern («قبيلة العكيدات»).
RANK_BLOCKER = 0
RANK_NAME = 1
RANK_CLAN = 2
RANK_ANAPHOR = 3


@dataclass(frozen=True, slots=True)
class Key:
    """What one automaton key stands for."""

    kind: KeyKind
    target: str  # actor id, anaphor word, or the non-actor phrase
    length: int
    lam_form: bool  # the «لل» spelling of an article name
    guarded: bool  # also a common noun: reject before an agreeing definite adjective
    feminine: bool


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible mention in folded-text offsets."""

    start: int
    end: int
    rank: int
    key: Key | None = None
    clan_id: str | None = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The ontology with its automaton and per-actor anaphor heads."""

    ontology: Ontology
    automaton: Any  # ahocorasick.Automaton (untyped C extension)
    anaphors: dict[str, Anaphor]  # by folded word
    heads: dict[str, frozenset[str]]  # by actor id


def _keys_of(
    text: str,
    kind: KeyKind,
    target: str,
    ontology: Ontology,
    guarded: bool = False,
    feminine: bool | None = None,
) -> Iterator[tuple[str, Key]]:
    for key in expand_spellings(name_key(text), ontology.spellings):
        fem = is_feminine(key) if feminine is None else feminine
        yield key, Key(kind, target, len(key), False, guarded, fem)
        lam = lam_form(key)
        if lam is not None:
            yield lam, Key(kind, target, len(lam), True, guarded, fem)


@cache
def load_lexicon() -> Lexicon:
    """Ontology plus automaton, built once per process."""
    ontology = load_ontology()
    table: dict[str, list[Key]] = {}

    def add(keys: Iterator[tuple[str, Key]]) -> None:
        for key, payload in keys:
            table.setdefault(key, []).append(payload)

    for entry in ontology.actors.values():
        for name in (entry.name_ar, *entry.names_ar):
            add(_keys_of(name, "name", entry.actor_id, ontology))
        for name in entry.guarded_ar:
            add(_keys_of(name, "name", entry.actor_id, ontology, guarded=True))
    anaphors = {name_key(a.word): a for a in ontology.anaphors}
    for word, anaphor in anaphors.items():
        feminine = anaphor.gender == "f"
        add(_keys_of(word, "anaphor", word, ontology, guarded=True, feminine=feminine))
    for phrase in ontology.not_actors:
        add(_keys_of(phrase, "blocker", phrase, ontology))
    automaton = ahocorasick.Automaton()
    for key, payloads in table.items():
        automaton.add_word(key, tuple(dict.fromkeys(payloads)))
    automaton.make_automaton()
    heads = {actor_id: head_words(entry) for actor_id, entry in ontology.actors.items()}
    return Lexicon(ontology, automaton, anaphors, heads)


def candidates(norm: NormalizedText, on: PartialDate | None) -> list[Candidate]:
    """Every dictionary and pattern candidate that passes its local checks."""
    lexicon = load_lexicon()
    text = norm.text
    bounds = None if on is None else date_bounds(on)
    found: list[Candidate] = []
    for last, payloads in lexicon.automaton.iter(text):
        end = last + 1
        if not ends_word(text, end):
            continue
        for key in payloads:
            start = end - key.length
            if not allowed_prefix(text[start:end], word_prefix(text, start), key.lam_form):
                continue
            if key.guarded and modified_away(text, end, key.feminine):
                continue
            if key.kind == "name":
                entry = lexicon.ontology.actors[key.target]
                if bounds is not None and entry.founded_after(bounds[1]):
                    continue
                found.append(Candidate(start, end, RANK_NAME, key))
            elif key.kind == "anaphor":
                if lexicon.anaphors[key.target].title and title_reading_excluded(norm, end):
                    continue
                found.append(Candidate(start, end, RANK_ANAPHOR, key))
            else:
                found.append(Candidate(start, end, RANK_BLOCKER, key))
    for clan in find_clans(text):
        found.append(Candidate(clan.start, clan.end, RANK_CLAN, clan_id=clan.clan_id))
    return found


def leftmost_longest(found: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: leftmost first, then longest, then by rank."""
    chosen: list[Candidate] = []
    covered_to = -1
    for candidate in sorted(found, key=lambda c: (c.start, -c.end, c.rank)):
        if candidate.start >= covered_to:
            chosen.append(candidate)
            covered_to = candidate.end
    return chosen


def compatible(anaphor: Anaphor, heads: frozenset[str], entry: ActorEntry) -> bool:
    """Whether an anaphor can refer back to an actor (see ``anaphors`` in actors.yaml)."""
    if not entry.anaphor_target:
        return False
    return bool(anaphor.heads & heads) or entry.category in anaphor.categories


@dataclass(frozen=True, slots=True)
class Resolved:
    """A chosen candidate with the actor it stands for."""

    start: int
    end: int
    actor_id: str
    name_ar: str
    name_en: str
    category: ActorCategory
    rule: str
    anaphor: bool


RULE_NAME = "name"
RULE_NAME_BY_DATE = "name:date"  # a date-dependent name resolved by the event date
RULE_NAME_UNDATED = "name:undated"  # a date-dependent name left generic (no usable date)
RULE_CLAN = "clan-pattern"
RULE_ANAPHOR = "anaphor"


def resolve_mentions(chosen: list[Candidate], on: PartialDate | None) -> list[Resolved]:
    """Turn chosen candidates into actors; anaphors take the last compatible actor."""
    lexicon = load_lexicon()
    ontology = lexicon.ontology
    named: list[tuple[frozenset[str], ActorEntry]] = []
    resolved: list[Resolved] = []
    for c in chosen:
        if c.clan_id is not None:
            resolved.append(
                Resolved(c.start, c.end, c.clan_id, "", CLAN_NAME_EN, "identity", RULE_CLAN, False)
            )
            continue
        assert c.key is not None
        if c.key.kind == "blocker":
            continue
        if c.key.kind == "name":
            entry = ontology.actors[c.key.target]
            actor = ontology.resolve(entry, on)
            rule = RULE_NAME
            if entry.variants:
                rule = RULE_NAME_UNDATED if actor is entry else RULE_NAME_BY_DATE
            heads = lexicon.heads[entry.actor_id] | lexicon.heads[actor.actor_id]
            named.append((heads, actor))
            resolved.append(_resolved(c, actor, rule, anaphor=False))
            continue
        anaphor = lexicon.anaphors[c.key.target]
        antecedent = next(
            (actor for heads, actor in reversed(named) if compatible(anaphor, heads, actor)),
            None,
        )
        if antecedent is not None:
            resolved.append(_resolved(c, antecedent, RULE_ANAPHOR, anaphor=True))
    return resolved


def _resolved(c: Candidate, actor: ActorEntry, rule: str, anaphor: bool) -> Resolved:
    return Resolved(
        c.start, c.end, actor.actor_id, actor.name_ar, actor.name_en, actor.category, rule, anaphor
    )


def match_actors(text: str, on: PartialDate | None) -> tuple[NormalizedText, list[Resolved]]:
    """Normalize ``text`` and return its resolved mentions in folded offsets."""
    norm = normalize(text)
    chosen = leftmost_longest(candidates(norm, on))
    return norm, resolve_mentions(chosen, on)
