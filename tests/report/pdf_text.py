"""Reading a PDF's text back, normalised for comparison (shared by the report tests)."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

from pypdf import PdfReader

_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def squash(text: str) -> str:
    """NFKC (undoes ligatures such as 'ﬁ'), without whitespace or direction marks."""
    return re.sub(r"\s+", "", _BIDI_MARKS.sub("", unicodedata.normalize("NFKC", text)))


def reader(pdf: Path | bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else str(pdf))


def text_of(pdf: Path | bytes) -> str:
    return "\n".join(page.extract_text() for page in reader(pdf).pages)


def shows(pdf_text: str, expected: str) -> bool:
    """Whether ``expected`` is printed, wherever lines were wrapped."""
    return squash(expected) in squash(pdf_text)


def is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def is_emoji(char: str) -> bool:
    return ord(char) >= 0x1F000 or char == "\u200d"


def shows_words(pdf_text: str, expected: str) -> list[str]:
    """The words of ``expected`` that are not printed ([] when all are).

    Right-to-left words may come back in visual order (reversed); emoji have no
    font on a bare machine and are drawn as a fallback box, so they are left out.
    """
    flat = squash(pdf_text)
    missing = []
    for word in expected.split():
        word = "".join(c for c in word if not is_emoji(c))
        if not word:
            continue
        plain = squash(word)
        if plain in flat or (any(is_rtl(c) for c in plain) and plain[::-1] in flat):
            continue
        missing.append(word)
    return missing
