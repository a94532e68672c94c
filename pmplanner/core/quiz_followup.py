"""After the quiz: suggested goals, the kept record, and what changed since last time."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from pmplanner.core.careers import Activity
from pmplanner.core.plan import Goal, GoalKind, QuizResult, TrackScore, now_utc
from pmplanner.core.quiz import QuizOutcome, Verdict

if TYPE_CHECKING:
    from pmplanner.core.catalog import CareerCatalog

FUNDAMENTALS_SKILL = "pm-fundamentals"
SKILL_GOALS = 3  # skills of the first role that get a goal each
SCORE_STEP = 5.0  # a score that moved less than this (out of 100) is not worth a sentence


# -- suggested goals ---------------------------------------------------------------


def _activity(catalog: CareerCatalog, skill_id: str, kind: GoalKind) -> Activity | None:
    if not catalog.has_skill(skill_id):
        return None
    skill = catalog.skill(skill_id)
    return next((a for a in (*skill.learning, *skill.networking) if a.kind is kind), None)


def _goal(activity: Activity, skill_id: str, why: str) -> Goal:
    notes = f"{activity.description}\n\n{why}".strip() if activity.description else why
    return Goal(kind=activity.kind, title=activity.title, notes=notes, skills=[skill_id])


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


def goals_for(outcome: QuizOutcome, catalog: CareerCatalog) -> list[Goal]:
    """Goals for the first steps the articles recommend, built from the skills content.

    The fundamentals course for someone new to product, a portfolio case study,
    conversations with working product managers, and one learning activity for
    each of the first role's most important skills. Fresh Goal objects, not in
    any plan; no two with the same kind and title.
    """
    goals: list[Goal] = []
    seen: set[tuple[GoalKind, str]] = set()

    def add(activity: Activity | None, skill_id: str, why: str) -> None:
        if activity is None or (activity.kind, activity.title) in seen:
            return
        seen.add((activity.kind, activity.title))
        goals.append(_goal(activity, skill_id, why))

    if outcome.fundamentals_first:
        add(
            _activity(catalog, FUNDAMENTALS_SKILL, GoalKind.COURSE),
            FUNDAMENTALS_SKILL,
            "Suggested by the quiz: you are new to product, so start with the fundamentals.",
        )
    skills = _path_skills(catalog, outcome) if outcome.top_track else []
    case_skill = next(
        (s for s in skills if _activity(catalog, s, GoalKind.PORTFOLIO_CASE)), FUNDAMENTALS_SKILL
    )
    add(
        _activity(catalog, case_skill, GoalKind.PORTFOLIO_CASE),
        case_skill,
        "Suggested by the quiz: a portfolio of product cases shows what you can do.",
    )
    add(
        _activity(catalog, FUNDAMENTALS_SKILL, GoalKind.INFORMATIONAL_INTERVIEW),
        FUNDAMENTALS_SKILL,
        "Suggested by the quiz: product managers can tell you what the work is really like"
        + (" on each track." if outcome.top_track is None else "."),
    )
    if outcome.first_role and catalog.has_role(outcome.first_role):
        title = catalog.role(outcome.first_role).title
        for skill_id in skills[:SKILL_GOALS]:
            skill = catalog.skill(skill_id)
            add(
                next(iter(skill.learning), None),
                skill_id,
                f"Suggested by the quiz: {skill.name} is a key skill for {title}.",
            )
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


def _track_name(catalog: CareerCatalog, track_id: str) -> str:
    try:
        return catalog.track(track_id).name
    except KeyError:
        return track_id


def _role_title(catalog: CareerCatalog, role_id: str) -> str:
    return catalog.role(role_id).title if catalog.has_role(role_id) else role_id


def _track_sentences(previous: QuizResult, current: QuizResult, name) -> list[str]:
    before, now = previous.track, current.track
    if before != now:
        if before and now:
            return [f"Your top track changed from {name(before)} to {name(now)}."]
        if now:
            return [
                f"Last time your answers did not point to one track; now they point to {name(now)}."
            ]
        return [
            f"Last time your answers pointed to {name(before)}; "
            "this time they do not tell the tracks apart."
        ]
    if now and previous.verdict and previous.verdict != current.verdict:
        if current.verdict == Verdict.CLEAR:
            return [f"{name(now)} is still on top, and now it stands out clearly."]
        if current.verdict == Verdict.CLOSE:
            return [f"{name(now)} is still on top, but now only just ahead of the next track."]
    return []


def _score_sentences(before: list[TrackScore], now: list[TrackScore], name) -> list[str]:
    old = {s.track: s.score for s in before}
    sentences = []
    for score in now:
        if score.track not in old:
            continue
        was, is_ = old[score.track], score.score
        if abs(is_ - was) >= SCORE_STEP:
            way = "rose" if is_ > was else "fell"
            sentences.append(
                f"Your score for {name(score.track)} {way} from {was:.0f} to {is_:.0f}."
            )
    return sentences


def _direction_sentences(previous: QuizResult, current: QuizResult, name) -> list[str]:
    if previous.direction == current.direction:
        return []
    if previous.direction is None and not previous.directions:
        return []  # kept by a pmplanner that did not ask about the direction
    if current.direction:
        return [f"You now lean towards {name(current.direction).lower()}."]
    return [
        f"Last time you leaned towards {name(previous.direction).lower()}; "
        "now you lean neither way clearly."
    ]


def changes(previous: QuizResult, current: QuizResult, catalog: CareerCatalog) -> list[str]:
    """Plain sentences on how the result moved since ``previous`` ([] when it did not)."""

    def name(track_id: str) -> str:
        return _track_name(catalog, track_id)

    sentences = _track_sentences(previous, current, name)
    sentences += _score_sentences(previous.ranking, current.ranking, name)
    sentences += _direction_sentences(previous, current, name)
    if (
        previous.track == current.track
        and previous.recommended_role
        and current.recommended_role
        and previous.recommended_role != current.recommended_role
    ):
        sentences.append(
            "The suggested first role changed from "
            f"{_role_title(catalog, previous.recommended_role)} to "
            f"{_role_title(catalog, current.recommended_role)}."
        )
    return sentences
