"""The quiz result as horizontal bars: the one home of the chart's data, and its print drawing.

``chart_bars`` decides what both charts show: the tracks in the ranking's
order (best first), each with its name, its track colour, its score on the
0..``SCALE_MAX`` scale and that score as written (``wording.formats``). The
results page's pyqtgraph chart (``ui.quiz.chart``) and the printed plan's
picture (``quiz_chart`` here, QPainter only) both draw these bars, so they
cannot disagree on order, colours, scale or labels.

The picture is drawn at ``scale`` times its logical size so it stays sharp in
print; the HTML shows it at the logical size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage

from pmplanner.core.catalog import CareerCatalog
from pmplanner.drawing.style import print_canvas
from pmplanner.wording.formats import number
from pmplanner.wording.quiz import track_name

SCALE_MAX = 100.0  # scores are shares out of 100
TICKS = tuple(range(0, int(SCALE_MAX) + 1, 20))  # the scale's labelled marks
UNKNOWN_TRACK = QColor("#6e7781")  # a track the content does not know: a neutral grey

LOGICAL_WIDTH = 620
ROW_H = 30
PAD = 8
LABEL_SHARE = 0.44  # of the width, for the track names
TEXT = QColor("#1f2328")
MUTED = QColor("#57606a")
GROOVE = QColor("#eef1f4")


@dataclass(frozen=True)
class Bar:
    label: str  # the track's name
    value: float  # the score, 0..SCALE_MAX
    colour: QColor
    value_text: str  # the score as written
    highlight: bool = False  # the best one: its name in bold in print

    @property
    def share(self) -> float:
        """The bar's length as a share of the scale, 0..1 (a score past it is drawn full)."""
        return max(0.0, min(1.0, self.value / SCALE_MAX))


def chart_bars(
    scores: Sequence[tuple[str, float]],
    catalog: CareerCatalog,
    unknown_colour: QColor = UNKNOWN_TRACK,
) -> list[Bar]:
    """The bars for ``scores`` ((track id, score), best first), in that order."""
    bars = []
    for i, (track_id, score) in enumerate(scores):
        try:
            colour = QColor(catalog.track(track_id).colour)
        except KeyError:
            colour = QColor(unknown_colour)
        bars.append(
            Bar(
                label=track_name(catalog, track_id),
                value=float(score),
                colour=colour,
                value_text=number(score, 0),
                highlight=i == 0,
            )
        )
    return bars


def chart_size(bars: list[Bar]) -> tuple[int, int]:
    """The logical size (width, height) the printed chart is shown at."""
    return LOGICAL_WIDTH, 2 * PAD + ROW_H * max(1, len(bars))


def quiz_chart(bars: list[Bar], scale: float = 3.0) -> QImage:
    """The bars for print: each from 0 to SCALE_MAX, its score written at the end."""
    width, height = chart_size(bars)
    image, painter = print_canvas(width, height, scale)
    font = QFont()
    font.setPixelSize(12)
    label_w = width * LABEL_SHARE
    value_w = 48
    bar_x = PAD + label_w
    bar_w = width - bar_x - value_w - PAD
    for row, bar in enumerate(bars):
        y = PAD + row * ROW_H
        font.setBold(bar.highlight)
        painter.setFont(font)
        painter.setPen(TEXT)
        label = QFontMetricsF(font).elidedText(
            bar.label, Qt.TextElideMode.ElideRight, label_w - PAD
        )
        painter.drawText(
            QRectF(PAD, y, label_w - PAD, ROW_H),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            label,
        )
        groove = QRectF(bar_x, y + 7, bar_w, ROW_H - 14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(GROOVE)
        painter.drawRoundedRect(groove, 3, 3)
        if bar.share > 0:
            painter.setBrush(bar.colour)
            painter.drawRoundedRect(
                QRectF(groove.x(), groove.y(), bar_w * bar.share, groove.height()), 3, 3
            )
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(bar_x + bar_w, y, value_w, ROW_H),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            bar.value_text,
        )
    painter.end()
    return image
