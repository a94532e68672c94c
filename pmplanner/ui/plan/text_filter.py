"""The pieces of a list's filter bar that the goals and the contacts share.

``TextFilterProxy``: sorting by SORT_ROLE and a case-insensitive search over
the text a subclass gives for each row; ``make_search`` the search field with
its Find shortcut (the panel's own, so each tab has one).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit

from pmplanner.ui.plan.roles import SORT_ROLE
from pmplanner.ui.plan.shortcuts import shortcut_text


class TextFilterProxy(QSortFilterProxyModel):
    filters_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._text = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    @property
    def text_filter(self) -> str:
        return self._text

    def set_text_filter(self, text: str) -> None:
        self._change(lambda: setattr(self, "_text", text.strip().casefold()))

    def clear_filters(self) -> None:
        self._change(lambda: setattr(self, "_text", ""))

    def is_filtering(self) -> bool:
        return bool(self._text)

    def _change(self, apply: Callable[[], object]) -> None:
        self.beginFilterChange()
        apply()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filters_changed.emit()

    def text_matches(self, haystack: str) -> bool:
        return not self._text or self._text in haystack.casefold()

    def row_text(self, source_row: int) -> str:
        """What the search looks in for one row of the source model."""
        raise NotImplementedError

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if source_parent.isValid():
            return True
        return self.text_matches(self.row_text(source_row))


def make_search(panel, name: str, tip: str, focus: Callable[[], None]) -> tuple[QLineEdit, QAction]:
    """A search field named ``name`` and its Find action (Ctrl+F) on ``panel`` (a ListPanel)."""
    action = panel.make_action(
        QCoreApplication.translate("SearchField", "Find"),
        tip,
        [QKeySequence(QKeySequence.StandardKey.Find)],
        focus,
    )
    field = QLineEdit(panel)
    field.setAccessibleName(name)
    field.setClearButtonEnabled(True)
    field.setPlaceholderText(
        QCoreApplication.translate("SearchField", "Search ({keys})").format(
            keys=shortcut_text(action.shortcuts())
        )
    )
    field.setToolTip(action.toolTip())
    field.setMinimumWidth(100)
    return field, action
