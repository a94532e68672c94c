"""Smoke test: the editor over the built-in career content."""

from __future__ import annotations

from pmplanner.core.plan import GoalKind, Plan
from pmplanner.ui.plan.editor import PlanEditor
from pmplanner.ui.plan.models import goals_model, skills_model


def test_editor_with_builtin_content(qtbot, qtmodeltester, catalog, make_document):
    document = make_document(Plan(), catalog)
    editor = PlanEditor(document)
    qtbot.addWidget(editor)
    combo = editor.profile_form.target_role_combo
    role_ids = {combo.itemData(i) for i in range(combo.count())} - {None}
    assert role_ids == {r.id for r in catalog.roles}
    assert editor.profile_form.background_combo.count() == len(catalog.backgrounds) + 1

    # aim at the role with the most key skills and close its first gap
    target = max(catalog.roles, key=lambda r: len(r.skills))
    document.set_profile_field("target_role", target.id)
    model = skills_model(document)
    assert model.rowCount() == len(target.skills)
    qtmodeltester.check(model)
    goal = document.create_goal_for_gap(model.skill_id(0))
    assert goal.skills == [model.skill_id(0)]
    assert goal.title and goal.kind in GoalKind
    qtmodeltester.check(goals_model(document))
    qtbot.waitUntil(lambda: not editor.summary_refresh_pending(), timeout=2000)
    assert editor.summary.goals_label.text() == "0 of 1 goal done"
    assert document.save() and document.is_saved()
