"""The goals panel: add, duplicate, delete, filter and edit goals in a table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QToolButton,
    QWidget,
)

from pmplanner.core.goal_rules import duplicated_goal
from pmplanner.core.plan import Goal, GoalCategory, GoalKind, GoalStatus
from pmplanner.ui.plan.column_fit import TitleColumnFit
from pmplanner.ui.plan.delegates import PlanItemDelegate
from pmplanner.ui.plan.done_offer import DoneOffer
from pmplanner.ui.plan.goal_detail import GoalDetailPane
from pmplanner.ui.plan.goal_filter import OPEN, OVERDUE, GoalFilterProxy, parse_kind_filter
from pmplanner.ui.plan.goals_model import GoalsTableModel
from pmplanner.ui.plan.list_panel import ListPanel, PanelTexts
from pmplanner.ui.plan.models import goals_model
from pmplanner.ui.plan.roles import ID_ROLE
from pmplanner.ui.plan.text_filter import make_search
from pmplanner.wording import counts
from pmplanner.wording.labels import all_of_category, kind_label, status_label


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
        self.buttons.addStretch(1)

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
        self.status_filter.addItem(self.tr("Open"), OPEN)
        self.status_filter.setItemData(
            1, self.tr("Planned or in progress"), Qt.ItemDataRole.ToolTipRole
        )
        self.status_filter.addItem(self.tr("Overdue"), OVERDUE)
        self.status_filter.setItemData(
            2, self.tr("Open and past its due date"), Qt.ItemDataRole.ToolTipRole
        )
        self.status_filter.insertSeparator(self.status_filter.count())
        for status in GoalStatus:
            self.status_filter.addItem(status_label(status), status)
        self.status_filter.currentIndexChanged.connect(
            lambda: self.filter_proxy.set_status_filter(self.status_filter.currentData())
        )
        # full labels: each filter is as wide as its longest entry
        for combo in (self.kind_filter, self.status_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.search, self.search_action = make_search(
            self,
            self.tr("Search goals"),
            self.tr("Search titles, notes and links"),
            self.focus_search,
        )
        self.search.textChanged.connect(self.filter_proxy.set_text_filter)
        self.search.returnPressed.connect(self.focus_table)

        self.clear_filters_action = self.make_action(
            self.tr("Clear filters"),
            self.tr("Show every goal again"),
            [QKeySequence("Ctrl+Shift+L")],
            self.clear_filters,
        )
        self.shown_label = QLabel(self)
        self.shown_label.setObjectName("goalsShown")
        self.shown_label.setTextFormat(Qt.TextFormat.PlainText)
        self.shown_label.setAccessibleName(self.tr("Goals shown"))

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
        self.buttons.addWidget(self.shown_label)
        self.buttons.addWidget(self.columns_button)

        # the filters on a row of their own, so the panel fits a narrow window
        self.filter_row = QHBoxLayout()
        self.filter_row.setSpacing(6)
        self.filter_row.addWidget(self.kind_filter)
        self.filter_row.addWidget(self.status_filter)
        self.filter_row.addWidget(self.search, 1)
        self.clear_filters_button = QToolButton(self)
        self.clear_filters_button.setDefaultAction(self.clear_filters_action)
        self.clear_filters_button.setAccessibleName(self.clear_filters_action.text())
        self.filter_row.addWidget(self.clear_filters_button)
        self.panel_layout.insertLayout(1, self.filter_row)
        self.button_rows.append(self.filter_row)

        header = self.view.horizontalHeader()
        for number, column in enumerate(self.model.spec):
            if column.width is not None:
                header.resizeSection(number, column.width)
        # The title takes what is left but never less than TITLE_MIN_WIDTH (the
        # table scrolls sideways instead); dragging its edge widens it for good.
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        self.title_fit = TitleColumnFit(self.view, self.model.column_of("title"))
        # the columns the spec leaves out at first (notes, link) come from the Columns
        # button or the header's context menu: hidden so the title has room
        for number, column in enumerate(self.model.spec):
            self.view.setColumnHidden(number, not column.shown)
        self.column_actions = self._make_column_actions()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)

        self.filter_proxy.layoutChanged.connect(self.update_actions)
        self.filter_proxy.filters_changed.connect(self.update_actions)

        # the current goal in full below the table (collapsible by dragging)
        self.detail = GoalDetailPane(document)
        self.detail_scroll = QScrollArea(self)
        self.detail_scroll.setObjectName("goalDetailScroll")
        self.detail_scroll.setWidget(self.detail)
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.panel_layout.removeWidget(self.view)
        self.detail_splitter.addWidget(self.view)
        self.detail_splitter.addWidget(self.detail_scroll)
        self.detail_splitter.setCollapsible(0, False)
        self.detail_splitter.setStretchFactor(0, 3)
        self.detail_splitter.setStretchFactor(1, 2)
        self.detail_splitter.setSizes([600, 400])  # the table three fifths, the pane two
        self.panel_layout.addWidget(self.detail_splitter, 1)
        self.view.selectionModel().currentRowChanged.connect(self._current_goal_changed)
        delegate = self.view.itemDelegate()
        if isinstance(delegate, PlanItemDelegate):
            delegate.skills_requested.connect(self.pick_skill)
        self.filter_proxy.modelReset.connect(lambda: self._current_goal_changed())
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
        if hasattr(self, "shown_label"):
            self.show_count(
                self.shown_label, self.clear_filters_action, counts.goals_shown, counts.goals
            )

    def empty_text(self) -> str:
        if self.model.rowCount() == 0 or not self.filter_proxy.is_filtering():
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

    # -- the sort order, kept in window.ini ------------------------------------------
    def sort_state(self) -> str:
        """``"due:ascending"``, or ``""`` for the plan's own order."""
        column = self.filter_proxy.sortColumn()
        if not 0 <= column < len(self.model.columns):
            return ""
        order = self.filter_proxy.sortOrder()
        direction = "descending" if order == Qt.SortOrder.DescendingOrder else "ascending"
        return f"{self.model.columns[column]}:{direction}"

    def restore_sort_state(self, state: object) -> None:
        """Sort as ``sort_state`` said; anything else (a hand edit) keeps the plan's order."""
        if not isinstance(state, str) or ":" not in state:
            return
        field, direction = state.split(":", 1)
        if field not in self.model.columns or direction not in ("ascending", "descending"):
            return
        order = (
            Qt.SortOrder.DescendingOrder
            if direction == "descending"
            else Qt.SortOrder.AscendingOrder
        )
        self.view.sortByColumn(self.model.column_of(field), order)

    def pick_skill(self, goal_id: str) -> None:
        """F2 or a double click on a goal's skills: the searchable picker, for that goal."""
        if self.detail.goal_id != goal_id:
            self.detail.show_goal(goal_id)
        chips = self.detail.skills
        self.detail_scroll.ensureWidgetVisible(chips.add_button)
        chips.picker.open_for(chips.add_button, list(chips.chips))

    def _current_goal_changed(self, *_args) -> None:
        index = self.view.currentIndex()
        self.detail.show_goal(index.data(ID_ROLE) if index.isValid() else None)
