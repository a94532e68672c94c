"""Taking a check-in: the frozen snapshot, and what changed since the one before.

Plain Python (no Qt): the wizard collects the answers, the document makes the
edits, this module builds the dated ``CheckIn`` that nothing later changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from pmplanner.core.careers import Role
from pmplanner.core.checkins import CheckIn, CheckInGoal, FocusSkill, next_check_in
from pmplanner.core.plan import Goal, Plan


def expected_levels(role: Role | None) -> dict[str, int]:
    """The target role's skills with the level it expects (copied: later changes never touch it)."""
    return {} if role is None else {req.skill: int(req.level) for req in role.skills}


def take_check_in(
    *,
    day: date,
    role: Role | None,
    ratings: Mapping[str, int],
    goals: Iterable[Goal],
    wins: str = "",
    focus: Iterable[tuple[str, list[str]]] = (),
    reflection: str = "",
) -> CheckIn:
    """The snapshot of ``day``: ``ratings`` of the role's skills, the open ``goals`` as they are."""
    expected = expected_levels(role)
    return CheckIn(
        day=day,
        target_role=None if role is None else role.id,
        target_title="" if role is None else role.title,
        expected=expected,
        ratings={skill: ratings[skill] for skill in expected if skill in ratings},
        goals=[
            CheckInGoal(goal=g.id, title=g.title, status=g.status, progress=g.progress)
            for g in goals
            if g.status.is_open
        ],
        wins=wins.strip(),
        focus=[FocusSkill(skill=skill, goals=list(ids)) for skill, ids in focus],
        reflection=reflection.strip(),
    )


def latest(plan: Plan) -> CheckIn | None:
    """The most recent check-in (by day, then by order of recording)."""
    if not plan.checkins:
        return None
    return max(enumerate(plan.checkins), key=lambda p: (p[1].day, p[0]))[1]


def next_due(plan: Plan, today: date) -> date:
    last = latest(plan)
    return next_check_in(None if last is None else last.day, plan.check_in_rhythm, today)


def is_due(plan: Plan, today: date) -> bool:
    return next_due(plan, today) <= today


@dataclass(frozen=True)
class RatingChange:
    skill: str
    before: int | None
    after: int | None


def rating_changes(before: CheckIn | None, after: CheckIn) -> list[RatingChange]:
    """The skills whose rating differs from the check-in before (in ``after``'s order)."""
    old = {} if before is None else before.ratings
    skills = list(dict.fromkeys([*after.ratings, *old]))
    return [
        RatingChange(s, old.get(s), after.ratings.get(s))
        for s in skills
        if old.get(s) != after.ratings.get(s)
    ]


def readiness_share(check_in: CheckIn) -> float:
    """Share of the then target's skills rated at or above the level it then expected."""
    if not check_in.expected:
        return 0.0
    met = sum(1 for s, lvl in check_in.expected.items() if check_in.ratings.get(s, 0) >= lvl)
    return met / len(check_in.expected)
