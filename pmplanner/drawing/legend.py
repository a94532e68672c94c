"""The map's legend, painted in pixels: on screen in a bar below the map, in exports below it.

Entries come in short columns (at most ``COLUMN_ROWS`` rows) that wrap onto
another band when the width given runs out, so the legend stays low.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from pmplanner.core.careers import TrackKind, TransitionKind
from pmplanner.core.catalog import CareerCatalog
from pmplanner.drawing import style
from pmplanner.wording.labels import move_kind_label

FONT_PX = 11
ROW = 17
PAD = 10
SWATCH = 26
COLUMN_GAP = 22
COLUMN_ROWS = 4


Entry = tuple[str, str, object]  # (kind, label, detail)


def _columns(
    catalog: CareerCatalog, readiness: bool, theme: style.MapTheme = style.LIGHT
) -> list[list[Entry]]:
    """Legend entries as (kind, label, detail) in columns."""
    translate = QCoreApplication.translate
    tracks: list[Entry] = [("track", t.short_name or t.name, t.colour) for t in catalog.tracks]
    marks: list[Entry] = [
        ("line", move_kind_label(TransitionKind.PROMOTION), Qt.PenStyle.SolidLine),
        ("line", move_kind_label(TransitionKind.BRANCH), Qt.PenStyle.DashLine),
        ("line", move_kind_label(TransitionKind.LATERAL), Qt.PenStyle.DotLine),
    ]
    if _has_related_moves(catalog):
        label = translate("CareerMap", "From a related role (select it to follow)")
        marks.append(("bundle", label, None))
    marks += [
        ("route", translate("CareerMap", "Your route"), None),
        ("look-alike", translate("CareerMap", "≈ Look-alike title (not a PM role)"), None),
        ("pill", translate("CareerMap", "You are here"), theme.current),
        ("pill", translate("CareerMap", "Target"), theme.target),
    ]
    groups = [tracks, marks]
    if readiness:
        shades: list[Entry] = [
            ("heading", translate("CareerMap", "Readiness: rated key skills met"), None)
        ]
        shades += [
            ("fill", translate("CareerMap", label), colour) for _f, colour, label in theme.readiness
        ]
        shades.append(("fill", translate("CareerMap", "not rated yet (grey part)"), theme.unrated))
        groups.append(shades)
    return [
        group[i : i + COLUMN_ROWS] for group in groups for i in range(0, len(group), COLUMN_ROWS)
    ]


def _has_related_moves(catalog: CareerCatalog) -> bool:
    """Whether the map draws the bundle: a move from an adjacent track into another."""
    adjacent = {t.id for t in catalog.tracks if t.kind is TrackKind.ADJACENT}
    related = {r.id for r in catalog.roles if r.track in adjacent}
    return any(t.from_role in related and t.to_role not in related for t in catalog.transitions)


def _placed(
    columns: list[list[Entry]], max_width: float | None
) -> tuple[list[tuple[float, float, list[Entry]]], QSizeF]:
    """(x, y, column) of each column from the legend's corner, and the legend's size."""
    metrics = QFontMetricsF(style.font(FONT_PX))
    band_h = ROW * COLUMN_ROWS
    placed = []
    x, y, width = float(PAD), float(PAD), 0.0
    for column in columns:
        col_w = SWATCH + 8 + max(metrics.horizontalAdvance(e[1]) for e in column)
        if max_width is not None and x > PAD and x + col_w + PAD > max_width:
            x, y = float(PAD), y + band_h + PAD
        placed.append((x, y, column))
        width = max(width, x + col_w + PAD)
        x += col_w + COLUMN_GAP
    rows = max((len(c) for c in columns), default=1)
    return placed, QSizeF(width, y + ROW * rows + PAD)


def legend_size(catalog: CareerCatalog, readiness: bool, max_width: float | None = None) -> QSizeF:
    return _placed(_columns(catalog, readiness), max_width)[1]


def paint_legend(
    painter: QPainter,
    origin: QPointF,
    catalog: CareerCatalog,
    readiness: bool,
    theme: style.MapTheme = style.LIGHT,
    max_width: float | None = None,
    frame: bool = True,
) -> QSizeF:
    """Paint the legend with its top-left corner at ``origin`` (pixels), no wider than
    ``max_width`` when it can; return its size."""
    placed, size = _placed(_columns(catalog, readiness, theme), max_width)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if frame:
        painter.setPen(QPen(theme.legend_border, 1))
        painter.setBrush(theme.legend_fill)
        painter.drawRoundedRect(QRectF(origin, size), 6, 6)
    painter.setFont(style.font(FONT_PX))
    text = theme.text_on(theme.legend_fill)
    for x0, y0, column in placed:
        x, y = origin.x() + x0, origin.y() + y0
        for kind, label, detail in column:
            _paint_entry(painter, QRectF(x, y, SWATCH, ROW), kind, detail, theme)
            painter.setPen(text)
            text_x = x if kind == "heading" else x + SWATCH + 8
            painter.drawText(QRectF(text_x, y, 400, ROW), Qt.AlignmentFlag.AlignVCenter, label)
            y += ROW
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
    elif kind == "bundle":  # up a gap and into a card's side, as the bundle runs
        painter.setPen(QPen(theme.edge, 1.4, Qt.PenStyle.DotLine))
        painter.drawPolyline(
            [
                QPointF(box.x() + 3, box.bottom()),
                QPointF(box.x() + 3, mid - 3),
                QPointF(box.right() - 4, mid - 3),
            ]
        )
        painter.setBrush(theme.edge)
        painter.drawPolygon(
            [
                QPointF(box.right(), mid - 3),
                QPointF(box.right() - 7, mid - 6.5),
                QPointF(box.right() - 7, mid + 0.5),
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
