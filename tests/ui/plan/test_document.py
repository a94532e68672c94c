"""PlanDocument: profile and rating commands, gap goals, replacing, saving, autosave."""

from __future__ import annotations

import json
from datetime import date

import pytest

from pmplanner.core.goal_rules import goals_for_skill
from pmplanner.core.plan import Goal, GoalKind, GoalStatus, Plan
from pmplanner.storage.plan_store import SaveError
from pmplanner.ui.plan.models import contacts_model, goals_model, skills_model


def test_profile_edit_is_an_undo_step_with_a_signal(document, qtbot):
    stack = document.undo_stack
    with qtbot.waitSignal(document.profile_changed) as blocker:
        document.set_profile_field("current_role", "pm")
    assert blocker.args == ["current_role"]
    assert document.plan.profile.current_role == "pm"
    stack.undo()
    assert document.plan.profile.current_role == "apm" and stack.isClean()


def test_typing_a_name_merges_into_one_undo_step(document):
    stack = document.undo_stack
    for text in ("S", "Sa", "Sam ", "Sam L"):
        document.set_profile_field("name", text)
    assert stack.count() == 1 and document.plan.profile.name == "Sam L"
    # another field breaks the merge
    document.set_profile_field("target_role", "senior-pm")
    document.set_profile_field("name", "Sam Lee")
    assert stack.count() == 3
    stack.undo()
    stack.undo()
    stack.undo()
    assert document.plan.profile.name == "Sam" and stack.isClean()


def test_typing_back_to_the_saved_name_leaves_nothing_to_undo(document):
    document.set_profile_field("name", "Samx")
    document.set_profile_field("name", "Sam")
    assert document.undo_stack.count() == 0 and document.is_saved()


def test_no_merge_across_a_save(document):
    document.set_profile_field("name", "Sa")
    assert document.save()
    document.set_profile_field("name", "S")
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert document.plan.profile.name == "Sa" and document.is_saved()


def test_profile_refuses_unknown_fields_and_bad_values(document):
    with pytest.raises(KeyError):
        document.set_profile_field("salary", 1)
    with pytest.raises(ValueError):
        document.set_profile_field("target_date", "next spring")
    assert document.undo_stack.count() == 0


def test_set_skill_rating(document, qtbot):
    with qtbot.waitSignal(document.ratings_changed):
        document.set_skill_rating("stakeholders", 3)
    assert document.plan.skill_ratings["stakeholders"] == 3
    with pytest.raises(ValueError):
        document.set_skill_rating("stakeholders", 6)
    document.undo_stack.undo()
    assert "stakeholders" not in document.plan.skill_ratings


def test_create_goal_for_gap_uses_the_first_learning_activity(make_document):
    document = make_document(Plan())  # no goal for discovery yet
    goal = document.create_goal_for_gap("discovery")
    added = document.plan.goals[-1]
    assert added is goal
    assert (added.kind, added.title, added.skills) == (
        GoalKind.BOOK,
        "Read Continuous Discovery Habits",
        ["discovery"],
    )
    assert added.notes == "Teresa Torres"
    assert document.undo_stack.undoText() == "Create goal for Product discovery"
    document.undo_stack.undo()
    assert goal not in document.plan.goals and document.undo_stack.isClean()


def test_create_goal_for_gap_without_activities(document):
    goal = document.create_goal_for_gap("stakeholders")
    assert goal is not None
    assert goal.title == "Build Stakeholder management" and goal.kind == GoalKind.COURSE


def test_create_goal_for_gap_adds_no_second_goal_for_the_same_skill(document):
    first = document.create_goal_for_gap("stakeholders")
    assert first is not None
    assert document.create_goal_for_gap("stakeholders") is None
    assert [g.id for g in goals_for_skill(document.plan, "stakeholders")] == [first.id]
    # a dropped goal does not count: the gap may get a new one
    dropped = first.model_copy(update={"status": GoalStatus.DROPPED})
    document.edit_item("goals", first, dropped, "Drop")
    assert document.create_goal_for_gap("stakeholders") is not None


def test_replace_plan_resets_models_and_history(document, qtbot):
    document.set_profile_field("name", "Someone")
    new = Plan(goals=[Goal(title="Only goal")])
    with qtbot.waitSignals([document.plan_replaced, document.saved_changed]):
        document.replace_plan(new)
    assert document.plan is new
    assert goals_model(document).rowCount() == 1
    assert contacts_model(document).rowCount() == 0
    assert skills_model(document).rowCount() == 0
    assert document.undo_stack.count() == 0
    assert not document.is_saved()
    assert document.save() and document.is_saved()


def test_save_writes_the_plan_and_marks_it_saved(document, store, qtbot):
    document.set_profile_field("name", "Written")
    assert not document.is_saved()
    with qtbot.waitSignal(document.saved_changed) as blocker:
        assert document.save()
    assert blocker.args == [True]
    assert json.loads(store.path.read_text())["profile"]["name"] == "Written"


def test_autosave_follows_the_stack(plan, make_document, store, qtbot):
    document = make_document(plan)
    document.autosave_delay_ms = 20
    model = goals_model(document)
    model.setData(model.index(0, 0), "Autosaved title")
    assert document.autosave_pending()

    def written() -> bool:
        if not store.path.exists():
            return False
        return json.loads(store.path.read_text())["goals"][0]["title"] == "Autosaved title"

    qtbot.waitUntil(written)
    qtbot.waitUntil(document.is_saved)
    assert not document.autosave_pending()


def test_failed_autosave_reports_and_does_not_loop(plan, make_document, store, qtbot, monkeypatch):
    document = make_document(plan)
    document.autosave_delay_ms = 10
    calls = []
    real_save = store.save

    def refuse(_plan, **_options):
        calls.append(1)
        raise SaveError("The disk is full, so your plan could not be saved.")

    monkeypatch.setattr(store, "save", refuse)
    document.set_profile_field("target_date", date(2027, 1, 1))
    with qtbot.waitSignal(document.save_failed, timeout=2000) as blocker:
        pass
    assert blocker.args == ["The disk is full, so your plan could not be saved."]
    assert not document.is_saved()
    # the retry waits for the longer delay (or the next edit), not another 10 ms
    assert document.autosave_pending()
    assert document._saving.timer.interval() == document.retry_delay_ms
    assert len(calls) == 1
    # the next edit tries again soon
    document.set_profile_field("target_date", date(2027, 2, 1))
    qtbot.waitUntil(lambda: len(calls) == 2)
    # a working store again: saved
    monkeypatch.setattr(store, "save", real_save)
    document.set_profile_field("target_date", date(2027, 3, 1))
    qtbot.waitUntil(document.is_saved)
    assert store.path.exists()


def test_save_without_a_store_fails_politely(make_document, qtbot):
    document = make_document(Plan(), store=None)
    with qtbot.waitSignal(document.save_failed):
        assert not document.save()


def test_notes_on_roles_and_skills_are_undo_steps_and_empty_removes(document, qtbot):
    with qtbot.waitSignal(document.notes_changed) as changed:
        document.set_role_note("pm", "Ask Priya")
    assert changed.args == ["role", "pm"]
    assert document.plan.role_notes == {"pm": "Ask Priya"}
    assert document.set_role_note("pm", "Ask Priya") is None  # nothing changes: no step
    document.set_skill_note("discovery", "A course")
    document.set_role_note("pm", "")  # empty: the entry goes
    assert document.plan.role_notes == {} and document.plan.skill_notes == {"discovery": "A course"}
    document.undo_stack.undo()
    assert document.plan.role_notes == {"pm": "Ask Priya"}
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.plan.role_notes == {} and document.plan.skill_notes == {}
    with pytest.raises(ValueError):
        document.set_role_note("pm", "x" * 20_001)
    assert document.undo_stack.count() == 3
