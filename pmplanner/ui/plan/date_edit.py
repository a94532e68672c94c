"""A date editor that can also hold "no date".

QDateEdit has no empty state; the minimum date stands in for it and shows as
a special text ("No date"). Delete clears it (so does Backspace with the
whole date selected); stepping from empty starts at today. Opening the
calendar from empty shows today's month with today selected but leaves the
value empty: only picking a date sets it, closing the popup keeps "no date".

Typing into an empty field (or over the whole selected date) collects the text
as typed and reads it on Enter, Tab or leaving the field: the locale's form
("31 Jan 2027") or ISO ("2027-01-31"). Text that is no date says so in a
message under the field and stays to be corrected (Escape gives up on it).
Quick keys: T today, + one week later, Page Up / Page Down a month later or
earlier. Stepping the day, month or year crosses into the next month or year.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QValidator,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateEdit,
    QDateTimeEdit,
    QStyle,
    QStyleOptionComboBox,
    QToolTip,
    QWidget,
)

from pmplanner.ui.plan import clock
from pmplanner.wording import formats
from pmplanner.wording.formats import parse_date, py_date, qdate

EMPTY = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    value_changed = Signal(object)  # date | None, on every change
    _typed: str | None = None  # text being typed (a class default: Qt validates in __init__)

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
        self._typed: str | None = None  # text being typed, read on Enter / Tab / leaving
        self.error_text = ""  # the message shown for text that is no date
        example = formats.format_date(date(2027, 1, 31))
        self.setToolTip(
            self.tr(
                "Type a date ({example} or 2027-01-31) or pick one from the calendar.\n"
                "T: today · +: one week later · Page Up / Page Down: one month later / "
                "earlier · Delete: no date"
            ).format(example=example)
        )

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

    # -- typing a whole date -------------------------------------------------------
    def is_typing(self) -> bool:
        return self._typed is not None

    def _show_text(self, text: str) -> None:
        # the spin box reads its line edit on every change: keep it out of the typing
        edit = self.lineEdit()
        blocker = QSignalBlocker(edit)
        try:
            edit.setText(text)
            edit.setCursorPosition(len(text))
        finally:
            blocker.unblock()

    def _show_value(self) -> None:
        self._show_text(
            self.specialValueText() if self.is_empty() else self.textFromDateTime(self.dateTime())
        )

    def commit_typed(self) -> bool:
        """Read the typed text into the value; False (and a message) when it is no date."""
        typed = self._typed
        if typed is None:
            return True
        if not typed.strip():
            self._typed = None
            self.clear_value()
            self._show_value()
            return True
        parsed = parse_date(typed)
        if parsed is None or not (EMPTY < qdate(parsed) <= self.maximumDate()):
            example = formats.format_date(clock.today())
            self.error_text = self.tr(
                "“{text}” is not a date. Type it like {example} or {iso}."
            ).format(text=typed, example=example, iso=clock.today().isoformat())
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self.error_text, self)
            self.setAccessibleDescription(self.error_text)
            return False
        self._typed = None
        self._clear_error()
        self.set_value(parsed)
        self._show_value()
        return True

    def cancel_typed(self) -> None:
        self._typed = None
        self._clear_error()
        self._show_value()

    def _clear_error(self) -> None:
        if self.error_text:
            self.error_text = ""
            self.setAccessibleDescription("")
            QToolTip.hideText()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # while typing, the text is the person's own: QDateTimeEdit would "fix" it
        # (31 Feb becomes 28 Feb, half a month name becomes a section)
        if self._typed is not None:
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def fixup(self, text: str) -> str:
        if self._typed is not None:
            return text
        return super().fixup(text)

    def interpretText(self) -> None:
        if self._typed is not None and not self.commit_typed():
            self.cancel_typed_keeping_error()
            return
        super().interpretText()

    def cancel_typed_keeping_error(self) -> None:
        """Leaving with text that is no date: the value stays, the message stays a moment."""
        self._typed = None
        self._show_value()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._typed is not None and not self.commit_typed():
            self.cancel_typed_keeping_error()
        super().focusOutEvent(event)

    # -- events -------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        plain = not (
            event.modifiers()
            & (
                Qt.KeyboardModifier.ControlModifier
                | Qt.KeyboardModifier.AltModifier
                | Qt.KeyboardModifier.MetaModifier
            )
        )
        printable = plain and bool(text) and text.isprintable()
        if self._typed is not None:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.commit_typed()
                event.accept()
                return
            if key == Qt.Key.Key_Escape:
                self.cancel_typed()
                event.accept()
                return
            if key == Qt.Key.Key_Backspace:
                self._typed = self._typed[:-1]
                self._show_text(self._typed)
                event.accept()
                return
            if printable:
                self._typed += text
                self._show_text(self._typed)
                event.accept()
                return
            if not self.commit_typed():
                event.accept()
                return
            super().keyPressEvent(event)
            return
        # Delete empties the date; Backspace too once the whole date is selected
        # (deleting one section would only leave an invalid date behind)
        whole = self.lineEdit().selectedText() == self.lineEdit().text()
        if key == Qt.Key.Key_Delete or (key == Qt.Key.Key_Backspace and (whole or self.is_empty())):
            self.clear_value()
            event.accept()
            return
        if self._quick_key(event, plain):
            event.accept()
            return
        if self.is_empty() and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._start_from_today()
            event.accept()
            return
        if printable and text.strip() and (self.is_empty() or whole):
            self._typed = text
            self._show_text(text)
            event.accept()
            return
        super().keyPressEvent(event)

    def _quick_key(self, event: QKeyEvent, plain: bool) -> bool:
        key = event.key()
        base = self.value() or clock.today()
        if plain and key == Qt.Key.Key_T:
            self.set_value(clock.today())
        elif plain and event.text() == "+":
            self.set_value(base + timedelta(days=7))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            months = 1 if key == Qt.Key.Key_PageUp else -1
            self.setDate(qdate(base).addMonths(months))
        else:
            return False
        return True

    def stepBy(self, steps: int) -> None:
        if self._typed is not None and not self.commit_typed():
            return
        if self.is_empty():
            self._start_from_today()
            return
        section = self.currentSection()
        current = self.date()
        Section = QDateTimeEdit.Section
        if section == Section.DaySection:
            stepped = current.addDays(steps)
        elif section == Section.MonthSection:
            stepped = current.addMonths(steps)
        elif section == Section.YearSection:
            stepped = current.addYears(steps)
        else:
            super().stepBy(steps)
            return
        if EMPTY < stepped <= self.maximumDate():
            self.setDate(stepped)  # across months and years, not wrapping inside one
        self.setCurrentSection(section)
        self.setSelectedSection(section)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = super().stepEnabled()
        if self.is_empty() or self._typed is not None:
            return flags
        # a day, month or year steps across its neighbours: only the range stops it
        step = QAbstractSpinBox.StepEnabledFlag
        if self.date() < self.maximumDate():
            flags |= step.StepUpEnabled
        if self.date() > EMPTY.addDays(1):
            flags |= step.StepDownEnabled
        return flags

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
