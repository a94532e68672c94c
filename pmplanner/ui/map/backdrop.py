"""What lies under the cards and arrows: lane bands, track names, level headings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject

from pmplanner.ui.map import style
from pmplanner.ui.map.cards import wrap_lines
from pmplanner.ui.map.layout import CARD_W, HEADER_H, LABEL_W, MapLayout, Rect


def _qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CareerMap", text)


class Backdrop(QGraphicsObject):
    def __init__(self, layout: MapLayout, parent=None):
        super().__init__(parent)
        self.layout = layout
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setZValue(0)
        b = layout.bounds
        self._bounds = QRectF(b.x, b.y, b.w, b.h)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        exposed = option.exposedRect if option.exposedRect.isValid() else self._bounds
        transform = painter.transform()
        scale = (transform.m11() ** 2 + transform.m12() ** 2) ** 0.5
        self._paint_lanes(painter, exposed)
        painter.save()
        painter.resetTransform()
        self._paint_labels(painter, transform, scale, exposed)
        painter.restore()

    def _paint_lanes(self, painter: QPainter, exposed: QRectF) -> None:
        for i, lane in enumerate(self.layout.lanes):
            rect = _qrect(lane.rect)
            if rect.intersects(exposed):
                painter.fillRect(rect, style.LANE_ODD if i % 2 else style.LANE_EVEN)

    def _paint_labels(
        self, painter: QPainter, transform: QTransform, scale: float, exposed: QRectF
    ) -> None:
        size = style.clamp(14 * scale, 9, 16)
        if LABEL_W * scale < 40:
            return
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setFont(style.font(size, bold=True))
        metrics = QFontMetricsF(painter.font())
        for lane in self.layout.lanes:
            box = QRectF(8, lane.rect.y + 6, LABEL_W - 20, lane.rect.h - 12)
            if not box.intersects(exposed):
                continue
            device = transform.mapRect(box)
            lines = wrap_lines(lane.name, metrics, device.width(), 3)
            painter.setPen(QColor(lane.colour).darker(115))
            painter.drawText(
                device, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, "\n".join(lines)
            )
        painter.setFont(style.font(size))
        painter.setPen(style.GRID_TEXT)
        for column in self.layout.columns:
            box = QRectF(column.x, 4, CARD_W, HEADER_H - 8)
            if box.intersects(exposed):
                painter.drawText(transform.mapRect(box), Qt.AlignmentFlag.AlignCenter, column.name)
        if self.layout.adjacent_top is not None:
            box = QRectF(8, self.layout.adjacent_top - 20, self.layout.bounds.w, 40)
            if box.intersects(exposed):
                painter.setFont(style.font(size, bold=True))
                painter.drawText(
                    transform.mapRect(box),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    _tr(
                        "Related roles: look-alike titles (not product management) and the "
                        "roles people often move from"
                    ),
                )
