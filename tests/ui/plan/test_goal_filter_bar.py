"""The goals panel's filter row: full labels, "N of M shown", Clear filters, done goals."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from pmplanner.core.plan import Plan
from pmplanner.ui.plan.goals_view import GoalsPanel


def make_panel(qtbot, document, width: int = 700) -> GoalsPanel:
    panel = GoalsPanel(document)
    qtbot.addWidget(panel)
    panel.resize(width, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def shown_text(combo) -> str:
    """The text the closed combo box shows, elided as it is painted."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    rect = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return combo.fontMetrics().elidedText(
        combo.currentText(), Qt.TextElideMode.ElideRight, rect.width()
    )


def test_the_kind_filter_shows_its_label_in_full(qtbot, document):
    panel = make_panel(qtbot, document)
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findText("All networking"))
    assert shown_text(panel.kind_filter) == "All networking"
    panel.status_filter.setCurrentIndex(panel.status_filter.findText("In progress"))
    assert shown_text(panel.status_filter) == "In progress"


def test_n_of_m_shown_and_clear_filters(qtbot, document):
    panel = make_panel(qtbot, document)
    assert panel.shown_label.text() == "4 goals"
    assert not panel.clear_filters_button.isEnabled()
    qtbot.keyClicks(panel.search, "sql")
    assert panel.shown_label.text() == "1 of 4 goals shown"
    assert panel.clear_filters_button.isEnabled()
    qtbot.mouseClick(panel.clear_filters_button, Qt.MouseButton.LeftButton)
    assert panel.search.text() == ""
    assert panel.shown_label.text() == "4 goals"
    assert not panel.clear_filters_button.isEnabled()
    # a filter that hides nothing is still a filter that can be cleared
    qtbot.keyClicks(panel.search, "o")
    assert panel.clear_filters_button.isEnabled()


def test_undoing_the_only_goal_says_no_goals_yet(qtbot, make_document):
    document = make_document(Plan())
    panel = make_panel(qtbot, document)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.view.focusWidget() or panel.view, "Read a book")
    qtbot.keyClick(panel.view.focusWidget() or panel.view, Qt.Key.Key_Return)
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert panel.empty_label.isVisible()
    assert panel.empty_label.text().startswith("No goals yet")


def test_done_goals_look_done_without_colour(qtbot, document):
    panel = make_panel(qtbot, document, 1000)
    proxy = panel.filter_proxy
    rows = {proxy.index(r, 0).data(): r for r in range(proxy.rowCount())}
    status = panel.model.column_of("status")
    done, open_ = rows["SQL course"], rows["Join a PM meetup"]
    assert proxy.index(done, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert proxy.index(open_, 0).data(Qt.ItemDataRole.FontRole) is None
    assert proxy.index(done, status).data().startswith("✓")
    assert not proxy.index(open_, status).data().startswith("✓")


def test_the_sort_order_is_kept_across_restarts(qtbot, open_main_window, tmp_path):
    from pmplanner.core.plan import Goal
    from pmplanner.storage.plan_store import PlanStore

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    PlanStore(data_dir).save(Plan(goals=[Goal(title="b"), Goal(title="a"), Goal(title="c")]))
    window = open_main_window(data_dir)
    panel = window.plan_editor.goals_panel
    header = panel.view.horizontalHeader()
    x = header.sectionViewportPosition(0) + 20
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    titles = [panel.filter_proxy.index(r, 0).data() for r in range(3)]
    assert titles == ["c", "b", "a"]
    window.close()
    again = open_main_window(data_dir)
    panel = again.plan_editor.goals_panel
    assert [panel.filter_proxy.index(r, 0).data() for r in range(3)] == ["c", "b", "a"]
    assert panel.view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
