"""The arrows between cards: every move drawn into a few path items.

One item draws every move (not one item per move, and not one big path:
antialiasing one path of thousands of overlapping curves takes Qt a second);
it paints only the moves in view, which keeps a 3,000-move ladder fast. Where
each move runs (the curves, the related roles' runs along the gaps, the
bundle) is ``drawing.move_shapes``.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QGraphicsPathItem

from pmplanner.core.careers import Transition, TransitionKind
from pmplanner.drawing import style
from pmplanner.drawing.cards import DETAIL_MIN_WIDTH
from pmplanner.drawing.layout import CARD_W, COL_GAP, MapLayout
from pmplanner.drawing.move_shapes import (
    ARROW,
    bundle_lines,
    clip_line,
    clipped_segments,
    move_shape,
    moves_path,
    sample_curve,
)

DETAIL_MAX_EDGES = 700  # with more moves in view, they are drawn as plain lines
LINE_WIDTH = 1.0  # Qt's fast cosmetic line drawing only takes 1-pixel pens
CHOSEN_WIDTH = 2.0  # the moves of the selected role (few: the slower pen is fine)
DASHES = {
    TransitionKind.PROMOTION: Qt.PenStyle.SolidLine,
    TransitionKind.BRANCH: Qt.PenStyle.DashLine,
    TransitionKind.LATERAL: Qt.PenStyle.DotLine,
}


def _pen(colour, width: float, dash=Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, dash)
    pen.setCosmetic(True)  # the same width at every zoom
    return pen


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
        scale = style.scale_of(t)
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
