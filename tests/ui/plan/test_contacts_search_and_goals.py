"""Contacts: the search box ("N of M shown") and the goals each contact relates to."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from pmplanner.core.plan import Contact, Goal, Plan
from pmplanner.storage.plan_store import serialize_plan
from pmplanner.ui.plan.related_goals import GOAL_ROLE, RelatedGoalsDialog

Key = Qt.Key
Mod = Qt.KeyboardModifier


@pytest.fixture
def data_dir(tmp_path):
    path = tmp_path / "data"
    path.mkdir()
    plan = Plan(
        goals=[
            Goal(id="coffee", title="Coffee with a PM"),
            Goal(id="talk", title="Give a meetup talk"),
            Goal(id="course", title="Finish the analytics course"),
        ],
        contacts=[
            Contact(id="ada", name="Ada", company="Acme", role="Head of Product"),
            Contact(id="lin", name="Lin", how_met="Meetup in Leeds"),
            Contact(id="sam", name="Sam", notes="Knows the hiring manager at Acme"),
            Contact(id="kim", name="Kim", company="Initech"),
        ],
    )
    (path / "plan.json").write_bytes(serialize_plan(plan))
    return path


def contacts_panel(qtbot, open_main_window, data_dir):
    window = open_main_window(data_dir)
    window.resize(1200, 800)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = window.plan_editor
    panel = editor.contacts_panel
    editor.tabs.setCurrentWidget(panel)
    return window, panel


def shown_names(panel) -> list[str]:
    proxy = panel.view.model()
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_search_by_keyboard_finds_name_company_role_how_met_and_notes(
    qtbot, open_main_window, data_dir
):
    window, panel = contacts_panel(qtbot, open_main_window, data_dir)
    panel.view.setFocus()
    assert panel.shown_label.text() == "4 contacts"
    qtbot.keyClick(panel.view, Key.Key_F, Mod.ControlModifier)  # Find
    assert QApplication.focusWidget() is panel.search
    qtbot.keyClicks(panel.search, "acme")  # a company and a note
    assert shown_names(panel) == ["Ada", "Sam"]
    assert panel.shown_label.text() == "2 of 4 contacts shown"
    assert window.minimumSizeHint().width() <= 800  # the count never widens the window
    panel.search.clear()
    qtbot.keyClicks(panel.search, "head of")  # a role
    assert shown_names(panel) == ["Ada"]
    panel.search.clear()
    qtbot.keyClicks(panel.search, "LEEDS")  # how met, any case
    assert shown_names(panel) == ["Lin"]
    assert panel.shown_label.text() == "1 of 4 contacts shown"
    qtbot.keyClick(panel.search, Key.Key_Return)  # into the table, on the row found
    assert QApplication.focusWidget() is panel.view
    assert panel.selected_ids() == ["lin"]
    panel.search.clear()
    qtbot.keyClicks(panel.search, "nobody")
    assert shown_names(panel) == []
    assert panel.empty_label.isVisible()
    assert panel.empty_label.text() == "No contacts match “nobody”."
    # Clear search, by mouse
    button = next(
        b for b in panel.findChildren(type(panel.add_button)) if b.text() == "Clear search"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(shown_names(panel)) == 4 and panel.shown_label.text() == "4 contacts"
    assert not panel.clear_search_action.isEnabled()


def test_a_new_contact_clears_the_search_that_would_hide_it(qtbot, open_main_window, data_dir):
    window, panel = contacts_panel(qtbot, open_main_window, data_dir)
    qtbot.keyClicks(panel.search, "acme")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.search.text() == ""
    assert len(window.document.plan.contacts) == 5
    assert len(shown_names(panel)) == 5


def goal_item(dialog, goal_id):
    for row in range(dialog.list.count()):
        if dialog.list.item(row).data(GOAL_ROLE) == goal_id:
            return dialog.list.item(row)
    raise AssertionError(goal_id)


def test_related_goals_picked_by_double_click_and_keyboard_one_undo_step(
    qtbot, open_main_window, data_dir
):
    window, panel = contacts_panel(qtbot, open_main_window, data_dir)
    document = window.document
    model = panel.model
    column = model.column_of("goals")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Related goals"
    index = panel.view.model().index(0, column)  # Ada's related goals
    panel.view.scrollTo(index)
    rect = panel.view.visualRect(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = window.findChild(RelatedGoalsDialog)
    assert dialog is not None and dialog.isVisible()
    assert [dialog.list.item(r).text() for r in range(dialog.list.count())] == [
        "Coffee with a PM",
        "Give a meetup talk",
        "Finish the analytics course",
    ]
    # the search narrows the list; Space checks the current goal
    qtbot.keyClicks(dialog.search, "talk")
    assert goal_item(dialog, "coffee").isHidden() and not goal_item(dialog, "talk").isHidden()
    dialog.list.setFocus()
    dialog.list.setCurrentItem(goal_item(dialog, "talk"))
    qtbot.keyClick(dialog.list, Key.Key_Space)
    assert goal_item(dialog, "talk").checkState() == Qt.CheckState.Checked
    dialog.search.clear()
    goal_item(dialog, "coffee").setCheckState(Qt.CheckState.Checked)
    depth = document.undo_stack.count()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    ada = document.plan.contacts[0]
    assert ada.goals == ["coffee", "talk"]  # in the plan's order
    assert document.undo_stack.count() == depth + 1
    assert document.undo_stack.undoText() == "Edit contact: Related goals"
    # shown in the table (plan order) and its tooltip
    assert index.data() == "Coffee with a PM, Give a meetup talk"
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Coffee with a PM" in tip and "Give a meetup talk" in tip
    document.undo_stack.undo()
    assert document.plan.contacts[0].goals == []
    assert index.data() == ""
    # by keyboard: Ctrl+R on the current contact, Escape leaves it as it was
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Key.Key_R, Mod.ControlModifier)
    dialog = next(d for d in window.findChildren(RelatedGoalsDialog) if d.isVisible())
    qtbot.keyClick(dialog.list, Key.Key_Space)
    qtbot.keyClick(dialog.list, Key.Key_Escape)
    assert document.plan.contacts[0].goals == []
    assert document.undo_stack.count() == depth + 1  # the undone step, nothing new
