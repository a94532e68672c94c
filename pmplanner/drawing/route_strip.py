"""The route as a strip of cards: the roles in order, the moves and their years between them.

Drawn with a QPainter on any device (a PDF page, a printer, an image), no
widgets. Sizes are worked out in the device's own pixels from points, so the
titles print at a real size: the largest of ``TITLE_SIZES`` at which every
title fits in ``MAX_TITLE_LINES`` lines (never under ``MIN_PT``; a title longer
than that is elided on its last line). A long route wraps into rows of at most
``MAX_PER_ROW`` cards; a row after the first starts with the move that leads
into it. The current and target cards carry their mark as words ("Now",
"Target"), so they read on a greyscale printer too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen, QPolygonF

TITLE_SIZES = (10.0, 9.0, 8.0, 7.0)
MIN_PT = 7.0
END_PEN_PT = 1.6  # the border of the first and last cards (now, target)
MOVE_PT = 7.5
MARK_PT = 7.0
MAX_TITLE_LINES = 3
MAX_PER_ROW = 4
GAP_PT = 56.0  # between two cards: the arrow and the move's two short lines
ROW_GAP_PT = 14.0
PAD_PT = 5.0
MAX_CARD_PT = 150.0  # a route of two roles does not make posters
MIN_CARD_PT = 46.0  # room beside it for a move's name on two lines above the arrow

CARD_FILL = QColor("#dfeaf5")
TARGET_FILL = QColor("#fdebd3")
CARD_EDGE = QColor("#0b4f8a")
TEXT = QColor("#1f2328")
MUTED = QColor("#57606a")
ARROW = QColor("#57606a")


@dataclass(frozen=True)
class StripRole:
    title: str
    mark: str = ""  # "Now", "Target" or "": printed above the title
    end: bool = False  # the current or the target role: drawn with a heavier edge
    target: bool = False  # filled with a warm tint (the mark says it in words too)


@dataclass(frozen=True)
class StripMove:
    kind: str  # "Promotion", "Lateral move", ...
    years: str  # "2.5 years"


@dataclass(frozen=True)
class StripLayout:
    width: float
    height: float
    per_row: int
    rows: int
    card_w: float
    card_h: float
    gap: float
    row_gap: float
    lead: float  # room before the first card of each row (the move into a wrapped row)
    left: float  # the strip centred in the width given
    title_pt: float
    pad: float
    scale: float  # device pixels per point
    edge: float = 0.0  # room kept round the cards for the ends' thick borders

    def card_rect(self, index: int) -> QRectF:
        row, col = divmod(index, self.per_row)
        x = self.left + self.lead + col * (self.card_w + self.gap)
        y = self.edge + row * (self.card_h + self.row_gap)
        return QRectF(x, y, self.card_w, self.card_h)


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _metrics(font: QFont, device: QPaintDevice | None) -> QFontMetricsF:
    return QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)


def _lines(text: str, width: float, metrics: QFontMetricsF) -> int:
    flags = Qt.TextFlag.TextWordWrap.value
    bound = metrics.boundingRect(QRectF(0, 0, width, 10000), flags, text)
    if bound.width() > width + 0.5:  # one word wider than the card: it would be cut
        return MAX_TITLE_LINES + 1
    return max(1, round(bound.height() / metrics.lineSpacing()))


def device_scale(device: QPaintDevice | None) -> float:
    """Device pixels per point (96 dpi screen-like when no device is given)."""
    dpi = device.logicalDpiY() if device is not None else 96
    return dpi / 72.0


def strip_layout(
    roles: list[StripRole], width: float, device: QPaintDevice | None = None
) -> StripLayout:
    """Where the cards go in ``width`` device pixels, and how tall the strip is."""
    scale = device_scale(device)
    count = max(1, len(roles))
    rows = math.ceil(count / MAX_PER_ROW)
    per_row = math.ceil(count / rows)
    gap = GAP_PT * scale
    lead = gap if rows > 1 else 0.0
    # the end cards' borders (END_PEN_PT) are drawn on their edges: half falls outside
    edge = END_PEN_PT * scale
    room = width - 2 * edge
    card_w = (room - lead - (per_row - 1) * gap) / per_row
    card_w = max(40 * scale, min(card_w, MAX_CARD_PT * scale))
    pad = PAD_PT * scale
    inner = card_w - 2 * pad
    title_pt = TITLE_SIZES[-1]
    for size in TITLE_SIZES:
        metrics = _metrics(_font(size, bold=True), device)
        if all(_lines(r.title, inner, metrics) <= MAX_TITLE_LINES for r in roles):
            title_pt = size
            break
    metrics = _metrics(_font(title_pt, bold=True), device)
    lines = max((min(_lines(r.title, inner, metrics), MAX_TITLE_LINES) for r in roles), default=1)
    mark_h = _metrics(_font(MARK_PT), device).lineSpacing()
    card_h = max(MIN_CARD_PT * scale, pad + mark_h + lines * metrics.lineSpacing() + pad)
    used = lead + per_row * card_w + (per_row - 1) * gap
    row_gap = ROW_GAP_PT * scale
    return StripLayout(
        width=width,
        height=rows * card_h + (rows - 1) * row_gap + 2 * edge,
        per_row=per_row,
        rows=rows,
        card_w=card_w,
        card_h=card_h,
        gap=gap,
        row_gap=row_gap,
        lead=lead,
        left=edge + max(0.0, (room - used) / 2),
        title_pt=title_pt,
        pad=pad,
        scale=scale,
        edge=edge,
    )


def paint_strip(
    painter: QPainter,
    origin: QPointF,
    layout: StripLayout,
    roles: list[StripRole],
    moves: list[StripMove],
) -> None:
    """Draw the cards at ``origin`` (top left) and each move in the gap before its card."""
    painter.save()
    painter.translate(origin)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for index, role in enumerate(roles):
        rect = layout.card_rect(index)
        _paint_card(painter, rect, role, layout)
        if index == 0:
            continue
        move = moves[index - 1] if index - 1 < len(moves) else None
        if index % layout.per_row == 0:  # the first card of a wrapped row
            gap = QRectF(rect.left() - layout.gap, rect.top(), layout.gap, rect.height())
        else:
            before = layout.card_rect(index - 1)
            gap = QRectF(before.right(), rect.top(), rect.left() - before.right(), rect.height())
        _paint_move(painter, gap, move, layout)
    painter.restore()


def _paint_card(painter: QPainter, rect: QRectF, role: StripRole, layout: StripLayout) -> None:
    scale = layout.scale
    pen = QPen(CARD_EDGE)
    pen.setWidthF((END_PEN_PT if role.end else 0.6) * scale)
    painter.setPen(pen)
    painter.setBrush(TARGET_FILL if role.target else CARD_FILL)
    radius = 4 * scale
    painter.drawRoundedRect(rect, radius, radius)
    inner = rect.adjusted(layout.pad, layout.pad, -layout.pad, -layout.pad)
    mark_font = _font(MARK_PT, bold=True)
    painter.setFont(mark_font)
    mark_h = QFontMetricsF(mark_font, painter.device()).lineSpacing()
    painter.setPen(MUTED)
    if role.mark:
        painter.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), mark_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            role.mark.upper(),
        )
    title_font = _font(layout.title_pt, bold=True)
    painter.setFont(title_font)
    painter.setPen(TEXT)
    metrics = QFontMetricsF(title_font, painter.device())
    text_rect = QRectF(inner.left(), inner.top() + mark_h, inner.width(), inner.height() - mark_h)
    painter.drawText(text_rect, _fitted(role.title, inner.width(), metrics))


def _fitted(title: str, width: float, metrics: QFontMetricsF) -> str:
    """The title wrapped into at most MAX_TITLE_LINES lines, the last elided if need be."""
    words = title.split()
    lines: list[str] = []
    line = ""
    for word in words:
        trial = f"{line} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    if len(lines) > MAX_TITLE_LINES:
        lines = [*lines[: MAX_TITLE_LINES - 1], " ".join(lines[MAX_TITLE_LINES - 1 :])]
    return "\n".join(metrics.elidedText(t, Qt.TextElideMode.ElideRight, width) for t in lines)


def _paint_move(
    painter: QPainter, gap: QRectF, move: StripMove | None, layout: StripLayout
) -> None:
    scale = layout.scale
    y = gap.center().y()
    left, right = gap.left() + 3 * scale, gap.right() - 3 * scale
    pen = QPen(ARROW)
    pen.setWidthF(1.0 * scale)
    painter.setPen(pen)
    painter.drawLine(QPointF(left, y), QPointF(right - 4 * scale, y))
    head = QPolygonF(
        [
            QPointF(right, y),
            QPointF(right - 5 * scale, y - 3 * scale),
            QPointF(right - 5 * scale, y + 3 * scale),
        ]
    )
    painter.setBrush(ARROW)
    painter.drawPolygon(head)
    if move is None:
        return
    font = _font(MOVE_PT)
    painter.setFont(font)
    painter.setPen(MUTED)
    metrics = QFontMetricsF(font, painter.device())
    line_h = metrics.lineSpacing()
    width = gap.width() - 2 * scale
    years = metrics.elidedText(move.years, Qt.TextElideMode.ElideRight, width)
    above = QRectF(gap.left() + scale, y - 2 * scale - 2 * line_h, width, 2 * line_h)
    painter.drawText(
        above,
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap,
        move.kind,
    )
    painter.drawText(
        QRectF(gap.left(), y + 2 * scale, gap.width(), line_h),
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
        years,
    )
