"""The evidence log: added any time, from a goal just done, and during a check-in."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from pmplanner.core.plan import Goal, GoalStatus, Plan, Profile
from pmplanner.storage.plan_store import serialize_plan
from pmplanner.ui.checkin.wizard import CheckInWizard
from pmplanner.ui.plan import clock
from pmplanner.ui.plan.evidence_dialog import SKILL_ROLE, EvidenceDialog

TODAY = date(2026, 5, 4)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    path = tmp_path / "data"
    path.mkdir()
    plan = Plan(
        profile=Profile(target_role="senior-pm"),
        goals=[Goal(id="memo", title="Strategy memo", skills=["product-strategy"])],
        skill_ratings={"communication": 3},
    )
    (path / "plan.json").write_bytes(serialize_plan(plan))
    return path


def opened_window(qtbot, open_main_window, data_dir):
    window = open_main_window(data_dir)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def check(dialog, skill):
    for i in range(dialog.skills.count()):
        item = dialog.skills.item(i)
        if item.data(SKILL_ROLE) == skill:
            item.setCheckState(Qt.CheckState.Checked)


def test_add_evidence_from_the_plan_menu_shows_it_with_the_skill(qtbot, data_dir, open_main_window):
    window = opened_window(qtbot, open_main_window, data_dir)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, CTRL_SHIFT)  # Plan > Add Evidence…
    dialog = window.findChild(EvidenceDialog)
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing written yet
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.what)
    qtbot.keyClicks(dialog.what, "Presented the <b>roadmap</b> to the board")
    qtbot.keyClick(dialog.what, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "https://wiki.example.org/roadmap")
    check(dialog, "communication")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    document = window.document
    (entry,) = document.plan.evidence
    assert entry.day == TODAY and entry.skills == ["communication"] and entry.goal is None
    assert entry.text == "Presented the <b>roadmap</b> to the board"
    assert entry.link == "https://wiki.example.org/roadmap"
    # where the skill is shown: its tooltip in the skills tab lists the evidence, as text
    model = window.plan_editor.skills_panel.model
    row = model.row_of("communication")
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;roadmap&lt;/b&gt;" in tip and "1 piece of evidence" in tip
    # the Progress tab's evidence list
    editor = window.plan_editor
    editor.tabs.setCurrentWidget(editor.progress_panel)
    editor.progress_panel.lists.setCurrentWidget(editor.progress_panel.evidence_panel)
    evidence = editor.progress_panel.evidence_panel
    qtbot.waitUntil(lambda: evidence.list.topLevelItemCount() == 1)
    assert evidence.list.topLevelItem(0).text(2) == "Communication"
    document.undo_stack.undo()
    assert document.plan.evidence == []
    qtbot.waitUntil(lambda: evidence.list.topLevelItemCount() == 0)


def test_a_goal_marked_done_offers_to_add_evidence_linked_to_it(qtbot, data_dir, open_main_window):
    window = opened_window(qtbot, open_main_window, data_dir)
    panel = window.plan_editor.goals_panel
    assert not panel.done_offer.isVisible()
    model = panel.model
    assert model.setData(model.index(0, model.column_of("status")), GoalStatus.DONE.value)
    qtbot.waitUntil(panel.done_offer.isVisible)
    assert "Strategy memo" in panel.done_offer.label.text()
    qtbot.mouseClick(panel.done_offer.add_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(EvidenceDialog)
    assert dialog.goal.currentData() == "memo"
    checked = [
        dialog.skills.item(i).data(SKILL_ROLE)
        for i in range(dialog.skills.count())
        if dialog.skills.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert checked == ["product-strategy"]  # the goal's skills
    qtbot.keyClicks(dialog.what, "Memo adopted as the H2 strategy")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    (entry,) = window.document.plan.evidence
    assert entry.goal == "memo" and entry.skills == ["product-strategy"]
    assert not panel.done_offer.isVisible()


def test_wins_kept_as_evidence_during_a_check_in_in_the_same_undo_step(
    qtbot, data_dir, open_main_window
):
    window = opened_window(qtbot, open_main_window, data_dir)
    window.check_in_action.trigger()
    wizard = window.findChild(CheckInWizard)
    wizard.wins.setPlainText("Ran the quarterly review")
    wizard.wins_as_evidence.setChecked(True)
    skill, _goal = wizard.focus_rows[0]
    skill.setCurrentIndex(skill.findData("communication"))
    while wizard.currentId() != 4:
        wizard.next()
    with qtbot.waitSignal(wizard.finished):
        wizard.button(wizard.WizardButton.FinishButton).click()
    document = window.document
    (entry,) = document.plan.evidence
    assert entry.text == "Ran the quarterly review" and entry.skills == ["communication"]
    assert entry.day == TODAY
    document.undo_stack.undo()
    assert document.plan.evidence == [] and document.plan.checkins == []


def test_a_done_goal_put_back_by_undo_is_not_offered_again(qtbot, data_dir, open_main_window):
    window = opened_window(qtbot, open_main_window, data_dir)
    panel = window.plan_editor.goals_panel
    document = window.document
    model = panel.model
    model.setData(model.index(0, model.column_of("status")), GoalStatus.DONE.value)
    qtbot.waitUntil(panel.done_offer.isVisible)
    panel.done_offer.close_button.click()
    document.delete_items("goals", ["memo"], "Delete")
    document.undo_stack.undo()  # the done goal is back
    goal = document.plan.goals[0]
    document.edit_item("goals", goal, goal.model_copy(update={"title": "Renamed"}), "Rename")
    assert not panel.done_offer.isVisible()


def test_an_entry_opened_from_the_evidence_list_is_edited_as_one_undo_step(
    qtbot, data_dir, open_main_window
):
    window = opened_window(qtbot, open_main_window, data_dir)
    document = window.document
    from pmplanner.core.checkins import Evidence
    from pmplanner.ui.plan.checkin_edits import add_evidence

    add_evidence(
        document,
        Evidence(id="talk", day=date(2026, 4, 2), text="Gave a talk", skills=["communication"]),
    )
    editor = window.plan_editor
    editor.tabs.setCurrentWidget(editor.progress_panel)
    editor.progress_panel.lists.setCurrentWidget(editor.progress_panel.evidence_panel)
    panel = editor.progress_panel.evidence_panel
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1)
    assert not panel.edit_button.isEnabled()
    # a double click on the entry opens it, filled in
    item = panel.list.topLevelItem(0)
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.edit_button.isEnabled()
    qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = next(d for d in window.findChildren(EvidenceDialog) if d.isVisible())
    assert dialog.windowTitle() == "Edit Evidence"
    assert dialog.what.toPlainText() == "Gave a talk"
    assert dialog.day.value() == date(2026, 4, 2)
    checked = [
        dialog.skills.item(i).data(SKILL_ROLE)
        for i in range(dialog.skills.count())
        if dialog.skills.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert checked == ["communication"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.what)
    qtbot.keyClick(dialog.what, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.what, " at the PM meetup")
    qtbot.keyClick(dialog.what, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "https://example.org/talk")
    check(dialog, "product-strategy")
    dialog.day.set_value(date(2026, 4, 3))
    depth = document.undo_stack.count()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    (entry,) = document.plan.evidence
    assert entry.id == "talk" and entry.day == date(2026, 4, 3)
    assert entry.text == "Gave a talk at the PM meetup"
    assert entry.link == "https://example.org/talk"
    assert set(entry.skills) == {"communication", "product-strategy"}
    assert document.undo_stack.count() == depth + 1
    assert document.undo_stack.undoText() == "Edit evidence"
    qtbot.waitUntil(lambda: "meetup" in panel.list.topLevelItem(0).text(1))
    document.undo_stack.undo()
    (entry,) = document.plan.evidence
    assert entry.text == "Gave a talk" and entry.link == "" and entry.skills == ["communication"]
    # Enter on the current entry opens it too; Cancel changes nothing
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1)
    panel.list.setFocus()
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    dialog = next(d for d in window.findChildren(EvidenceDialog) if d.isVisible())
    qtbot.keyClick(dialog.what, Qt.Key.Key_Escape)
    assert document.plan.evidence == [entry]
