"""After the quiz: suggested goals, the kept record, and what changed since last time.

Why a goal is suggested and what changed are data (kinds and ids, scores), never
our sentences: the GUI words them through Qt's translation.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from pmplanner.core.careers import Activity
from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.plan import Goal, GoalKind, QuizResult, TrackScore, now_utc
from pmplanner.core.quiz_types import Change, ChangeKind, QuizOutcome, Verdict

FUNDAMENTALS_SKILL = "pm-fundamentals"
SKILL_GOALS = 3  # skills of the first role that get a goal each
SCORE_STEP = 5.0  # a score that moved less than this (out of 100) is not worth a sentence


# -- suggested goals ---------------------------------------------------------------


def _activity(
    catalog: CareerCatalog, skill_id: str, kind: GoalKind | None, background: str | None = None
) -> Activity | None:
    """The skill's first activity of ``kind`` (any learning one: None) that suits the background."""
    if not catalog.has_skill(skill_id):
        return None
    skill = catalog.skill(skill_id)
    found = skill.learning if kind is None else (*skill.learning, *skill.networking)
    return next(
        (a for a in found if (kind is None or a.kind is kind) and a.suits(background)), None
    )


class GoalReason(StrEnum):
    """Why the quiz suggests a goal; the GUI words it (into the goal's notes)."""

    FUNDAMENTALS = "fundamentals"  # new to product: start with the fundamentals
    PORTFOLIO = "portfolio"  # a portfolio of product cases shows what you can do
    MEET_PMS = "meet-pms"  # product managers can tell you what the work is really like
    KEY_SKILL = "key-skill"  # ``skill`` is a key skill for ``role``


@dataclass(frozen=True)
class Suggestion:
    """A suggested goal and why (data: the words are the GUI's)."""

    goal: Goal  # its notes: the activity's description (content), nothing of ours
    reason: GoalReason
    skill: str  # the skill id the goal builds
    role: str | None = None  # KEY_SKILL: the first role it is key for
    each_track: bool = False  # MEET_PMS: no track stood out, so talk to PMs on each of them


# Words ``why(suggestion)`` for the goal's notes; None leaves the notes as the content has them.
Why = Callable[[Suggestion], str]


def _goal(activity: Activity, skill_id: str) -> Goal:
    return Goal(
        kind=activity.kind, title=activity.title, notes=activity.description, skills=[skill_id]
    )


def _path_skills(catalog: CareerCatalog, outcome: QuizOutcome) -> list[str]:
    """The first role's skills, those the rest of the path builds on most first."""
    if not catalog.has_role(outcome.first_role):
        return []
    first = catalog.role(outcome.first_role)
    path = [catalog.role(r) for r in outcome.path if catalog.has_role(r)]

    def weight(skill_id: str) -> tuple[int, int]:
        later = max((r.expected_level(skill_id) or 0 for r in path), default=0)
        return later, first.expected_level(skill_id) or 0

    ids = [req.skill for req in first.skills if req.skill != FUNDAMENTALS_SKILL]
    return sorted(ids, key=lambda s: (-weight(s)[0], -weight(s)[1], ids.index(s)))


def suggestions_for(
    outcome: QuizOutcome, catalog: CareerCatalog, ratings: Mapping[str, int] | None = None
) -> list[Suggestion]:
    """Goals for the first steps the articles recommend, built from the skills content.

    The fundamentals course for someone new to product, a portfolio case study,
    conversations with working product managers, and one learning activity for
    each of the first role's most important skills. Fresh Goal objects, not in
    any plan; no two with the same kind and title. Activities that do not suit
    the person's background are left out, and so are skills the person's own
    ``ratings`` already put at the first role's level.
    """
    ratings = ratings or {}
    background = outcome.background
    found: list[Suggestion] = []
    seen: set[tuple[GoalKind, str]] = set()

    def add(activity: Activity | None, skill_id: str, reason: GoalReason, **more: Any) -> None:
        if activity is None or (activity.kind, activity.title) in seen:
            return
        seen.add((activity.kind, activity.title))
        found.append(Suggestion(_goal(activity, skill_id), reason, skill_id, **more))

    if outcome.fundamentals_first:
        add(
            _activity(catalog, FUNDAMENTALS_SKILL, GoalKind.COURSE, background),
            FUNDAMENTALS_SKILL,
            GoalReason.FUNDAMENTALS,
        )
    skills = _path_skills(catalog, outcome) if outcome.top_track else []
    if outcome.first_role and catalog.has_role(outcome.first_role):
        first = catalog.role(outcome.first_role)
        skills = [s for s in skills if ratings.get(s, 0) < (first.expected_level(s) or 0)]
    case_skill = next(
        (s for s in skills if _activity(catalog, s, GoalKind.PORTFOLIO_CASE, background)),
        FUNDAMENTALS_SKILL,
    )
    add(
        _activity(catalog, case_skill, GoalKind.PORTFOLIO_CASE, background),
        case_skill,
        GoalReason.PORTFOLIO,
    )
    add(
        _activity(catalog, FUNDAMENTALS_SKILL, GoalKind.INFORMATIONAL_INTERVIEW, background),
        FUNDAMENTALS_SKILL,
        GoalReason.MEET_PMS,
        each_track=outcome.top_track is None,
    )
    if outcome.first_role and catalog.has_role(outcome.first_role):
        learnable = [s for s in skills if _activity(catalog, s, None, background)]
        for skill_id in learnable[:SKILL_GOALS]:
            add(
                _activity(catalog, skill_id, None, background),
                skill_id,
                GoalReason.KEY_SKILL,
                role=outcome.first_role,
            )
    return found


def goals_for(
    outcome: QuizOutcome,
    catalog: CareerCatalog,
    why: Why | None = None,
    ratings: Mapping[str, int] | None = None,
) -> list[Goal]:
    """The suggested goals; ``why`` words the reason, added to each goal's notes."""
    goals = []
    for suggestion in suggestions_for(outcome, catalog, ratings):
        goal = suggestion.goal
        sentence = why(suggestion).strip() if why is not None else ""
        if sentence:
            goal.notes = f"{goal.notes}\n\n{sentence}" if goal.notes else sentence
        goals.append(goal)
    return goals


# -- the kept record -----------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A JSON-shaped copy of an answer (tuples and sets become lists)."""
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted(_plain(v) for v in value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return copy.deepcopy(value)


def result_of(
    outcome: QuizOutcome, answers: Mapping[str, Any], taken: datetime | None = None
) -> QuizResult:
    """The record kept in plan.quiz_results: date, answers, scores and what was suggested."""
    return QuizResult(
        taken=taken if taken is not None else now_utc(),
        answers={str(k): _plain(v) for k, v in answers.items()},
        ranking=[TrackScore(track=s.target, score=round(s.share, 1)) for s in outcome.ranking],
        recommended_role=outcome.first_role,
        track=outcome.top_track,
        direction=outcome.direction,
        verdict=outcome.verdict.value,
        directions=[
            TrackScore(track=s.target, score=round(s.share, 1)) for s in outcome.directions
        ],
    )


# -- what changed --------------------------------------------------------------------


def _pointed_to(result: QuizResult) -> str | None:
    """The one track a result points to: none in a near tie (nothing is the winner there)."""
    return None if result.verdict == Verdict.CLOSE.value else result.track


def _level_pair(result: QuizResult) -> frozenset[str]:
    if result.verdict != Verdict.CLOSE.value or len(result.ranking) < 2:
        return frozenset()
    return frozenset(s.track for s in result.ranking[:2])


def _track_changes(previous: QuizResult, current: QuizResult) -> list[Change]:
    before, now = _pointed_to(previous), _pointed_to(current)
    pair = _level_pair(current)
    if pair:
        if pair == _level_pair(previous):
            return []
        first, second = (s.track for s in current.ranking[:2])
        return [Change(ChangeKind.NOW_CLOSE, track=first, before=before, after=second)]
    if before != now:
        if before and now:
            return [Change(ChangeKind.TOP_TRACK, before=before, after=now)]
        if now:
            return [Change(ChangeKind.NOW_A_TRACK, after=now)]
        if previous.verdict == Verdict.CLOSE.value:
            return []  # neither time did the answers point to one track
        return [Change(ChangeKind.NO_TRACK_NOW, before=before)]
    return []


def _score_changes(before: list[TrackScore], now: list[TrackScore]) -> list[Change]:
    old = {s.track: s.score for s in before}
    found = []
    for score in now:
        if score.track not in old:
            continue
        was, is_ = old[score.track], score.score
        if abs(is_ - was) >= SCORE_STEP:
            kind = ChangeKind.SCORE_ROSE if is_ > was else ChangeKind.SCORE_FELL
            found.append(Change(kind, track=score.track, before=was, after=is_))
    return found


def _direction_changes(previous: QuizResult, current: QuizResult) -> list[Change]:
    if previous.direction == current.direction:
        return []
    if previous.direction is None and not previous.directions:
        return []  # kept by a pmplanner that did not ask about the direction
    if current.direction:
        return [Change(ChangeKind.LEANING, before=previous.direction, after=current.direction)]
    return [Change(ChangeKind.NO_LEANING, before=previous.direction)]


def changes(previous: QuizResult, current: QuizResult) -> list[Change]:
    """How the result moved since ``previous`` ([] when it did not), to be worded by the GUI."""
    found = _track_changes(previous, current)
    found += _score_changes(previous.ranking, current.ranking)
    found += _direction_changes(previous, current)
    if (
        previous.track == current.track
        and previous.recommended_role
        and current.recommended_role
        and previous.recommended_role != current.recommended_role
    ):
        found.append(
            Change(
                ChangeKind.FIRST_ROLE,
                before=previous.recommended_role,
                after=current.recommended_role,
            )
        )
    return found
