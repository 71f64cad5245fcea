"""Offset-preserving Arabic normalization for matching.

``normalize(text)`` folds the spelling variation that Arabic news text shows
for the same word (hamza seats on alef, ى/ي, ة/ه, Persian ی/ک, diacritics,
tatweel, Arabic-Indic digits, bidi controls, odd spaces) and keeps a map back to
the original offsets, so a match found in the normalized string is reported as a
span of the untouched original.

>>> n = normalize("وبإدلبَ")
>>> n.text
'وبادلب'
>>> n.span_to_original(2, 6)
Span(start=2, end=7)
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from marsad.model import Span

# Characters dropped outright. Diacritics (harakat, shadda, sukun, superscript
# alef, Quranic marks) and tatweel are "attached": a span that ends on a letter
# also covers the marks that follow it in the original.
_ATTACHED = (
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640"]
    + [chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06DD, 0x06DE, 0x06E9)]
)
# Invisible formatting: bidi marks and embeddings, ZWNJ/ZWJ, BOM, soft hyphen.
_INVISIBLE = (
    ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff", "\u00ad"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)

_ONE_TO_ONE: dict[str, str] = {
    # alef with hamza / madda / wasla, hamza on waw / ya
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ؤ": "و",
    "ئ": "ي",
    # alef maqsura, teh marbuta (matching form only), Persian/Urdu letters
    "ى": "ي",
    "ة": "ه",
    "ی": "ي",
    "ې": "ي",
    "ک": "ك",
    "ڪ": "ك",
    "ھ": "ه",
    "ۀ": "ه",
    # Arabic punctuation that has a Latin twin used interchangeably
    "٫": ".",
    "٬": ",",
    "٪": "%",
}
_ONE_TO_ONE.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
_ONE_TO_ONE.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits
_ONE_TO_ONE.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})
# no-break and typographic spaces become a plain space (one for one, offsets unchanged)
for _space in ["\u00a0", "\u2007", "\u202f", "\u205f", "\u3000", "\t"] + [
    chr(c) for c in range(0x2000, 0x200B)
]:
    _ONE_TO_ONE[_space] = " "
# a hashtag joins its words with underscores ("#تل_براك"): read them as spaces
_ONE_TO_ONE["_"] = " "


def _fold_char(ch: str) -> str:
    return "".join(_ONE_TO_ONE.get(c, c) for c in ch if c not in _DROPPED)


_DROPPED = frozenset(_ATTACHED + _INVISIBLE)
_ATTACHED_SET = frozenset(_ATTACHED)

# Presentation forms (legacy encodings, PDFs) decompose with NFKC; ligatures
# such as ﻻ become two letters, so they change the length.
_CHANGING: dict[str, str] = {ch: "" for ch in _DROPPED}
for _c in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
    _ch = chr(_c)
    _decomposed = unicodedata.normalize("NFKC", _ch)
    if _decomposed != _ch:
        _CHANGING[_ch] = _fold_char(_decomposed)
_one_char = {k: v for k, v in _CHANGING.items() if len(v) == 1}
for _k, _v in _one_char.items():
    del _CHANGING[_k]
    _ONE_TO_ONE[_k] = _v

_TRANSLATE = str.maketrans(_ONE_TO_ONE)
_CHANGING_RE = re.compile("[" + re.escape("".join(sorted(_CHANGING))) + "]")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalized string with the map back to the original.

    The map is piecewise: normalized offsets from ``norm_starts[k]`` up to the
    next breakpoint correspond one-to-one to original offsets from
    ``orig_starts[k]``.
    """

    original: str
    text: str
    norm_starts: tuple[int, ...]
    orig_starts: tuple[int, ...]

    def to_original(self, index: int) -> int:
        """Original offset of the normalized character at ``index``.

        ``index == len(text)`` maps to the end of the original.
        """
        if index >= len(self.text):
            return len(self.original)
        index = max(index, 0)  # a negative index would wrap around to the last piece
        k = bisect_right(self.norm_starts, index) - 1
        return self.orig_starts[k] + (index - self.norm_starts[k])

    def span_to_original(self, start: int, end: int) -> Span:
        """The original span of normalized ``[start, end)``, with trailing diacritics."""
        if end <= start:
            at = self.to_original(start)
            return Span(at, at)
        orig_start = self.to_original(start)
        orig_end = self.to_original(end - 1) + 1
        while orig_end < len(self.original) and self.original[orig_end] in _ATTACHED_SET:
            orig_end += 1
        return Span(orig_start, orig_end)


def normalize(text: str) -> NormalizedText:
    """Fold Arabic spelling variants for matching, keeping offsets.

    Folds أ إ آ ٱ→ا, ؤ→و, ئ→ي, ى→ي, ة→ه, ی→ي, ک→ك; drops diacritics, tatweel,
    bidi controls, ZWNJ/ZWJ; maps Arabic-Indic and Persian digits to ASCII, odd
    spaces to a plain space, Latin capitals to lower case and presentation forms
    to letters. ``"قُتِلَ ٣ أشخاص"`` → ``"قتل 3 اشخاص"``.
    """
    parts: list[str] = []
    norm_starts: list[int] = [0]
    orig_starts: list[int] = [0]
    norm_pos = 0
    orig_pos = 0
    for match in _CHANGING_RE.finditer(text):
        i = match.start()
        chunk = text[orig_pos:i].translate(_TRANSLATE)
        parts.append(chunk)
        norm_pos += len(chunk)
        replacement = _CHANGING[text[i]]
        # every character of an expansion maps to the one original character
        for ch in replacement:
            parts.append(ch)
            norm_starts.append(norm_pos)
            orig_starts.append(i)
            norm_pos += 1
        orig_pos = i + 1
        norm_starts.append(norm_pos)
        orig_starts.append(orig_pos)
    parts.append(text[orig_pos:].translate(_TRANSLATE))
    # collapse breakpoints at the same normalized offset: the last one wins
    starts_n: list[int] = []
    starts_o: list[int] = []
    for n, o in zip(norm_starts, orig_starts, strict=True):
        if starts_n and starts_n[-1] == n:
            starts_o[-1] = o
        else:
            starts_n.append(n)
            starts_o.append(o)
    return NormalizedText(text, "".join(parts), tuple(starts_n), tuple(starts_o))


def fold(text: str) -> str:
    """The normalized string alone: the key form of lexicon entries."""
    return normalize(text).text
