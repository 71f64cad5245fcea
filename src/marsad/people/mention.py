"""The record of a named person found in one document."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.model import Span

# What an alias is, in ``PersonMention.alias_kinds``:
#   kunya     a name starting with أبو/أم (أبو الليث)
#   laqab     any other stated nickname or nom de guerre (هفو، ديار قامشلو)
#   real      the real name, when the text first used another («أبو محمد الجولاني، واسمه
#             الحقيقي أحمد الشرع»)
#   partial   a shortened reference to the person later in the text (الكفري → وسيم أحمد الكفري)
ALIAS_KINDS = ("kunya", "laqab", "real", "partial")


@dataclass(frozen=True, slots=True)
class PersonMention:
    """A person named in the text, with every other name the text gives them.

    ``span``/``surface`` is the fullest (or real) name; ``aliases`` are the other
    names with the span where each is introduced, and ``alias_kinds`` says what each
    one is (one of :data:`ALIAS_KINDS`, same order). ``mentions`` lists every span
    that refers to the person — the name, its aliases and later references such as
    a family name alone — in text order. ``pseudonym`` is true when the text says the
    name is not real (اسم مستعار). ``cue`` is the folded cue word that introduced the
    name (empty when none did), ``rule`` what found it (``cue``, ``quoted``,
    ``kunya``, ``pseudonym``, ``tagger``), ``confidence`` the tagger's probability for
    names only the tagger found (1.0 otherwise), ``latin`` the display transliteration.
    """

    span: Span
    surface: str
    cue: str
    aliases: tuple[tuple[Span, str], ...] = ()
    pseudonym: bool = False
    rule: str = "cue"
    alias_kinds: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    confidence: float = 1.0
    latin: str = ""
