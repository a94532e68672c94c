"""The goal detail pane below the table, through clicks and keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from pmplanner.core.plan import Goal, GoalStatus, Plan
from pmplanner.ui.plan.goals_view import GoalsPanel
from pmplanner.wording.formats import format_date


def make_panel(qtbot, document) -> GoalsPanel:
    panel = GoalsPanel(document)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    return panel


def click_row(qtbot, panel, title: str) -> None:
    proxy = panel.filter_proxy
    [row] = [r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == title]
    rect = panel.view.visualRect(proxy.index(row, 0))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def opened(monkeypatch):
    urls: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: urls.append(QUrl(url).toString()) or True
    )
    return urls


def test_clicking_a_goal_shows_every_field_with_its_completion_date(qtbot, document):
    panel = make_panel(qtbot, document)
    detail = panel.detail
    assert not detail.showing_goal() and detail.placeholder.isVisible()  # a hint
    click_row(qtbot, panel, "SQL course")
    assert detail.showing_goal() and not detail.placeholder.isVisible()
    assert detail.title_edit.text() == "SQL course"
    assert detail.status_combo.currentData() == GoalStatus.DONE.value
    assert detail.completed_label.text() == "Done (no completion date recorded)"
    click_row(qtbot, panel, "Join a PM meetup")
    assert detail.completed_label.text() == "Not completed yet"
    # marking it done in the pane records today as its completion date
    combo = detail.status_combo
    combo.setFocus()
    combo.showPopup()
    combo.view().setCurrentIndex(combo.model().index(combo.findData("done"), 0))
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    goal = next(g for g in document.plan.goals if g.title == "Join a PM meetup")
    assert goal.status == GoalStatus.DONE and goal.completed is not None
    when = format_date(goal.completed.astimezone().date())
    assert detail.completed_label.text() == f"Completed {when}"
    assert detail.progress_spin.value() == goal.progress == 100


def test_title_and_multiline_notes_are_one_undo_step_each(qtbot, document):
    panel = make_panel(qtbot, document)
    click_row(qtbot, panel, "Join a PM meetup")
    detail = panel.detail
    steps = document.undo_stack.count()
    detail.title_edit.selectAll()
    qtbot.keyClicks(detail.title_edit, "Join two PM meetups")
    qtbot.keyClick(detail.title_edit, Qt.Key.Key_Return)
    assert document.undo_stack.count() == steps + 1
    assert any(g.title == "Join two PM meetups" for g in document.plan.goals)
    detail.notes_edit.setFocus()
    qtbot.keyClicks(detail.notes_edit, "First line")
    qtbot.keyClick(detail.notes_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(detail.notes_edit, "Second line")
    detail.title_edit.setFocus()  # leaving the notes keeps them, as one step
    goal = next(g for g in document.plan.goals if g.title == "Join two PM meetups")
    assert goal.notes.endswith("First line\nSecond line")
    assert document.undo_stack.count() == steps + 2
    document.undo_stack.undo()
    goal = next(g for g in document.plan.goals if g.title == "Join two PM meetups")
    assert "Second line" not in goal.notes
    assert "Second line" not in detail.notes_edit.toPlainText()


@pytest.mark.parametrize(
    ("link", "opens"),
    [
        ("https://example.com/course", True),
        ("http://example.com", True),
        ("mailto:mentor@example.com", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("ftp://example.com/x", False),
        ("not a link", False),
    ],
)
def test_only_web_and_mail_links_open(qtbot, make_document, opened, link, opens):
    document = make_document(Plan(goals=[Goal(title="Course", link=link)]))
    panel = make_panel(qtbot, document)
    click_row(qtbot, panel, "Course")
    detail = panel.detail
    assert detail.link_edit.text() == link  # shown as it is, in any case
    button = detail.open_link_button
    assert button.isEnabled() == opens
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert detail.open_link() == opens
    assert bool(opened) == opens
    if opens:
        assert opened[0] == QUrl(link).toString()
        assert not detail.link_note.isVisible()
    else:
        assert detail.link_note.isVisible()
        assert "Shown as text only" in detail.link_note.text()


def test_skill_chips_remove_and_the_picker_searches_and_adds(qtbot, make_document):
    document = make_document(Plan(goals=[Goal(title="Learn", skills=["discovery"])]))
    panel = make_panel(qtbot, document)
    click_row(qtbot, panel, "Learn")
    chips = panel.detail.skills
    assert list(chips.chips) == ["discovery"]
    qtbot.mouseClick(chips.chips["discovery"], Qt.MouseButton.LeftButton)
    assert document.plan.goals[0].skills == []
    assert document.undo_stack.count() == 1
    qtbot.mouseClick(chips.add_button, Qt.MouseButton.LeftButton)
    picker = chips.picker
    assert picker.isVisible()
    qtbot.keyClicks(picker.search, "stake")
    assert [picker.list.item(r).text() for r in range(picker.list.count())] == [
        "Stakeholder management"
    ]
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert document.plan.goals[0].skills == ["stakeholders"]
    assert not picker.isVisible()
    assert document.undo_stack.count() == 2
    assert QApplication.activePopupWidget() is None


def test_notes_typed_just_before_quitting_are_kept(qtbot, open_main_window, tmp_path):
    from pmplanner.storage.plan_store import PlanStore, load_plan_file

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    PlanStore(data_dir).save(Plan(goals=[Goal(title="Course")]))
    window = open_main_window(data_dir)
    panel = window.plan_editor.goals_panel
    click_row(qtbot, panel, "Course")
    notes = panel.detail.notes_edit
    notes.setFocus()
    qtbot.keyClicks(notes, "Typed at the last second")
    window.close()  # before the pause that would have committed them
    assert load_plan_file(data_dir / "plan.json").goals[0].notes == "Typed at the last second"
