"""Plan > Check In…: a guided review by keyboard, saved as one dated, frozen snapshot."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pmplanner.core.plan import Goal, GoalStatus, Plan, Profile
from pmplanner.storage.plan_store import load_plan_file, serialize_plan
from pmplanner.ui.checkin.wizard import CheckInWizard
from pmplanner.ui.plan import clock

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


def seeded(data_dir):
    plan = Plan(
        profile=Profile(name="Ada", current_role="pm", target_role="senior-pm"),
        skill_ratings={"communication": 2, "product-strategy": 3},
        goals=[
            Goal(id="g-open", title="Write a strategy memo", skills=["product-strategy"]),
            Goal(id="g-done", title="Old course", status=GoalStatus.DONE, progress=100),
        ],
    )
    data_dir.mkdir()
    (data_dir / "plan.json").write_bytes(serialize_plan(plan))
    return plan


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, times=1):
    for _ in range(times):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, key, modifier)
        QApplication.processEvents()


def type_text(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def open_by_keyboard(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_K, CTRL_SHIFT)  # Plan > Check In…
    wizard = window.findChild(CheckInWizard)
    assert wizard is not None and wizard.isVisible()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def run_check_in_by_keyboard(qtbot, window, *, wins, new_goal=True):
    wizard = open_by_keyboard(qtbot, window)
    # page 1: the first rating box has the keyboard; raise communication by one
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.rating_boxes["communication"])
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_N, ALT)
    # page 2: the open goal's status, then its progress
    qtbot.waitUntil(lambda: wizard.currentId() == 1)
    status, progress = wizard.goal_boxes["g-open"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is status)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is progress
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "60")
    press(qtbot, Qt.Key.Key_N, ALT)
    # page 3: wins
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.wins)
    type_text(qtbot, wins)
    press(qtbot, Qt.Key.Key_N, ALT)
    # page 4: focus skill 1 = the first skill, with a new goal for it
    skill, goal = wizard.focus_rows[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is skill)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is goal
    press(qtbot, Qt.Key.Key_Down, times=1 if new_goal else 0)  # "Make a new goal for it"
    press(qtbot, Qt.Key.Key_N, ALT)
    # page 5: reflection, then Finish
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.reflection)
    type_text(qtbot, "Good month.")
    with qtbot.waitSignal(wizard.finished):
        press(qtbot, Qt.Key.Key_F, ALT)
    return wizard


@pytest.fixture
def today(monkeypatch):
    days = {"today": date(2026, 1, 5)}
    monkeypatch.setattr(clock, "today", lambda: days["today"])
    return days


def test_a_first_and_a_second_check_in_by_keyboard_then_undo_and_restart(
    qtbot, data_dir, open_main_window, today
):
    seeded(data_dir)
    window = open_main_window(data_dir)
    window.resize(1200, 800)
    document = window.document
    run_check_in_by_keyboard(qtbot, window, wins="Led the roadmap review")
    plan = document.plan
    (first,) = plan.checkins
    assert first.day == date(2026, 1, 5)
    assert first.target_role == "senior-pm" and first.expected["communication"] == 4
    assert first.ratings["communication"] == 3 and plan.skill_ratings["communication"] == 3
    assert first.wins == "Led the roadmap review" and first.reflection == "Good month."
    memo = next(g for g in plan.goals if g.id == "g-open")
    assert (memo.status, memo.progress) == (GoalStatus.IN_PROGRESS, 60)
    (memo_then,) = [g for g in first.goals if g.goal == "g-open"]
    assert memo_then.progress == 60
    (focus,) = first.focus
    new_goal = next(g for g in plan.goals if g.id == focus.goals[0])
    assert focus.skill == "communication" and new_goal.skills == ["communication"]
    assert {g.goal for g in first.goals} == {"g-open", new_goal.id}  # open ones only

    # one undo step takes the whole check-in back
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.plan.checkins == [] and document.plan.skill_ratings["communication"] == 2
    assert len(document.plan.goals) == 2
    assert next(g for g in document.plan.goals if g.id == "g-open").progress == 0
    document.undo_stack.redo()
    assert len(document.plan.checkins) == 1

    # a month later: the previous rating is shown beside the skill
    today["today"] = date(2026, 2, 5)
    wizard = open_by_keyboard(qtbot, window)
    assert wizard.findChild(object, "previous:communication").text().startswith("last time: 3")
    wizard.reject()
    qtbot.waitUntil(lambda: window.findChild(CheckInWizard) is None)
    run_check_in_by_keyboard(qtbot, window, wins="Second", new_goal=False)
    assert [c.day for c in document.plan.checkins] == [date(2026, 1, 5), date(2026, 2, 5)]
    assert document.plan.checkins[1].ratings["communication"] == 4

    # restart: everything was saved
    assert document.save()
    saved = load_plan_file(data_dir / "plan.json")
    assert saved.checkins == document.plan.checkins


def test_a_snapshot_is_unchanged_after_the_target_and_its_skills_change(
    qtbot, data_dir, open_main_window, today
):
    seeded(data_dir)
    window = open_main_window(data_dir)
    window.resize(1200, 800)
    document = window.document
    run_check_in_by_keyboard(qtbot, window, wins="x")
    frozen = document.plan.checkins[0].model_copy(deep=True)
    document.set_profile_field("target_role", "director-product")
    document.set_skill_rating("communication", 5)
    goal = next(g for g in document.plan.goals if g.id == "g-open")
    document.edit_item("goals", goal, goal.model_copy(update={"title": "Renamed"}), "Edit")
    document.use_ladder(load_plan_file_ladder())
    assert document.plan.checkins[0] == frozen
    assert frozen.target_title and frozen.expected["communication"] == 4


def load_plan_file_ladder():
    from pathlib import Path

    sample = Path(__file__).parents[2] / "storage" / "samples" / "plan_v4.json"
    return load_plan_file(sample).ladder


def test_a_check_in_is_deleted_on_purpose_as_an_undoable_edit(
    qtbot, data_dir, open_main_window, today
):
    from pmplanner.ui.plan.checkin_edits import delete_check_in

    seeded(data_dir)
    window = open_main_window(data_dir)
    window.resize(1200, 800)
    document = window.document
    run_check_in_by_keyboard(qtbot, window, wins="x")
    check_in = document.plan.checkins[0]
    delete_check_in(document, check_in.id)
    assert document.plan.checkins == []
    document.undo_stack.undo()
    assert document.plan.checkins == [check_in]
