"""Arabic text layer: normalization with offsets, sentences, tokens, numbers, dates.

Every function returns spans into the text it was given, never into a
normalized copy, so what it finds can always be shown in the original.
"""

from marsad.arabic.dates import DateMention, find_dates, infer_publication_year
from marsad.arabic.normalize import NormalizedText, fold, normalize
from marsad.arabic.numbers import NumberMention, find_numbers, parse_number
from marsad.arabic.sentences import sentences
from marsad.arabic.tokens import Token, proclitic_splits, segment, stem_candidates, tokens

__all__ = [
    "DateMention",
    "NormalizedText",
    "NumberMention",
    "Token",
    "find_dates",
    "find_numbers",
    "fold",
    "infer_publication_year",
    "normalize",
    "parse_number",
    "proclitic_splits",
    "segment",
    "sentences",
    "stem_candidates",
    "tokens",
]
