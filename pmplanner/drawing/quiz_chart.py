"""The quiz result as a small horizontal bar chart, drawn with QPainter (no pyqtgraph).

The picture is drawn at ``scale`` times its logical size so it stays sharp in
print; the HTML shows it at the logical size.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

LOGICAL_WIDTH = 620
ROW_H = 30
PAD = 8
LABEL_SHARE = 0.44  # of the width, for the track names
TEXT = QColor("#1f2328")
MUTED = QColor("#57606a")
TRACK = QColor("#eef1f4")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    colour: QColor
    highlight: bool = False  # the recommended one: its name in bold


def chart_size(bars: list[Bar]) -> tuple[int, int]:
    """The logical size (width, height) the chart is shown at."""
    return LOGICAL_WIDTH, 2 * PAD + ROW_H * max(1, len(bars))


def quiz_chart(bars: list[Bar], top: float = 100.0, scale: float = 3.0) -> QImage:
    """Bars from 0 to ``top`` (a bar past it is drawn full), value printed at the end."""
    width, height = chart_size(bars)
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.scale(scale, scale)
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
        painter.setBrush(TRACK)
        painter.drawRoundedRect(groove, 3, 3)
        share = max(0.0, min(1.0, bar.value / top)) if top > 0 else 0.0
        if share > 0:
            painter.setBrush(bar.colour)
            painter.drawRoundedRect(
                QRectF(groove.x(), groove.y(), bar_w * share, groove.height()), 3, 3
            )
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(bar_x + bar_w, y, value_w, ROW_H),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            QLocale().toString(round(bar.value)),
        )
    painter.end()
    return image
