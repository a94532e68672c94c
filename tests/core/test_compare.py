"""Two roles side by side."""

from __future__ import annotations

from pmplanner.core.compare import compare_roles


def test_skills_of_both_roles_with_levels_and_gaps(catalog):
    pm, gpm = catalog.role("pm"), catalog.role("group-pm")
    first = pm.skills[0]
    ratings = {first.skill: max(0, first.level - 1)}
    result = compare_roles(catalog, "pm", "group-pm", ratings, current="apm")
    skills = [row.skill for row in result.skills]
    assert set(skills) == {r.skill for r in pm.skills} | {r.skill for r in gpm.skills}
    assert len(skills) == len(set(skills))
    row = result.skills[0]
    assert row.expected == (first.level, gpm.expected_level(first.skill))
    assert row.gap(0) == min(1, first.level)
    unrated = next(r for r in result.skills if r.rating is None)
    assert unrated.gap(0) is None and unrated.gap(1) is None  # not rated: no gap counted
    only_gpm = next(r for r in result.skills if r.expected[0] is None)
    assert only_gpm.gap(0) is None
    assert result.sides[0].route.roles == ("apm", "pm")
    assert result.sides[1].route.roles[-1] == "group-pm"
    assert result.sides[0].readiness.unrated == len(pm.skills) - 1


def test_without_a_current_role_there_is_no_route(catalog):
    result = compare_roles(catalog, "pm", "tpm", {})
    assert result.sides[0].route is None and result.sides[1].route is None
