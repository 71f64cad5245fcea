"""Parse and validate ``actors.yaml`` into an :class:`Ontology`.

Every problem is reported as an :class:`OntologyError` that names the file and the
entry («actor 'sdf': unknown parent 'aanes2'»), so a reviewer can fix it at once.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, get_args

import yaml

from marsad.actors.ontology import ActorEntry, Anaphor, Gender, Ontology, OntologyError
from marsad.arabic import fold
from marsad.model import ActorCategory

CATEGORIES: frozenset[str] = frozenset(get_args(ActorCategory))
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
ARTICLE = "ال"

_ACTOR_KEYS = frozenset(
    {
        "id",
        "name_ar",
        "names_ar",
        "guarded_ar",
        "name_en",
        "category",
        "parent",
        "valid_from",
        "valid_to",
        "variants",
        "anaphor_target",
        "sources",
        "note",
    }
)
_ANAPHOR_KEYS = frozenset({"word", "gender", "heads", "categories", "title", "note"})
_TOP_KEYS = frozenset({"version", "spellings", "anaphors", "not_actors", "actors"})

try:  # the C loader is several times faster; the pure-Python one gives the same result
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class _Loader(_BaseLoader):
    """Safe loader that keeps dates as strings, so a bad date is reported by entry."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP_TAG]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


def name_key(name: str) -> str:
    """The matching key of a name: folded, single-spaced."""
    return " ".join(fold(name).split())


def expand_spellings(key: str, spellings: tuple[tuple[str, ...], ...]) -> set[str]:
    """A folded key and its spelling twins («ميليشيا» → also «مليشيا»)."""
    keys = {key}
    for group in spellings:
        for known in list(keys):
            for member in group:
                if member in known:
                    keys.update(known.replace(member, other) for other in group)
    return keys


def parse_ontology(text: str, origin: str = "<actors.yaml>") -> Ontology:
    """Build the ontology from YAML text, or raise OntologyError naming the bad entry."""
    try:
        data = yaml.load(text, Loader=_Loader)  # a safe loader, C or Python
    except yaml.YAMLError as exc:
        raise OntologyError(f"{origin}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise OntologyError(f"{origin}: expected a mapping with an 'actors' list at the top")
    _check_keys(data, _TOP_KEYS, f"{origin}: top level")
    spellings = _spellings(data.get("spellings") or [], origin)
    actors = _actors(data.get("actors"), origin)
    _check_references(actors, origin)
    by_name = _name_index(actors, spellings, origin)
    anaphors = _anaphors(data.get("anaphors") or [], by_name, origin)
    not_actors = _not_actors(data.get("not_actors") or [], origin)
    return Ontology(actors, anaphors, not_actors, spellings, by_name)


def _check_keys(item: dict[str, Any], allowed: frozenset[str], where: str) -> None:
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise OntologyError(f"{where}: unknown field(s) {', '.join(map(repr, unknown))}")


def _strings(value: Any, where: str, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise OntologyError(f"{where}: '{field}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _text(item: dict[str, Any], field: str, where: str, required: bool = True) -> str | None:
    value = item.get(field)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise OntologyError(f"{where}: '{field}' must be a non-empty string")
    return value.strip()


def _iso(item: dict[str, Any], field: str, where: str) -> str | None:
    value = item.get(field)
    if value is None:
        return None
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise OntologyError(f"{where}: '{field}' must be an ISO date YYYY-MM-DD, got {value!r}")


def _spellings(raw: Any, origin: str) -> tuple[tuple[str, ...], ...]:
    if not isinstance(raw, list):
        raise OntologyError(f"{origin}: 'spellings' must be a list of lists")
    groups = []
    for n, group in enumerate(raw, 1):
        members = _strings(group, f"{origin}: spellings group #{n}", "group")
        folded = tuple(dict.fromkeys(name_key(m) for m in members))
        if len(folded) < 2:
            raise OntologyError(f"{origin}: spellings group #{n} needs two different forms")
        groups.append(folded)
    return tuple(groups)


def _actors(raw: Any, origin: str) -> dict[str, ActorEntry]:
    if not isinstance(raw, list) or not raw:
        raise OntologyError(f"{origin}: 'actors' must be a non-empty list")
    actors: dict[str, ActorEntry] = {}
    for n, item in enumerate(raw, 1):
        label = f"{origin}: actor #{n}"
        if not isinstance(item, dict):
            raise OntologyError(f"{label}: expected a mapping")
        actor_id = item.get("id")
        if not isinstance(actor_id, str) or not ID_PATTERN.fullmatch(actor_id):
            raise OntologyError(f"{label}: 'id' must be an ascii slug like 'sy-gov-2024'")
        where = f"{origin}: actor '{actor_id}'"
        if actor_id in actors:
            raise OntologyError(f"{where}: duplicate id")
        actors[actor_id] = _actor(item, actor_id, where)
    return actors


def _actor(item: dict[str, Any], actor_id: str, where: str) -> ActorEntry:
    _check_keys(item, _ACTOR_KEYS, where)
    category = item.get("category")
    if category not in CATEGORIES:
        raise OntologyError(
            f"{where}: unknown category {category!r} (one of {', '.join(sorted(CATEGORIES))})"
        )
    sources = _strings(item.get("sources"), where, "sources")
    note = _text(item, "note", where, required=False) or ""
    if not sources and not note:
        raise OntologyError(f"{where}: give 'sources' or a 'note' saying where it comes from")
    valid_from = _iso(item, "valid_from", where)
    valid_to = _iso(item, "valid_to", where)
    if valid_from and valid_to and valid_from >= valid_to:
        raise OntologyError(f"{where}: valid_from {valid_from} is not before valid_to {valid_to}")
    anaphor_target = item.get("anaphor_target", True)
    if not isinstance(anaphor_target, bool):
        raise OntologyError(f"{where}: 'anaphor_target' must be true or false")
    parent = _text(item, "parent", where, required=False)
    return ActorEntry(
        actor_id=actor_id,
        name_ar=_text(item, "name_ar", where) or "",
        name_en=_text(item, "name_en", where) or "",
        category=category,
        names_ar=_strings(item.get("names_ar"), where, "names_ar"),
        guarded_ar=_strings(item.get("guarded_ar"), where, "guarded_ar"),
        parent=parent,
        valid_from=valid_from,
        valid_to=valid_to,
        variants=_strings(item.get("variants"), where, "variants"),
        anaphor_target=anaphor_target,
        sources=sources,
        note=note,
    )


def _check_references(actors: dict[str, ActorEntry], origin: str) -> None:
    for entry in actors.values():
        where = f"{origin}: actor '{entry.actor_id}'"
        if entry.parent is not None and entry.parent not in actors:
            raise OntologyError(f"{where}: unknown parent {entry.parent!r}")
        seen = {entry.actor_id}
        ancestor = entry.parent
        while ancestor is not None:
            if ancestor in seen:
                raise OntologyError(f"{where}: parent chain loops back to {ancestor!r}")
            seen.add(ancestor)
            ancestor = actors[ancestor].parent
        for variant in entry.variants:
            target = actors.get(variant)
            if target is None:
                raise OntologyError(f"{where}: unknown variant {variant!r}")
            if target.variants:
                raise OntologyError(f"{where}: variant {variant!r} has variants of its own")
            if target.valid_from is None and target.valid_to is None:
                raise OntologyError(f"{where}: variant {variant!r} has no valid_from/valid_to")


def _name_index(
    actors: dict[str, ActorEntry], spellings: tuple[tuple[str, ...], ...], origin: str
) -> dict[str, str]:
    by_name: dict[str, str] = {}
    for entry in actors.values():
        for name in entry.all_names:
            for key in expand_spellings(name_key(name), spellings):
                owner = by_name.setdefault(key, entry.actor_id)
                if owner != entry.actor_id:
                    raise OntologyError(
                        f"{origin}: actor '{entry.actor_id}': name {name!r} is also a name of "
                        f"'{owner}' (a name whose referent depends on the date goes in a "
                        "generic entry with 'variants')"
                    )
    return by_name


def _anaphors(raw: Any, by_name: dict[str, str], origin: str) -> tuple[Anaphor, ...]:
    if not isinstance(raw, list):
        raise OntologyError(f"{origin}: 'anaphors' must be a list")
    anaphors = []
    for n, item in enumerate(raw, 1):
        if not isinstance(item, dict):
            raise OntologyError(f"{origin}: anaphor #{n}: expected a mapping")
        where = f"{origin}: anaphor #{n} ({item.get('word')!r})"
        _check_keys(item, _ANAPHOR_KEYS, where)
        word = _text(item, "word", where) or ""
        if name_key(word) in by_name:
            raise OntologyError(f"{where}: the word is also an actor name")
        gender: Gender
        if item.get("gender") == "m":
            gender = "m"
        elif item.get("gender") == "f":
            gender = "f"
        else:
            raise OntologyError(f"{where}: 'gender' must be m or f")
        heads = frozenset(_head(h) for h in _strings(item.get("heads"), where, "heads"))
        categories = frozenset(_strings(item.get("categories"), where, "categories"))
        if categories - CATEGORIES:
            raise OntologyError(f"{where}: unknown categories {sorted(categories - CATEGORIES)}")
        if not heads and not categories:
            raise OntologyError(f"{where}: give 'heads' or 'categories' (what it refers to)")
        title = item.get("title", False)
        if not isinstance(title, bool):
            raise OntologyError(f"{where}: 'title' must be true or false")
        note = _text(item, "note", where, required=False) or ""
        anaphors.append(Anaphor(word, gender, heads, categories, title, note))
    return tuple(anaphors)


def _head(word: str) -> str:
    key = name_key(word)
    return key[len(ARTICLE) :] if key.startswith(ARTICLE) else key


def head_words(entry: ActorEntry) -> frozenset[str]:
    """First words of an actor's names, article dropped: what an anaphor's heads match."""
    return frozenset(_head(name.split()[0]) for name in entry.all_names)


def _not_actors(raw: Any, origin: str) -> tuple[str, ...]:
    if not isinstance(raw, list):
        raise OntologyError(f"{origin}: 'not_actors' must be a list")
    phrases = []
    for n, item in enumerate(raw, 1):
        where = f"{origin}: not_actors #{n}"
        if not isinstance(item, dict):
            raise OntologyError(f"{where}: expected a mapping with 'phrase' and 'note'")
        _check_keys(item, frozenset({"phrase", "note"}), where)
        phrases.append(_text(item, "phrase", where) or "")
        _text(item, "note", where)
    return tuple(phrases)
