"""Bytes → text for Arabic files: UTF-8, Windows-1256 or ISO-8859-6."""

from __future__ import annotations

import re

from marsad.errors import InputError

# Legacy Arabic files are mostly Windows-1256 (Windows editors, old CMS exports)
# and sometimes ISO-8859-6 (old Unix mail). Both decode almost any byte string,
# so a fallback decoding is accepted only if it reads as Arabic.
LEGACY_ENCODINGS = ("cp1256", "iso-8859-6")
# Share of letters that must be Arabic for a legacy decoding to be believed.
# Arabic news with Latin names or outlet names ("SY24") stays far above 0.5;
# a Latin-1 or random byte file decoded as cp1256 falls well below.
MIN_ARABIC_LETTER_SHARE = 0.5
# Control characters (other than tab/newline/CR/form feed) in a text file
# mean it is binary. A few stray ones happen in scraped text.
MAX_CONTROL_SHARE = 0.01

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_LETTER = re.compile(r"[^\W\d_]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _arabic_share(text: str) -> float:
    letters = len(_LETTER.findall(text))
    return len(_ARABIC_LETTER.findall(text)) / letters if letters else 0.0


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text at all (NUL bytes, many control bytes)."""
    if b"\x00" in data[:65536]:
        return True
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > MAX_CONTROL_SHARE


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a file's bytes; return ``(text, encoding)``.

    Raises ``InputError`` for binary data or bytes that are neither UTF-8 nor
    a legacy Arabic encoding.
    """
    if looks_binary(data):
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as err:
        utf8_error = err
    best: tuple[float, str, str] | None = None
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        share = _arabic_share(text)
        if best is None or share > best[0]:
            best = (share, text, encoding)
    if best is None or best[0] < MIN_ARABIC_LETTER_SHARE:
        raise InputError(
            f"not UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}) "
            "and not Arabic in Windows-1256 or ISO-8859-6; re-save the file as UTF-8"
        )
    return best[1], best[2]
