"""Arabic text layer: normalization with offsets, sentences, tokens, numbers, dates."""

from marsad.arabic.normalize import NormalizedText, fold, normalize

__all__ = ["NormalizedText", "fold", "normalize"]
