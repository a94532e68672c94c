"""Reading a PDF's text back, normalised for comparison (shared by the report tests)."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

from pypdf import PdfReader

# direction marks, zero-width joiners and variation selectors: invisible, and
# not always read back
_INVISIBLE = re.compile("[\u200c-\u200f\u202a-\u202e\u2066-\u2069\ufe00-\ufe0f]")


def squash(text: str) -> str:
    """NFKC (undoes ligatures such as 'ﬁ'), without whitespace or invisible marks."""
    return re.sub(r"\s+", "", _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)))


def reader(pdf: Path | bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else str(pdf))


_SHOWN = re.compile(rb"/(\S+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj")
_CMAP_SECTION = re.compile(rb"begin(bfrange|bfchar)(.*?)end\1", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


def _mapped_glyphs(font) -> set[int]:
    """The glyph ids that the font's ToUnicode map turns back into text."""
    to_unicode = font.get("/ToUnicode")
    if to_unicode is None:
        return set()
    mapped: set[int] = set()
    for kind, body in _CMAP_SECTION.findall(to_unicode.get_object().get_data()):
        for line in body.splitlines():
            codes = [int(h, 16) for h in _HEX.findall(line)]
            if kind == b"bfchar" and codes:
                mapped.add(codes[0])
            elif kind == b"bfrange" and len(codes) >= 2:
                mapped.update(range(codes[0], codes[1] + 1))
    return mapped


def glyph_census(pdf: Path | bytes) -> tuple[int, int]:
    """(empty boxes, glyphs drawn that do not read back as text) in the PDF.

    Qt's PDF writer shows text as ``<hex glyph ids> Tj`` in subset fonts that
    keep glyph 0 (".notdef", the empty box) as 0. Its ToUnicode maps cover the
    Basic Multilingual Plane only, so a character beyond it (an emoji a font
    does have, say) is drawn with a real glyph that reads back as nothing.
    """
    boxes = unmapped = 0
    for page in reader(pdf).pages:
        fonts = page["/Resources"]["/Font"]
        mapped: dict[bytes, set[int]] = {}
        font = b""
        for name, ids in _SHOWN.findall(page.get_contents().get_data()):
            if name:
                font = name
                if font not in mapped:
                    mapped[font] = _mapped_glyphs(fonts["/" + font.decode()].get_object())
                continue
            for i in range(0, len(ids), 4):
                glyph = int(ids[i : i + 4], 16)
                boxes += glyph == 0
                unmapped += glyph != 0 and glyph not in mapped[font]
    return boxes, unmapped


def empty_boxes(pdf: Path | bytes) -> int:
    """How many empty boxes (glyph 0) the PDF draws."""
    return glyph_census(pdf)[0]


def text_of(pdf: Path | bytes) -> str:
    return "\n".join(page.extract_text() for page in reader(pdf).pages)


def shows(pdf_text: str, expected: str) -> bool:
    """Whether ``expected`` is printed, wherever lines were wrapped."""
    return squash(expected) in squash(pdf_text)


def is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def shows_words(pdf_text: str, expected: str) -> list[str]:
    """The words of ``expected`` that are not printed ([] when all are).

    Right-to-left words may come back in visual order (reversed). ``expected``
    is the text as printed: pass the person's text through ``glyphs.drawable``
    first, since what no installed font can draw prints as its name. Characters
    beyond the Basic Multilingual Plane are left out: Qt draws them but they do
    not read back (see ``glyph_census``, which counts them).
    """
    flat = squash(pdf_text)
    missing = []
    for word in expected.split():
        plain = squash("".join(c for c in word if c <= "\uffff"))
        if not plain:
            continue
        if plain in flat or (any(is_rtl(c) for c in plain) and plain[::-1] in flat):
            continue
        missing.append(word)
    return missing
