"""Readiness over the check-ins, as a small line chart for print (QPainter only).

Each point is one check-in's readiness for its then target (0..100), labelled
with its value and, below the axis, its date; both texts come written by the
caller (``wording.formats``), so the chart reads the same in greyscale and in
every locale. Drawn at ``scale`` times its logical size to stay sharp in print.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPen

from pmplanner.drawing.style import print_canvas

LOGICAL_WIDTH = 620
LOGICAL_HEIGHT = 170
PAD = 10
AXIS_W = 40  # the scale's labels at the left
DATE_H = 26  # the dates under the axis
VALUE_H = 18  # room above the top for the values
TEXT = QColor("#1f2328")
MUTED = QColor("#57606a")
GRID = QColor("#d0d7de")
LINE = QColor("#0b4f8a")
MAX_DATES = 8  # more check-ins than this: only some dates are written


@dataclass(frozen=True)
class Point:
    value: float  # 0..100
    value_text: str  # "50 %"
    date_text: str  # "1 Mar 2026"


def chart_size() -> tuple[int, int]:
    return LOGICAL_WIDTH, LOGICAL_HEIGHT


def readiness_chart(
    points: Sequence[Point], scale_labels: Sequence[str], scale: float = 3.0
) -> QImage:
    """``points`` oldest first; ``scale_labels`` the written 0, 50 and 100."""
    width, height = chart_size()
    image, painter = print_canvas(width, height, scale)
    font = QFont()
    font.setPixelSize(11)
    painter.setFont(font)
    left, right = PAD + AXIS_W, width - PAD - 30
    top, bottom = PAD + VALUE_H, height - PAD - DATE_H

    def y_of(value: float) -> float:
        return bottom - (bottom - top) * max(0.0, min(100.0, value)) / 100

    for value, label in zip((0.0, 50.0, 100.0), scale_labels, strict=True):
        y = y_of(value)
        painter.setPen(QPen(GRID, 0.8))
        painter.drawLine(QPointF(left, y), QPointF(right, y))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(PAD, y - 8, AXIS_W - 6, 16),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            label,
        )
    count = len(points)
    if count == 0:
        painter.end()
        return image
    step = (right - left) / (count - 1) if count > 1 else 0.0
    xs = [left + step * i if count > 1 else (left + right) / 2 for i in range(count)]
    spots = [QPointF(x, y_of(p.value)) for x, p in zip(xs, points, strict=True)]
    painter.setPen(QPen(LINE, 2.0))
    for a, b in pairwise(spots):
        painter.drawLine(a, b)
    painter.setBrush(LINE)
    every = max(1, -(-count // MAX_DATES))  # every n-th point labelled, counted from the last
    slot = max(step, 80.0)
    for i, (spot, point) in enumerate(zip(spots, points, strict=True)):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(spot, 3.5, 3.5)
        if (count - 1 - i) % every:
            continue
        x = min(max(spot.x() - slot / 2, 0.0), width - slot)  # kept inside the picture
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(x, spot.y() - VALUE_H - 2, slot, VALUE_H),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            point.value_text,
        )
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(x, bottom + 9, slot, DATE_H - 9),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            point.date_text,
        )
    painter.end()
    return image
