"""Where the map's moves run: plain geometry of the lines and arrowheads, no painting.

Routing: a move to a more senior column leaves the card's right side and
enters the target's left side; a move back does the mirror; a move within one
column bends into the gap beside the column (down on the right, up on the
left), so two-way moves never draw over each other.

Bundling: the moves from a related role (an adjacent track) into the product
tracks would cross the gap between the sections a dozen times. They are drawn
instead as one tree of straight lines: a stub from each related card's left
side into the gap beside its column, down those gaps to a trunk in the
section gap, along it, and up the gap beside each target's column to a short
branch with an arrowhead into the target's left side (low on the side, apart
from the promotions that enter its middle). One related role's own moves run
the same way (``related_route``), so none crosses a card.

The cutting helpers (``clip_line``, ``clipped_segments``, ``sample_curve``) let
the painter draw only what is in view.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QPainterPath

from pmplanner.core.careers import Transition
from pmplanner.drawing.layout import COL_GAP, LANE_PAD, MapLayout

ARROW = 9.0  # arrowhead length, in map units
CURVE_SEGMENTS = 12  # a curve partly out of view is drawn as this many straight pieces
BRANCH_AT = 0.72  # where a bundled move enters its target, down the card's left side


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


def related_route(layout: MapLayout, move: Transition) -> list[QPointF] | None:
    """The corners of a move touching a related role, drawn along the gaps (the
    bundle's way), so it never crosses a card: from the source's left side into
    the gap beside its column, along the trunk (or, between two related roles, the
    bottom of the target's lane), up or down the gap beside the target's column,
    and into the target's left side. None for a move between product roles."""
    from_related, to_related = layout.related(move.from_role), layout.related(move.to_role)
    if not (from_related or to_related) or layout.trunk_y is None:
        return None
    a, b = layout.cards[move.from_role], layout.cards[move.to_role]
    if from_related and to_related:
        trunk = layout.lanes[layout.lane_of[move.to_role]].rect.bottom - LANE_PAD / 2
    else:
        trunk = layout.trunk_y
    xa = layout.corridor_x(layout.column_of[move.from_role])
    xb = layout.corridor_x(layout.column_of[move.to_role])
    ya, yb = a.cy, b.y + b.h * BRANCH_AT
    return [
        QPointF(a.x, ya),
        QPointF(xa, ya),
        QPointF(xa, trunk),
        QPointF(xb, trunk),
        QPointF(xb, yb),
        QPointF(b.x, yb),
    ]


def move_shape(
    layout: MapLayout, move: Transition
) -> tuple[QPainterPath, QPainterPath, list[QPointF], bool]:
    """A move's line, its arrowhead, its points and whether it is a curve: a curve
    (start, two controls, end) between product roles (``route``), straight runs
    along the gaps (the corners) for a related role's."""
    corners = related_route(layout, move)
    line = QPainterPath()
    head = QPainterPath()
    if corners is None:
        start, c1, c2, end = route(layout, move)
        line.moveTo(start)
        line.cubicTo(c1, c2, end)
        _add_arrowhead(head, c2, end)
        return line, head, [start, c1, c2, end], True
    line.moveTo(corners[0])
    for point in corners[1:]:
        line.lineTo(point)
    _add_arrowhead(head, corners[-2], corners[-1])
    return line, head, corners, False


def moves_path(layout: MapLayout, moves: Iterable[Transition]) -> tuple[QPainterPath, QPainterPath]:
    """The lines and the arrowheads of ``moves``, each as one path."""
    lines, heads = QPainterPath(), QPainterPath()
    for move in moves:
        line, head, _points, _curve = move_shape(layout, move)
        lines.addPath(line)
        heads.addPath(head)
    return lines, heads


def bundle_lines(
    layout: MapLayout, moves: Iterable[Transition]
) -> tuple[list[QLineF], list[tuple[QRectF, QPainterPath]]]:
    """The straight lines of the bundled ``moves`` (see the module's note) and their
    arrowheads, each with the box it covers (only those in view are painted)."""
    lines: list[QLineF] = []
    heads: list[tuple[QRectF, QPainterPath]] = []
    trunk = layout.trunk_y
    moves = list(moves)
    if trunk is None or not moves:
        return lines, heads
    down: dict[float, float] = {}  # corridor x -> lowest source stub
    up: dict[float, float] = {}  # corridor x -> highest target branch
    for role_id in sorted({m.from_role for m in moves}):
        card = layout.cards[role_id]
        x = layout.corridor_x(layout.column_of[role_id])
        lines.append(QLineF(card.x, card.cy, x, card.cy))
        down[x] = max(down.get(x, trunk), card.cy)
    for role_id in sorted({m.to_role for m in moves}):
        card = layout.cards[role_id]
        x = layout.corridor_x(layout.column_of[role_id])
        y = card.y + card.h * BRANCH_AT
        lines.append(QLineF(x, y, card.x, y))
        head = QPainterPath()
        _add_arrowhead(head, QPointF(x, y), QPointF(card.x, y))
        heads.append((head.boundingRect(), head))
        up[x] = min(up.get(x, trunk), y)
    lines += [QLineF(x, trunk, x, y) for x, y in (*down.items(), *up.items())]
    xs = [*down, *up]
    lines.append(QLineF(min(xs), trunk, max(xs), trunk))
    return lines, heads


def clip_line(line: QLineF, left: float, top: float, right: float, bottom: float) -> QLineF | None:
    """``line`` cut to the rectangle (Liang-Barsky), or None when it lies outside.

    Qt dashes a cosmetic line along its whole length even where it is off
    screen; a long dashed line cut to the view first costs a fraction.
    """
    x0, y0, x1, y1 = line.x1(), line.y1(), line.x2(), line.y2()
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
        if p == 0:
            if q < 0:
                return None
            continue
        r = q / p
        if p < 0:
            if r > t1:
                return None
            t0 = max(t0, r)
        else:
            if r < t0:
                return None
            t1 = min(t1, r)
    if t0 == 0.0 and t1 == 1.0:
        return line
    return QLineF(x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy)


def clipped_segments(
    points: list[tuple[float, float]], left: float, top: float, right: float, bottom: float
) -> list[QLineF]:
    out = []
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if (x0 < left and x1 < left) or (x0 > right and x1 > right):
            continue
        if (y0 < top and y1 < top) or (y0 > bottom and y1 > bottom):
            continue
        cut = clip_line(QLineF(x0, y0, x1, y1), left, top, right, bottom)
        if cut is not None:
            out.append(cut)
    return out


def sample_curve(start, c1, c2, end, segments: int = CURVE_SEGMENTS) -> list[tuple[float, float]]:
    """Points along a cubic curve, for drawing part of it as straight segments."""
    points = []
    for i in range(segments + 1):
        t = i / segments
        u = 1 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        points.append(
            (
                a * start.x() + b * c1.x() + c * c2.x() + d * end.x(),
                a * start.y() + b * c1.y() + c * c2.y() + d * end.y(),
            )
        )
    return points
