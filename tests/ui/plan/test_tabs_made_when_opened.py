"""The Skills, Contacts and Progress tabs are made the first time they are opened.

Start-up then pays neither the time nor the memory of tables nobody has
looked at yet (~0.9 MB); a tab opened by keyboard or click works as if it had
always been there.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from pmplanner.core.plan import Contact, Goal, Plan, Profile
from pmplanner.storage.plan_store import serialize_plan
from pmplanner.ui.checkin.wizard import CheckInWizard

PANELS = ("skillsPanel", "contactsPanel", "progressPanel")


@pytest.fixture
def data_dir(tmp_path):
    path = tmp_path / "data"
    path.mkdir()
    plan = Plan(
        profile=Profile(current_role="pm", target_role="senior-pm"),
        goals=[Goal(title="Read a book")],
        contacts=[Contact(name="Ada"), Contact(name="Lin")],
    )
    (path / "plan.json").write_bytes(serialize_plan(plan))
    return path


def made(window) -> list[str]:
    return [name for name in PANELS if window.findChild(QWidget, name) is not None]


def open_tab_by_keyboard(qtbot, window, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_area(0)
    qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)


def test_no_tab_but_the_goals_is_made_before_it_is_opened(qtbot, data_dir, open_main_window):
    window = open_main_window(data_dir, map=True)
    assert made(window) == []
    editor = window.plan_editor
    assert editor.tabs.tabText(2).replace("&", "") == "Contacts (2)"  # counted all the same
    open_tab_by_keyboard(qtbot, window, Qt.Key.Key_O)  # C&ontacts
    panel = editor.contacts_panel
    assert made(window) == ["contactsPanel"]
    assert editor.tabs.currentWidget() is panel and panel.isVisible()
    assert panel.geometry() == panel.parentWidget().rect()  # the whole page from the start
    assert panel.isAncestorOf(QApplication.focusWidget())  # the keyboard went in with it
    names = [panel.view.model().index(row, 0).data() for row in range(2)]
    assert sorted(names) == ["Ada", "Lin"]


def test_the_progress_tabs_check_in_button_opens_the_check_in(qtbot, data_dir, open_main_window):
    window = open_main_window(data_dir)
    open_tab_by_keyboard(qtbot, window, Qt.Key.Key_R)  # P&rogress
    panel = window.plan_editor.progress_panel
    qtbot.waitUntil(panel.isVisible)
    qtbot.mouseClick(panel.check_in_button, Qt.MouseButton.LeftButton)
    wizard = window.findChild(CheckInWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()
    qtbot.waitUntil(lambda: window.findChild(CheckInWizard) is None)
