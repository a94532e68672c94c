"""Two roles side by side: their key skills, the person's gaps, years and routes.

Plain Python (no Qt): the comparison dialog shows it, tests read it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pmplanner.core.careers import Role
from pmplanner.core.catalog import CareerCatalog, CareerPath
from pmplanner.core.readiness import Readiness, readiness


@dataclass(frozen=True)
class SkillRow:
    skill: str
    name: str
    expected: tuple[int | None, int | None]  # what each role expects (None: not key)
    rating: int | None  # the person's own, None when not rated

    def gap(self, side: int) -> int | None:
        """How far the rating is below what role ``side`` expects; None when unknown."""
        need = self.expected[side]
        if need is None or self.rating is None:
            return None
        return max(0, need - self.rating)


@dataclass(frozen=True)
class RoleSide:
    role: Role
    readiness: Readiness
    route: CareerPath | None  # from the person's current role (None: none or not set)


@dataclass(frozen=True)
class Comparison:
    sides: tuple[RoleSide, RoleSide]
    skills: list[SkillRow]


def compare_roles(
    catalog: CareerCatalog,
    first: str,
    second: str,
    ratings: Mapping[str, int],
    current: str | None = None,
) -> Comparison:
    roles = (catalog.role(first), catalog.role(second))
    order: list[str] = []
    for role in roles:
        order += [req.skill for req in role.skills if req.skill not in order]
    rows = [
        SkillRow(
            skill,
            catalog.skill_name(skill),
            (roles[0].expected_level(skill), roles[1].expected_level(skill)),
            ratings.get(skill),
        )
        for skill in order
    ]

    def side(role: Role) -> RoleSide:
        route = None
        if catalog.has_role(current):
            assert current is not None
            route = catalog.fastest_path(current, role.id)
        return RoleSide(role, readiness(role, ratings), route)

    return Comparison((side(roles[0]), side(roles[1])), rows)
