"""The loaded career content, indexed, with the questions people ask of it."""

from __future__ import annotations

import heapq
import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TypeGuard

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
        """Every simple path from ``start`` to ``goal``, fastest (typical years) first.

        Best-first search over partial paths: with non-negative years, paths
        come out in order of total years, so ``limit`` cuts the slowest ones
        on a large map without enumerating all of them.
        """
        if start not in self._roles or goal not in self._roles:
            raise KeyError(start if start not in self._roles else goal)
        if start == goal:
            return [CareerPath((start,), ())]
        # Only roles that can still reach the goal are worth extending; without
        # this an unreachable goal would enumerate every simple path from start.
        useful = self._reaching(goal)
        if start not in useful:
            return []
        found: list[CareerPath] = []
        tie = itertools.count()
        queue: list[tuple[float, int, tuple[str, ...], tuple[Transition, ...]]] = [
            (0.0, next(tie), (start,), ())
        ]
        while queue and len(found) < limit:
            years, _, roles, moves = heapq.heappop(queue)
            here = roles[-1]
            if here == goal:
                found.append(CareerPath(roles, moves))
                continue
            for move in self._out.get(here, []):
                if move.to_role in roles or move.to_role not in useful:
                    continue
                heapq.heappush(
                    queue,
                    (years + move.years, next(tie), (*roles, move.to_role), (*moves, move)),
                )
        return found

    def _reaching(self, goal: str) -> set[str]:
        """Every role from which some sequence of moves leads to ``goal``."""
        seen = {goal}
        todo = [goal]
        while todo:
            here = todo.pop()
            for move in self._in.get(here, []):
                if move.from_role not in seen:
                    seen.add(move.from_role)
                    todo.append(move.from_role)
        return seen

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
