"""Reading a person's name from the words after a cue.

A name is quoted (“أسامة عزيزية”, «…», "…", (أبو الليث)) or a run of name words:
given names (``given_names.tsv``), kunya particles with the word they govern
(أبو طارق، بن لادن), family names and nisbas with the article (الصبيحي) and —
after a strong cue, or where the tagger sees a name — other words. A run stops at
punctuation and at any word of ``not_names.tsv`` (في، الذي، قائد، مساء …).

>>> ws = words_of("قتل المدعو أبو طارق الصبيحي في درعا")
>>> run = read_name(ws, 2, "strong")
>>> "قتل المدعو أبو طارق الصبيحي في درعا"[run.span.start : run.span.end]
'أبو طارق الصبيحي'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from marsad.arabic.normalize import fold
from marsad.arabic.tokens import TokenKind, proclitic_splits, tokens
from marsad.model import Span
from marsad.people.lexicon import given_names, light, light_set, read_people_table, word_set

# The longest unquoted name read after a cue: given name, father's, grandfather's,
# family name and a nisba (صلاح الدين أحمد ناجي الجبوري is five words).
MAX_NAME_WORDS = 5
# A quoted phrase longer than this is a quotation, not a name.
MAX_QUOTED_NAME_WORDS = 6
# Words a role cue may have between itself and the name: «الزعيم العام للتنظيم (…)»,
# «شيخ عقل الطائفة الدرزية حكمت الهجري» (two), «المتحدث باسم قوات سوريا الديمقراطية …»
# (three).
MAX_ROLE_SKIP = 4

OPENING = "“”\"«(‘'["
CLOSING = "”“\"»)’']"
KUNYA_PARTICLES = frozenset({"ابو", "ابي", "ام", "ابن", "بن", "بنت"})
# Particles that head a kunya proper (a person's "father of …" name), not a patronym.
KUNYA_HEADS = frozenset({"ابو", "ابي", "ام"})
_ARTICLE = "ال"
_COMPOUND_HEAD = "عبد"
# Endings of definite words that are plurals or feminine adjectives (folded ـية is ـيه).
_NOT_FAMILY_ENDINGS = ("ات", "يه")
# An unknown word shorter than this is not taken as part of a name (حج of «ياسر حج حمدو»
# has two letters).
MIN_UNKNOWN_LETTERS = 2
_PROCLITIC_LETTERS = frozenset("وفبلك")
_PRONOUNS = frozenset({"هو", "هي", "هما", "هم"})


@dataclass(frozen=True, slots=True)
class Word:
    """A token of the document with its folded form and clitic-stripped stems."""

    span: Span
    surface: str
    folded: str
    kind: TokenKind
    index: int
    stems: tuple[str, ...]  # the folded word and its folded stems after proclitics
    stop: bool  # cannot be part of a name (see is_stop)


@dataclass(frozen=True, slots=True)
class NameRun:
    """A name read from the text: its span and the words it covers ``[first, last]``."""

    span: Span
    first: int
    last: int
    quoted: bool


def words_of(text: str) -> tuple[Word, ...]:
    """The document's tokens as :class:`Word` records."""
    words = []
    for i, token in enumerate(tokens(text)):
        folded = fold(token.surface)
        stems = tuple(folded[n:] for n, _ in proclitic_splits(folded))
        stop = _is_stop(token.kind, token.surface, folded)
        words.append(Word(token.span, token.surface, folded, token.kind, i, stems, stop))
    return tuple(words)


# Cue kinds whose words end a name that runs into them («… الملقب», «… المدعو»). Titles
# and roles do not: «مصطفى الحاج يوسف», «محمد الشيخ» carry them as name words.
_ENDING_CUE_KINDS = frozenset({"strong", "alias", "alias_lead", "real_name", "pseudonym"})


@cache
def _stop_words() -> frozenset[str]:
    """Folded words that end a name; a given name never does (أمير، علي)."""
    cue_words = {
        fold(row[0]).split()[0]
        for row in read_people_table("cues.tsv")
        if row[1] in _ENDING_CUE_KINDS
    }
    return (word_set("not_names.tsv") | frozenset(cue_words)) - given_names()


def _is_stop(kind: TokenKind, surface: str, folded: str) -> bool:
    if kind != "word":
        return True
    return light(surface) in light_set("not_names.tsv") or folded in _stop_words()


def is_stop(word: Word) -> bool:
    """A word that cannot be part of a name (punctuation, numbers, ``not_names.tsv``).

    The preposition على folds to the name علي; it is told apart by its written ى.
    """
    return word.stop


def _conjoined(word: Word) -> bool:
    """A word with the conjunction و in front (وأحمد، والشاب), not a name starting و (وليد)."""
    return (
        word.folded.startswith("و")
        and len(word.folded) > 3
        and word.folded not in given_names()
        and not is_family(word)
    )


def given_length(words: Sequence[Word], i: int) -> int:
    """How many words the given name at ``i`` spans (0: none): محمد 1, عبد الله 2."""
    if i >= len(words) or words[i].kind != "word":
        return 0
    names = given_names()
    if i + 1 < len(words) and words[i + 1].kind == "word":
        pair = f"{words[i].folded} {words[i + 1].folded}"
        if pair in names:
            return 2
        if words[i].folded == _COMPOUND_HEAD and words[i + 1].folded.startswith(_ARTICLE):
            return 2  # عبد + any divine name: عبد الرزاق، عبد الستار
    return 1 if words[i].folded in names else 0


@cache
def _not_family() -> frozenset[str]:
    """Definite words the tagger lexicon files as countries, nationalities, titles …"""
    kinds = ("country", "city", "region", "nationality", "org_word", "person_title")
    return frozenset().union(*(word_set("tagger_lexicon.tsv", kind) for kind in kinds))


def is_family(word: Word) -> bool:
    """A family name or nisba with the article: المقداد، الصبيحي.

    Not a plural in ـات (المنظمات) nor a feminine adjective in ـية (الدولية), which
    follow names as often as family names do, nor a nationality (السوري).
    """
    folded = word.folded
    return (
        word.kind == "word"
        and folded.startswith(_ARTICLE)
        and len(folded) >= len(_ARTICLE) + 2
        and not folded.endswith(_NOT_FAMILY_ENDINGS)
        and folded not in _not_family()
        and not is_stop(word)
    )


def kunya_length(words: Sequence[Word], i: int) -> int:
    """Words of a kunya or patronym at ``i`` (أبو طارق 2, ابن عبد الله 3), else 0."""
    if i + 1 >= len(words) or words[i].folded not in KUNYA_PARTICLES:
        return 0
    if words[i + 1].kind != "word" or is_stop(words[i + 1]):
        return 0
    return 1 + (given_length(words, i + 1) or 1)


def starts_name(words: Sequence[Word], i: int) -> int:
    """Words of the given name or kunya that starts at ``i`` (0: no name starts here)."""
    return kunya_length(words, i) or given_length(words, i)


def _quoted(words: Sequence[Word], i: int, text_end: int) -> NameRun | None:
    opening = words[i]
    if opening.kind != "punct" or opening.surface not in OPENING:
        return None
    inner: list[Word] = []
    for word in words[i + 1 : i + 2 + MAX_QUOTED_NAME_WORDS]:
        if word.kind == "punct" and word.surface in CLOSING:
            break
        if word.kind != "word":
            return None
        inner.append(word)
    else:
        return None
    if not inner:
        return None
    span = Span(inner[0].span.start, min(inner[-1].span.end, text_end))
    return NameRun(span, inner[0].index, inner[-1].index, quoted=True)


def _plain_unknown(word: Word) -> bool:
    """An unknown word that may still be a family name: حسو، ديوب، قباني.

    Not one that starts with a proclitic letter (بجروح، لقي), nor an indefinite
    accusative (متأثراً), nor anything the lexicons file as another kind of word.
    """
    folded = word.folded
    return (
        word.kind == "word"
        and len(folded) >= MIN_UNKNOWN_LETTERS
        and folded[0] not in _PROCLITIC_LETTERS
        and "\u064b" not in word.surface
        and folded not in _not_family()
        and not is_stop(word)
    )


def _unquoted(
    words: Sequence[Word], i: int, *, loose: bool, tagged: frozenset[int]
) -> NameRun | None:
    """The run of name words at ``i``; ``loose`` also takes unknown words.

    Otherwise unknown words after the first are taken only when the run then ends
    cleanly — at punctuation, a word of ``not_names.tsv`` or the end of the text:
    «المدرّس ياسر حج حمدو في بلدة …», but not «الشاب محمد بجروح خطيرة». The first
    word may also be one the name tagger put inside a person's name (``tagged``).
    """
    end = i
    firm = i  # end of the run without its trailing unknown words
    while end < len(words) and end - i < MAX_NAME_WORDS:
        word = words[end]
        known = True
        step = kunya_length(words, end) or given_length(words, end)
        if not step:
            if is_stop(word) or (end > i and _conjoined(word)):
                break
            if not (is_family(word) or loose or (end == i and end in tagged)):
                if end == i or not _plain_unknown(word):
                    break
                known = False
            step = 1
        end += step
        if known and firm == end - step:
            firm = end
    if end > firm and end < len(words) and not is_stop(words[end]):
        end = firm  # the unknown words do not end at a boundary: not part of the name
    if end == i:
        return None
    last = min(end, len(words)) - 1
    return NameRun(Span(words[i].span.start, words[last].span.end), i, last, quoted=False)


def read_name(
    words: Sequence[Word],
    i: int,
    strength: str,
    tagged: frozenset[int] = frozenset(),
) -> NameRun | None:
    """The name at word ``i`` after a cue of ``strength`` (strong, title, role, alias).

    ``tagged`` holds the indices of words the name tagger put inside a person's name.
    """
    if i < len(words) and words[i].folded == "ب":
        i += 1  # الملقب بـ”هفو”: the preposition stands alone before the quote
    if i < len(words) and strength in ("title", "role") and words[i].folded in _PRONOUNS:
        i += 1  # «القيادي هو محمد …», «القتيلين هما …»
    if i >= len(words):
        return None
    if strength == "alias" and words[i].folded[:1] == "ب" and words[i].folded[1:] in KUNYA_HEADS:
        return _attached_kunya(words, i)
    quoted = _quoted(words, i, words[-1].span.end)
    if quoted is not None:
        inner = words[quoted.first : quoted.last + 1]
        if strength in ("title", "role") and any(is_stop(w) for w in inner):
            return None
        return quoted
    if strength in ("strong", "alias", "pseudonym"):
        return _unquoted(words, i, loose=strength == "strong", tagged=tagged)
    if starts_name(words, i) or i in tagged:
        return _unquoted(words, i, loose=False, tagged=tagged)
    return None


def _attached_kunya(words: Sequence[Word], i: int) -> NameRun | None:
    """«الملقب بأبي علي»: the preposition ب is written onto the kunya."""
    if i + 1 >= len(words) or words[i + 1].kind != "word" or is_stop(words[i + 1]):
        return None
    last = i + (given_length(words, i + 1) or 1)
    if last + 1 < len(words) and is_family(words[last + 1]):
        last += 1
    start = words[i].span.start + 1
    return NameRun(Span(start, words[last].span.end), i, last, quoted=False)


def read_coordinated(words: Sequence[Word], after: int) -> NameRun | None:
    """A second name joined by و to the name ending at word ``after``.

    «الشابان "أحمد الرفاعي" و"حسام اللباد"», «عمر الأحمد (11 عاماً) وحسين الأحمد».
    A bracket of a few words (an age) may come between.
    """
    i = after + 1
    if i < len(words) and words[i].surface in CLOSING and words[i].kind == "punct":
        i += 1
    if i < len(words) and words[i].surface == "(":
        close = next(
            (j for j in range(i + 1, min(len(words), i + 6)) if words[j].surface == ")"), None
        )
        if close is None:
            return None
        i = close + 1
    if i >= len(words) or words[i].kind != "word":
        return None
    if words[i].folded == "و":
        quoted = _quoted(words, i + 1, words[-1].span.end)
        return (
            quoted
            if quoted is not None
            and not any(is_stop(w) for w in words[quoted.first : quoted.last + 1])
            else None
        )
    head = words[i]
    if not head.folded.startswith("و") or head.folded in given_names():
        return None
    rest = head.folded[1:]
    if rest not in given_names() and rest not in KUNYA_HEADS:
        return None
    run = _unquoted(words, i + 1, loose=False, tagged=frozenset()) if i + 1 < len(words) else None
    if run is None or run.first != i + 1:
        if rest in KUNYA_HEADS:
            return None  # «وأبو» alone is not a name
        run = None
    last = run.last if run is not None else i
    start = head.span.start + 1
    return NameRun(Span(start, words[last].span.end), i, last, quoted=False)
