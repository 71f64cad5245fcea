"""Which stored names mean the same entity: spelling variants, clitics, aliases.

A name typed by an analyst (``تنظيم داعش``) must find the entity however the articles
wrote it: ``داعش`` (an alias), ``لتنظيم داعش`` (a proclitic the extractor kept),
``تنظيم الدولة`` (another name of the same actor in the ontology), ``أبو الليث`` (an
``alias_of`` relation). Everything here works on *keys*: a name folded, with each word's
proclitics and article removed, so two names match when their keys are equal.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from marsad.actors import ActorEntry, resolve_actor
from marsad.arabic.normalize import fold
from marsad.arabic.tokens import segment

# Enough to hold every distinct name of a large archive's entity table.
NAME_KEY_CACHE_SIZE = 1 << 16
# alias_of chains longer than this are extraction noise, not one person's names.
MAX_ALIAS_HOPS = 3


@lru_cache(maxsize=NAME_KEY_CACHE_SIZE)
def name_key(name: str | None) -> str:
    """The matching key of a name: folded, proclitics and article dropped per word.

    >>> name_key("لتنظيم داعش") == name_key("تنظيم داعش")
    True
    >>> name_key("النظام") == name_key("للنظام")
    True
    """
    if not name:
        return ""
    words = []
    for word in fold(name).split():
        offset, _clitics = segment(word)
        words.append(word[offset:] or word)
    return " ".join(words)


@lru_cache(maxsize=NAME_KEY_CACHE_SIZE)
def _ontology_entry(name: str) -> ActorEntry | None:
    """The ontology actor ``name`` stands for. The ontology compares names without
    proclitics, so a name is tried as written, then without its first word's clitics
    («لتنظيم داعش» → «تنظيم داعش»)."""
    entry = resolve_actor(name)
    words = fold(name).split()
    if entry is None and words:
        offset, _clitics = segment(words[0])
        if offset:
            entry = resolve_actor(" ".join([words[0][offset:], *words[1:]]))
    return entry


def ontology_names(name: str) -> tuple[str, ...]:
    """Every name the actor ontology lists for the actor ``name`` stands for (or none)."""
    entry = _ontology_entry(name)
    return entry.all_names if entry is not None else ()


def latin_name(name: str) -> str | None:
    """The English name the actor ontology gives for an actor name, if any."""
    entry = _ontology_entry(name)
    return entry.name_en if entry is not None else None


@dataclass(frozen=True, slots=True)
class Identity:
    """The names one query stands for, as display forms and as keys."""

    query: str
    names: tuple[str, ...]  # query first, then the other names found, in discovery order
    keys: frozenset[str]

    def matches(self, name: str | None) -> bool:
        return bool(name) and name_key(name) in self.keys


def _aliases_of(db: sqlite3.Connection, keys: set[str]) -> Iterable[str]:
    """Names linked to ``keys`` by stored entity aliases and ``alias_of`` relations."""
    marks = ",".join("?" * len(keys))
    params = sorted(keys)
    for text, aliases in db.execute(
        f"SELECT text, aliases FROM entities WHERE marsad_key(text) IN ({marks})", params
    ):
        yield text
        yield from json.loads(aliases or "[]")
    for (text,) in db.execute(
        "SELECT text FROM entities, json_each(entities.aliases) "
        f"WHERE marsad_key(json_each.value) IN ({marks})",
        params,
    ):
        yield text
    for head, tail in db.execute(
        "SELECT head, tail FROM relations WHERE type = 'alias_of' AND "
        f"(marsad_key(head) IN ({marks}) OR marsad_key(tail) IN ({marks}))",
        params + params,
    ):
        yield head
        yield tail


def resolve_identity(db: sqlite3.Connection, query: str) -> Identity:
    """The query's names: itself, stored aliases, ``alias_of`` partners, ontology names.

    ``db`` must have the ``marsad_key`` SQL function (see ``marsad.api.database``).
    """
    names: dict[str, str] = {}  # key → first display form

    def add(name: str) -> bool:
        key = name_key(name)
        if not key or key in names:
            return False
        names[key] = name.strip()
        return True

    add(query)
    frontier = set(names)
    for _hop in range(MAX_ALIAS_HOPS):
        found: set[str] = set()
        for name in [names[k] for k in frontier]:
            for other in ontology_names(name):
                if add(other):
                    found.add(name_key(other))
        for other in _aliases_of(db, frontier | found):
            if add(other):
                found.add(name_key(other))
        if not found:
            break
        frontier = found
    return Identity(query=query, names=tuple(names.values()), keys=frozenset(names))


def register_functions(db: sqlite3.Connection) -> None:
    """Make ``marsad_key(name)`` available to SQL on this connection."""
    db.create_function("marsad_key", 1, name_key, deterministic=True)


@lru_cache(maxsize=NAME_KEY_CACHE_SIZE)
def canonical_key(name: str) -> str:
    """One key per actor: the ontology's canonical name when it knows the actor.

    Groups «النظام», «قوات النظام» and «للنظام» into one node of a network or one link of
    a who-is-behind answer; names the ontology does not know keep their own key.
    """
    names = ontology_names(name)
    return name_key(names[0]) if names else name_key(name)
