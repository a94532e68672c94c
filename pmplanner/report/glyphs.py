"""Characters no installed font can draw, printed as their name instead of an empty box.

A plan may hold emoji or a script no font on this computer covers; Qt would
draw each such character as an empty box (".notdef"), which reads as nothing
on paper. ``drawable`` replaces exactly those characters with a short,
readable stand-in such as "[rocket]" or "[U+13000]", and leaves everything a
font can draw (accents, Arabic, Hebrew, CJK where a font exists) as typed.

Whether a character can be drawn is decided the way Qt decides it: the
character is laid out with the application's font, so Qt's own font fallback
picks the font, and the glyph it found is checked (glyph 0 is the empty box).
The answer is kept per character; ASCII is never checked. A QGuiApplication
must exist.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtGui import QGuiApplication, QTextLayout

NAME_MAX = 20  # longer Unicode names read worse than the code point
# Characters that are never drawn as a box of their own: spaces, line and
# paragraph separators, controls and formatting marks (joiners, direction marks).
_INVISIBLE = {"Zs", "Zl", "Zp", "Cc", "Cf"}
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_VARIATION = re.compile(r"[\ufe00-\ufe0f\U000e0100-\U000e01ef]")

_cache: dict[str, str] = {}
_watching = False


def can_draw(char: str) -> bool:
    """Whether some installed font has a glyph for ``char`` (as Qt picks fonts)."""
    layout = QTextLayout(char, QGuiApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return all(0 not in run.glyphIndexes() for run in layout.glyphRuns())


def fallback_text(char: str) -> str:
    """The stand-in for ``char``: its Unicode name when short, else its code point."""
    name = unicodedata.name(char, "")
    if name and len(name) <= NAME_MAX:
        return f"[{name.lower()}]"
    return f"[U+{ord(char):04X}]"


def forget() -> None:
    """Check every character again (fonts were added or removed)."""
    _cache.clear()


def _watch_fonts() -> None:
    global _watching
    app = QGuiApplication.instance()
    if not _watching and isinstance(app, QGuiApplication):
        app.fontDatabaseChanged.connect(forget)
        _watching = True


def _shown(char: str) -> str:
    if _VARIATION.match(char) or unicodedata.category(char) in _INVISIBLE:
        return char
    return char if can_draw(char) else fallback_text(char)


def _shown_cached(char: str) -> str:
    shown = _cache.get(char)
    if shown is None:
        shown = _cache[char] = _shown(char)
    return shown


def drawable(text: str) -> str:
    """``text`` with every character no font can draw replaced by its stand-in.

    The stand-ins hold only letters, digits, spaces, "+", "-" and brackets, so
    this may be applied to escaped HTML as well as to plain text.
    """
    if text.isascii():
        return text
    _watch_fonts()
    for char in set("".join(_NON_ASCII.findall(text))):
        shown = _shown_cached(char)
        if shown != char:
            text = text.replace(char, shown)
    return text
