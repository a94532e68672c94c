"""Lane names and level headings kept in view when the map is zoomed in.

At Fit the backdrop draws them at the map's left and top. Zoomed in and moved
along, those scroll away and a person no longer knows which track or level they
are looking at; this layer then draws them again at the view's left and top
edges, over the cards, on a band of the lane's own colour. It draws nothing while
the backdrop's own names are in view, and nothing without a view (in exports).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject

from pmplanner.drawing import style
from pmplanner.drawing.layout import CARD_W, HEADER_H, LABEL_W, MapLayout
from pmplanner.drawing.titles import fitted_label, paint_fitted

STRIP_MAX_PX = 110.0  # the pinned lane names' band, at most this wide on screen
HEADER_MAX_PX = 24.0  # the pinned level headings' band, at most this tall


class PinnedNames(QGraphicsObject):
    def __init__(self, layout: MapLayout, parent: QGraphicsItem, theme=style.LIGHT):
        super().__init__(parent)
        self.layout = layout
        self.theme = theme
        self.setZValue(30)  # over the cards and the moves
        b = layout.bounds
        self._bounds = QRectF(b.x, b.y, b.w, b.h)
        # the part of the map in view (map units), given by the view; None: no view
        self.visible: Callable[[], QRectF] | None = None
        # what the last paint drew (device pixels), read by tests as a person reads it
        self.painted_lanes: dict[str, tuple[QRectF, list[str]]] = {}
        self.painted_levels: dict[str, QRectF] = {}

    def set_theme(self, theme: style.MapTheme) -> None:
        self.theme = theme
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        self.painted_lanes = {}
        self.painted_levels = {}
        if self.visible is None:
            return
        view = self.visible()
        transform = painter.transform()
        scale = style.scale_of(transform)
        if scale <= 0:
            return
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        size = style.clamp(14 * scale, 9, 15)
        left = transform.map(QPointF(view.left(), view.top()))
        strip_w = min(LABEL_W * scale, STRIP_MAX_PX)
        lanes_pinned = view.left() > 6
        if lanes_pinned:
            self._paint_lanes(painter, transform, view, left, strip_w, size)
        # the level headings, unless the view is down in the related section
        # (whose lanes have headings of their own)
        below = self.layout.trunk_y is not None and view.top() >= self.layout.trunk_y
        if view.top() > HEADER_H / 2 and not below:
            skip = strip_w if lanes_pinned else 0.0
            height = min(HEADER_H * scale, HEADER_MAX_PX)
            self._paint_levels(painter, transform, view, left, skip, size, height)
        painter.restore()

    def _paint_lanes(self, painter, transform, view, left: QPointF, strip_w, size) -> None:
        for i, lane in enumerate(self.layout.lanes):
            top = max(lane.rect.y, view.top())
            bottom = min(lane.rect.bottom, view.bottom())
            if bottom <= top:
                continue
            y0 = transform.map(QPointF(view.left(), top)).y()
            y1 = transform.map(QPointF(view.left(), bottom)).y()
            band = QRectF(left.x(), y0, strip_w, y1 - y0)
            fill = QColor(self.theme.lane_odd if i % 2 else self.theme.lane_even)
            painter.fillRect(band, fill)
            painter.setPen(QPen(self.theme.legend_border, 1))
            painter.drawLine(band.topRight(), band.bottomRight())
            text_box = band.adjusted(6, 3, -6, -3)
            if text_box.height() < 8 or text_box.width() < 20:
                continue
            fitted = fitted_label(lane.label, text_box.width(), text_box.height(), size)
            painter.setPen(self.theme.lane_text(lane.colour, fill))
            paint_fitted(painter, fitted, text_box)
            self.painted_lanes[lane.track_id] = (band, fitted.lines)

    def _paint_levels(self, painter, transform, view, left: QPointF, skip, size, height) -> None:
        right = transform.map(QPointF(view.right(), view.top())).x()
        band = QRectF(left.x() + skip, left.y(), right - left.x() - skip, height)
        fill = QColor(self.theme.background)
        painter.fillRect(band, fill)
        painter.setPen(QPen(self.theme.legend_border, 1))
        painter.drawLine(band.bottomLeft(), band.bottomRight())
        painter.setFont(style.font(size))
        painter.setPen(self.theme.grid_text)
        for column in self.layout.columns:
            x0 = transform.map(QPointF(column.x, 0)).x()
            x1 = transform.map(QPointF(column.x + CARD_W, 0)).x()
            box = QRectF(x0, band.y(), x1 - x0, band.height())
            if box.right() <= band.left() or box.left() >= band.right():
                continue
            box = box.intersected(band)
            if box.width() < painter.fontMetrics().horizontalAdvance(column.name):
                continue
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, column.name)
            self.painted_levels[column.name] = box
