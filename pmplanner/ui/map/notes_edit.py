"""The person's own notes on a role or a skill, typed in the details beside the map.

Plain text (links stay text). What is typed becomes one undo step when typing
pauses (``PAUSE_MS``) or the field is left, through ``edited`` (the map area
passes it to ``PlanDocument.set_role_note`` / ``set_skill_note``). Showing
another role or skill first keeps what was typed for the one shown before.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from pmplanner.core.plan import MAX_TEXT

PAUSE_MS = 1200


class NotesEdit(QPlainTextEdit):
    edited = Signal(str, str)  # id of the role or skill, the whole text

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab leaves the notes, as in a form
        self.ident: str | None = None
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.commit)
        self.textChanged.connect(self._typed)
        self._loading = False

    @property
    def pending(self) -> bool:
        """Typed text not yet kept in the plan."""
        return self._pending

    def show_note(self, ident: str | None, text: str) -> None:
        """Show the notes on ``ident``; typing still pending for it is kept as typed."""
        if ident != self.ident:
            self.commit()
        elif self._pending:
            return
        self.ident = ident
        if self.toPlainText() != text:
            self._loading = True
            try:
                self.setPlainText(text)
            finally:
                self._loading = False

    def discard(self) -> None:
        """Forget typing not yet kept (the plan it was for is gone)."""
        self._timer.stop()
        self._pending = False

    def commit(self) -> None:
        """Keep what was typed (one undo step), if anything is pending."""
        self._timer.stop()
        if not self._pending or self.ident is None:
            self._pending = False
            return
        self._pending = False
        self.edited.emit(self.ident, self.toPlainText()[:MAX_TEXT])

    def _typed(self) -> None:
        if self._loading or self.ident is None:
            return
        self._pending = True
        self._timer.start()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)
