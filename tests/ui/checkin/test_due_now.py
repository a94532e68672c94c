"""Due now: the next check-in in At a glance, the panel listing what is due, one click each."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pmplanner.core.checkins import CheckIn
from pmplanner.core.plan import Contact, Goal, GoalStatus, Plan, Profile
from pmplanner.storage.plan_store import serialize_plan
from pmplanner.ui.checkin.wizard import CheckInWizard
from pmplanner.ui.plan import clock
from pmplanner.ui.plan.due_now import DueNowDock
from pmplanner.ui.plan.goals_model import GoalsTableModel

TODAY = date(2026, 1, 5)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return tmp_path / "data"


def write(data_dir, plan):
    data_dir.mkdir()
    (data_dir / "plan.json").write_bytes(serialize_plan(plan))


def due_plan(last_check_in=date(2025, 12, 1)):
    return Plan(
        profile=Profile(name="Ada", target_role="senior-pm"),
        goals=[
            Goal(id="fine", title="Later", due=date(2026, 6, 1)),
            Goal(id="late", title="Finish the memo", due=date(2025, 12, 20)),
            Goal(
                id="done",
                title="Read Inspired",
                status=GoalStatus.DONE,
                progress=100,
                completed=datetime(2025, 11, 3, 12, tzinfo=UTC),
            ),
        ],
        contacts=[
            Contact(id="lin", name="Lin"),
            Contact(id="ada", name="Ada Mentor", next_follow_up=date(2026, 1, 2)),
        ],
        checkins=[CheckIn(day=last_check_in)] if last_check_in else [],
    )


def click(qtbot, dock, row):
    rect = dock.list.visualItemRect(dock.list.item(row))
    qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_panel_lists_what_is_due_and_each_is_one_click_away(qtbot, data_dir, open_main_window):
    write(data_dir, due_plan())
    window = open_main_window(data_dir)
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: window.findChild(DueNowDock) is not None)
    dock = window.findChild(DueNowDock)
    assert dock.isVisible()
    texts = [dock.list.item(r).text() for r in range(dock.list.count())]
    assert texts[0].startswith("Check-in due since")
    assert "Finish the memo" in texts[1] and "Later" not in " ".join(texts)
    assert texts[2].startswith("Follow up with Ada Mentor")
    # as tall as its three lines, every one of them in view (no empty space, no scrolling)
    last = dock.list.visualItemRect(dock.list.item(2))
    assert dock.list.viewport().rect().contains(last)
    assert dock.list.viewport().height() < last.bottom() + last.height()
    editor = window.plan_editor
    click(qtbot, dock, 1)
    assert editor.tabs.currentWidget() is editor.goals_panel
    assert editor.goals_panel.selected_ids() == ["late"]
    click(qtbot, dock, 2)
    assert editor.tabs.currentWidget() is editor.contacts_panel
    assert editor.contacts_panel.selected_ids() == ["ada"]
    click(qtbot, dock, 0)
    wizard = window.findChild(CheckInWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()
    # the summary says the check-in is due, and which goal was done last, with its date
    assert editor.summary.check_in_label.text() == "Due now"
    assert editor.summary.is_alert(editor.summary.check_in_label)
    assert editor.summary.last_done_label.text().startswith("Read Inspired, ")
    assert "2025" in editor.summary.last_done_label.text()


def test_nothing_due_no_panel_and_the_next_date_in_at_a_glance(qtbot, data_dir, open_main_window):
    plan = due_plan(last_check_in=date(2025, 12, 20))
    plan.goals = plan.goals[:1]
    plan.contacts = plan.contacts[:1]
    write(data_dir, plan)
    window = open_main_window(data_dir)
    qtbot.wait(50)
    assert window.findChild(DueNowDock) is None
    summary = window.plan_editor.summary
    assert "20" in summary.check_in_label.text() and "Due" not in summary.check_in_label.text()
    assert not summary.is_alert(summary.check_in_label)
    # a quarterly rhythm moves it (an undoable edit)
    before = summary.check_in_label.text()
    window.document.set_plan_setting("check_in_rhythm", "quarterly")
    qtbot.waitUntil(lambda: summary.check_in_label.text() != before)
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: summary.check_in_label.text() == before)


def test_done_goals_show_their_completion_date_in_the_goals_table(
    qtbot, data_dir, open_main_window
):
    write(data_dir, due_plan())
    window = open_main_window(data_dir)
    model = window.plan_editor.goals_panel.model
    assert isinstance(model, GoalsTableModel)
    column = model.column_of("completed")
    row = model.row_of("done")
    assert model.index(row, column).data()  # a date
    assert model.index(model.row_of("late"), column).data() == ""
    assert not model.flags(model.index(row, column)) & Qt.ItemFlag.ItemIsEditable
    # marking a goal done fills it in
    late = window.document.plan.goals[1]
    assert model.setData(model.index(model.row_of("late"), model.column_of("status")), "done")
    assert window.document.plan.goals[1].completed is not None and late.completed is None
    assert model.index(model.row_of("late"), column).data()


def test_the_rhythm_and_the_reminders_are_chosen_in_the_plan_menu(
    qtbot, data_dir, open_main_window
):
    write(data_dir, due_plan())
    window = open_main_window(data_dir)
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "rhythmMenu")
    menu.aboutToShow.emit()
    quarterly = menu.findChild(type(menu.actions()[0]), "check_in_rhythm:quarterly")
    assert menu.findChild(type(quarterly), "check_in_rhythm:monthly").isChecked()
    quarterly.trigger()
    assert window.document.plan.check_in_rhythm == "quarterly"
    reminders = window.findChild(type(menu), "remindersMenu")
    reminders.aboutToShow.emit()
    week = reminders.findChild(type(quarterly), "reminder_alarm:week_before")
    week.trigger()
    assert window.document.plan.reminder_alarm == "week_before"
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert window.document.plan.check_in_rhythm == "monthly"
    assert window.document.plan.reminder_alarm == "day_before"


def test_the_panel_follows_the_plan(qtbot, data_dir, open_main_window):
    write(data_dir, due_plan())
    window = open_main_window(data_dir)
    qtbot.waitUntil(lambda: window.findChild(DueNowDock) is not None)
    dock = window.findChild(DueNowDock)
    document = window.document
    late = next(g for g in document.plan.goals if g.id == "late")
    done = late.model_copy(update={"status": GoalStatus.DONE, "progress": 100})
    document.edit_item("goals", late, done, "Done")
    qtbot.waitUntil(lambda: dock.list.count() == 2)  # the check-in and the follow-up
    assert not any("Finish the memo" in dock.list.item(r).text() for r in range(2))


def test_view_due_now_brings_the_closed_panel_back(qtbot, data_dir, open_main_window):
    write(data_dir, due_plan())
    window = open_main_window(data_dir)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.findChild(DueNowDock) is not None)
    dock = window.findChild(DueNowDock)
    dock.close()  # its title bar's close button
    assert not dock.isVisible()
    assert window.due_now_action in window.view_menu.actions()
    assert window.due_now_action.shortcut().toString() == "Ctrl+Shift+D"
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_D, CTRL_SHIFT)
    assert window.findChild(DueNowDock) is dock and dock.isVisible()
    assert dock.list.item(0).text().startswith("Check-in due since")


def test_view_due_now_with_nothing_due_says_so(qtbot, data_dir, open_main_window):
    plan = due_plan(last_check_in=date(2025, 12, 20))
    plan.goals = plan.goals[:1]
    plan.contacts = plan.contacts[:1]
    write(data_dir, plan)
    window = open_main_window(data_dir)
    assert window.findChild(DueNowDock) is None  # nothing due: not offered at start
    window.view_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(window.view_menu.isVisible)
    rect = window.view_menu.actionGeometry(window.due_now_action)
    qtbot.mouseClick(window.view_menu, Qt.MouseButton.LeftButton, pos=rect.center())
    dock = window.findChild(DueNowDock)
    assert dock is not None and dock.isVisible()
    assert [dock.list.item(r).text() for r in range(dock.list.count())] == [
        "Nothing is due. Well done."
    ]
