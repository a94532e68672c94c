"""The career map's tool bar: ladder, track filter, overlays, zoom and export."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
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
        rows = QVBoxLayout(self)
        rows.setContentsMargins(6, 4, 6, 0)
        rows.setSpacing(4)
        top, bottom = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(top)
        rows.addLayout(bottom)
        ladder_label = QLabel(self.tr("&Ladder:"), self)
        ladder_label.setBuddy(self.ladder_combo)
        track_label = QLabel(self.tr("&Track:"), self)
        track_label.setBuddy(self.track_filter)
        widget: QWidget
        for widget in (ladder_label, self.ladder_combo, self.import_button):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            top.addWidget(widget)
        top.addWidget(self.export_button)
        for widget in (track_label, self.track_filter, self.readiness_toggle, self.legend_toggle):
            bottom.addWidget(widget)
        bottom.addStretch(1)

    def _tool(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button
