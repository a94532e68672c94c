"""The promotion case: for each skill of the target role, where the person stands and why.

Per skill: the expected level, the latest rating and its trend since the first
check-in that rated it, the evidence for it (newest first) and, while there is
a gap, the open goals aimed at it. Plain Python (no Qt).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pmplanner.core.careers import Role
from pmplanner.core.checkins import Evidence
from pmplanner.core.plan import Goal, Plan
from pmplanner.core.progress import in_order


@dataclass(frozen=True)
class SkillCase:
    skill: str
    expected: int
    rating: int | None  # the latest rating (None: never rated)
    first: int | None = None  # the rating at the first check-in that rated it
    since: date | None = None  # that check-in's day
    evidence: list[Evidence] = field(default_factory=list)
    gap_goals: list[Goal] = field(default_factory=list)

    @property
    def gap(self) -> int:
        return max(0, self.expected - (self.rating or 0))

    @property
    def trend(self) -> int | None:
        """The change since ``since`` (None: nothing to compare with)."""
        if self.first is None or self.rating is None:
            return None
        return self.rating - self.first


def promotion_case(plan: Plan, role: Role) -> list[SkillCase]:
    checkins = in_order(plan)
    cases = []
    for req in role.skills:
        skill = req.skill
        rated = [c for c in checkins if skill in c.ratings]
        rating = plan.skill_ratings.get(skill)
        if rating is None and rated:
            rating = rated[-1].ratings[skill]
        evidence = sorted(
            (e for e in plan.evidence if skill in e.skills), key=lambda e: e.day, reverse=True
        )
        gap = max(0, req.level - (rating or 0))
        goals = [g for g in plan.goals if g.status.is_open and skill in g.skills] if gap else []
        cases.append(
            SkillCase(
                skill=skill,
                expected=int(req.level),
                rating=rating,
                first=rated[0].ratings[skill] if rated else None,
                since=rated[0].day if rated else None,
                evidence=evidence,
                gap_goals=goals,
            )
        )
    return cases
