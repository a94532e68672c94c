"""The goals panel: add, duplicate, delete, filter and edit goals in a table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QMenu, QToolButton, QWidget

from pmplanner.core.goal_rules import duplicated_goal
from pmplanner.core.plan import Goal, GoalCategory, GoalKind, GoalStatus
from pmplanner.ui.plan.done_offer import DoneOffer
from pmplanner.ui.plan.goal_filter import OPEN, OVERDUE, GoalFilterProxy, parse_kind_filter
from pmplanner.ui.plan.goals_model import GoalsTableModel
from pmplanner.ui.plan.list_panel import ListPanel, PanelTexts, shortcut_text
from pmplanner.ui.plan.models import goals_model
from pmplanner.wording import counts
from pmplanner.wording.labels import all_of_category, kind_label, status_label

COLUMN_WIDTHS = {
    "kind": 115,
    "status": 90,
    "progress": 70,
    "due": 110,
    "skills": 150,
    "notes": 170,
    "link": 130,
}
# Shown from the Columns button or the header's context menu; hidden at first
# so the title has room.
HIDDEN_AT_FIRST = ("notes", "link")


def goal_texts() -> PanelTexts:
    return PanelTexts(
        items=QCoreApplication.translate("GoalsPanel", "Goals"),
        add=QCoreApplication.translate("GoalsPanel", "Add goal"),
        add_tip=QCoreApplication.translate("GoalsPanel", "Add a goal and type its title"),
        delete_tip=QCoreApplication.translate(
            "GoalsPanel", "Delete the selected goals (undo brings them back)"
        ),
        empty=QCoreApplication.translate(
            "GoalsPanel", "No goals yet. Add one with “{action}” ({keys})."
        ),
        add_undo=QCoreApplication.translate("GoalsPanel", "Add goal"),
        delete_undo=counts.delete_goals,
    )


class GoalsPanel(ListPanel):
    model: GoalsTableModel  # the document's, handed to ListPanel

    def __init__(self, document, parent: QWidget | None = None):
        self.filter_proxy = GoalFilterProxy()
        super().__init__(document, goals_model(document), self.filter_proxy, goal_texts(), parent)
        self.setObjectName("goalsPanel")
        self.filter_proxy.setParent(self)

        self.duplicate_action = self.make_action(
            self.tr("Duplicate"),
            self.tr("Add a copy of the selected goals to adapt"),
            [QKeySequence("Ctrl+D")],
            self.duplicate_selected,
        )
        self.buttons.insertWidget(1, self.button(self.duplicate_action))
        self.buttons.addSpacing(16)

        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(self.tr("Filter by kind"))
        self.kind_filter.setToolTip(self.tr("Show only learning, networking or one kind of goal"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for category in GoalCategory:
            self.kind_filter.addItem(all_of_category(category), category)
        self.kind_filter.insertSeparator(self.kind_filter.count())
        for kind in GoalKind:
            self.kind_filter.addItem(kind_label(kind), kind)
        self.kind_filter.currentIndexChanged.connect(
            lambda: self.filter_proxy.set_kind_filter(self.kind_filter.currentData())
        )

        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.setToolTip(self.tr("Show only goals with this status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        self.status_filter.addItem(self.tr("Open (planned or in progress)"), OPEN)
        self.status_filter.addItem(self.tr("Overdue"), OVERDUE)
        self.status_filter.insertSeparator(self.status_filter.count())
        for status in GoalStatus:
            self.status_filter.addItem(status_label(status), status)
        self.status_filter.currentIndexChanged.connect(
            lambda: self.filter_proxy.set_status_filter(self.status_filter.currentData())
        )

        self.search_action = self.make_action(
            self.tr("Find"),
            self.tr("Search titles, notes and links"),
            [QKeySequence(QKeySequence.StandardKey.Find)],
            self.focus_search,
        )
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search goals"))
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search title, notes, link ({keys})").format(
                keys=shortcut_text(self.search_action.shortcuts())
            )
        )
        self.search.setToolTip(self.search_action.toolTip())
        self.search.setMinimumWidth(100)
        # the filters may shrink (elided) so the editor fits a small window
        for combo in (self.kind_filter, self.status_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self.search.textChanged.connect(self.filter_proxy.set_text_filter)
        self.search.returnPressed.connect(self.focus_table)

        self.columns_menu = QMenu(self.tr("Columns"), self)
        self.columns_menu.setAccessibleName(self.tr("Columns"))
        self.columns_menu.aboutToShow.connect(self._sync_column_actions)
        self.columns_button = QToolButton(self)
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setAccessibleName(self.tr("Columns"))
        self.columns_button.setToolTip(
            self.tr("Show or hide table columns, such as Notes and Link")
        )
        self.columns_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_button.setMenu(self.columns_menu)

        self.buttons.addWidget(self.kind_filter)
        self.buttons.addWidget(self.status_filter)
        self.buttons.addWidget(self.search, 1)
        self.buttons.addWidget(self.columns_button)

        header = self.view.horizontalHeader()
        for field, width in COLUMN_WIDTHS.items():
            header.resizeSection(self.model.column_of(field), width)
        # the title takes what is left; the other columns keep readable widths
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.model.column_of("title"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for field in HIDDEN_AT_FIRST:
            self.view.setColumnHidden(self.model.column_of(field), True)
        self.column_actions = self._make_column_actions()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)

        self.filter_proxy.layoutChanged.connect(self.update_actions)
        self.update_actions()

        self.done_offer = DoneOffer(document, self)
        self.panel_layout.addWidget(self.done_offer)

    def _make_column_actions(self) -> dict[str, QAction]:
        """One checkable action per column but the title (always shown).

        The Columns button's menu and the header's context menu share them.
        """
        actions = {}
        title_column = self.model.column_of("title")
        for column, field in enumerate(self.model.columns):
            if column == title_column:
                continue
            action = self.columns_menu.addAction(self.model.header_text(field))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.view.setColumnHidden(c, not shown))
            actions[field] = action
        return actions

    def _sync_column_actions(self) -> None:
        for field, action in self.column_actions.items():
            shown = not self.view.isColumnHidden(self.model.column_of(field))
            if action.isChecked() != shown:
                action.setChecked(shown)

    def _column_menu(self, pos) -> None:
        self.columns_menu.popup(self.view.horizontalHeader().mapToGlobal(pos))

    # -- actions ----------------------------------------------------------------
    def update_actions(self, *args) -> None:
        super().update_actions(*args)
        if hasattr(self, "duplicate_action"):
            self.duplicate_action.setEnabled(self.delete_action.isEnabled())

    def empty_text(self) -> str:
        if self.model.rowCount() == 0:
            return super().empty_text()
        return self.tr("No goals match these filters.")

    def new_item(self) -> Goal:
        chosen = parse_kind_filter(self.kind_filter.currentData())
        if isinstance(chosen, GoalKind):
            return Goal(kind=chosen)
        if chosen == GoalCategory.NETWORKING:
            return Goal(kind=GoalKind.MEETUP)
        return Goal(kind=GoalKind.COURSE)

    def make_visible(self, item_id: str) -> None:
        source = self.model.index_of(item_id)
        if not self.filter_proxy.mapFromSource(source).isValid():
            self.clear_filters()

    def clear_filters(self) -> None:
        self.kind_filter.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(0)
        self.search.clear()

    def duplicate_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.is_editing():
            return
        rows = sorted(self.model.row_of(i) for i in ids)
        # each copy goes right after its original: offsets grow as copies are added
        copy_title = self.tr("{title} (copy)")
        placed = [
            (row + 1 + n, duplicated_goal(self.model.goal(row), copy_title))
            for n, row in enumerate(rows)
        ]
        n = len(placed)
        text = self.tr("Duplicate goal") if n == 1 else self.tr("Duplicate %Ln goals", "", n)
        self.insert(placed, text)
        self.make_visible(placed[0][1].id)
        self.select(placed[0][1].id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_table(self) -> None:
        """Focus the table with a row selected, so Delete and F2 act at once."""
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.filter_proxy.rowCount() or self.view.selectionModel().hasSelection():
            return
        current = self.view.currentIndex()
        self.view.selectRow(current.row() if current.isValid() else 0)
