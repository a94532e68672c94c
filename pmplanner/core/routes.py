"""The routes the map shows for a plan: fastest first, and one per branch track.

The listed alternatives leave out sideways detours (``is_detour``); the
fastest route is always listed.

Plain Python over the catalog (no Qt), so the map, the exporter and tests
agree on what "the route" is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pmplanner.core.careers import TrackKind
from pmplanner.core.catalog import CareerCatalog, CareerPath

LISTED_PATHS = 12  # how many routes the map lists
SEARCHED_PATHS = 200  # how many it looks through for one route per branch


@dataclass
class PlanRoutes:
    start: str | None
    goal: str | None
    paths: list[CareerPath] = field(default_factory=list)
    # branch track id -> the fastest route through that branch (and no other)
    by_branch: dict[str, CareerPath] = field(default_factory=dict)

    @property
    def fastest(self) -> CareerPath | None:
        return self.paths[0] if self.paths else None

    @property
    def complete(self) -> bool:
        """Both ends are set and known to the catalog."""
        return self.start is not None and self.goal is not None


def plan_routes(catalog: CareerCatalog, start: str | None, goal: str | None) -> PlanRoutes:
    if not (catalog.has_role(start) and catalog.has_role(goal)):
        return PlanRoutes(
            start if catalog.has_role(start) else None, goal if catalog.has_role(goal) else None
        )
    assert start is not None and goal is not None
    found = catalog.paths(start, goal, limit=SEARCHED_PATHS)
    branches = [t.id for t in catalog.tracks if t.kind is TrackKind.BRANCH]
    by_branch: dict[str, CareerPath] = {}
    for branch in branches:
        others = set(branches) - {branch}
        through = [p for p in found if branch in _tracks(catalog, p)]
        only = [p for p in through if not (others & _tracks(catalog, p))]
        if only or through:
            by_branch[branch] = (only or through)[0]
    listed = [p for i, p in enumerate(found) if i == 0 or not is_detour(catalog, p)]
    return PlanRoutes(start, goal, listed[:LISTED_PATHS], by_branch)


def is_detour(catalog: CareerCatalog, path: CareerPath) -> bool:
    """The route steps sideways (to a role of the same level) after its first
    move: crossing over from where one is starts a real alternative, a step
    across further on only pads the list."""
    return any(
        catalog.role(move.from_role).level == catalog.role(move.to_role).level
        for move in path.transitions[1:]
    )


def _tracks(catalog: CareerCatalog, path: CareerPath) -> set[str]:
    return {catalog.role(r).track for r in path.roles}
