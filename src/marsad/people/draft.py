"""A person being assembled while a document is read, and the final record."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.arabic.normalize import fold
from marsad.model import Span
from marsad.people.mention import PersonMention
from marsad.people.names import KUNYA_HEADS
from marsad.people.transliterate import transliterate


def alias_kind(alias: str) -> str:
    """``kunya`` for a name that starts with أبو/أم, else ``laqab``."""
    words = fold(alias).split()
    return "kunya" if words and words[0] in KUNYA_HEADS else "laqab"


@dataclass(slots=True)
class Draft:
    """A person found so far: the name, the words it covers, aliases and references."""

    span: Span
    surface: str
    first: int  # index of the name's first word
    last: int  # index of its last word
    cue: str
    rule: str
    pseudonym: bool = False
    confidence: float = 1.0
    aliases: list[tuple[Span, str, str]] = field(default_factory=list)  # span, text, kind
    mentions: list[Span] = field(default_factory=list)

    def add_alias(self, span: Span, text: str, kind: str) -> None:
        """Record another name once (compared folded); its span is a mention too."""
        key = fold(text)
        if key != fold(self.surface) and all(fold(t) != key for _, t, _ in self.aliases):
            self.aliases.append((span, text, kind))
        self.mentions.append(span)

    def finish(self) -> PersonMention:
        """The frozen record: aliases and mentions in text order, with the Latin name."""
        mentions = sorted(set([self.span, *self.mentions]), key=lambda s: (s.start, s.end))
        self.aliases.sort(key=lambda alias: (alias[0].start, alias[0].end))
        return PersonMention(
            span=self.span,
            surface=self.surface,
            cue=self.cue,
            aliases=tuple((span, text) for span, text, _ in self.aliases),
            pseudonym=self.pseudonym,
            rule=self.rule,
            alias_kinds=tuple(kind for _, _, kind in self.aliases),
            mentions=tuple(mentions),
            confidence=self.confidence,
            latin=transliterate(self.surface),
        )
