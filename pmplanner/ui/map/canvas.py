"""The zoomable canvas: a pyqtgraph ViewBox showing a MapContent.

Imported only when the map is built (pyqtgraph costs ~0.7 s to import), never
at start-up. Zoom with the wheel, a trackpad pinch, ``+``/``-``; ``0`` fits
all; pan by dragging or with the arrow keys. Limits keep the map in reach.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QCursor, QKeyEvent, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pmplanner.ui.map import style
from pmplanner.ui.map.layout import CARD_H, CARD_W, COL_W
from pmplanner.ui.map.legend import LegendOverlay
from pmplanner.ui.map.scene import MapContent

ZOOM_STEP = 1.25
PAN_STEP = 0.15  # share of the visible range moved by one arrow key press
CENTRE_WIDTH = COL_W * 4.5  # how much of the map shows around a found role


class _View(pg.GraphicsView):
    """The graphics view, with the map's keys and pinch zoom."""

    def __init__(self, canvas: MapCanvas):
        super().__init__(background=style.BACKGROUND)
        self._canvas = canvas
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setAccessibleName(self.tr("Career map canvas"))
        self.setAccessibleDescription(
            self.tr(
                "Roles as cards, seniority left to right, tracks in lanes. Arrow keys pan, "
                "plus and minus zoom, 0 fits the whole map. Use the search to select a role."
            )
        )

    def keyPressEvent(self, ev: QKeyEvent) -> None:
        if self._canvas.handle_key(ev.key(), ev.text()):
            ev.accept()
            return
        super().keyPressEvent(ev)

    def viewportEvent(self, ev: QEvent) -> bool:
        if (
            ev.type() == QEvent.Type.NativeGesture
            and ev.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self._canvas.zoom(1.0 + ev.value())
            return True
        return super().viewportEvent(ev)


class MapCanvas(QWidget):
    role_clicked = Signal(str)
    background_clicked = Signal()
    role_hovered = Signal(object)  # role id or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = _View(self)
        self.viewbox = pg.ViewBox(invertY=True, lockAspect=True, enableMenu=False)
        self.view.setCentralItem(self.viewbox)
        self.content: MapContent | None = None
        self.tooltip_for: Callable[[str], str] = lambda role_id: role_id
        self.legend: LegendOverlay | None = None
        self._hovered: str | None = None
        self._legend_visible = True
        # after "fit all", resizing the view fits again until the person zooms or pans
        self._auto_fit = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.viewbox.scene().sigMouseClicked.connect(self._clicked)
        self.viewbox.scene().sigMouseMoved.connect(self._moved)
        self.viewbox.sigResized.connect(self._place_legend)
        self.viewbox.sigRangeChangedManually.connect(self._stop_auto_fit)

    # -- content --------------------------------------------------------------
    def set_content(self, content: MapContent) -> None:
        if self.content is not None:
            self.viewbox.removeItem(self.content.root)
        if self.legend is not None:
            self.legend.setParentItem(None)
            self.view.scene().removeItem(self.legend)
        self.content = content
        self.viewbox.addItem(content.root, ignoreBounds=True)
        self.legend = LegendOverlay(content.catalog)
        self.legend.setParentItem(self.viewbox)
        self.legend.setVisible(self._legend_visible)
        self._place_legend()
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

    def set_legend_visible(self, visible: bool) -> None:
        self._legend_visible = visible
        if self.legend is not None:
            self.legend.setVisible(visible)

    def _place_legend(self, *_args) -> None:
        if self._auto_fit:
            self.fit_all()
        if self.legend is None:
            return
        size = self.legend.boundingRect()
        box = self.viewbox.boundingRect()
        self.legend.setPos(8, max(8.0, box.height() - size.height() - 8))

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
        """Show ``rect`` whole, top-aligned, above the legend when it is shown."""
        box = self.viewbox.boundingRect()
        width, height = box.width(), box.height()
        legend = 0.0
        if self.legend is not None and self.legend.isVisible():
            legend = self.legend.boundingRect().height() + 16
            if height - legend < height * 0.55:
                legend = 0.0  # a small view: let the legend cover part of the map
        self._auto_fit = False
        if width < 50 or height < 50:
            self.viewbox.setRange(rect=rect, padding=0.03)
            return
        margin = 12.0
        scale = min(
            (width - 2 * margin) / rect.width(), (height - legend - 2 * margin) / rect.height()
        )
        view_w, view_h = width / scale, height / scale
        left = rect.center().x() - view_w / 2
        top = rect.top() - margin / scale
        self.viewbox.setRange(rect=QRectF(left, top, view_w, view_h), padding=0)

    def zoom(self, factor: float) -> None:
        """Zoom in (factor > 1) or out around the centre of the view."""
        self._auto_fit = False
        if factor <= 0:
            return
        centre = self.visible_rect().center()
        self.viewbox.scaleBy((1 / factor, 1 / factor), center=centre)

    def pan(self, dx: float, dy: float) -> None:
        """Move by a share of the visible range (positive: right, down)."""
        self._auto_fit = False
        rect = self.visible_rect()
        self.viewbox.translateBy(x=dx * rect.width(), y=dy * rect.height())

    def centre_on(self, rect: QRectF) -> None:
        self._auto_fit = False
        width = max(self.visible_rect().width(), rect.width() * 2)
        width = min(width, CENTRE_WIDTH)
        view = self.visible_rect()
        height = width * (view.height() / view.width() if view.width() else 1.0)
        self.viewbox.setRange(
            rect=QRectF(
                rect.center().x() - width / 2, rect.center().y() - height / 2, width, height
            ),
            padding=0,
        )

    def handle_key(self, key: int, text: str) -> bool:
        K = Qt.Key
        if text in ("+", "="):
            self.zoom(ZOOM_STEP)
        elif text in ("-", "_"):
            self.zoom(1 / ZOOM_STEP)
        elif text == "0":
            self.fit_all()
        elif key == K.Key_Left:
            self.pan(-PAN_STEP, 0)
        elif key == K.Key_Right:
            self.pan(PAN_STEP, 0)
        elif key == K.Key_Up:
            self.pan(0, -PAN_STEP)
        elif key == K.Key_Down:
            self.pan(0, PAN_STEP)
        else:
            return False
        return True

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
        if role_id == self._hovered:
            return
        self._hovered = role_id
        if self.content is not None:
            self.content.cards.update_state(hovered=role_id)
        viewport = self.view.viewport()
        if role_id is None:
            viewport.setToolTip("")
            viewport.unsetCursor()
        else:
            viewport.setToolTip(self.tooltip_for(role_id))
            viewport.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.role_hovered.emit(role_id)
