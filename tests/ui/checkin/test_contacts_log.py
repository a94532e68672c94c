"""Contacts through the window: the keep-in-touch interval by keyboard, Contacted today."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from pmplanner.core.plan import Contact, Plan
from pmplanner.storage.plan_store import serialize_plan
from pmplanner.ui.plan import clock

TODAY = date(2026, 3, 10)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    path = tmp_path / "data"
    path.mkdir()
    plan = Plan(contacts=[Contact(id="lin", name="Lin", next_follow_up=date(2026, 3, 1))])
    (path / "plan.json").write_bytes(serialize_plan(plan))
    return path


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    QApplication.processEvents()


def test_an_interval_then_contacted_today_moves_the_follow_up(qtbot, data_dir, open_main_window):
    window = open_main_window(data_dir)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = window.plan_editor
    panel = editor.contacts_panel
    editor.tabs.setCurrentWidget(panel)
    model = panel.model
    panel.select("lin", "keep_in_touch_days")  # the cell's editor opens
    spin = QApplication.focusWidget()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "21")
    press(qtbot, Qt.Key.Key_Return)
    document = window.document
    assert document.plan.contacts[0].keep_in_touch_days == 21
    cell = model.index(0, model.column_of("keep_in_touch_days"))
    assert cell.data() == "Every 21 days"
    # Ctrl+T, a note, Enter: logged, and the overdue follow-up moved by the interval
    panel.select("lin")
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = panel.findChild(QInputDialog, "contactedNote")
    qtbot.waitUntil(lambda: dialog.isVisible())
    qtbot.keyClicks(QApplication.focusWidget(), "Lunch: intro to the data team")
    press(qtbot, Qt.Key.Key_Return)
    lin = document.plan.contacts[0]
    assert lin.last_contact == TODAY and lin.next_follow_up == date(2026, 3, 31)
    assert [(i.day, i.note) for i in lin.interactions] == [(TODAY, "Lunch: intro to the data team")]
    tip = model.index(0, model.column_of("last_contact")).data(Qt.ItemDataRole.ToolTipRole)
    assert "Lunch: intro to the data team" in tip
    document.undo_stack.undo()  # one step takes the log entry and the move back
    assert document.plan.contacts[0].interactions == []
    assert document.plan.contacts[0].next_follow_up == date(2026, 3, 1)


def test_the_contact_log_edits_and_deletes_interactions_as_one_undo_step(
    qtbot, tmp_path, monkeypatch, open_main_window
):
    from pmplanner.core.plan import Interaction
    from pmplanner.ui.plan.contact_log import ContactLogDialog

    monkeypatch.setattr(clock, "today", lambda: TODAY)
    path = tmp_path / "data"
    path.mkdir()
    log = [
        Interaction(day=date(2026, 1, 5), note="Coffee"),
        Interaction(day=date(2026, 2, 9), note="Call about the role"),
    ]
    contact = Contact(id="lin", name="Lin", last_contact=date(2026, 2, 9), interactions=log)
    (path / "plan.json").write_bytes(serialize_plan(Plan(contacts=[contact])))
    window = open_main_window(path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = window.plan_editor
    panel = editor.contacts_panel
    editor.tabs.setCurrentWidget(panel)
    document = window.document
    panel.select("lin")
    assert panel.log_action.isEnabled()
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Contact Log…
    dialog = next(d for d in window.findChildren(ContactLogDialog) if d.isVisible())
    rows = [dialog.list.topLevelItem(r).text(1) for r in range(dialog.list.topLevelItemCount())]
    assert rows == ["Call about the role", "Coffee"]  # newest first
    assert dialog.note.text() == "Call about the role"
    # the note of the newest: typed; its date: a day later
    dialog.note.setFocus()
    dialog.note.selectAll()
    qtbot.keyClicks(dialog.note, "Call about the PM role")
    dialog.day.setFocus()
    dialog.day.set_value(date(2026, 2, 10))
    # the older one: chosen with the mouse and deleted
    item = dialog.list.topLevelItem(1)
    rect = dialog.list.visualItemRect(item)
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.note.text() == "Coffee"
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.list.topLevelItemCount() == 1
    depth = document.undo_stack.count()
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    (lin,) = document.plan.contacts
    assert lin.interactions == [Interaction(day=date(2026, 2, 10), note="Call about the PM role")]
    assert lin.last_contact == date(2026, 2, 10)  # it followed the log's latest day
    assert document.undo_stack.count() == depth + 1
    assert document.undo_stack.undoText() == "Edit contact log"
    document.undo_stack.undo()
    assert document.plan.contacts[0] == contact
    # Escape leaves the log alone
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel.select("lin")
    qtbot.keyClick(panel.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = next(d for d in window.findChildren(ContactLogDialog) if d.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.list)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)  # Delete in the list deletes the entry
    assert dialog.list.topLevelItemCount() == 1
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.list.topLevelItemCount() == 0 and not dialog.note.isEnabled()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert document.plan.contacts[0] == contact
