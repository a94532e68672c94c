"""A keyboard-first table: Enter or F2 edits, typing starts an edit, rows select."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QHeaderView, QTableView, QWidget

Trigger = QAbstractItemView.EditTrigger


class PlanTableView(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(Trigger.DoubleClicked | Trigger.EditKeyPressed | Trigger.AnyKeyPressed)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setAccessibleName(self.tr("Rows"))
        corner = self.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(self.tr("Select all rows"))
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tabbing in selects the current row, so Delete and F2 act at once."""
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason or self.selectionModel() is None:
            return
        current = self.currentIndex()
        if current.isValid() and not self.selectionModel().hasSelection():
            self.selectRow(current.row())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.state() != QAbstractItemView.State.EditingState:
            index = self.currentIndex()
            if index.isValid() and self.edit(index, Trigger.EditKeyPressed, event):
                event.accept()
                return
        super().keyPressEvent(event)
