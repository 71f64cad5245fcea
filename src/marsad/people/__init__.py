"""Named people: cue patterns, kunya/laqab aliases, pseudonyms."""

from marsad.people.cues import PersonMention, find_people

__all__ = ["PersonMention", "find_people"]
