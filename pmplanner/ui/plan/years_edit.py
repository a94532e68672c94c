"""A number of years, or "not set": a spin box whose lowest value reads as not set."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from pmplanner.core.plan import MAX_YEARS

STEP = 0.5
UNSET = -STEP  # the value below 0 that shows the "not set" text


class OptionalYearsEdit(QDoubleSpinBox):
    """Years in half-year steps from 0 to 60; below 0 (one step down from 0) is not set.

    ``value_changed`` is emitted once per change the person makes: a step of
    the arrows, or typed text when Enter is pressed or the field is left.
    """

    value_changed = Signal(object)  # float | None

    def __init__(self, parent: QWidget | None = None, empty_text: str = ""):
        super().__init__(parent)
        self.setRange(UNSET, MAX_YEARS)
        self.setSingleStep(STEP)
        self.setDecimals(1)
        self.setKeyboardTracking(False)  # typed text counts when it is done
        self.setSpecialValueText(empty_text)
        self.setValue(UNSET)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.valueChanged.connect(self._changed)

    def years(self) -> float | None:
        value = self.value()
        return None if value < 0 else value

    def set_years(self, years: float | None) -> None:
        self.blockSignals(True)
        try:
            self.setValue(UNSET if years is None else years)
        finally:
            self.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.setValue(UNSET)  # Delete: not set
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.years() is None:  # typing replaces "not set"
            self.lineEdit().selectAll()

    def _changed(self, value: float) -> None:
        if UNSET < value < 0:  # typed between "not set" and 0
            self.set_years(None)
        self.value_changed.emit(self.years())
