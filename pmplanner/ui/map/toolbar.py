"""The career map's tool bar: ladder, track filter, overlays, zoom and export."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)


class MapToolBar(QWidget):
    """The controls above the map; the area connects them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mapToolBar")
        self.ladder_combo = QComboBox(self)
        self.ladder_combo.setObjectName("ladderCombo")
        self.ladder_combo.setAccessibleName(self.tr("Career ladder"))
        self.ladder_combo.setToolTip(
            self.tr("The ladder the map shows: built in, or your organisation's")
        )
        self.import_button = QPushButton(self.tr("Import ladder…"), self)
        self.import_button.setObjectName("importLadder")
        self.import_button.setAccessibleName(self.tr("Import your organisation's ladder"))
        self.import_button.setToolTip(
            self.tr("Load your organisation's ladder from a CSV or JSON file")
        )
        self.track_filter = QComboBox(self)
        self.track_filter.setObjectName("trackFilter")
        self.track_filter.setAccessibleName(self.tr("Show track"))
        self.track_filter.setToolTip(self.tr("Show one track's roles; the others are dimmed"))
        self.readiness_toggle = QCheckBox(self.tr("Readiness"), self)
        self.readiness_toggle.setObjectName("readinessToggle")
        self.readiness_toggle.setAccessibleName(self.tr("Colour roles by readiness"))
        self.readiness_toggle.setToolTip(
            self.tr(
                "Colour each role by the share of its key skills you rate at the expected level"
            )
        )
        self.legend_toggle = QCheckBox(self.tr("Legend"), self)
        self.legend_toggle.setObjectName("legendToggle")
        self.legend_toggle.setAccessibleName(self.tr("Show the legend"))
        self.legend_toggle.setToolTip(self.tr("Show what the colours and lines of the map mean"))
        self.legend_toggle.setChecked(True)
        self.zoom_out_button = self._tool("−", self.tr("Zoom out (-)"))
        self.zoom_in_button = self._tool("+", self.tr("Zoom in (+)"))
        self.fit_button = self._tool(self.tr("Fit"), self.tr("Show the whole map (0)"))
        self.export_button = QPushButton(self.tr("Export image…"), self)
        self.export_button.setObjectName("exportMap")
        self.export_button.setAccessibleName(self.tr("Export the map as an image"))
        self.export_button.setToolTip(self.tr("Save the map as it is shown as a PNG or SVG image"))

        # two rows, so the map fits a window 800 px wide
        ladder_label = QLabel(self.tr("&Ladder:"), self)
        ladder_label.setBuddy(self.ladder_combo)
        track_label = QLabel(self.tr("&Track:"), self)
        track_label.setBuddy(self.track_filter)
        # three groups: one row when the window is wide enough, else the track
        # controls wrap onto a second row (the map keeps every pixel it can)
        self._ladder_group = self._group(ladder_label, self.ladder_combo, self.import_button)
        self._track_group = self._group(
            track_label, self.track_filter, self.readiness_toggle, self.legend_toggle
        )
        self._view_group = self._group(
            self.zoom_out_button, self.zoom_in_button, self.fit_button, self.export_button
        )
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(6, 4, 6, 0)
        self._grid.setVerticalSpacing(4)
        self._one_row: bool | None = None
        self._arrange(one_row=False)
        # the narrowest is the two-row arrangement; one row must not hold the window wide
        margins = self._grid.contentsMargins()
        two_rows = max(
            self._ladder_group.minimumSizeHint().width()
            + self._view_group.minimumSizeHint().width()
            + 12,
            self._track_group.minimumSizeHint().width(),
        )
        self.setMinimumWidth(two_rows + margins.left() + margins.right())

    def _group(self, *widgets: QWidget) -> QWidget:
        group = QWidget(self)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        return group

    def _one_row_width(self) -> int:
        groups = (self._ladder_group, self._track_group, self._view_group)
        margins = self._grid.contentsMargins()
        spacing = max(self._grid.horizontalSpacing(), 6)
        return (
            sum(g.sizeHint().width() for g in groups)
            + 3 * spacing
            + 12
            + (margins.left() + margins.right())
        )

    def _arrange(self, one_row: bool) -> None:
        if one_row == self._one_row:
            return
        self._one_row = one_row
        for group in (self._ladder_group, self._track_group, self._view_group):
            self._grid.removeWidget(group)
        self._grid.addWidget(self._ladder_group, 0, 0, Qt.AlignmentFlag.AlignLeft)
        if one_row:
            self._grid.addWidget(self._track_group, 0, 1, Qt.AlignmentFlag.AlignLeft)
            self._grid.addWidget(self._view_group, 0, 3, Qt.AlignmentFlag.AlignRight)
        else:
            self._grid.addWidget(self._view_group, 0, 3, Qt.AlignmentFlag.AlignRight)
            self._grid.addWidget(self._track_group, 1, 0, 1, 4, Qt.AlignmentFlag.AlignLeft)
        self._grid.setColumnStretch(2, 1)

    @property
    def is_one_row(self) -> bool:
        return bool(self._one_row)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(one_row=event.size().width() >= self._one_row_width())
        super().resizeEvent(event)

    def _tool(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button
