"""Names the gazetteer lacks, kept as unresolved places: «في قرية الكوم» → «الكوم».

After a town noun (بلدة، مدينة، قرية، حي، مخيم) the next word is a settlement's name
even when no table knows it. Such a name becomes a ``PlaceMention`` whose place is
unresolved with the reason, so a reviewer sees it and the supplement can grow.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.arabic import NormalizedText
from marsad.gazetteer.context import Word, Words, proclitic_splits
from marsad.gazetteer.matcher import NameMatch
from marsad.gazetteer.mention import PlaceMention, written_name
from marsad.model import Place, Span

# Shorter "names" after a town noun are particles or abbreviations, not villages.
MIN_UNKNOWN_NAME_LETTERS = 3
NOT_IN_GAZETTEER = "not in the gazetteer"
# Nouns that announce several places ("قرى X وY وZ", "بلدتي X وY").
_PLURAL_NOUNS = frozenset({"قري", "بلدات", "مدن", "بلدتي", "قريتي", "مدينتي", "احياء", "حيي"})
# "في أحياء المدينة وأقامت حواجز": a past verb («-ت», «-وا») ends a list of names
_VERB_ENDING = re.compile(r"(?:[^اوي]ت|وا)$")
_DIRECTION_ADJECTIVE = re.compile(r"^ال(?:شرقي|غربي|شمالي|جنوبي)ه?$")
# "جبل عبد العزيز", "تل أبو الخير": a second word that needs the next one to be a name
_NEEDS_NEXT = frozenset({"عبد", "ابو", "ام", "بني", "السيد"})


# Context words no name is made of: a preposition or a settlement noun.
_CUE_KINDS = ("preposition", "town_noun", "quarter_noun", "area_noun")
# A name alone is not a word the gazetteer lists as a cue or a region word either.
_NOT_ALONE = ("not_a_name", *_CUE_KINDS, "rural", "governorate")


def _plain_word(word: str) -> bool:
    return len(word) >= MIN_UNKNOWN_NAME_LETTERS and word.isalpha()


def _is_name_word(word: str, words: Words, quarter: bool = False) -> bool:
    lexicon = words.lexicon
    # "حي المحطة", "حي المطار": a quarter is often named after an everyday place
    everyday = word in lexicon.common_tier and not (quarter and word.startswith("ال"))
    if not _plain_word(word) or everyday:
        return False
    if word.startswith("لل"):
        return False  # "مخيم للنازحين": a camp for the displaced, not one named so
    # "مدن وبلدات", "قرى المحافظة", "قرى ريف المحافظة": a settlement noun with a
    # clitic, or a region word, is no name either
    forms = [word] + [rest for _, rest in proclitic_splits(word)]
    # "قرى السرمانية والقرى المجاورة": the settlement noun with its article
    forms += [form[2:] for form in forms if form.startswith("ال")]
    return not any(lexicon.is_(kind, form) for kind in _NOT_ALONE for form in forms)


# Ottoman titles that end a quarter's name («حي قدور بك»), shorter than a name word.
_TITLE_SECOND_WORDS = frozenset({"بك", "بيك"})


def _second_word(word: str, words: Words) -> bool:
    """The second word of a two-word name may be a common word («باب قبلي»)."""
    return word in _TITLE_SECOND_WORDS or (
        _plain_word(word) and not any(words.lexicon.is_(kind, word) for kind in _CUE_KINDS)
    )


def _starts_two_word_name(words: Words, index: int, text: str) -> bool:
    """The word at ``index``, read as ``text`` (without a conjunction), starts a two-word
    name with the word after it («أم الكيف», «تل شهاب»)."""
    return (
        words.lexicon.is_("compound_start", text)
        and index + 1 < len(words)
        and words.joined(index, index + 1)
        and _second_word(words.word(index + 1).text, words)
    )


def _unknown(norm: NormalizedText, span: Span, noun_text: str, noun_stem: str) -> PlaceMention:
    surface = span.of(norm.original)
    return PlaceMention(
        span=span,
        surface=surface,
        place=Place(
            name=written_name(surface), precision="town", unresolved_reason=NOT_IN_GAZETTEER
        ),
        alternatives=(),
        reason=f"a name after {noun_text} that no table knows",
        rule=f"unknown after {noun_stem}",
        country=None,
    )


def _listed_after(
    norm: NormalizedText,
    words: Words,
    index: int,
    noun: Word,
    taken: Sequence[tuple[int, int]],
    known_ends: dict[int, int],
) -> list[PlaceMention]:
    listed = []
    while index + 1 < len(words) and words.joined(index, index + 1):
        following = words.word(index + 1)
        name = following.text[1:] if following.text.startswith("و") else ""
        if name and index + 1 in known_ends:
            index = known_ends[index + 1]  # "قرى السرمانية والدقماق وتل واسط": a known one
            continue
        two_words = _starts_two_word_name(words, index + 1, name)
        if two_words:
            name_end = words.word(index + 2).end  # "قريتي الدردارة وأم الكيف"
        elif not name or not _is_name_word(name, words) or _VERB_ENDING.search(name):
            break
        else:
            name_end = following.end
        span = norm.span_to_original(following.start + 1, name_end)
        if any(span.start < end and start < span.end for start, end in taken):
            break
        listed.append(_unknown(norm, span, noun.text, noun.stem))
        index += 2 if two_words else 1
    return listed


def find_unknown_towns(
    norm: NormalizedText,
    words: Words,
    matches: Sequence[NameMatch],
    taken: Sequence[tuple[int, int]],
) -> list[PlaceMention]:
    """Unresolved mentions for unknown names after a town noun, outside ``taken`` spans."""
    lexicon = words.lexicon
    # word index where a known name starts → the index of its last word
    known_ends = {words.index_at(m.start): words.index_at(m.end - 1) for m in matches}
    matched_starts = set(known_ends)
    found = []
    nouns = lexicon.any_of(("town_noun", "quarter_noun"))
    for index in range(len(words) - 1):
        text = words.text[words.starts[index] : words.ends[index]]
        if not any(rest in nouns for _, rest in proclitic_splits(text)):
            continue
        noun = words.word(index, ("town_noun", "quarter_noun"))
        is_noun = lexicon.is_("town_noun", noun.stem) or lexicon.is_("quarter_noun", noun.stem)
        if not is_noun or not words.joined(index, index + 1):
            continue
        name_index = index + 1
        first = words.word(name_index)
        compound = _starts_two_word_name(words, name_index, first.text)
        if name_index in matched_starts and not compound:
            if noun.stem in _PLURAL_NOUNS:
                # "قرى السرمانية والدقماق": unknown names listed after a known first one
                end = known_ends[name_index]
                found.extend(_listed_after(norm, words, end, noun, taken, known_ends))
            continue
        # "قرية أم الكيف", "بلدة تل شهاب": a short first word of a two-word name
        quarter = lexicon.is_("quarter_noun", noun.stem)
        if not compound and not _is_name_word(first.text, words, quarter):
            continue
        last = words.word(name_index + 1) if compound else first
        at = words.index_at(last.start)
        if (
            compound
            and last.text in _NEEDS_NEXT
            and at + 1 < len(words)
            and words.joined(at, at + 1)
        ):
            last = words.word(at + 1)
            at += 1
        if at + 1 < len(words) and words.joined(at, at + 1):
            following = words.word(at + 1)
            if _DIRECTION_ADJECTIVE.match(following.text):
                last = following  # "الغارية الشرقية", "الكرك الشرقي": part of the name
            elif following.text in _TITLE_SECOND_WORDS:
                last = following  # "حي قدور بك"
        span = norm.span_to_original(first.start, last.end)
        # "حي دف الشوك", "قرية خربة عمو": a word of a compound may be a village
        # elsewhere; the whole name after the noun wins (the caller drops the village
        # inside it), unless the gazetteer knows the compound itself
        # ("قرب قرية خراب الشحم": a mention of the known first word that takes in the
        # words before it gives way to the compound too)
        if any(
            span.start < end
            and start < span.end
            and (
                not (compound and end <= span.end and (span.start <= start or end < span.end))
                or (start, end) == (span.start, span.end)
            )
            for start, end in taken
        ):
            continue
        found.append(_unknown(norm, span, noun.text, noun.stem))
        if noun.stem in _PLURAL_NOUNS:
            # "قرى كنصفرة والبارة والفطيرة": the names listed after a plural noun
            at = words.index_at(last.start)
            found.extend(_listed_after(norm, words, at, noun, taken, known_ends))
    return found + _first_ends_of_roads(norm, words, matches, taken, matched_starts)


def _first_ends_of_roads(
    norm: NormalizedText,
    words: Words,
    matches: Sequence[NameMatch],
    taken: Sequence[tuple[int, int]],
    matched_starts: set[int],
) -> list[PlaceMention]:
    """ "الطريق الواصل بين الشياح والمسمية": an unknown name paired by «بين … و»
    with a known place is a place too."""
    found = []
    accepted = set(taken)
    for match in matches:
        span = norm.span_to_original(match.start, match.end)
        if not match.prefix.startswith("و") or (span.start, span.end) not in accepted:
            continue
        index = words.index_at(match.start)
        if index < 2 or index - 1 in matched_starts:
            continue
        if not (words.joined(index - 2, index - 1) and words.joined(index - 1, index)):
            continue
        name = words.word(index - 1)
        if words.word(index - 2).text != "بين" or not _is_name_word(name.text, words):
            continue
        name_span = norm.span_to_original(name.start, name.end)
        if any(name_span.start < end and start < name_span.end for start, end in taken):
            continue
        found.append(_unknown(norm, name_span, "بين", "بين"))
    return found
