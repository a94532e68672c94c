"""Tabs whose pages are made the first time they are shown.

The plan editor's Skills, Contacts and Progress tabs are built only when the
person opens them (or code asks for their panel), so start-up pays neither the
time nor the memory of tables nobody has looked at yet (~0.9 MB). To callers
the panel is the tab's page: ``indexOf``, ``setCurrentWidget``, ``widget`` and
``currentWidget`` of ``LazyTabs`` answer with it, making it when asked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyPage(QWidget):
    """A tab's page holding the panel ``make`` returns, made when first shown or asked for.

    ``make`` should not hold the page's owners (a bound method of the tab's
    owner would tie them in a cycle only the garbage collector ends): connect
    to ``made`` to wire the new panel up.
    """

    made = Signal(QWidget)

    def __init__(self, make: Callable[[], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._make: Callable[[], QWidget] | None = make
        self._panel: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def made_panel(self) -> QWidget | None:
        """The panel if it has been made; never makes it."""
        return self._panel

    def panel(self) -> QWidget:
        if self._panel is None:
            assert self._make is not None
            self._panel = self._make()
            self._make = None  # what it held (the document) is not kept twice
            self._layout.addWidget(self._panel)
            if self.isVisible():  # being shown: laid out and shown already, without it
                # the page's size from its first show on, as the page has (a layout
                # skips a widget not shown yet)
                self._panel.setGeometry(self.rect())
                self._panel.show()
            self.made.emit(self._panel)
        return self._panel

    def showEvent(self, event: QShowEvent) -> None:
        # before the tab widget looks for a widget in the page to give the focus to
        self.panel()
        super().showEvent(event)


class LazyTabs(QTabWidget):
    """A tab widget whose LazyPage pages stand for their panels."""

    def add_lazy_tab(self, make: Callable[[], QWidget], label: str) -> LazyPage:
        page = LazyPage(make, self)
        self.addTab(page, label)
        return page

    def widget(self, index: int) -> QWidget | None:
        page = super().widget(index)
        return page.panel() if isinstance(page, LazyPage) else page

    def currentWidget(self) -> QWidget:
        page = super().currentWidget()
        return page.panel() if isinstance(page, LazyPage) else page

    def indexOf(self, widget: QWidget) -> int:
        for index in range(self.count()):
            page = super().widget(index)
            if page is widget or (isinstance(page, LazyPage) and page.made_panel() is widget):
                return index
        return -1

    def setCurrentWidget(self, widget: QWidget) -> None:
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)
