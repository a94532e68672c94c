"""The zoomable canvas: a pyqtgraph ViewBox showing a MapContent.

Imported only when the map is built (pyqtgraph costs ~0.7 s to import), never
at start-up. Zoom with the wheel, a trackpad pinch, ``+``/``-``; ``0`` fits
all; pan by dragging or with Ctrl and the arrow keys. The arrow keys, Home,
End, Page Up and Page Down move the selection between cards (the area decides
where, see ``navigation``); Enter opens the selected role's details. Limits
keep the map in reach.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QCursor,
    QFocusEvent,
    QKeyEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QGraphicsView, QVBoxLayout, QWidget

from pmplanner.drawing import style
from pmplanner.drawing.backdrop import related_explained
from pmplanner.drawing.layout import CARD_H, CARD_W, COL_W
from pmplanner.drawing.map_scene import MapContent
from pmplanner.ui.map.legend_bar import LegendBar

ZOOM_STEP = 1.25
PAN_STEP = 0.15  # share of the visible range moved by one arrow key press
CENTRE_WIDTH = COL_W * 4.5  # how much of the map shows around a found role
KEEP_IN_VIEW = 24.0  # map units kept between a card reached by keyboard and the edge
FOCUS_FRAME = 2  # pixels of the frame drawn round the view while it has the focus
Key = Qt.Key
NAVIGATION_KEYS: dict[int, str] = {
    Key.Key_Left: "left",
    Key.Key_Right: "right",
    Key.Key_Up: "up",
    Key.Key_Down: "down",
    Key.Key_Home: "home",
    Key.Key_End: "end",
    Key.Key_PageUp: "lane_up",
    Key.Key_PageDown: "lane_down",
}
ZOOM_IN_KEYS = (Key.Key_Plus, Key.Key_Equal)
PAN_KEYS: dict[int, tuple[float, float]] = {
    Key.Key_Left: (-PAN_STEP, 0),
    Key.Key_Right: (PAN_STEP, 0),
    Key.Key_Up: (0, -PAN_STEP),
    Key.Key_Down: (0, PAN_STEP),
}


class _View(pg.GraphicsView):
    """The graphics view, with the map's keys and pinch zoom."""

    def __init__(self, canvas: MapCanvas):
        super().__init__(background=style.BACKGROUND)
        # pyqtgraph caches the background in a pixmap as large as the view (4 bytes
        # a pixel: ~1.7 MB at 1200x800, ~30 MB full screen on a 4K display); it is
        # one flat colour, as quick to fill as to copy
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self._canvas = canvas
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setAccessibleName(self.tr("Career map"))
        self.setAccessibleDescription(self.tr("No role selected.") + " " + self.usage())

    def usage(self) -> str:
        return self.tr(
            "Roles as cards, seniority left to right, tracks in lanes. Arrow keys move "
            "between roles, Page Up and Page Down between tracks, Enter opens the role's "
            "details; plus and minus zoom, 0 fits the whole map, Ctrl with an arrow key pans."
        )

    def event(self, ev: QEvent) -> bool:
        # Tab and Shift+Tab leave the map; every other key is the map's own
        if (
            ev.type() == QEvent.Type.ShortcutOverride
            and isinstance(ev, QKeyEvent)
            and self._canvas.wants_key(ev.key(), ev.text(), ev.modifiers())
        ):
            ev.accept()
            return True
        return super().event(ev)

    def keyPressEvent(self, ev: QKeyEvent) -> None:
        if self._canvas.handle_key(ev.key(), ev.text(), ev.modifiers()):
            ev.accept()
            return
        super().keyPressEvent(ev)

    def focusInEvent(self, ev: QFocusEvent) -> None:
        super().focusInEvent(ev)
        self._canvas.focus_changed(True)

    def focusOutEvent(self, ev: QFocusEvent) -> None:
        super().focusOutEvent(ev)
        self._canvas.focus_changed(False)

    def paintEvent(self, ev: QPaintEvent) -> None:
        super().paintEvent(ev)
        if self.hasFocus():  # a visible focus: a frame in the highlight colour
            painter = QPainter(self.viewport())
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), FOCUS_FRAME)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            half = FOCUS_FRAME // 2
            painter.drawRect(self.viewport().rect().adjusted(half, half, -half - 1, -half - 1))
            painter.end()

    def viewportEvent(self, ev: QEvent) -> bool:
        if (
            isinstance(ev, QNativeGestureEvent)
            and ev.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self._canvas.zoom(1.0 + ev.value())
            return True
        return super().viewportEvent(ev)


class MapCanvas(QWidget):
    role_clicked = Signal(str)
    background_clicked = Signal()
    role_hovered = Signal(object)  # role id or None
    navigate = Signal(str)  # a keyboard move of the selection, one of navigation.MOVES
    activated = Signal()  # Enter: open the selected role's details

    def __init__(self, parent: QWidget | None = None, theme: style.MapTheme = style.LIGHT):
        super().__init__(parent)
        self.theme = theme
        self.view = _View(self)
        self.view.setBackground(theme.background)
        self.viewbox = pg.ViewBox(invertY=True, lockAspect=True, enableMenu=False)
        self.view.setCentralItem(self.viewbox)
        self.content: MapContent | None = None
        self.tooltip_for: Callable[[str], str] = lambda role_id: role_id
        self.legend: LegendBar | None = None
        self._hovered: str | None = None
        self._legend_visible = True
        # after "fit all", resizing the view fits again until the person zooms or pans
        self._auto_fit = False
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        self.viewbox.scene().sigMouseClicked.connect(self._clicked)
        self.viewbox.scene().sigMouseMoved.connect(self._moved)
        self.viewbox.sigResized.connect(self._resized)
        self.viewbox.sigRangeChangedManually.connect(self._stop_auto_fit)

    # -- content --------------------------------------------------------------
    def set_content(self, content: MapContent) -> None:
        if self.content is not None:
            self.viewbox.removeItem(self.content.root)
            self.content.pinned.visible = None
        self.content = content
        content.pinned.visible = self.visible_rect  # names kept in view when zoomed in
        content.set_theme(self.theme)
        content.cards.update_state(focused=self.view.hasFocus())
        self.viewbox.addItem(content.root, ignoreBounds=True)
        if self.legend is None:
            self.legend = LegendBar(content.catalog, self, theme=self.theme)
            self._layout.addWidget(self.legend)
            self.legend.setVisible(self._legend_visible)
        else:
            self.legend.set_catalog(content.catalog)
        b = content.bounds
        pad = max(b.width(), b.height()) * 0.5
        self.viewbox.setLimits(
            xMin=b.left() - pad,
            xMax=b.right() + pad,
            yMin=b.top() - pad,
            yMax=b.bottom() + pad,
            minXRange=CARD_W * 1.5,
            minYRange=CARD_H * 2,
            maxXRange=b.width() + 2 * pad,
            maxYRange=b.height() + 2 * pad,
        )
        self.fit_all()

    def set_theme(self, theme: style.MapTheme) -> None:
        """Draw in ``theme``'s colours: background, cards, arrows and legend."""
        self.theme = theme
        self.view.setBackground(theme.background)
        if self.content is not None:
            self.content.set_theme(theme)
        if self.legend is not None:
            self.legend.set_theme(theme)

    def set_legend_visible(self, visible: bool) -> None:
        self._legend_visible = visible
        if self.legend is not None:
            self.legend.setVisible(visible)

    def _resized(self, *_args) -> None:
        if self._auto_fit:
            self.fit_all()

    def _stop_auto_fit(self, *_args) -> None:
        self._auto_fit = False

    # -- zoom and pan ---------------------------------------------------------
    def visible_rect(self) -> QRectF:
        return self.viewbox.viewRect()

    def fit_all(self) -> None:
        if self.content is not None:
            self.fit(self.content.bounds)
            self._auto_fit = True

    def fit(self, rect: QRectF) -> None:
        """Show ``rect`` whole, top-aligned (the legend is below the view, not over it)."""
        box = self.viewbox.boundingRect()
        width, height = box.width(), box.height()
        legend = 0.0
        self._auto_fit = False
        if width < 50 or height < 50:
            self.viewbox.setRange(rect=rect, padding=0.03)
            return
        margin = 12.0 if min(width, height) >= 420 else 6.0  # a small view keeps more map
        scale = min(
            (width - 2 * margin) / rect.width(), (height - legend - 2 * margin) / rect.height()
        )
        view_w, view_h = width / scale, height / scale
        left = rect.center().x() - view_w / 2
        top = rect.top() - margin / scale
        self.viewbox.setRange(rect=QRectF(left, top, view_w, view_h), padding=0)

    def zoom(self, factor: float) -> None:
        """Zoom in (factor > 1) or out around the centre of the view; while the top of
        the map is in view, around the middle of the top edge, so the top lane stays."""
        self._auto_fit = False
        if factor <= 0:
            return
        view = self.visible_rect()
        centre = view.center()
        if self.content is not None and view.top() <= self.content.bounds.top() + 1:
            centre = QPointF(centre.x(), view.top())
        self.viewbox.scaleBy((1 / factor, 1 / factor), center=centre)

    def pan(self, dx: float, dy: float) -> None:
        """Move by a share of the visible range (positive: right, down)."""
        self._auto_fit = False
        rect = self.visible_rect()
        self.viewbox.translateBy(x=dx * rect.width(), y=dy * rect.height())

    def ensure_visible(self, rect: QRectF, margin: float = KEEP_IN_VIEW) -> None:
        """Pan as little as needed so ``rect`` (and a margin) is in view; zoom stays."""
        view = self.visible_rect()
        wanted = rect.adjusted(-margin, -margin, margin, margin)
        if wanted.width() > view.width() or wanted.height() > view.height():
            self.centre_on(rect)
            return
        dx = dy = 0.0
        if wanted.left() < view.left():
            dx = wanted.left() - view.left()
        elif wanted.right() > view.right():
            dx = wanted.right() - view.right()
        if wanted.top() < view.top():
            dy = wanted.top() - view.top()
        elif wanted.bottom() > view.bottom():
            dy = wanted.bottom() - view.bottom()
        if dx or dy:
            self._auto_fit = False
            self.viewbox.translateBy(x=dx, y=dy)

    def centre_on(self, rect: QRectF) -> None:
        self._auto_fit = False
        width = max(self.visible_rect().width(), rect.width() * 2)
        width = min(width, CENTRE_WIDTH)
        view = self.visible_rect()
        height = width * (view.height() / view.width() if view.width() else 1.0)
        wanted = QRectF(
            rect.center().x() - width / 2, rect.center().y() - height / 2, width, height
        )
        if self.content is not None:  # a card near an edge: no empty half view past the map
            wanted = _kept_within(wanted, self.content.bounds)
        self.viewbox.setRange(rect=wanted, padding=0)

    def wants_key(self, key: int, text: str, modifiers=Qt.KeyboardModifier.NoModifier) -> bool:
        """The key is one of the map's (and must not go to a window shortcut)."""
        if key in (Key.Key_Return, Key.Key_Enter) or text in ("-", "_", "0"):
            return not modifiers & ~Qt.KeyboardModifier.KeypadModifier
        if key in ZOOM_IN_KEYS or text in ("+", "="):  # "+" is Shift and "=" on many keyboards
            allowed = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
            return not modifiers & ~allowed
        return key in NAVIGATION_KEYS and not modifiers & Qt.KeyboardModifier.AltModifier

    def handle_key(self, key: int, text: str, modifiers=Qt.KeyboardModifier.NoModifier) -> bool:
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if not self.wants_key(key, text, modifiers):
            return False
        if key in (Key.Key_Return, Key.Key_Enter):
            self.activated.emit()
        elif key in ZOOM_IN_KEYS or text in ("+", "="):
            self.zoom(ZOOM_STEP)
        elif text in ("-", "_"):
            self.zoom(1 / ZOOM_STEP)
        elif text == "0":
            self.fit_all()
        elif ctrl and key in PAN_KEYS:
            self.pan(*PAN_KEYS[key])
        elif ctrl and key in (Key.Key_Home, Key.Key_End):
            self.navigate.emit("first" if key == Key.Key_Home else "last")
        else:
            self.navigate.emit(NAVIGATION_KEYS[key])
        return True

    def focus_changed(self, focused: bool) -> None:
        if self.content is not None:
            self.content.cards.update_state(focused=focused)
        self.view.viewport().update()

    # -- pointer --------------------------------------------------------------
    def role_at_scene(self, scene_pos: QPointF) -> str | None:
        if self.content is None:
            return None
        return self.content.cards.role_at(self.viewbox.mapSceneToView(scene_pos))

    def _clicked(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        role_id = self.role_at_scene(ev.scenePos())
        self.view.setFocus(Qt.FocusReason.MouseFocusReason)
        if role_id is None:
            self.background_clicked.emit()
        else:
            self.role_clicked.emit(role_id)

    def _moved(self, scene_pos: QPointF) -> None:
        role_id = self.role_at_scene(scene_pos)
        if role_id is None and self.content is not None:
            point = self.viewbox.mapSceneToView(scene_pos)
            layout = self.content.layout
            lane = layout.lane_label_at(point.x(), point.y())
            tip = lane.name if lane is not None else ""
            if layout.caption_at(point.x(), point.y()):
                tip = related_explained()
            self.view.viewport().setToolTip(tip)
        if role_id == self._hovered:
            return
        self._hovered = role_id
        if self.content is not None:
            self.content.cards.update_state(hovered=role_id)
        viewport = self.view.viewport()
        if role_id is None:
            viewport.unsetCursor()
        else:
            viewport.setToolTip(self.tooltip_for(role_id))
            viewport.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.role_hovered.emit(role_id)


def _kept_within(rect: QRectF, bounds: QRectF) -> QRectF:
    """``rect`` moved (not resized) to lie inside ``bounds`` along each side it fits."""
    moved = QRectF(rect)
    for size, low, high, move_low, move_high, start, end in (
        (
            rect.width(),
            bounds.left(),
            bounds.right(),
            moved.moveLeft,
            moved.moveRight,
            rect.left(),
            rect.right(),
        ),
        (
            rect.height(),
            bounds.top(),
            bounds.bottom(),
            moved.moveTop,
            moved.moveBottom,
            rect.top(),
            rect.bottom(),
        ),
    ):
        if size > high - low:
            continue
        if end > high:
            move_high(high)
        elif start < low:
            move_low(low)
    return moved
