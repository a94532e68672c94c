"""Colours, pens and fonts of the career map, shared by the screen and the exporter."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

BACKGROUND = QColor("#f6f8fa")
LANE_EVEN = QColor("#ffffff")
LANE_ODD = QColor("#eef1f4")
GRID_TEXT = QColor("#57606a")
CARD_TEXT = QColor("#1f2328")
CARD_SUBTEXT = QColor("#57606a")
EDGE = QColor("#6e7781")
EDGE_DIM = QColor(110, 119, 129, 50)
PATH = QColor("#e8590c")  # the highlighted route
SELECTED = QColor("#0969da")
CURRENT = QColor("#1f2328")
TARGET = QColor("#e8590c")
LOOK_ALIKE = QColor("#6e7781")

# readiness overlay: share of key skills at or above the expected level
READINESS_STEPS = (
    (1.0, QColor("#a6e3b0"), "all key skills"),
    (0.75, QColor("#d3f0c2"), "75% or more"),
    (0.5, QColor("#fff1b8"), "50% or more"),
    (0.25, QColor("#ffd8a8"), "25% or more"),
    (0.0, QColor("#ffc9c9"), "under 25%"),
)


def readiness_colour(share: float) -> QColor:
    for floor, colour, _label in READINESS_STEPS:
        if share >= floor - 1e-9:
            return colour
    return READINESS_STEPS[-1][1]


def tint(colour: QColor | str, amount: float = 0.82) -> QColor:
    """``colour`` mixed with white: ``amount`` 0 keeps it, 1 gives white."""
    c = QColor(colour)
    return QColor(
        round(c.red() + (255 - c.red()) * amount),
        round(c.green() + (255 - c.green()) * amount),
        round(c.blue() + (255 - c.blue()) * amount),
    )


def font(pixel_size: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(max(1, round(pixel_size)))
    f.setBold(bold)
    return f


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))
