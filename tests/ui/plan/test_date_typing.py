"""Typing and stepping dates in the optional date editor, with real keys."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit, QWidget

from pmplanner.ui.plan import clock
from pmplanner.ui.plan.date_edit import OptionalDateEdit

TODAY = date(2026, 5, 1)


@pytest.fixture
def edit(qtbot, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    host = QWidget()
    editor = OptionalDateEdit(host)
    other = QLineEdit(host)
    other.move(0, 40)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    editor.setFocus()
    editor.other = other  # somewhere to Tab to
    yield editor  # the host lives as long as the test


@pytest.mark.parametrize("typed", ["31 Jan 2027", "2027-01-31", "31 jan 2027"])
def test_typing_a_date_into_an_empty_field_sets_it(qtbot, edit, typed):
    assert edit.value() is None
    qtbot.keyClicks(edit, typed)
    assert edit.lineEdit().text() == typed  # what was typed, not "date1Jan2027"
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.value() == date(2027, 1, 31)
    assert edit.lineEdit().text() == "31 Jan 2027"
    assert edit.error_text == ""


def test_typing_over_a_selected_date_replaces_it_and_leaving_commits(qtbot, edit):
    edit.set_value(date(2026, 3, 5))
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "2026-12-24")
    edit.other.setFocus()
    assert edit.value() == date(2026, 12, 24)


def test_an_invalid_date_says_so_and_keeps_the_text(qtbot, edit):
    qtbot.keyClicks(edit, "31 Feb 2027")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.value() is None
    assert "“31 Feb 2027” is not a date" in edit.error_text
    assert edit.accessibleDescription() == edit.error_text
    assert edit.lineEdit().text() == "31 Feb 2027"  # left to correct
    for _ in range(len("Feb 2027")):
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, "Mar 2027")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.value() == date(2027, 3, 31)
    assert edit.error_text == ""


def test_escape_gives_up_typing(qtbot, edit):
    qtbot.keyClicks(edit, "31 Ja")
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.value() is None
    assert edit.lineEdit().text() == "No date"


def test_stepping_the_day_crosses_months_and_years(qtbot, edit):
    edit.set_value(date(2026, 12, 31))
    edit.setCurrentSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.value() == date(2027, 1, 1)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.value() == date(2026, 12, 31)
    edit.set_value(date(2026, 3, 1))
    edit.setCurrentSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.value() == date(2026, 2, 28)


def test_quick_keys_today_week_month_and_delete(qtbot, edit):
    qtbot.keyClick(edit, Qt.Key.Key_T)
    assert edit.value() == TODAY
    qtbot.keyClicks(edit, "+")
    assert edit.value() == date(2026, 5, 8)
    qtbot.keyClick(edit, Qt.Key.Key_PageUp)
    assert edit.value() == date(2026, 6, 8)
    qtbot.keyClick(edit, Qt.Key.Key_PageDown)
    assert edit.value() == date(2026, 5, 8)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None
    for words in ("T: today", "+: one week later", "Page Up", "Delete: no date"):
        assert words in edit.toolTip()


def test_the_due_editor_of_an_overdue_goal_shows_its_whole_date(qtbot, document):
    from pmplanner.ui.plan.goals_view import GoalsPanel

    panel = GoalsPanel(document)
    qtbot.addWidget(panel)
    panel.resize(1000, 400)
    panel.show()
    qtbot.waitExposed(panel)
    proxy = panel.filter_proxy
    [row] = [r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "Read Inspired"]
    index = proxy.index(row, panel.model.column_of("due"))
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # the overdue icon shows
    rect = panel.view.visualRect(index)
    panel.activateWindow()
    panel.view.setFocus()
    panel.view.setCurrentIndex(index)
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    editors = [w for w in panel.view.findChildren(OptionalDateEdit) if w.isVisible()]
    assert len(editors) == 1
    [editor] = editors
    assert isinstance(editor, OptionalDateEdit)
    assert editor.geometry().left() == rect.left()
    text_width = editor.fontMetrics().horizontalAdvance(editor.lineEdit().text())
    assert editor.lineEdit().width() >= text_width


def test_in_the_table_a_typed_date_is_set_and_a_wrong_one_keeps_the_editor_open(qtbot, document):
    from pmplanner.ui.plan.goals_view import GoalsPanel

    panel = GoalsPanel(document)
    qtbot.addWidget(panel)
    panel.resize(1000, 400)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    proxy = panel.filter_proxy
    [row] = [r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "Join a PM meetup"]
    index = proxy.index(row, panel.model.column_of("due"))
    panel.view.setFocus()
    panel.view.setCurrentIndex(index)
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    [editor] = [w for w in panel.view.findChildren(OptionalDateEdit) if w.isVisible()]
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor, "31 Feb 2027")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(50)  # the view closes an editor on a queued call: give it the chance
    assert panel.view.state() == panel.view.State.EditingState  # still open, saying why
    assert "is not a date" in editor.error_text
    for _ in range(len("31 Feb 2027")):
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "2027-02-28")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.view.state() != panel.view.State.EditingState)
    goal = next(g for g in document.plan.goals if g.title == "Join a PM meetup")
    assert goal.due == date(2027, 2, 28)
