"""The main workflows with the keyboard alone, and a focus a person can see.

Every key goes to the widget that has the focus, as a keyboard would send it
(shortcuts included); nothing is clicked and no widget is called directly.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from pmplanner.core.plan import Contact, Goal, GoalStatus, Plan
from pmplanner.storage.plan_store import PlanStore
from pmplanner.ui.main_window import MainWindow
from pmplanner.ui.plan import clock
from tests.ui.conftest import make_every_tab

Key = Qt.Key
Mod = Qt.KeyboardModifier
TODAY = date(2026, 5, 1)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    path = tmp_path / "data"
    store = PlanStore(path)
    store.open()
    contacts = [Contact(name="Ada"), Contact(name="Lin")]
    store.save(Plan(goals=[Goal(title="Read a discovery book")], contacts=contacts))
    return path


@pytest.fixture
def window(open_main_window, data_dir) -> MainWindow:
    """The window at a size that shows every control, with the keyboard focus;
    autosave held back so that no save runs between the keys."""
    started = open_main_window(data_dir, size=(1300, 850), active=True)
    started.document.autosave_delay_ms = 60_000
    return started


def focus() -> object:
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Mod.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focus(), key, modifier)
        QApplication.processEvents()  # what the key queued (an editor commits so)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focus(), text)


def test_profile_roles_from_the_keyboard(qtbot, window):
    form = window.plan_editor.profile_form
    window.plan_editor.show_goals()
    press(qtbot, Key.Key_C, Mod.AltModifier)  # the label "&Current role"
    assert focus() is form.current_role_combo
    press(qtbot, Key.Key_Down)
    chosen = window.document.plan.profile.current_role
    assert chosen is not None and chosen == form.current_role_combo.role_id()
    press(qtbot, Key.Key_T, Mod.AltModifier)  # "&Target role"
    assert focus() is form.target_role_combo
    press(qtbot, Key.Key_Down, times=3)
    assert window.document.plan.profile.target_role == form.target_role_combo.role_id()
    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    assert window.document.plan.profile.target_role is None


def test_add_edit_and_delete_a_goal_from_the_keyboard(qtbot, window):
    document = window.document
    press(qtbot, Key.Key_1, Mod.ControlModifier)  # View > My Plan: the goals table
    panel = window.plan_editor.goals_panel
    assert focus() is panel.view
    press(qtbot, Key.Key_Insert)  # a new goal, its title open for typing
    type_text(qtbot, "Go to a product meetup")
    press(qtbot, Key.Key_Return)
    assert [g.title for g in document.plan.goals] == [
        "Read a discovery book",
        "Go to a product meetup",
    ]
    assert focus() is panel.view
    # to the status cell, open it (F2), one down, Enter
    status_column = panel.model.column_of("status")
    press(qtbot, Key.Key_Right, times=status_column)
    assert panel.view.currentIndex().column() == status_column
    press(qtbot, Key.Key_F2)
    press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Return)
    assert document.plan.goals[1].status == GoalStatus.IN_PROGRESS
    # the due date: F2 on its cell, type a date, Enter
    press(qtbot, Key.Key_Right, times=panel.model.column_of("due") - status_column)
    press(qtbot, Key.Key_F2)
    press(qtbot, Key.Key_Up)  # an empty date starts at today
    press(qtbot, Key.Key_Return)
    assert document.plan.goals[1].due == TODAY
    press(qtbot, Key.Key_Delete)
    assert [g.title for g in document.plan.goals] == ["Read a discovery book"]
    press(qtbot, Key.Key_Z, Mod.ControlModifier)
    assert [g.title for g in document.plan.goals][1] == "Go to a product meetup"


def test_switch_areas_and_move_on_the_map(qtbot, window):
    press(qtbot, Key.Key_2, Mod.ControlModifier)  # View > Career Map
    area = window.career_map
    assert window.areas.currentWidget() is area
    assert focus() is area.canvas.view
    press(qtbot, Key.Key_Right)  # nothing selected yet: the first role
    first = area.selected
    assert first is not None
    press(qtbot, Key.Key_Right)
    assert area.selected not in (None, first)
    press(qtbot, Key.Key_Return)  # the details, focus on the first button
    assert focus() is area.details.current_button
    press(qtbot, Key.Key_Space)
    assert window.document.plan.profile.current_role == area.selected
    press(qtbot, Key.Key_1, Mod.ControlModifier)
    assert window.areas.currentIndex() == 0 and focus() is window.plan_editor.goals_panel.view
    # Ctrl+Tab on the area tabs goes to the next area
    window.areas.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Key.Key_Tab, Mod.ControlModifier)
    assert window.areas.currentWidget() is area


def test_the_goals_table_shows_where_the_focus_is(qtbot, window):
    press(qtbot, Key.Key_1, Mod.ControlModifier)
    view = window.plan_editor.goals_panel.view
    assert focus() is view and view.currentIndex().isValid()
    assert view.selectionModel().isRowSelected(view.currentIndex().row())  # Delete works at once
    rect = view.visualRect(view.currentIndex())
    shot = view.viewport().grab().toImage()
    ratio = shot.devicePixelRatio()
    frame = QColor(view.palette().color(QPalette.ColorRole.HighlightedText))  # on a selected row
    # the frame runs along the inside of the current cell, two pixels wide
    x = round((rect.left() + rect.width() // 2) * ratio)
    y = round((rect.top() + 1) * ratio)
    assert QColor(shot.pixel(x, y)) == frame
    assert QColor(shot.pixel(x, round((rect.bottom() - 1) * ratio))) == frame
    # and it goes when the table loses the focus
    window.plan_editor.goals_panel.search.setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    shot = view.viewport().grab().toImage()
    assert QColor(shot.pixel(x, y)) != frame


def test_the_map_shows_where_the_focus_is(qtbot, window):
    press(qtbot, Key.Key_2, Mod.ControlModifier)
    view = window.career_map.canvas.view
    assert focus() is view
    highlight = QColor(view.palette().color(QPalette.ColorRole.Highlight))
    shot = view.viewport().grab().toImage()
    middle_left = QPoint(0, shot.height() // 2)
    assert QColor(shot.pixel(middle_left)) == highlight
    press(qtbot, Key.Key_Right)
    assert window.career_map.content.cards.focused
    window.career_map.search.edit.setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    shot = view.viewport().grab().toImage()
    assert QColor(shot.pixel(middle_left)) != highlight
    assert not window.career_map.content.cards.focused


def test_tab_into_the_contacts_and_delete_one(qtbot, window):
    document = window.document
    press(qtbot, Key.Key_1, Mod.ControlModifier)
    press(qtbot, Key.Key_O, Mod.AltModifier)  # the "C&ontacts" tab
    panel = window.plan_editor.contacts_panel
    assert window.plan_editor.tabs.currentWidget() is panel
    panel.add_button.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(6):
        if focus() is panel.view:
            break
        press(qtbot, Key.Key_Tab)
    assert focus() is panel.view
    assert panel.delete_action.isEnabled()  # tabbing in selected the current row
    press(qtbot, Key.Key_Delete)
    assert [c.name for c in document.plan.contacts] == ["Lin"]


def test_no_two_commands_share_a_shortcut(qtbot, open_main_window, tmp_path):
    """A window-wide key that a second command also uses makes Qt run neither ("ambiguous").

    Panel keys (Delete in the goals and in the contacts table) may repeat: only
    one panel has the focus. A window-wide key must be unique everywhere.
    """
    from PySide6.QtGui import QAction, QShortcut

    window = open_main_window(tmp_path / "data", map=True)
    make_every_tab(window)  # the keys of tabs not opened yet count too
    wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    window_keys: dict[str, list[str]] = {}
    panel_keys: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        if not action.associatedObjects():
            continue  # not in any menu or widget: no key reaches it
        place = window_keys if action.shortcutContext() in wide else panel_keys
        for key in action.shortcuts():
            place.setdefault(key.toString(), []).append(action.text())
    for shortcut in window.findChildren(QShortcut):
        place = window_keys if shortcut.context() in wide else panel_keys
        place.setdefault(shortcut.key().toString(), []).append(shortcut.objectName() or "key")
    clashes = {
        key: names + panel_keys.get(key, [])
        for key, names in window_keys.items()
        if key and (len(names) > 1 or key in panel_keys)
    }
    assert clashes == {}
