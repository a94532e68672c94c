"""The loaded career content, indexed, with the questions people ask of it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, TypeGuard

from pmplanner.core.careers import (
    Background,
    Guidance,
    Industry,
    Level,
    Role,
    Skill,
    Track,
    Transition,
    WorkEnvironment,
)
from pmplanner.core.quiz_types import Quiz
from pmplanner.core.shortest import k_shortest_paths


@dataclass(frozen=True)
class CareerPath:
    """A route through the map: roles in order and the moves between them."""

    roles: tuple[str, ...]
    transitions: tuple[Transition, ...]

    @property
    def years(self) -> float:
        return sum(t.years for t in self.transitions)

    @property
    def steps(self) -> int:
        return len(self.transitions)


@dataclass(frozen=True)
class SkillGap:
    skill: str
    have: int  # the level held now (own rating, or the from-role's expected level)
    need: int  # the level the target role expects

    @property
    def gap(self) -> int:
        return max(0, self.need - self.have)


@dataclass
class CareerCatalog:
    levels: list[Level]
    tracks: list[Track]
    roles: list[Role]
    transitions: list[Transition]
    skills: list[Skill]
    backgrounds: list[Background] = field(default_factory=list)
    industries: list[Industry] = field(default_factory=list)
    environments: list[WorkEnvironment] = field(default_factory=list)
    guidance: Guidance | None = None
    # the self-discovery quiz (built-in content only; an organisation's ladder has none)
    quiz: Quiz | None = None

    def __post_init__(self) -> None:
        self._roles = {r.id: r for r in self.roles}
        self._tracks = {t.id: t for t in self.tracks}
        self._skills = {s.id: s for s in self.skills}
        self._levels = {lv.rank: lv for lv in self.levels}
        self._out: dict[str, list[Transition]] = defaultdict(list)
        self._in: dict[str, list[Transition]] = defaultdict(list)
        for t in self.transitions:
            self._out[t.from_role].append(t)
            self._in[t.to_role].append(t)
        # one pass, not one scan of every role per track (a large ladder has hundreds)
        self._by_track: dict[str, list[Role]] = defaultdict(list)
        for r in sorted(self.roles, key=lambda r: r.level):
            self._by_track[r.track].append(r)
        self._sorted_out = {r: self.next_steps(r) for r in self._out}
        # ties between routes of equal years and steps follow the file's order of moves
        self._rank = {id(t): i for i, t in enumerate(self.transitions)}

    # -- look-ups -------------------------------------------------------
    def role(self, role_id: str) -> Role:
        return self._roles[role_id]

    def has_role(self, role_id: str | None) -> TypeGuard[str]:
        return role_id is not None and role_id in self._roles

    def track(self, track_id: str) -> Track:
        return self._tracks[track_id]

    def skill(self, skill_id: str) -> Skill:
        return self._skills[skill_id]

    def has_skill(self, skill_id: str) -> bool:
        return skill_id in self._skills

    def level_name(self, rank: int) -> str:
        level = self._levels.get(rank)
        return level.name if level else f"Level {rank}"

    def background(self, background_id: str) -> Background:
        for b in self.backgrounds:
            if b.id == background_id:
                return b
        raise KeyError(background_id)

    def industry(self, industry_id: str) -> Industry:
        for x in self.industries:
            if x.id == industry_id:
                return x
        raise KeyError(industry_id)

    def environment(self, environment_id: str) -> WorkEnvironment:
        for x in self.environments:
            if x.id == environment_id:
                return x
        raise KeyError(environment_id)

    def track_roles(self, track_id: str) -> list[Role]:
        """The roles of a track's progression, in order (they may sit in other tracks)."""
        return [self._roles[r] for r in self.track(track_id).progression]

    def roles_in_track(self, track_id: str) -> list[Role]:
        """The roles on a track, by level (in file order within a level)."""
        return list(self._by_track.get(track_id, []))

    def skill_name(self, skill_id: str) -> str:
        skill = self._skills.get(skill_id)
        return skill.name if skill else skill_id

    # -- moves ------------------------------------------------------------
    def next_steps(self, role_id: str) -> list[Transition]:
        """Moves out of a role, quickest first."""
        return sorted(self._out.get(role_id, []), key=lambda t: (t.years, t.to_role))

    def previous_steps(self, role_id: str) -> list[Transition]:
        """Moves that lead into a role."""
        return sorted(self._in.get(role_id, []), key=lambda t: (t.years, t.from_role))

    def paths(self, start: str, goal: str, limit: int = 50) -> list[CareerPath]:
        """Up to ``limit`` simple paths from ``start`` to ``goal``, fastest (typical years) first.

        Yen's k-shortest simple paths over Dijkstra (``core.shortest``): at
        most ``limit`` times the path's length Dijkstra runs, so a dense
        ladder of zero-year moves, whose simple paths are countless, costs
        polynomial time. Ties: see ``_route_order``.
        """
        if start not in self._roles or goal not in self._roles:
            raise KeyError(start if start not in self._roles else goal)
        if start == goal:
            return [CareerPath((start,), ())]
        found = k_shortest_paths(self._sorted_out, start, goal, limit, self._route_order)
        return [CareerPath(tuple([start, *(m.to_role for m in moves)]), moves) for moves in found]

    def _route_order(self, moves: tuple[Transition, ...]) -> tuple[Any, ...]:
        """Fastest first; among equal years, the route whose earlier part is quicker.

        That is the years before each move, last move first, then the moves'
        order in the ladder file: the order a best-first search over partial
        routes finds them in, which the map showed before (kept so that
        routes of equal years keep their places).
        """
        elapsed = [0.0]
        for move in moves:
            elapsed.append(elapsed[-1] + move.years)
        return (tuple(reversed(elapsed)), tuple(self._rank[id(m)] for m in moves))

    def fastest_path(self, start: str, goal: str) -> CareerPath | None:
        found = self.paths(start, goal, limit=1)
        return found[0] if found else None

    # -- skills -------------------------------------------------------------
    def skills_gap(self, from_role: str, to_role: str) -> list[SkillGap]:
        """What the target role expects beyond what the current role does.

        Every key skill of ``to_role``, with the level ``from_role`` expects
        (0 when it does not list the skill), largest gap first.
        """
        have = {req.skill: req.level for req in self.role(from_role).skills}
        gaps = [
            SkillGap(req.skill, have.get(req.skill, 0), req.level)
            for req in self.role(to_role).skills
        ]
        return sorted(gaps, key=lambda g: (-g.gap, self.skill_name(g.skill)))
