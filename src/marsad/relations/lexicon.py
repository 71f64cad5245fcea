"""The word classes of the relation grammar, read from ``data/relations/cues.tsv``.

Each class becomes one regular-expression alternation over folded text
(``words("role")``), longest phrase first so that «المنضوي في صفوف» wins over
«المنضوي في».
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from marsad.arabic.normalize import fold
from marsad.errors import MarsadError

CLASSES = frozenset(
    {
        "role",
        "role_plural",
        "role_qualifier",
        "member_preposition",
        "group_descriptor",
        "group_noun",
        "group_adjective",
        "bridge",
        "affiliation",
        "join_verb",
        "join_verb_dual",
        "join_verb_plural",
        "join_preposition",
        "copula",
        "appositive",
        "alias_word",
        "naming",
        "name_qualifier",
        "negation",
        "mourned",
        "all_of_them",
        "leader",
        "leader_qualifier",
        "led_by",
        "leader_of_it",
        "rank",
        "facilitation",
        "backed_by",
        "facilitator_noun",
        "based_in",
        "place_word",
        "held_by",
        "post",
        "death",
        "the_dead",
        "dead_among",
        "not_the_dead",
        "dead_naming",
        "list_break",
        "cell_role",
        "cell_noun",
        "cell",
        "killed_with",
        "attack",
        "attacker_word",
        "generic_actor",
    }
)
# Classes whose nouns are also written with the article (and, for roles, the
# accusative alef): «عنصر» stands for عنصر، العنصر، عنصراً.
_WITH_ARTICLE = frozenset({"role", "leader"})
_WITH_ACCUSATIVE = frozenset({"role"})


@cache
def entries() -> dict[str, tuple[str, ...]]:
    """Class → its folded phrases (raw values for ``generic_actor``)."""
    text = resources.files("marsad.data").joinpath("relations/cues.tsv").read_text("utf-8")
    found: dict[str, list[str]] = {name: [] for name in CLASSES}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("class\t"):
            continue
        name, _, phrase = line.partition("\t")
        if name not in CLASSES or not phrase.strip():
            raise MarsadError(f"relations/cues.tsv: unknown class or empty phrase in {line!r}")
        found[name].append(phrase.strip() if name == "generic_actor" else fold(phrase.strip()))
    return {name: tuple(items) for name, items in found.items()}


def _forms(name: str, phrase: str) -> list[str]:
    forms = [phrase]
    if name in _WITH_ARTICLE and not phrase.startswith("ال"):
        forms.append("ال" + phrase)
    if name in _WITH_ACCUSATIVE and " " not in phrase and phrase[-1] not in "اه":
        forms.append(phrase + "ا")
    return forms


@cache
def words(name: str, whole: bool = True) -> str:
    """A non-capturing alternation of the class's phrases, optionally after و/ف.

    Each phrase is a whole word unless ``whole`` is false (then a pronoun may
    follow: «متزعمها»); a phrase ending in a preposition («التابعة ل») glues to
    the next word («لقسد»).
    """
    phrases = sorted(
        {form for phrase in entries()[name] for form in _forms(name, phrase)},
        key=len,
        reverse=True,
    )
    body = "|".join(_phrase_pattern(p, whole) for p in phrases)
    return r"(?<!\w)[وف]?(?:" + body + r")"


def _phrase_pattern(phrase: str, whole: bool) -> str:
    """The phrase with the spaces after it, so the next piece may follow at once."""
    pattern = r"\s+".join(re.escape(word) for word in phrase.split())
    if phrase.split()[-1] in ("ل", "ب"):
        return pattern + r"\s*"
    return pattern + (r"(?!\w)\s*" if whole else "")


def generic_actor_ids() -> frozenset[str]:
    """Actor ids that name a kind of group («مجموعة محلية»), not one group."""
    return frozenset(entries()["generic_actor"])
