"""The map's legend, in a bar below the map (never over a card).

Its entries wrap onto more bands when the bar is narrow; the bar has a
button that folds it down to one line (the tool bar's Legend box hides it).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from pmplanner.core.catalog import CareerCatalog
from pmplanner.drawing import style
from pmplanner.drawing.legend import legend_size, paint_legend


class _Entries(QWidget):
    def __init__(self, bar: LegendBar):
        super().__init__(bar)
        self._bar = bar
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _size(self, width: float | None = None):
        bar = self._bar
        return legend_size(bar.catalog, bar.readiness, width)

    def sizeHint(self) -> QSize:
        width = self.width() if self.width() > 50 else None
        return self._size(width).toSize()

    def minimumSizeHint(self) -> QSize:
        return QSize(50, 20)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(self._size(width).height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = self.heightForWidth(self.width())
        if height != self.height():
            self.setFixedHeight(height)

    def paintEvent(self, event: QPaintEvent) -> None:
        bar = self._bar
        painter = QPainter(self)
        paint_legend(
            painter,
            QPointF(0, 0),
            bar.catalog,
            bar.readiness,
            bar.theme,
            max_width=self.width(),
            frame=False,
        )
        painter.end()


class LegendBar(QWidget):
    """What the marks of the map mean: tracks, moves, route, badges, readiness."""

    def __init__(self, catalog: CareerCatalog, parent: QWidget | None = None, theme=style.LIGHT):
        super().__init__(parent)
        self.setObjectName("mapLegend")
        self.setAccessibleName(self.tr("Map legend"))
        self.catalog = catalog
        self.readiness = False
        self.theme = theme
        self.fold_button = QToolButton(self)
        self.fold_button.setCheckable(True)
        self.fold_button.setChecked(True)
        self.fold_button.setAutoRaise(True)
        self.fold_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.fold_button.setAccessibleName(self.tr("Show or fold the legend"))
        self.fold_button.toggled.connect(self._folded)
        # once the person folds or unfolds it, the window's size no longer decides
        self.chosen_by_person = False
        self._setting = False
        self.entries = _Entries(self)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.fold_button)
        head.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 4)
        layout.setSpacing(0)
        layout.addLayout(head)
        layout.addWidget(self.entries)
        self._folded(True)
        self.chosen_by_person = False  # shown unfolded to start with: nobody chose yet

    def set_catalog(self, catalog: CareerCatalog) -> None:
        self.catalog = catalog
        self._changed()

    def set_theme(self, theme: style.MapTheme) -> None:
        self.theme = theme
        self.entries.update()

    def set_readiness(self, on: bool) -> None:
        self.readiness = on
        self._changed()

    @property
    def unfolded(self) -> bool:
        return self.fold_button.isChecked()

    def set_unfolded(self, on: bool) -> None:
        """Fold or unfold for the window's size (not a choice of the person's)."""
        self._setting = True
        try:
            self.fold_button.setChecked(on)
        finally:
            self._setting = False

    def _folded(self, shown: bool) -> None:
        if not self._setting:
            self.chosen_by_person = True
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.fold_button.setArrowType(arrow)
        self.fold_button.setText(self.tr("Legend") if shown else self.tr("Legend (folded)"))
        self.entries.setVisible(shown)

    def _changed(self) -> None:
        self.entries.setFixedHeight(self.entries.heightForWidth(max(50, self.entries.width())))
        self.entries.update()
