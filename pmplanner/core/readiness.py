"""How ready a person is for a role, from their own skill ratings.

The one home of readiness: the map's overlay, its details and tooltips, and
the skills tab all count from here. A skill the person has not rated is "not
rated": it is neither met nor a gap, and is counted apart (never as 0).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pmplanner.core.careers import Role, SkillRequirement
from pmplanner.core.catalog import SkillGap


def skill_gap(req: SkillRequirement, ratings: Mapping[str, int]) -> SkillGap | None:
    """The gap on one key skill, or None while the person has not rated it."""
    have = ratings.get(req.skill)
    return None if have is None else SkillGap(req.skill, have, req.level)


def rating_gaps(role: Role, ratings: Mapping[str, int]) -> list[SkillGap]:
    """Each key skill of ``role`` the person has rated, with the rating."""
    return [g for g in (skill_gap(req, ratings) for req in role.skills) if g is not None]


def unrated_skills(role: Role, ratings: Mapping[str, int]) -> list[str]:
    """The key skills of ``role`` the person has not rated yet, in the role's order."""
    return [req.skill for req in role.skills if req.skill not in ratings]


@dataclass(frozen=True)
class Readiness:
    met: int  # rated key skills at or above the expected level
    total: int  # key skills of the role
    unrated: int = 0  # key skills not rated yet (neither met nor a gap)

    @property
    def rated(self) -> int:
        return self.total - self.unrated

    @property
    def share(self) -> float | None:
        """Share of the rated key skills met (0.0-1.0); None when none is rated."""
        if not self.total:
            return 1.0
        return self.met / self.rated if self.rated else None


def readiness(role: Role, ratings: Mapping[str, int]) -> Readiness:
    gaps = rating_gaps(role, ratings)
    return Readiness(
        sum(1 for g in gaps if g.gap == 0), len(role.skills), len(role.skills) - len(gaps)
    )


def open_gaps(role: Role, ratings: Mapping[str, int]) -> list[SkillGap]:
    """Rated skills below the expected level, largest gap first."""
    return sorted(
        (g for g in rating_gaps(role, ratings) if g.gap > 0), key=lambda g: (-g.gap, g.skill)
    )
