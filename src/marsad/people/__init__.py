"""Named people: cue constructions, kunya/laqab aliases, pseudonyms, a trained name tagger.

``find_people(text)`` is the pipeline stage. ``tag_names(text)`` exposes the CRF name
tagger (PER/ORG/LOC/MISC with confidences), ``evaluate_conll(path)`` scores it on a
CoNLL file, and ``transliterate(name)`` gives a Latin display form.
"""

from marsad.people.conll import NerReport, format_report
from marsad.people.find import find_people
from marsad.people.mention import PersonMention
from marsad.people.tagger import NameSpan, NameTagger, evaluate_conll, load_tagger, tag_names
from marsad.people.transliterate import transliterate

__all__ = [
    "NameSpan",
    "NameTagger",
    "NerReport",
    "PersonMention",
    "evaluate_conll",
    "find_people",
    "format_report",
    "load_tagger",
    "tag_names",
    "transliterate",
]
