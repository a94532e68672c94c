"""A date editor that can also hold "no date".

QDateEdit has no empty state; the minimum date stands in for it and shows as
a special text ("No date"). Delete clears it (so does Backspace with the
whole date selected); stepping from empty starts at today. Opening the
calendar from empty shows today's month with today selected but leaves the
value empty: only picking a date sets it, closing the popup keeps "no date".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QStyle, QStyleOptionComboBox, QWidget

from pmplanner.ui.plan import clock
from pmplanner.wording import formats
from pmplanner.wording.formats import py_date, qdate

EMPTY = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    value_changed = Signal(object)  # date | None, on every change

    def __init__(self, parent: QWidget | None = None, empty_text: str | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(formats.date_pattern())
        self.setMinimumDate(EMPTY)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText(self.tr("No date") if empty_text is None else empty_text)
        self.setDate(EMPTY)
        self.clear_action = QAction(self.tr("Clear date"), self)
        self.clear_action.triggered.connect(self.clear_value)
        self.dateChanged.connect(lambda _d: self.value_changed.emit(self.value()))
        self.setToolTip(self.tr("Pick a date from the calendar; Delete clears it"))

    def value(self) -> date | None:
        current = self.date()
        return None if current == EMPTY else py_date(current)

    def set_value(self, value: date | None) -> None:
        self.setDate(qdate(value) if value else EMPTY)

    def clear_value(self) -> None:
        self.setDate(EMPTY)

    def is_empty(self) -> bool:
        return self.date() == EMPTY

    def _start_from_today(self) -> None:
        if self.is_empty():
            self.set_value(clock.today())

    # -- events -------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Delete empties the date; Backspace too once the whole date is selected
        # (deleting one section would only leave an invalid date behind)
        whole = self.lineEdit().selectedText() == self.lineEdit().text()
        if event.key() == Qt.Key.Key_Delete or (
            event.key() == Qt.Key.Key_Backspace and (whole or self.is_empty())
        ):
            self.clear_value()
            event.accept()
            return
        if self.is_empty() and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._start_from_today()
            event.accept()
            return
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        if self.is_empty():
            self._start_from_today()
            return
        super().stepBy(steps)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        on_arrow = self._on_arrow(event.position().toPoint())
        super().mousePressEvent(event)  # the arrow opens the calendar on the value
        if on_arrow and self.is_empty():
            self._show_today_in_calendar()

    def _show_today_in_calendar(self) -> None:
        """Show today in the open calendar instead of January 1900, value untouched.

        The popup writes its selection into the editor on selectionChanged, so
        the calendar's signals are blocked while today is selected; closing the
        popup without a pick then restores the empty value it opened with.
        """
        calendar = self.calendarWidget()
        if calendar is None:
            return
        today = qdate(clock.today())
        blocker = QSignalBlocker(calendar)
        try:
            calendar.setSelectedDate(today)
            calendar.setCurrentPage(today.year(), today.month())
        finally:
            blocker.unblock()

    def _on_arrow(self, pos: QPoint) -> bool:
        option = QStyleOptionComboBox()  # how QDateTimeEdit lays out its popup arrow
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        hit = self.style().hitTestComplexControl(
            QStyle.ComplexControl.CC_ComboBox, option, pos, self
        )
        return hit == QStyle.SubControl.SC_ComboBoxArrow

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.lineEdit().createStandardContextMenu()
        menu.addSeparator()
        menu.addAction(self.clear_action)
        self.clear_action.setEnabled(not self.is_empty())
        menu.exec(event.globalPos())
        menu.deleteLater()
