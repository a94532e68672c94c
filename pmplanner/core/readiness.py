"""How ready a person is for a role, from their own skill ratings."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pmplanner.core.careers import Role
from pmplanner.core.catalog import SkillGap


def rating_gaps(role: Role, ratings: Mapping[str, int]) -> list[SkillGap]:
    """Each key skill of ``role`` with the person's rating (0 if unrated)."""
    return [SkillGap(req.skill, ratings.get(req.skill, 0), req.level) for req in role.skills]


@dataclass(frozen=True)
class Readiness:
    met: int
    total: int

    @property
    def share(self) -> float:
        """Share of key skills at or above the expected level (0.0-1.0)."""
        return self.met / self.total if self.total else 1.0


def readiness(role: Role, ratings: Mapping[str, int]) -> Readiness:
    gaps = rating_gaps(role, ratings)
    return Readiness(sum(1 for g in gaps if g.gap == 0), len(gaps))


def open_gaps(role: Role, ratings: Mapping[str, int]) -> list[SkillGap]:
    """Skills below the expected level, largest gap first."""
    return sorted(
        (g for g in rating_gaps(role, ratings) if g.gap > 0), key=lambda g: (-g.gap, g.skill)
    )
