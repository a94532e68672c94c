"""CareerCatalog queries, on a small hand-built map and on the real content."""

from __future__ import annotations

import itertools
import random

import pytest

from pmplanner.core.careers import (
    Level,
    Role,
    SkillRequirement,
    Track,
    Transition,
    TransitionKind,
)
from pmplanner.core.catalog import CareerCatalog, SkillGap


def role(role_id: str, level: int, **skills: int) -> Role:
    return Role(
        id=role_id,
        title=role_id.upper(),
        track="t",
        level=level,
        summary=f"role {role_id}",
        skills=[SkillRequirement(skill=k, level=v) for k, v in skills.items()],
    )


def move(a: str, b: str, years: float, kind: str = "promotion") -> Transition:
    return Transition(from_role=a, to_role=b, kind=TransitionKind(kind), years=years)


def small_catalog(transitions=None) -> CareerCatalog:
    """a -> b -> d and a -> c -> d, with a lateral cycle b <-> c, then d -> e."""
    if transitions is None:
        transitions = [
            move("a", "b", 2),
            move("a", "c", 1),
            move("b", "d", 2),
            move("c", "d", 4),
            move("b", "c", 0.5, "lateral"),
            move("c", "b", 0.5, "lateral"),
            move("d", "e", 3),
        ]
    return CareerCatalog(
        levels=[Level(rank=i, name=f"L{i}") for i in range(4)],
        tracks=[Track(id="t", name="T", kind="ladder", summary="", colour="#000000")],
        roles=[
            role("a", 0, x=2, y=1),
            role("b", 1),
            role("c", 1),
            role("d", 2, x=3, z=2, y=1),
            role("e", 3),
            role("iso", 0),
        ],
        transitions=transitions,
        skills=[],
    )


def test_next_and_previous_steps_quickest_first():
    cat = small_catalog()
    assert [(t.to_role, t.years) for t in cat.next_steps("a")] == [("c", 1), ("b", 2)]
    assert [t.from_role for t in cat.previous_steps("d")] == ["b", "c"]
    assert cat.next_steps("e") == []
    assert cat.next_steps("nobody") == []


def test_paths_fastest_first_through_a_lateral_cycle():
    cat = small_catalog()
    found = [(p.roles, p.years) for p in cat.paths("a", "d")]
    assert found == [
        (("a", "c", "b", "d"), 3.5),
        (("a", "b", "d"), 4.0),
        (("a", "c", "d"), 5.0),
        (("a", "b", "c", "d"), 6.5),
    ]
    assert [p.roles for p in cat.paths("a", "d", limit=2)] == [
        ("a", "c", "b", "d"),
        ("a", "b", "d"),
    ]
    fastest = cat.fastest_path("a", "e")
    assert fastest.roles == ("a", "c", "b", "d", "e")
    assert fastest.steps == 4
    assert fastest.years == 6.5
    assert [t.to_role for t in fastest.transitions] == ["c", "b", "d", "e"]


def test_paths_edge_cases():
    cat = small_catalog()
    assert cat.paths("b", "b")[0].roles == ("b",)
    assert cat.paths("b", "b")[0].years == 0
    assert cat.paths("a", "iso") == []
    assert cat.paths("d", "a") == []  # no way back down
    assert cat.fastest_path("e", "a") is None
    with pytest.raises(KeyError):
        cat.paths("a", "nowhere")
    with pytest.raises(KeyError):
        cat.paths("nowhere", "a")


def brute_force_paths(cat: CareerCatalog, start: str, goal: str) -> list[tuple[float, tuple]]:
    out = []

    def walk(here, roles, years):
        if here == goal:
            out.append((years, roles))
            return
        for t in cat.next_steps(here):
            if t.to_role not in roles:
                walk(t.to_role, (*roles, t.to_role), years + t.years)

    walk(start, (start,), 0.0)
    return sorted(out, key=lambda p: p[0])


def test_paths_match_a_brute_force_search_on_random_maps():
    rng = random.Random(20240607)
    names = ["a", "b", "c", "d", "e", "iso"]
    for _ in range(200):
        pairs = [(x, y) for x, y in itertools.permutations(names, 2) if rng.random() < 0.35]
        cat = small_catalog([move(x, y, rng.choice([0, 0.5, 1, 1.5, 2, 3])) for x, y in pairs])
        for start, goal in itertools.permutations(names, 2):
            expected = brute_force_paths(cat, start, goal)
            found = cat.paths(start, goal, limit=10_000)
            assert sorted(p.roles for p in found) == sorted(r for _, r in expected)
            years = [p.years for p in found]
            assert years == sorted(years)
            for p in found:
                assert len(set(p.roles)) == len(p.roles)
                assert [t.from_role for t in p.transitions] == list(p.roles[:-1])
                assert [t.to_role for t in p.transitions] == list(p.roles[1:])


def test_skills_gap_largest_first():
    cat = small_catalog()
    assert cat.skills_gap("a", "d") == [
        SkillGap("z", 0, 2),
        SkillGap("x", 2, 3),
        SkillGap("y", 1, 1),
    ]
    assert [g.gap for g in cat.skills_gap("a", "d")] == [2, 1, 0]
    assert cat.skills_gap("d", "a")[0].gap == 0
    assert SkillGap("x", 5, 3).gap == 0


def test_lookups():
    cat = small_catalog()
    assert cat.has_role("a") and not cat.has_role("zz") and not cat.has_role(None)
    assert cat.level_name(2) == "L2"
    assert cat.level_name(9) == "Level 9"
    assert [r.id for r in cat.roles_in_track("t")] == ["a", "iso", "b", "c", "d", "e"]
    assert cat.skill_name("unknown-skill") == "unknown-skill"
    with pytest.raises(KeyError):
        cat.background("none")
    with pytest.raises(KeyError):
        cat.industry("none")
    with pytest.raises(KeyError):
        cat.environment("none")


# -- the real content ----------------------------------------------------------------


def test_senior_pm_is_the_crossroads(catalog):
    steps = catalog.next_steps("senior-pm")
    assert [t.years for t in steps] == sorted(t.years for t in steps)
    kinds = {t.to_role: t.kind for t in steps}
    assert kinds["group-pm"] is TransitionKind.BRANCH
    assert kinds["staff-pm"] is TransitionKind.BRANCH  # product leadership starts at Staff
    assert kinds["director-product"] is TransitionKind.PROMOTION
    assert kinds["senior-pm-ux"] is TransitionKind.LATERAL
    assert kinds["senior-tpm"] is TransitionKind.LATERAL
    assert kinds["senior-pm-strategy"] is TransitionKind.LATERAL


def test_requirements_from_the_articles(catalog):
    def requirements(a, b):
        t = next(t for t in catalog.next_steps(a) if t.to_role == b)
        return " ".join(t.requirements).lower()

    assert "measurable outcomes" in requirements("apm", "pm")
    assert "customer needs" in requirements("apm", "pm")
    assert "competitive analysis" in requirements("senior-pm", "director-product")
    assert "politics" in requirements("director-product", "vp-product")
    assert "budgeting" in requirements("director-product", "vp-product")
    assert "whole product portfolio" in requirements("vp-product", "cpo")
    assert "operational excellence" in requirements("vp-product", "cpo")


def test_fastest_path_up_the_general_ladder(catalog):
    path = catalog.fastest_path("apm", "cpo")
    assert path.roles == ("apm", "pm", "senior-pm", "director-product", "vp-product", "cpo")
    assert path.years == 14.0
    every = catalog.paths("apm", "cpo")
    assert every[0].years == path.years
    assert [p.years for p in every] == sorted(p.years for p in every)
    assert all(len(set(p.roles)) == len(p.roles) for p in every)


def test_paths_from_neighbouring_roles(catalog):
    # the direct lateral move (4 years) beats going through the associate role (3 + 1.5)
    paths = catalog.paths("software-engineer", "tpm")
    assert paths[0].roles == ("software-engineer", "tpm")
    assert paths[1].roles == ("software-engineer", "atpm", "tpm")
    via = catalog.fastest_path("delivery-manager", "senior-pm")
    assert via.roles[0] == "delivery-manager" and via.roles[-1] == "senior-pm"
    assert catalog.fastest_path("cpo", "apm") is None


def test_real_skills_gap(catalog):
    gaps = catalog.skills_gap("pm", "senior-pm")
    assert len(gaps) == len(catalog.role("senior-pm").skills)
    assert [g.gap for g in gaps] == sorted((g.gap for g in gaps), reverse=True)
    by_skill = {g.skill: g for g in gaps}
    assert by_skill["executive-communication"].have == 0
    assert by_skill["communication"] == SkillGap("communication", 3, 4)


def test_track_roles_follow_the_progression(catalog):
    assert [r.id for r in catalog.track_roles("ux")] == [
        "apm",
        "pm",
        "senior-pm-ux",
        "head-of-product-experience",
    ]
    assert catalog.industry("b2b-products").name == "B2B products"
    assert catalog.environment("agencies").name == "Agencies"
