"""A view kept current with the plan, without working while it is hidden.

A change to the plan marks the view stale; while it is visible it is refreshed on
the next turn of the event loop (many changes in one step, one refresh); a stale
view is refreshed as it is shown. The view's ``refresh`` calls ``done()`` first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget


class ShownRefresh(QObject):
    def __init__(self, view: QWidget, document, refresh: Callable[[], None]):
        super().__init__(view)  # ends with the view
        self._view = view
        self._refresh = refresh
        self.stale = True
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(refresh)
        document.changed.connect(self.mark)

    def mark(self) -> None:
        self.stale = True
        if self._view.isVisible():
            self._timer.start()

    def shown(self) -> None:
        """From the view's showEvent: refresh now if the plan changed while hidden."""
        if self.stale:
            self._refresh()

    def done(self) -> None:
        """The view is refreshing: no refresh is waiting any more."""
        self._timer.stop()
        self.stale = False
