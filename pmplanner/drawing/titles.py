"""A card's title or a lane's name fitted into a small box: wrapped into the lines
the box holds, set smaller, set closer, shortened the way the content shortens
it, long words broken with a hyphen; elided only when nothing else fits."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from pmplanner.drawing import style

_DIGRAPHS = frozenset({"ch", "ck", "gh", "ph", "sh", "th", "wh"})
_VOWELS = frozenset("aeiouy")


def _split_word(word: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """A word too wide for ``width`` broken with hyphens between two consonants
    ("Distin-guished"), at the latest place that fits; unbroken when none does."""
    pieces: list[str] = []
    while metrics.horizontalAdvance(word) > width:
        cut = 0
        for i in range(2, len(word) - 2):
            a, b = word[i - 1].lower(), word[i].lower()
            if not (a.isalpha() and b.isalpha()) or a in _VOWELS or b in _VOWELS:
                continue
            if a + b in _DIGRAPHS or not (_VOWELS & set(word[:i].lower())):
                continue
            if not _VOWELS & set(word[i:].lower()):
                continue
            if metrics.horizontalAdvance(word[:i] + "-") <= width:
                cut = i
        if not cut:
            break
        pieces.append(word[:cut] + "-")
        word = word[cut:]
    pieces.append(word)
    return pieces


def wrap_lines(
    text: str, metrics: QFontMetricsF, width: float, max_lines: int, hyphenate: bool = False
) -> list[str]:
    """Greedy word wrap into at most ``max_lines`` lines, the last one elided; with
    ``hyphenate``, a word wider than a line is broken (see ``_split_word``)."""
    if max_lines <= 1:
        return [metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)]
    # (piece, glue before it): the pieces of a broken word join without a space
    words: list[tuple[str, str]] = []
    for word in text.split():
        parts = _split_word(word, metrics, width) if hyphenate else [word]
        words += [(part, " " if n == 0 else "") for n, part in enumerate(parts)]
    lines: list[str] = []
    current = ""
    for i, (word, glue) in enumerate(words):
        trial = f"{current}{glue}{word}" if current else word
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        lines.append(current)
        if len(lines) >= max_lines - 1:
            current = word + "".join(g + w for w, g in words[i + 1 :])
            break
        current = word
    if current:
        lines.append(current)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


TITLE_MIN_PX = 8.0  # a title is set no smaller than this (pixels) before it is elided
TITLE_MAX_LINES = 3
TIGHT_LEADING = 0.9  # a small card's last resort: lines this much closer (no glyphs touch)


def fits(lines: list[str]) -> bool:
    return not any(line.endswith("…") for line in lines)


_METRICS: dict[tuple[float, bool], QFontMetricsF] = {}


def _metrics(size: float, bold: bool) -> QFontMetricsF:
    """Font metrics per pixel size, made once (fitting titles asks for them often)."""
    key = (size, bold)
    metrics = _METRICS.get(key)
    if metrics is None:
        metrics = _METRICS[key] = QFontMetricsF(style.font(size, bold=bold))
    return metrics


def short_title(title: str) -> str:
    """The title with "Product Manager" written "PM", as people say it."""
    return title.replace("Product Manager", "PM").replace("product manager", "PM")


def short_forms(title: str, other_names: Sequence[str]) -> list[str]:
    """The role's other names that are short forms of its title, longest first: each
    has an abbreviation ("TPM", "CPO") and its other words are the title's ("Senior
    TPM", "Head of PM"); other names that are other titles ("Head of Product" for a
    Director) are not."""
    words = {w.casefold() for w in title.replace(",", " ").split()}
    shortest = len(short_title(title))
    found = []
    for name in other_names:
        tokens = name.split()
        abbreviation = [t for t in tokens if len(t) >= 2 and t.isupper()]
        if not abbreviation or len(name) >= shortest:
            continue
        if all(t in abbreviation or t.casefold() in words for t in tokens):
            found.append(name)
    return sorted(found, key=len, reverse=True)


class FittedTitle(NamedTuple):
    size: float  # pixel size of the font
    lines: list[str]
    pitch: float  # from one line's top to the next
    rank: int = 0  # which try of ``fit_title`` fitted: 0 the title as it is, lower reads better


def _fit_one(
    text: str, width: float, height: float, px: float, bold: bool, leading: float, hyphenate: bool
) -> FittedTitle | None:
    size = px
    while True:
        metrics = _metrics(round(size), bold)
        pitch = metrics.lineSpacing() * leading
        max_lines = max(1, min(TITLE_MAX_LINES, int(height // pitch)))
        # a size where this try would do what an earlier one did is skipped (cheaper):
        # closer lines that hold no more lines, no word too wide to break
        if hyphenate:
            same = all(metrics.horizontalAdvance(w) <= width for w in text.split())
        else:
            same = leading != 1.0 and max_lines == min(
                TITLE_MAX_LINES, int(height // metrics.lineSpacing())
            )
        if not same:
            lines = wrap_lines(text, metrics, width, max_lines, hyphenate)
            if fits(lines):
                return FittedTitle(size, lines, pitch)
        if size <= TITLE_MIN_PX:
            return None
        size = max(TITLE_MIN_PX, size - 1)


def fit_title(
    title: str,
    width: float,
    height: float,
    px: float,
    bold: bool = True,
    other_names: Sequence[str] = (),
    tight: bool = True,
) -> FittedTitle:
    """The title set as large as it fits (``px`` down to TITLE_MIN_PX) in the lines
    ``height`` holds (three at most), without eliding. In order, until one fits: the
    title, then with "PM" for "Product Manager"; the same with lines closer together
    (``tight``); the role's own short forms of it (``short_forms``: "CPO", "Senior
    TPM"); long words broken with a hyphen. Failing all, the title at the smallest
    size, its last line elided (the card's tooltip has it whole)."""
    texts = [title]
    if short_title(title) != title:
        texts.append(short_title(title))
    others = short_forms(title, other_names)
    leadings = (1.0, TIGHT_LEADING) if tight else (1.0,)
    tries = [(text, lead, False) for lead in leadings for text in texts]
    tries += [(text, lead, False) for text in others for lead in leadings]
    tries += [(text, leadings[-1], True) for text in texts]
    small = min(px, TITLE_MIN_PX + 1)  # the last resorts are for small cards: two sizes
    for rank, (text, leading, hyphenate) in enumerate(tries):
        start = px if leading == 1.0 and not hyphenate else small
        fitted = _fit_one(text, width, height, start, bold, leading, hyphenate)
        if fitted is not None:
            return fitted._replace(rank=rank)
    metrics = _metrics(round(TITLE_MIN_PX), bold)
    max_lines = max(1, min(TITLE_MAX_LINES, int(height // metrics.lineSpacing())))
    return FittedTitle(
        TITLE_MIN_PX,
        wrap_lines(title, metrics, width, max_lines),
        metrics.lineSpacing(),
        len(tries),
    )


@functools.lru_cache(maxsize=2048)
def _fitted_label(text: str, width: int, height: int, px: int) -> FittedTitle:
    return fit_title(text, width, height, px)


def fitted_label(text: str, width: float, height: float, px: float) -> FittedTitle:
    """``fit_title`` for a name painted at every frame (a lane's, a caption): fitted
    once per size in whole pixels, then remembered."""
    return _fitted_label(text, round(width), round(height), round(px))


def paint_fitted(painter: QPainter, fitted: FittedTitle, box: QRectF) -> None:
    """Draw ``fitted``'s lines in ``box`` (device pixels), left-aligned, centred as a
    block from top to bottom (their spacing may be tight), in its bold font."""
    painter.setFont(style.font(fitted.size, bold=True))
    y = box.center().y() - len(fitted.lines) * fitted.pitch / 2
    for line in fitted.lines:
        painter.drawText(
            QRectF(box.x(), y, box.width(), fitted.pitch),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextDontClip,
            line,
        )
        y += fitted.pitch
