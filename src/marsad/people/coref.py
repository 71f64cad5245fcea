"""Within-document coreference of people: later short or alternative references.

After «قُتل الشاب "وسيم أحمد الكفري"» a report says «أطلقا النار على "الكفري"»;
after «المدعو "جهاد محمود العمري" الملقب (أبو صالح)» it says «اعتقال أبو صالح».
Each person offers keys — the full name, every alias, the family name (last word)
and the given name (first word) of a name of two words or more — and a later
occurrence of a key that only one person owns refers to that person. A shortened
name becomes an alias of kind ``partial``; every reference is added to the
person's ``mentions``, so no second entity is made for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.arabic.normalize import fold, normalize
from marsad.model import Span
from marsad.people.draft import Draft
from marsad.people.names import KUNYA_PARTICLES, Word, given_length, is_family, is_stop
from marsad.people.names import starts_name as name_starts_at

_ARTICLE = "ال"
# A one-word key shorter than this (folded letters) is too ambiguous to resolve.
MIN_KEY_LETTERS = 3


def _keys(draft: Draft) -> list[tuple[tuple[str, ...], bool]]:
    """(folded words, is a shortened name) for every way the text may refer back.

    Every name form — the name and each alias — is a key. Of a form of two words or
    more, the last word is a key too unless it follows a kunya particle (الجولاني of
    أبو محمد الجولاني; not الليث of أبو الليث), and so is the first word when it is a
    given name rather than a kunya particle (نزار of نزار سلمان أبو فخر).
    """
    forms = [(draft.surface, "name")]
    forms += [(text, kind) for _, text, kind in draft.aliases if kind != "partial"]
    keys: list[tuple[tuple[str, ...], bool]] = []
    for form, kind in forms:
        name = tuple(fold(form).split())
        keys.append((name, False))
        if len(name) < 2:
            continue
        # a nickname's last word is a key only as a nisba (الجولاني), not «كوباني»
        if name[-2] not in KUNYA_PARTICLES and (kind == "name" or name[-1].startswith(_ARTICLE)):
            keys.append(((name[-1],), True))
        if name[0] not in KUNYA_PARTICLES:
            keys.append(((name[0],), True))
    return [(key, partial) for key, partial in keys if key and len("".join(key)) >= MIN_KEY_LETTERS]


def _first_matches(word: Word, key: str) -> bool:
    if is_stop(word):
        return False  # على is not علي
    if word.folded == key:
        return True
    for stem in word.stems[1:]:
        if stem == key or (key.startswith(_ARTICLE) and _ARTICLE + stem == key):
            return True
    return False


def _match(words: Sequence[Word], i: int, key: tuple[str, ...]) -> bool:
    if i + len(key) > len(words) or not _first_matches(words[i], key[0]):
        return False
    return all(words[i + k].folded == part for k, part in enumerate(key[1:], 1))


def _stands_alone(words: Sequence[Word], i: int, end: int) -> bool:
    """A one-word reference must not be part of a longer, different name."""
    before = words[i - 1] if i > 0 else None
    if before is not None and before.kind == "word" and before.folded in KUNYA_PARTICLES:
        return False  # «أبو فراس» is not Firas
    # «فراس الحريري» is another Firas
    return not (
        end < len(words)
        and not is_stop(words[end])
        and (name_starts_at(words, end) or is_family(words[end]) or given_length(words, end))
    )


def _reference_span(word: Word, key: str) -> tuple[Span, bool]:
    """The span of ``word`` from where ``key`` starts, and whether it is written in full.

    والكفري → الكفري (in full); للكفري → كفري (the article's alef is not written).
    """
    if word.folded == key:
        return word.span, True
    for stem in word.stems[1:]:
        if stem == key or _ARTICLE + stem == key:
            cut = normalize(word.surface).to_original(len(word.folded) - len(stem))
            return Span(word.span.start + cut, word.span.end), stem == key
    return word.span, False


def resolve_references(
    text: str, words: Sequence[Word], drafts: Sequence[Draft], taken: set[int]
) -> set[int]:
    """Attach later references to the people in ``drafts``; returns the words used.

    ``taken`` holds the word indices already inside a name; a reference is looked
    for only after the person's name and never inside another name.
    """
    owners: dict[tuple[str, ...], list[tuple[Draft, bool]]] = {}
    for draft in drafts:
        for key, partial in _keys(draft):
            entry = owners.setdefault(key, [])
            if all(other is not draft for other, _ in entry):
                entry.append((draft, partial))
    by_head: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(owners, key=len, reverse=True):
        if len(owners[key]) == 1:
            by_head.setdefault(key[0], []).append(key)
    used: set[int] = set()
    i = 0
    while i < len(words):
        if i in taken or i in used or words[i].kind != "word" or words[i].stop:
            i += 1
            continue
        heads = {form for stem in words[i].stems for form in (stem, _ARTICLE + stem)}
        candidates = [key for head in heads for key in by_head.get(head, ())]
        for key in sorted(candidates, key=len, reverse=True):
            if not _match(words, i, key):
                continue
            draft, partial = owners[key][0]
            end = i + len(key)
            if i <= draft.last or any(j in taken for j in range(i, end)):
                continue
            if len(key) == 1 and partial and not _stands_alone(words, i, end):
                continue
            head, in_full = _reference_span(words[i], key[0])
            span = Span(head.start, words[end - 1].span.end)
            if partial and in_full:
                draft.add_alias(span, span.of(text), "partial")
            else:
                draft.mentions.append(span)
            used.update(range(i, end))
            i = end - 1
            break
        i += 1
    return used
