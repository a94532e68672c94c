"""The arrows between cards: every move drawn into a few path items.

One item draws every move (not one item per move, and not one big path:
antialiasing one path of thousands of overlapping curves takes Qt a second);
it paints only the moves in view, which keeps a 3,000-move ladder fast.

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
from the promotions that enter its middle). A selected role's own moves are
still drawn one by one, highlighted, so which job leads where is one click away.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QGraphicsPathItem

from pmplanner.core.careers import Transition, TransitionKind
from pmplanner.drawing import style
from pmplanner.drawing.cards import DETAIL_MIN_WIDTH
from pmplanner.drawing.layout import CARD_W, COL_GAP, LANE_PAD, MapLayout

ARROW = 9.0  # arrowhead length, in map units
DETAIL_MAX_EDGES = 700  # with more moves in view, they are drawn as plain lines
CURVE_SEGMENTS = 12  # a curve partly out of view is drawn as this many straight pieces
LINE_WIDTH = 1.0  # Qt's fast cosmetic line drawing only takes 1-pixel pens
CHOSEN_WIDTH = 2.0  # the moves of the selected role (few: the slower pen is fine)
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


BRANCH_AT = 0.72  # where a bundled move enters its target, down the card's left side


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


def _pen(colour, width: float, dash=Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, dash)
    pen.setCosmetic(True)  # the same width at every zoom
    return pen


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


class _Edge:
    __slots__ = (
        "_polyline",
        "box",
        "bundled",
        "controls",
        "faded",
        "head",
        "kind",
        "line",
        "path",
        "quiet",
        "roles",
        "state",
    )

    def __init__(
        self, layout: MapLayout, move: Transition, quiet: bool = False, bundled: bool = False
    ):
        self.kind = move.kind
        self.roles = (move.from_role, move.to_role)
        # a move in from a related (adjacent) role: drawn faint unless its role is chosen
        self.quiet = quiet
        # a move from a related role into a product track: drawn in the bundle
        self.bundled = bundled
        self.state = "bundled" if bundled else "faint" if quiet else "normal"  # see edge_style
        self.path, self.head, points, curve = move_shape(layout, move)
        self.controls = (points[0], points[1], points[2], points[3])
        self.line = QLineF(points[0], points[-1])
        xs = [p.x() for p in points]
        ys = [p.y() for p in points]
        self.box = (min(xs) - ARROW, min(ys) - ARROW, max(xs) + ARROW, max(ys) + ARROW)
        self.faded = False
        # a curve is cut into straight pieces on first use; a run along the gaps is one
        self._polyline: list[tuple[float, float]] | None = (
            None if curve else [(p.x(), p.y()) for p in points]
        )

    def polyline(self) -> list[tuple[float, float]]:
        """The curve as a few straight segments (made on first use)."""
        if self._polyline is None:
            self._polyline = sample_curve(*self.controls)
        return self._polyline

    def inside(self, left: float, top: float, right: float, bottom: float) -> bool:
        x0, y0, x1, y1 = self.box
        return x0 >= left and x1 <= right and y0 >= top and y1 <= bottom


class EdgeLayer(QGraphicsObject):
    """Every move, drawn by one item that paints only the moves in view.

    Antialiased curves with arrowheads while few moves are in view; when many
    are (zoomed far out on a large ladder) plain straight lines, one call per
    line style: at that size the curve's shape is not visible anyway, and
    antialiasing thousands of curves would cost a second a frame.
    """

    def __init__(
        self,
        layout: MapLayout,
        transitions: list[Transition],
        parent: QGraphicsItem,
        theme: style.MapTheme = style.LIGHT,
    ):
        super().__init__(parent)
        self.layout = layout
        self.theme = theme
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setZValue(3)
        self.transitions = [
            t for t in transitions if t.from_role in layout.cards and t.to_role in layout.cards
        ]
        related = layout.related
        self._edges = [
            _Edge(
                layout,
                t,
                quiet=related(t.from_role) or related(t.to_role),
                bundled=related(t.from_role) and not related(t.to_role),
            )
            for t in self.transitions
        ]
        self.bundled_moves = tuple(
            move for edge, move in zip(self._edges, self.transitions, strict=True) if edge.bundled
        )
        self.bundle, self.bundle_heads = bundle_lines(layout, self.bundled_moves)
        self.dimming = False  # a track filter dims some roles
        self.selected: str | None = None
        b = layout.bounds
        self._bounds = QRectF(b.x - COL_GAP, b.y - COL_GAP, b.w + 2 * COL_GAP, b.h + 2 * COL_GAP)
        self.highlight = QGraphicsPathItem(parent)
        self.highlight.setZValue(5)
        self.highlight_heads = QGraphicsPathItem(parent)
        self.highlight_heads.setZValue(5)
        self.highlighted: tuple[Transition, ...] = ()
        self.set_theme(theme)

    def set_theme(self, theme: style.MapTheme) -> None:
        self.theme = theme
        self.highlight.setPen(_pen(theme.path, 5))
        self.highlight_heads.setPen(_pen(theme.path, 1))
        self.highlight_heads.setBrush(QBrush(theme.path))
        self.update()

    def set_dimmed(self, dimmed_roles: set[str]) -> None:
        """Fade the moves that touch a dimmed role."""
        for edge, move in zip(self._edges, self.transitions, strict=True):
            edge.faded = move.from_role in dimmed_roles or move.to_role in dimmed_roles
        self.dimming = bool(dimmed_roles)
        self._restate()
        self.update()

    def bundle_style(self) -> tuple[str, QColor, float]:
        """How the bundle is drawn: plain, or faint while a role is selected or a
        track is shown on its own."""
        return self._style("faint" if self.selected is not None or self.dimming else "normal")

    def _restate(self) -> None:
        """Work out each move's state once per change (not per frame)."""
        selected = self.selected
        for edge in self._edges:
            if selected is not None and selected in edge.roles:
                edge.state = "chosen"
            elif edge.bundled:
                edge.state = "bundled"
            elif edge.faded or edge.quiet or selected is not None:
                edge.state = "faint"
            else:
                edge.state = "normal"

    def select(self, role_id: str | None) -> None:
        """Bring out the moves of ``role_id`` (in and out); the others fade."""
        self.selected = role_id
        self._restate()
        self.update()

    def edge_style(self, index: int) -> tuple[str, QColor, float]:
        """How move ``index`` is drawn: ("chosen" | "normal" | "faint", colour, pen width),
        or ("bundled", …) for a move drawn only in the bundle (see ``bundle_style``)."""
        state = self._edges[index].state
        if state == "bundled":
            return (state, *self.bundle_style()[1:])
        return self._style(state)

    def _style(self, state: str) -> tuple[str, QColor, float]:
        if state == "chosen":
            return state, self.theme.selected, CHOSEN_WIDTH
        if state == "faint":
            return state, self.theme.edge_dim, LINE_WIDTH
        return state, self.theme.edge, LINE_WIDTH

    def set_highlight(self, moves: tuple[Transition, ...]) -> None:
        self.highlighted = tuple(moves)
        lines, heads = moves_path(self.layout, moves)
        self.highlight.setPath(lines)
        self.highlight_heads.setPath(heads)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        exposed = option.exposedRect if option.exposedRect.isValid() else self._bounds
        left, top, right, bottom = exposed.left(), exposed.top(), exposed.right(), exposed.bottom()
        visible = [
            e
            for e in self._edges
            if e.box[2] >= left and e.box[0] <= right and e.box[3] >= top and e.box[1] <= bottom
        ]
        t = painter.transform()
        scale = (t.m11() ** 2 + t.m12() ** 2) ** 0.5
        overview = scale * CARD_W < DETAIL_MIN_WIDTH or len(visible) > DETAIL_MAX_EDGES
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, not overview)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.bundle:
            self._paint_bundle(painter, overview, left, top, right, bottom)
        for state in ("faint", "normal", "chosen"):
            group = [e for e in visible if e.state == state]
            if not group:
                continue
            _state, colour, width = self._style(state)
            if state == "chosen":
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            for kind, dash in DASHES.items():
                chosen = [e for e in group if e.kind is kind]
                if not chosen:
                    continue
                painter.setPen(_pen(colour, width, dash))
                if overview and state != "chosen":
                    lines = [
                        e.line
                        if e.inside(left, top, right, bottom)
                        else clip_line(e.line, left, top, right, bottom)
                        for e in chosen
                    ]
                    painter.drawLines([line for line in lines if line is not None])
                    continue
                cut: list[QLineF] = []
                for edge in chosen:
                    if kind is TransitionKind.PROMOTION or edge.inside(left, top, right, bottom):
                        painter.drawPath(edge.path)
                    else:  # a dashed curve running out of view: draw only the part in view
                        cut += clipped_segments(edge.polyline(), left, top, right, bottom)
                if cut:
                    painter.drawLines(cut)
            if overview and state != "chosen":
                continue
            painter.setPen(_pen(colour, 1))
            painter.setBrush(colour)
            for edge in group:
                painter.drawPath(edge.head)
            painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_bundle(
        self,
        painter: QPainter,
        overview: bool,
        left: float,
        top: float,
        right: float,
        bottom: float,
    ) -> None:
        """The bundle's lines cut to the view (a dotted line is dashed along its whole
        length, in view or not), and the arrowheads in view."""
        _state, colour, width = self.bundle_style()
        painter.setPen(_pen(colour, width, DASHES[TransitionKind.LATERAL]))
        cut = [clip_line(line, left, top, right, bottom) for line in self.bundle]
        painter.drawLines([line for line in cut if line is not None])
        if overview:
            return
        view = QRectF(left, top, right - left, bottom - top)
        painter.setPen(_pen(colour, 1))
        painter.setBrush(colour)
        for box, head in self.bundle_heads:
            if box.intersects(view):
                painter.drawPath(head)
        painter.setBrush(Qt.BrushStyle.NoBrush)
