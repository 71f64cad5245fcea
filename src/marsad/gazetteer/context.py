"""Read the words around a name match: cues that make it a place, a region, or a person.

Everything here works on the normalized text, word by word. A word's proclitics are
peeled before it is looked up, so «بريف» reads as ب + ريف and «لمحافظة» as
ل + محافظة.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.gazetteer.lexicon import Lexicon, Vector
from marsad.gazetteer.matcher import NameMatch

_WORD = re.compile(r"\w+")
# Punctuation that ends a name or a list: a person window or a cue never crosses it.
_BREAK = re.compile(r"[\n.,:;!?\u060c\u061b\u061f]")
# A person cue may be followed by quotes or a bracket before the name (المدعو “فلان”).
_NAME_OPENERS = re.compile("^[\\s\"'()\\[\\]\u00ab\u00bb\u201c\u201d\u2018\u2019]*$")
# What may stand between two listed names: spaces, commas, "أو", "ثم", "و" (the و itself
# is usually the second name's proclitic).
_LIST_GAP = re.compile(r"^[\s,\u060c]*(?:(?:او|ثم|و)\s+)?$")

# A person's name after a cue such as المدعو is at most this many words (ism, father,
# grandfather, family name); a place further on is outside the name.
PERSON_NAME_WORDS = 4
# How far back (in words) a direction/rural/near cue is looked for: «الريف الشمالي
# الشرقي لمحافظة درعا» puts five words before the name.
LEFT_WINDOW_WORDS = 6

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")


@dataclass(frozen=True, slots=True)
class Word:
    """A word of the normalized text with its proclitics peeled (``stem``)."""

    start: int
    end: int
    text: str
    proclitic: str  # "", "و", "ب", "وب", …
    stem: str

    @property
    def stem_start(self) -> int:
        return self.start + len(self.proclitic)


def peel(word: str, lexicon: Lexicon, kinds: tuple[str, ...]) -> tuple[str, str]:
    """Split proclitics off ``word`` when what is left is a cue of one of ``kinds``."""
    wanted = lexicon.any_of(kinds)
    for proclitic, rest in proclitic_splits(word):
        if rest in wanted:
            return proclitic, rest
    return "", word


@lru_cache(maxsize=1 << 16)
def proclitic_splits(word: str) -> tuple[tuple[str, str], ...]:
    """Every way to read ``word`` as proclitics + rest.

    >>> proclitic_splits("وبريف")
    (('', 'وبريف'), ('و', 'بريف'), ('وب', 'ريف'))
    """
    options = [("", word)]
    if word[:1] in CONJUNCTIONS:
        options.append((word[0], word[1:]))
    for proclitic, rest in list(options):
        if rest[:1] in PREPOSITIONS:
            options.append((proclitic + rest[0], rest[1:]))
    return tuple(options)


class Words:
    """The words of a normalized text, with lookup by offset."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self._cache: dict[tuple[int, tuple[str, ...]], Word] = {}

    def index_at(self, offset: int) -> int:
        """Index of the word containing (or starting at) ``offset``."""
        return bisect_right(self.starts, offset) - 1

    def word(self, index: int, kinds: tuple[str, ...] = ()) -> Word:
        key = (index, kinds)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = self._word(index, kinds)
        return cached

    def _word(self, index: int, kinds: tuple[str, ...]) -> Word:
        start, end = self.starts[index], self.ends[index]
        text = self.text[start:end]
        proclitic, stem = peel(text, self.lexicon, kinds) if kinds else ("", text)
        return Word(start, end, text, proclitic, stem)

    def gap(self, left: int, right: int) -> str:
        """The characters between word ``left`` and word ``right``."""
        return self.text[self.ends[left] : self.starts[right]]

    def joined(self, left: int, right: int) -> bool:
        """Whether nothing but spaces (no punctuation) separates the two words."""
        return not _BREAK.search(self.gap(left, right))

    def __len__(self) -> int:
        return len(self.starts)


_LEFT_KINDS = (
    "town_noun",
    "quarter_noun",
    "area_noun",
    "governorate",
    "rural",
    "rural_definite",
    "badia",
    "direction",
    "direction_adj",
    "near",
    "preposition",
)


@dataclass(slots=True)
class Context:
    """What the words around one name say about it."""

    phrase_start: int  # normalized offsets of the whole phrase (cues included)
    phrase_end: int
    cues: list[str] = field(default_factory=list)  # in reading order, for the rule string
    town_noun: bool = False
    quarter_noun: bool = False
    area_noun: bool = False
    governorate: bool = False
    rural: bool = False
    badia: bool = False
    near: bool = False
    direction: Vector | None = None
    preposition: bool = False
    follows_locative: bool = False
    person: str | None = None  # why the name reads as part of a person's name
    organisation: str | None = None
    adjective_follows: bool = False  # «الحراك الثوري»: a definite adjective after the name

    @property
    def region(self) -> bool:
        return self.rural or self.badia or self.direction is not None or self.near

    @property
    def strong(self) -> bool:
        """A cue that makes even an everyday word a place."""
        return (
            self.town_noun
            or self.area_noun
            or self.governorate
            or self.region
            or self.follows_locative
        )


def _add(vector: Vector | None, other: Vector) -> Vector:
    if vector is None:
        return other
    return vector[0] + other[0], vector[1] + other[1]


def _left_cue(words: Words, index: int, stage: int) -> tuple[str, int] | None:
    """The cue kind of word ``index`` (and the index of its first word), if it fits ``stage``."""
    lexicon = words.lexicon
    stem = words.word(index, _LEFT_KINDS).stem
    if stage == 0:
        for kind in ("town_noun", "quarter_noun", "area_noun", "governorate"):
            if lexicon.is_(kind, stem):
                return kind, index
    if stage <= 1:
        for kind in ("rural", "badia", "near"):
            if lexicon.is_(kind, stem):
                return kind, index
        if lexicon.is_("direction", stem):
            return "direction", index
        if stem == "من" and index > 0 and words.word(index - 1).stem == "بالقرب":
            return "near", index - 1
    if lexicon.is_("preposition", stem):
        return "preposition", index
    return None


# Cues that belong to the phrase (its span covers them): they change what it denotes.
_PHRASE_CUES = frozenset({"governorate", "rural", "badia", "near", "direction"})


def read_context(words: Words, match: NameMatch) -> Context:
    """Cues before and after ``match`` (see ``Context``).

    Left of the name, in this order outwards: a noun (بلدة، منطقة، محافظة), a region
    cue (ريف، بادية، شرق، قرب), a preposition (في، من، or ب/ل written on the word).
    """
    lexicon = words.lexicon
    first = words.index_at(match.start)
    last = words.index_at(match.end - 1)
    ctx = Context(phrase_start=match.start, phrase_end=match.end)
    proclitic = match.prefix
    index = first - 1
    stage = 0  # 0: noun slot, 1: region slot, 2: preposition only
    while True:
        if proclitic.endswith(PREPOSITIONS):
            ctx.preposition = True
            if proclitic.endswith("ل") and index >= 0 and words.joined(index, index + 1):
                _rural_before(words, index, ctx)
            break
        if index < 0 or first - index > LEFT_WINDOW_WORDS or not words.joined(index, index + 1):
            break
        found = _left_cue(words, index, stage)
        if found is None:
            break
        kind, index = found
        word = words.word(index, _LEFT_KINDS)
        if kind == "preposition":
            ctx.preposition = True
            break
        if kind == "direction":
            ctx.direction = _add(ctx.direction, lexicon.vectors[word.stem])
            if not word.proclitic and index > 0 and words.joined(index - 1, index):
                before = words.word(index - 1, ("direction",))
                if lexicon.is_("direction", before.stem):  # «شمال شرق», «جنوب غربي»
                    ctx.direction = _add(ctx.direction, lexicon.vectors[before.stem])
                    word, index = before, index - 1
        else:
            setattr(ctx, kind, True)
            ctx.town_noun |= kind == "quarter_noun"
        ctx.cues.append(word.stem)
        if kind in _PHRASE_CUES:
            ctx.phrase_start = word.stem_start
        stage = 1 if kind in ("town_noun", "quarter_noun", "area_noun", "governorate") else 2
        proclitic = word.proclitic
        index -= 1
    ctx.cues.reverse()
    _read_person_and_org(words, first, match, ctx)
    _read_right(words, last, match, ctx)
    return ctx


def _rural_before(words: Words, index: int, ctx: Context) -> bool:
    """«الريف الشمالي الشرقي لـ(محافظة) X»: direction adjectives after «الريف»."""
    lexicon = words.lexicon
    vector: Vector | None = None
    cursor = index
    while cursor >= 0 and words.joined(cursor, cursor + 1):
        word = words.word(cursor, ("rural_definite", "direction_adj"))
        if lexicon.is_("direction_adj", word.stem):
            vector = _add(vector, lexicon.vectors[word.stem])
            cursor -= 1
            continue
        if lexicon.is_("rural_definite", word.stem):
            ctx.rural = True
            ctx.direction = vector
            ctx.cues.append("الريف")
            ctx.phrase_start = word.stem_start
            return True
        break
    return False


def _family_before(words: Words, first: int) -> str | None:
    """ "عائلة الهويدي", "بين عائلتي الهويدي والجدعان": the family noun the name follows."""
    lexicon = words.lexicon
    listed = words.word(first).text.startswith("و")
    for back in (1, 2) if listed else (1,):
        index = first - back
        if index < 0 or not words.joined(index, index + 1):
            return None
        word = words.word(index, ("family_noun",))
        if lexicon.is_("family_noun", word.stem):
            return word.text
    return None


def _read_person_and_org(words: Words, first: int, match: NameMatch, ctx: Context) -> None:
    lexicon = words.lexicon
    if first > 0 and not (ctx.town_noun or ctx.governorate or ctx.region):
        family = _family_before(words, first)
        if family is not None:
            ctx.person = f"a family named after {family}"
            return
    if first == 0 or match.prefix or ctx.town_noun or ctx.governorate or ctx.region:
        return
    if not words.joined(first - 1, first):
        return
    previous = words.word(first - 1)
    if lexicon.is_("kunya", previous.stem) and not match.key.startswith(previous.stem + " "):
        ctx.person = f"after kunya/nasab word {previous.text}"
        return
    if lexicon.is_("given_name", previous.stem):
        ctx.person = f"after first name {previous.text}"
        return
    if lexicon.is_("org_head", previous.stem):
        ctx.organisation = f"inside an organisation name after {previous.text}"
        return
    # a person cue up to PERSON_NAME_WORDS words back, with only name words between
    for back in range(1, PERSON_NAME_WORDS + 1):
        index = first - back
        if index < 0:
            return
        word = words.word(index, ("person_cue", "preposition"))
        if lexicon.is_("person_cue", word.stem):
            if back == 1 or _NAME_OPENERS.match(words.gap(index, index + 1)):
                ctx.person = f"inside a person's name after {word.text}"
            return
        if lexicon.is_("preposition", word.stem) or word.proclitic:
            return
        # only the first name word may sit behind quotes or a bracket
        if (
            index > 0
            and not words.joined(index - 1, index)
            and not _NAME_OPENERS.match(words.gap(index - 1, index))
        ):
            return


def _read_right(words: Words, last: int, match: NameMatch, ctx: Context) -> None:
    lexicon = words.lexicon
    index = last + 1
    rural_name = ctx.rural or match.key.startswith("ريف ")
    adjectives = 0
    while rural_name and index < len(words) and words.joined(index - 1, index):
        word = words.word(index)
        if not lexicon.is_("direction_adj", word.stem) or adjectives == 2:
            break
        ctx.direction = _add(ctx.direction, lexicon.vectors[word.stem])
        ctx.rural = True
        ctx.cues.append(word.stem)
        ctx.phrase_end = word.end
        adjectives += 1
        index += 1
    if index >= len(words) or not words.joined(index - 1, index):
        return
    following = words.word(index, ("rural", "direction", "governorate", "preposition", "badia"))
    if following.stem in lexicon.words["preposition"] and index + 1 < len(words):
        following = words.word(index + 1, ("rural", "direction", "governorate", "badia"))
    locative = ("rural", "direction", "governorate", "badia")
    if any(lexicon.is_(kind, following.stem) for kind in locative):
        ctx.follows_locative = True
        return
    nxt = words.word(index)
    if (
        nxt.text.startswith("ال")
        and len(nxt.text) > 3
        and not lexicon.is_("direction_adj", nxt.text)
    ):
        ctx.adjective_follows = True
        if nxt.text.endswith("ي") and not (ctx.preposition or ctx.strong) and not ctx.person:
            ctx.person = f"followed by a family name {nxt.text}"


def listed_together(words: Words, left_end: int, right_start: int) -> bool:
    """Whether two names are items of one list («طريق السد، والحمادين»)."""
    return bool(_LIST_GAP.match(words.text[left_end:right_start]))
