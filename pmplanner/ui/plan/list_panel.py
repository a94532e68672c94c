"""A panel around one plan list (goals, contacts): buttons, shortcuts, the table.

The shortcuts belong to the panel (WidgetWithChildrenShortcut), so Insert and
Delete act on the list that has the focus and never clash between tabs.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from pmplanner.ui.plan.delegates import PlanItemDelegate
from pmplanner.ui.plan.list_model import PlanListModel
from pmplanner.ui.plan.roles import ID_ROLE
from pmplanner.ui.plan.shortcuts import shortcut_text
from pmplanner.ui.plan.table_view import PlanTableView
from pmplanner.ui.plan.text_filter import TextFilterProxy


@dataclass(frozen=True)
class PanelTexts:
    """What a list panel says, translated by the panel that owns the list."""

    items: str  # the table's accessible name: "Goals"
    add: str  # the add button: "Add goal"
    add_tip: str
    delete_tip: str
    empty: str  # with {action} and {keys}: "No goals yet. Add one with ..."
    add_undo: str  # "Add goal"
    delete_undo: Callable[[int], str]  # how many -> "Delete goal", "Delete 3 goals"


class ListPanel(QWidget):
    search: QLineEdit  # each panel's search field (text_filter.make_search)

    def __init__(
        self,
        document,
        model: PlanListModel,
        proxy: QSortFilterProxyModel,
        texts: PanelTexts,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.document = document
        self.model = model
        self.proxy = proxy
        self.texts = texts
        self._tab_order_set = False
        proxy.setSourceModel(model)

        self.view = PlanTableView(self)
        self.view.setModel(proxy)
        self.view.setItemDelegate(PlanItemDelegate(document.catalog, self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the plan's own order
        self.view.setAccessibleName(texts.items)
        self.view.horizontalHeader().setAccessibleName(
            self.tr("{items} columns").format(items=texts.items)
        )

        self.add_action = self.make_action(
            texts.add,
            texts.add_tip,
            [QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+Shift+N")],
            self.add_new,
        )
        self.delete_action = self.make_action(
            self.tr("Delete"),
            texts.delete_tip,
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.delete_selected,
        )

        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        self.button_rows: list[QHBoxLayout] = [self.buttons]  # Tab goes along each, in order
        self.add_button = self.button(self.add_action)
        self.delete_button = self.button(self.delete_action)

        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setContentsMargins(0, 12, 0, 12)

        self.panel_layout = layout = QVBoxLayout(self)  # a panel may add below the table
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self.buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)

        self.view.selectionModel().selectionChanged.connect(self.update_actions)
        for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset):
            signal.connect(self.update_actions)
        self.update_actions()

    # -- building -----------------------------------------------------------
    def make_action(self, text: str, tip: str, shortcuts: list[QKeySequence], slot) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(shortcuts)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(self.tr("{tip} ({keys})").format(tip=tip, keys=shortcut_text(shortcuts)))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAccessibleName(action.text())
        self.buttons.addWidget(button)
        return button

    def showEvent(self, event: QShowEvent) -> None:
        if not self._tab_order_set:
            self._tab_order_set = True
            self.finish_tab_order()
        super().showEvent(event)

    def finish_tab_order(self) -> None:
        """Tab goes along the button row, left to right, then into the table below it.

        The table is made first, so without this Tab would reach it before the
        buttons. Done when first shown: Qt 6.11 ignores setTabOrder(a, b) while
        a is the last widget of its window, as the row's last one is while the
        panel has no parent yet.
        """
        items = [row.itemAt(i) for row in self.button_rows for i in range(row.count())]
        row = [item.widget() for item in items if item is not None]
        chain = [w for w in row if w is not None] + [self.view]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    # -- selection ------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows()
        return [index.data(ID_ROLE) for index in rows]

    def select(self, item_id: str, edit_field: str | None = None) -> None:
        source = self.model.index_of(item_id, edit_field)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if edit_field:
            self.view.edit(index)

    def show_count(
        self,
        label: QLabel,
        clear: QAction,
        shown: Callable[[int, int], str],
        total: Callable[[int], str],
    ) -> None:
        """ "N of M shown" while the proxy filters (and Clear enabled), else "M"."""
        proxy = self.proxy
        filtering = isinstance(proxy, TextFilterProxy) and proxy.is_filtering()
        clear.setEnabled(filtering)
        count = self.model.rowCount()
        if filtering:
            label.setText(shown(self.proxy.rowCount(), count))
        else:
            label.setText(total(count) if count else "")

    def update_actions(self, *_: Any) -> None:
        self.delete_action.setEnabled(bool(self.view.selectionModel().selectedRows()))
        self.empty_label.setVisible(self.proxy.rowCount() == 0)
        self.empty_label.setText(self.empty_text())

    def empty_text(self) -> str:
        keys = shortcut_text(self.add_action.shortcuts())
        return self.texts.empty.format(action=self.add_action.text(), keys=keys)

    # -- edits ------------------------------------------------------------------
    def new_item(self) -> Any:
        raise NotImplementedError

    def add_new(self) -> None:
        if self.is_editing():
            self.view.setFocus()  # commits the open editor first
        item = self.new_item()
        self.insert([(self.model.rowCount(), item)], self.texts.add_undo)
        self.make_visible(item.id)
        self.select(item.id, edit_field=self.model.columns[0])

    def make_visible(self, item_id: str) -> None:
        """Filters in subclasses may hide a new item; they clear themselves here."""

    def insert(self, placed: list[tuple[int, Any]], text: str) -> None:
        self.document.add_items(self.model.list_name, placed, text)

    def is_editing(self) -> bool:
        """An inline editor is open: Delete and friends belong to it, not to the list."""
        return self.view.state() == PlanTableView.State.EditingState

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.is_editing():
            return
        next_row = min(self.view.selectionModel().selectedRows(), key=lambda i: i.row()).row()
        text = self.texts.delete_undo(len(ids))
        self.document.delete_items(self.model.list_name, ids, text)
        # keep the keyboard in the table, on the row that moved up
        if self.proxy.rowCount():
            index = self.proxy.index(min(next_row, self.proxy.rowCount() - 1), 0)
            self.view.setCurrentIndex(index)
            self.view.selectRow(index.row())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_table(self) -> None:
        """Focus the table with a row selected, so Delete and F2 act at once."""
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.proxy.rowCount() or self.view.selectionModel().hasSelection():
            return
        current = self.view.currentIndex()
        self.view.selectRow(current.row() if current.isValid() else 0)
