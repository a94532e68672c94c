"""What lies under the cards and arrows: lane bands, track names, level headings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject

from pmplanner.drawing import style
from pmplanner.drawing.layout import CARD_W, HEADER_H, LABEL_W, MapLayout, Rect
from pmplanner.drawing.titles import fit_title


def _qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


class Backdrop(QGraphicsObject):
    def __init__(self, layout: MapLayout, parent=None, theme=style.LIGHT):
        super().__init__(parent)
        self.layout = layout
        self.theme = theme
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setZValue(0)
        b = layout.bounds
        self._bounds = QRectF(b.x, b.y, b.w, b.h)
        self.painted_labels: dict[str, list[str]] = {}  # track id -> lines last drawn

    def set_theme(self, theme: style.MapTheme) -> None:
        self.theme = theme
        self.update()

    def lane_fill(self, index: int):
        return self.theme.lane_odd if index % 2 else self.theme.lane_even

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
                painter.fillRect(rect, self.lane_fill(i))

    def _paint_labels(
        self, painter: QPainter, transform: QTransform, scale: float, exposed: QRectF
    ) -> None:
        size = style.clamp(14 * scale, 9, 15)
        if LABEL_W * scale < 30:
            return
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        for i, lane in enumerate(self.layout.lanes):
            box = QRectF(4, lane.rect.y + 4, LABEL_W - 10, lane.rect.h - 8)
            if not box.intersects(exposed):
                continue
            device = transform.mapRect(box)
            fitted = fit_title(lane.label, device.width(), device.height(), size)
            painter.setFont(style.font(fitted.size, bold=True))
            self.painted_labels[lane.track_id] = fitted.lines
            painter.setPen(self.theme.lane_text(lane.colour, self.lane_fill(i)))
            # the lines one by one, centred as a block (their spacing may be tight)
            y = device.center().y() - len(fitted.lines) * fitted.pitch / 2
            for line in fitted.lines:
                painter.drawText(
                    QRectF(device.x(), y, device.width(), fitted.pitch),
                    Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextDontClip,
                    line,
                )
                y += fitted.pitch
        painter.setFont(style.font(size))
        painter.setPen(self.theme.grid_text)
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
                    QCoreApplication.translate(
                        "CareerMap",
                        "Related roles: look-alike titles and the jobs people move from "
                        "(each card names its level)",
                    ),
                )
