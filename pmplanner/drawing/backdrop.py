"""What lies under the cards and arrows: lane bands, track names, level headings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject

from pmplanner.drawing import style
from pmplanner.drawing.layout import (
    CARD_W,
    GROUP_HEADER_H,
    HEADER_H,
    LABEL_W,
    LANE_PAD,
    MapLayout,
    Rect,
)
from pmplanner.drawing.titles import fitted_label, paint_fitted


def related_captions() -> tuple[str, str]:
    """The related section's name, drawn at its left: in full, and shorter for a small map."""
    return (
        QCoreApplication.translate("CareerMap", "Related roles"),
        QCoreApplication.translate("CareerMap", "Related"),
    )


def related_explained() -> str:
    """What the related section is (the caption's tooltip)."""
    return QCoreApplication.translate(
        "CareerMap",
        "Related roles: titles that look like product management and the jobs people "
        "move from. They are not levels of the product ladder, so they are grouped "
        "under headings of their own: each card sits under its own level's name.",
    )


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
        # the related lanes' level headings last drawn: (lane, rank) -> (scene box, text)
        self.painted_groups: dict[tuple[int, int], tuple[QRectF, str]] = {}
        self.painted_caption: list[str] = []  # the related section's caption, as drawn

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
        scale = style.scale_of(transform)
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
            box = _qrect(self.layout.label_box(lane))
            if not box.intersects(exposed):
                continue
            device = transform.mapRect(box)
            fitted = fitted_label(lane.label, device.width(), device.height(), size)
            self.painted_labels[lane.track_id] = fitted.lines
            painter.setPen(self.theme.lane_text(lane.colour, self.lane_fill(i)))
            paint_fitted(painter, fitted, device)
        painter.setFont(style.font(size))
        painter.setPen(self.theme.grid_text)
        for column in self.layout.columns:
            box = QRectF(column.x, 4, CARD_W, HEADER_H - 8)
            if box.intersects(exposed):
                painter.drawText(transform.mapRect(box), Qt.AlignmentFlag.AlignCenter, column.name)
        self._paint_groups(painter, transform, size, exposed)

    def _paint_groups(
        self, painter: QPainter, transform: QTransform, size: float, exposed: QRectF
    ) -> None:
        """The related section's caption and each related lane's level headings."""
        caption = self.layout.caption_box()
        if caption is not None and _qrect(caption).intersects(exposed):
            device = transform.mapRect(_qrect(caption))
            for text in related_captions():  # the full name if it fits whole, else shorter
                fitted = fitted_label(text, device.width(), device.height(), size)
                if not any(line.endswith("…") for line in fitted.lines):
                    break
            paint_fitted(painter, fitted, device)
            self.painted_caption = fitted.lines
        painter.setPen(self.theme.grid_text)
        for group in self.layout.groups:
            # the strip above the cards: the heading and the lane's top margin
            box = QRectF(group.x, group.y, group.right - group.x, GROUP_HEADER_H + LANE_PAD - 4)
            if not box.intersects(exposed):
                continue
            device = transform.mapRect(box)
            # as large as the column headings, as the strip's height allows
            px = max(7.0, min(size, device.height() / 1.2))
            painter.setFont(style.font(px, bold=True))
            painter.drawText(
                device,
                Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextDontClip,
                group.name,
            )
            self.painted_groups[(group.lane, group.rank)] = (box, group.name)
            # a rule from the name to the group's last card shows how far it reaches
            text_right = device.left() + painter.fontMetrics().horizontalAdvance(group.name)
            if device.right() - text_right > 24:
                mid_y = device.center().y()
                painter.drawLine(QPointF(text_right + 6, mid_y), QPointF(device.right() - 2, mid_y))
