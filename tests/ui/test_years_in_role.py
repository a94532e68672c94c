"""Years in the current role: typed in the profile form, one undo step per change,
counted in the route panel's time still ahead and warning, kept over a restart."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pmplanner.core.plan import Plan, Profile
from pmplanner.storage.plan_store import PlanStore
from pmplanner.ui.plan import clock

Key = Qt.Key
TODAY = date(2026, 5, 1)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    path = tmp_path / "data"
    store = PlanStore(path)
    store.open()
    profile = Profile(
        current_role="software-engineer", target_role="tpm", target_date=date(2027, 5, 1)
    )
    store.save(Plan(profile=profile))
    return path


def test_years_typed_in_the_profile_count_towards_the_route(qtbot, open_main_window, data_dir):
    window = open_main_window(data_dir, map=True)
    window.resize(1200, 800)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.plan_editor.show_goals()
    form = window.plan_editor.profile_form
    document = window.document
    panel = window.career_map.route_panel
    assert form.years_edit.text() == "Not set"
    assert "⚠" in panel.summary.text()  # 1 year to the date, about 4 years of route
    steps_before = document.undo_stack.count()

    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.years_edit
    qtbot.keyClicks(QApplication.focusWidget(), "3.5")
    assert document.plan.profile.years_in_current_role is None  # not until Enter
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Return)
    assert document.plan.profile.years_in_current_role == 3.5
    assert document.undo_stack.count() == steps_before + 1
    assert document.undo_stack.undoText() == "Change years in current role"
    summary = panel.summary.text()
    assert "About 0.5 years still ahead, counting your 3.5 years as Software Engineer" in summary
    assert "⚠" not in summary  # half a year fits in the year left
    assert "0.5 years still ahead" in panel.steps.text()

    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Down)  # one step of the arrows
    assert document.plan.profile.years_in_current_role == 3.0
    assert document.undo_stack.count() == steps_before + 2
    assert "⚠" not in panel.summary.text()
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Delete)  # not set
    assert document.plan.profile.years_in_current_role is None
    assert form.years_edit.text() == "Not set"
    assert "⚠" in panel.summary.text() and "still ahead" not in panel.summary.text()

    document.undo_stack.undo()
    assert form.years_edit.value() == 3.0 and "⚠" not in panel.summary.text()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.plan.profile.years_in_current_role is None
    assert form.years_edit.text() == "Not set"


def test_years_in_role_survive_a_restart(qtbot, open_main_window, data_dir):
    window = open_main_window(data_dir)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    form = window.plan_editor.profile_form
    form.years_edit.setFocus()
    qtbot.keyClicks(form.years_edit, "2")  # replaces "Not set"
    qtbot.keyClick(form.years_edit, Key.Key_Tab)  # leaving the field commits
    assert window.document.plan.profile.years_in_current_role == 2.0
    window.close()
    again = open_main_window(data_dir)
    assert again.document.plan.profile.years_in_current_role == 2.0
    assert again.plan_editor.profile_form.years_edit.value() == 2.0


def test_the_profile_fits_its_panel_at_800x600(qtbot, open_main_window, data_dir):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QScrollArea

    window = open_main_window(data_dir)
    window.resize(800, 600)
    form = window.plan_editor.profile_form
    scroll = form.parentWidget()
    while not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    qtbot.waitUntil(lambda: scroll.viewport().width() < 400)
    viewport = scroll.viewport()
    for field in (form.years_edit, form.current_role_combo, form.target_date_edit):
        right = field.mapTo(viewport, QPoint(field.width(), 0)).x()
        assert right <= viewport.width(), field.accessibleName()
