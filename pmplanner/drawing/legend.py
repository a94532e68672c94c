"""The map's legend, painted in pixels: on screen as an overlay, in exports below the map."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsObject

from pmplanner.core.careers import TransitionKind
from pmplanner.core.catalog import CareerCatalog
from pmplanner.drawing import style
from pmplanner.wording.labels import move_kind_label

FONT_PX = 11
ROW = 17
PAD = 10
SWATCH = 26
COLUMN_GAP = 22


Entry = tuple[str, str, object]  # (kind, label, detail)


def _columns(
    catalog: CareerCatalog, readiness: bool, theme: style.MapTheme = style.LIGHT
) -> list[list[Entry]]:
    """Legend entries as (kind, label, detail) in columns."""
    translate = QCoreApplication.translate
    tracks: list[Entry] = [("track", t.name, t.colour) for t in catalog.tracks]
    marks: list[Entry] = [
        ("line", move_kind_label(TransitionKind.PROMOTION), Qt.PenStyle.SolidLine),
        ("line", move_kind_label(TransitionKind.BRANCH), Qt.PenStyle.DashLine),
        ("line", move_kind_label(TransitionKind.LATERAL), Qt.PenStyle.DotLine),
        ("route", translate("CareerMap", "Your route"), None),
        ("look-alike", translate("CareerMap", "≈ Look-alike title (not a PM role)"), None),
        ("pill", translate("CareerMap", "You are here"), theme.current),
        ("pill", translate("CareerMap", "Target"), theme.target),
    ]
    columns = [tracks, marks]
    if readiness:
        columns.append(
            [("heading", translate("CareerMap", "Readiness: key skills met"), None)]
            + [
                ("fill", translate("CareerMap", label), colour)
                for _f, colour, label in theme.readiness
            ]
        )
    return columns


def legend_size(catalog: CareerCatalog, readiness: bool) -> QSizeF:
    metrics = QFontMetricsF(style.font(FONT_PX))
    columns = _columns(catalog, readiness)
    width = 2.0 * PAD - COLUMN_GAP
    for column in columns:
        width += COLUMN_GAP + SWATCH + 8 + max(metrics.horizontalAdvance(e[1]) for e in column)
    height = 2 * PAD + ROW * max(len(c) for c in columns)
    return QSizeF(width, height)


def paint_legend(
    painter: QPainter,
    origin: QPointF,
    catalog: CareerCatalog,
    readiness: bool,
    theme: style.MapTheme = style.LIGHT,
) -> QSizeF:
    """Paint the legend with its top-left corner at ``origin`` (pixels); return its size."""
    size = legend_size(catalog, readiness)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(theme.legend_border, 1))
    painter.setBrush(theme.legend_fill)
    painter.drawRoundedRect(QRectF(origin, size), 6, 6)
    painter.setFont(style.font(FONT_PX))
    metrics = QFontMetricsF(painter.font())
    text = theme.text_on(theme.legend_fill)
    x = origin.x() + PAD
    for column in _columns(catalog, readiness, theme):
        y = origin.y() + PAD
        for kind, label, detail in column:
            _paint_entry(painter, QRectF(x, y, SWATCH, ROW), kind, detail, theme)
            painter.setPen(text)
            text_x = x if kind == "heading" else x + SWATCH + 8
            painter.drawText(QRectF(text_x, y, 400, ROW), Qt.AlignmentFlag.AlignVCenter, label)
            y += ROW
        x += SWATCH + 8 + max(metrics.horizontalAdvance(e[1]) for e in column) + COLUMN_GAP
    painter.restore()
    return size


def _paint_entry(painter: QPainter, box: QRectF, kind: str, detail, theme) -> None:
    mid = box.center().y()
    swatch = QRectF(box.x(), mid - 6, box.width(), 12)
    if kind == "track":
        painter.setPen(QPen(QColor(detail), 1))
        painter.setBrush(theme.tint(detail))
        painter.drawRoundedRect(swatch, 3, 3)
        painter.fillRect(QRectF(swatch.x(), swatch.y(), 5, swatch.height()), QColor(detail))
    elif kind == "fill":
        painter.setPen(QPen(theme.edge, 1))
        painter.setBrush(detail)
        painter.drawRoundedRect(swatch, 3, 3)
    elif kind in ("line", "route"):
        pen = QPen(theme.path, 4) if kind == "route" else QPen(theme.edge, 1.4, detail)
        painter.setPen(pen)
        painter.drawLine(QPointF(box.x(), mid), QPointF(box.right() - 4, mid))
        if kind == "line":
            painter.setBrush(theme.edge)
            painter.drawPolygon(
                [
                    QPointF(box.right(), mid),
                    QPointF(box.right() - 7, mid - 3.5),
                    QPointF(box.right() - 7, mid + 3.5),
                ]
            )
    elif kind == "look-alike":
        painter.setPen(QPen(theme.look_alike, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(theme.card_base)
        painter.drawRoundedRect(swatch, 3, 3)
    elif kind == "pill":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(detail)
        painter.drawRoundedRect(swatch, 6, 6)


class LegendOverlay(QGraphicsObject):
    """The legend as an item that stays put in a corner of the view (not zoomed)."""

    def __init__(self, catalog: CareerCatalog, parent=None, theme=style.LIGHT):
        super().__init__(parent)
        self.catalog = catalog
        self.readiness = False
        self.theme = theme
        self.setZValue(100)

    def set_theme(self, theme: style.MapTheme) -> None:
        self.theme = theme
        self.update()

    def set_readiness(self, on: bool) -> None:
        self.prepareGeometryChange()
        self.readiness = on
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(QPointF(0, 0), legend_size(self.catalog, self.readiness))

    def paint(self, painter: QPainter, option, widget=None) -> None:
        paint_legend(painter, QPointF(0, 0), self.catalog, self.readiness, self.theme)
