"""Readiness for a role from a person's own skill ratings."""

from __future__ import annotations

from pmplanner.core.careers import Role, SkillRequirement
from pmplanner.core.catalog import SkillGap
from pmplanner.core.readiness import (
    Readiness,
    open_gaps,
    rating_gaps,
    readiness,
    unrated_skills,
)


def make_role(**skills: int) -> Role:
    return Role(
        id="r",
        title="R",
        track="t",
        level=0,
        summary="s",
        skills=[SkillRequirement(skill=k, level=v) for k, v in skills.items()],
    )


def test_rating_gaps_leave_unrated_skills_out_and_list_them_apart():
    role = make_role(a=3, b=2, c=4)
    assert rating_gaps(role, {"a": 4, "c": 1}) == [SkillGap("a", 4, 3), SkillGap("c", 1, 4)]
    assert unrated_skills(role, {"a": 4, "c": 1}) == ["b"]
    assert rating_gaps(role, {"b": 0}) == [SkillGap("b", 0, 2)]  # rated 0 is a rating


def test_readiness_counts_rated_skills_at_or_above_the_expected_level():
    role = make_role(a=3, b=2, c=4, d=1)
    result = readiness(role, {"a": 3, "b": 5, "c": 2})
    assert result == Readiness(met=2, total=4, unrated=1)
    assert result.rated == 3 and result.share == 2 / 3
    assert readiness(role, {}).share is None  # nothing rated: unknown, not 0
    assert readiness(role, {"a": 0, "b": 0, "c": 0, "d": 0}).share == 0.0
    assert readiness(role, {"a": 5, "b": 5, "c": 5, "d": 5}).share == 1.0


def test_rating_more_skills_never_makes_a_role_look_less_ready_by_unrated_zeros(catalog):
    """The issue's case: after rating all of Group PM's skills, the current role
    (whose other skills are unrated) no longer looks less ready than the target."""
    group = catalog.role("group-pm")
    ratings = {req.skill: req.level for req in group.skills}
    current = catalog.role("pm")
    ready = readiness(current, ratings)
    assert ready.unrated == len([r for r in current.skills if r.skill not in ratings])
    assert ready.share is None or ready.share >= 0.5
    assert open_gaps(current, ratings) == [
        g for g in open_gaps(current, ratings) if g.skill in ratings
    ]


def test_a_role_without_key_skills_counts_as_ready():
    assert readiness(make_role(), {}).share == 1.0


def test_open_gaps_largest_first_then_by_skill():
    role = make_role(b=3, a=3, c=5, d=1)
    gaps = open_gaps(role, {"a": 1, "b": 1, "c": 2, "d": 4})
    assert [(g.skill, g.gap) for g in gaps] == [("c", 3), ("a", 2), ("b", 2)]


def test_readiness_on_real_roles(catalog):
    apm = catalog.role("apm")
    pm = catalog.role("pm")
    expected = {req.skill: 0 for req in pm.skills} | {req.skill: req.level for req in apm.skills}
    assert readiness(apm, expected).share == 1.0
    assert open_gaps(apm, expected) == []
    ready = readiness(pm, expected)
    assert 0 < ready.met < ready.rated == ready.total == len(pm.skills)
    gaps = open_gaps(pm, expected)
    assert {g.skill for g in gaps} >= {"stakeholder-management", "product-specs"}
    assert all(g.gap > 0 for g in gaps)
