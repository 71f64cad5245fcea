"""Clan and tribe names as a pattern: «عشيرة/قبيلة/عشائر/آل» + name → identity militia.

Syrian reporting names hundreds of clans («اشتباكات بين عشيرة الزعبي وآل المسالمة»);
the ontology lists the big tribes, and this pattern catches the rest. Runs on folded
text, where «آل» is «ال» standing as a word of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CLAN_NAME_EN = "Clan Militia (Syria)"
CLAN_ID_PREFIX = "clan:"

# «عشيرة» / «قبيلة» / «عشائر» / «آل», after optional proclitics, then the name.
_CLAN_RE = re.compile(r"(?<!\w)[وفبلك]{0,2}(?P<head>عشيره|قبيله|عشائر|ال)(?= +\w)")
_WORD_RE = re.compile(r" +(\w+)")
# Words that join the next one into the name: «عشيرة أبو نبوت», «قبيلة بني خالد».
NAME_CONNECTORS = frozenset({"ابو", "بني", "بنو", "ال", "اولاد", "البو"})
# Words that cannot start a clan name: particles, numbers and words like «واحدة».
NOT_NAMES = frozenset(
    {
        "في",
        "من",
        "علي",
        "عن",
        "الي",
        "مع",
        "التي",
        "الذي",
        "او",
        "ثم",
        "واحده",
        "كبيره",
        "اخري",
        "نفسها",
        "ذاتها",
    }
)


@dataclass(frozen=True, slots=True)
class ClanMatch:
    """A clan name in folded text: ``[start, end)`` covers head word and name."""

    start: int
    end: int
    clan_id: str


def find_clans(text: str) -> tuple[ClanMatch, ...]:
    """Clan and tribe mentions in folded text.

    >>> [m.clan_id for m in find_clans("اشتباكات بين عشيره الزعبي وال المسالمه")]
    ['clan:الزعبي', 'clan:المسالمه']
    """
    found = []
    for match in _CLAN_RE.finditer(text):
        words = []
        position = match.end("head")
        for _ in range(2):
            word = _WORD_RE.match(text, position)
            if word is None or not word.group(1).isalpha():
                break
            words.append(word.group(1))
            position = word.end()
            if word.group(1) not in NAME_CONNECTORS:
                break
        if not words or words[0] in NOT_NAMES or words[-1] in NAME_CONNECTORS:
            continue
        found.append(ClanMatch(match.start("head"), position, CLAN_ID_PREFIX + " ".join(words)))
    return tuple(found)
