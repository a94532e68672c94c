"""The arrows between cards: every move drawn into a few path items.

One QGraphicsPathItem per line style (plus one for the arrowheads) instead of
one item per move: Qt then strokes each style in one call, which keeps a
3,000-move ladder fast to pan and zoom.

Routing: a move to a more senior column leaves the card's right side and
enters the target's left side; a move back does the mirror; a move within one
column bends into the gap beside the column (down on the right, up on the
left), so two-way moves never draw over each other.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from pmplanner.core.careers import Transition, TransitionKind
from pmplanner.ui.map import style
from pmplanner.ui.map.layout import COL_GAP, MapLayout

ARROW = 9.0  # arrowhead length, in map units
DASHES = {
    TransitionKind.PROMOTION: Qt.PenStyle.SolidLine,
    TransitionKind.BRANCH: Qt.PenStyle.DashLine,
    TransitionKind.LATERAL: Qt.PenStyle.DotLine,
}


def route(layout: MapLayout, move: Transition) -> tuple[QPointF, QPointF, QPointF, QPointF]:
    """The cubic curve (start, control 1, control 2, end) drawn for a move."""
    a, b = layout.cards[move.from_role], layout.cards[move.to_role]
    col_a, col_b = layout.column_of[move.from_role], layout.column_of[move.to_role]
    if col_a != col_b:
        forward = col_b > col_a
        start = QPointF(a.right if forward else a.x, a.cy)
        end = QPointF(b.x if forward else b.right, b.cy)
        bend = (end.x() - start.x()) / 2
        return start, QPointF(start.x() + bend, start.y()), QPointF(end.x() - bend, end.y()), end
    down = b.cy > a.cy
    side_x = a.right if down else a.x
    bulge = min(COL_GAP * 0.8, 18 + abs(b.cy - a.cy) * 0.08) * (1 if down else -1)
    start = QPointF(side_x, a.cy - 8 if down else a.cy + 8)
    end = QPointF(side_x, b.cy)
    return start, QPointF(side_x + bulge, start.y()), QPointF(side_x + bulge, end.y()), end


def _add_arrowhead(path: QPainterPath, c2: QPointF, end: QPointF) -> None:
    dx, dy = end.x() - c2.x(), end.y() - c2.y()
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / length, dy / length
    back = QPointF(end.x() - ux * ARROW, end.y() - uy * ARROW)
    half = ARROW * 0.45
    path.moveTo(end)
    path.lineTo(back.x() - uy * half, back.y() + ux * half)
    path.lineTo(back.x() + uy * half, back.y() - ux * half)
    path.closeSubpath()


def moves_path(layout: MapLayout, moves: Iterable[Transition]) -> tuple[QPainterPath, QPainterPath]:
    """The lines and the arrowheads of ``moves``, each as one path."""
    lines, heads = QPainterPath(), QPainterPath()
    for move in moves:
        start, c1, c2, end = route(layout, move)
        lines.moveTo(start)
        lines.cubicTo(c1, c2, end)
        _add_arrowhead(heads, c2, end)
    return lines, heads


def _pen(colour, width: float, dash=Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, dash)
    pen.setCosmetic(True)  # the same width at every zoom
    return pen


class EdgeLayer:
    """The items that draw every move, with dimmed moves apart from the others."""

    def __init__(self, layout: MapLayout, transitions: list[Transition], parent: QGraphicsItem):
        self.layout = layout
        self.transitions = [
            t for t in transitions if t.from_role in layout.cards and t.to_role in layout.cards
        ]
        self.items: list[QGraphicsPathItem] = []
        self._parent = parent
        self.highlight = QGraphicsPathItem(parent)
        self.highlight.setPen(_pen(style.PATH, 5))
        self.highlight.setZValue(5)
        self.highlight_heads = QGraphicsPathItem(parent)
        self.highlight_heads.setPen(_pen(style.PATH, 1))
        self.highlight_heads.setBrush(QBrush(style.PATH))
        self.highlight_heads.setZValue(5)
        self.highlighted: tuple[Transition, ...] = ()
        self.set_dimmed(set())

    def set_dimmed(self, dimmed_roles: set[str]) -> None:
        """Redraw, with moves that touch a dimmed role faded."""
        for item in self.items:
            item.setParentItem(None)
            if item.scene() is not None:
                item.scene().removeItem(item)
        self.items = []
        for faded in (False, True):
            colour = style.EDGE_DIM if faded else style.EDGE
            chosen = [
                t
                for t in self.transitions
                if ((t.from_role in dimmed_roles or t.to_role in dimmed_roles) == faded)
            ]
            if not chosen:
                continue
            all_heads = QPainterPath()
            for kind, dash in DASHES.items():
                lines, heads = moves_path(self.layout, (t for t in chosen if t.kind is kind))
                if lines.isEmpty():
                    continue
                item = QGraphicsPathItem(lines, self._parent)
                item.setPen(_pen(colour, 1.4, dash))
                item.setZValue(2 if faded else 3)
                self.items.append(item)
                all_heads.addPath(heads)
            heads_item = QGraphicsPathItem(all_heads, self._parent)
            heads_item.setPen(_pen(colour, 1))
            heads_item.setBrush(QBrush(colour))
            heads_item.setZValue(2 if faded else 3)
            self.items.append(heads_item)

    def set_highlight(self, moves: tuple[Transition, ...]) -> None:
        self.highlighted = tuple(moves)
        lines, heads = moves_path(self.layout, moves)
        self.highlight.setPath(lines)
        self.highlight_heads.setPath(heads)
