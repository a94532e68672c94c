"""The person's plan: profile, goals, networking contacts, self-ratings, quiz history.

Plain domain objects (pydantic models, no Qt). Validation is strict: unknown
fields are refused and error messages never echo the person's text.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from pmplanner.core.careers import Level, Role, Track, Transition
from pmplanner.core.goal_kinds import (
    NETWORKING_KINDS,
    GoalCategory,
    GoalKind,
    GoalStatus,
)

__all__ = [  # the goal enums live in core.goal_kinds; the plan's users find them here too
    "NETWORKING_KINDS",
    "Contact",
    "Goal",
    "GoalCategory",
    "GoalKind",
    "GoalStatus",
    "Plan",
    "PlanLadder",
    "Profile",
    "QuizResult",
    "TrackScore",
]

STRICT = ConfigDict(extra="forbid", hide_input_in_errors=True, validate_default=False)

MAX_TEXT = 20_000
MAX_RATING = 5

ShortText = Annotated[str, Field(max_length=500)]
LongText = Annotated[str, Field(max_length=MAX_TEXT)]


def new_id() -> str:
    return uuid.uuid4().hex


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class Profile(BaseModel):
    model_config = STRICT

    name: ShortText = ""
    background: str | None = None
    current_role: str | None = None
    target_role: str | None = None
    target_date: date | None = None


class Goal(BaseModel):
    model_config = STRICT

    id: Annotated[str, Field(min_length=1, max_length=64)] = Field(default_factory=new_id)
    kind: GoalKind = GoalKind.COURSE
    title: ShortText = ""
    notes: LongText = ""
    link: Annotated[str, Field(max_length=2000)] = ""
    due: date | None = None
    status: GoalStatus = GoalStatus.PLANNED
    progress: Annotated[int, Field(ge=0, le=100)] = 0
    skills: list[str] = Field(default_factory=list)
    created: datetime = Field(default_factory=now_utc)
    completed: datetime | None = None

    @property
    def category(self) -> GoalCategory:
        return self.kind.category

    def is_overdue(self, today: date) -> bool:
        return self.due is not None and self.status.is_open and self.due < today


class Contact(BaseModel):
    model_config = STRICT

    id: Annotated[str, Field(min_length=1, max_length=64)] = Field(default_factory=new_id)
    name: ShortText = ""
    how_met: ShortText = ""
    notes: LongText = ""
    last_contact: date | None = None
    next_follow_up: date | None = None

    def follow_up_due(self, today: date) -> bool:
        return self.next_follow_up is not None and self.next_follow_up <= today


class TrackScore(BaseModel):
    model_config = STRICT

    track: str
    score: float


class QuizResult(BaseModel):
    """One taken quiz: when, what was answered and what it recommended.

    ``ranking`` holds the specialist tracks best first and ``directions`` the
    people-management / product-leadership branches, each with its 0..100
    score. ``track`` and ``direction`` are what was recommended (None: the
    answers did not tell them apart); ``verdict`` is "clear", "close" or
    "flat", or "" for a result kept by a pmplanner that did not record it.
    """

    model_config = STRICT

    taken: datetime = Field(default_factory=now_utc)
    answers: dict[str, Any] = Field(default_factory=dict)
    ranking: list[TrackScore] = Field(default_factory=list)
    recommended_role: str | None = None
    track: str | None = None
    direction: str | None = None
    verdict: Literal["", "clear", "close", "flat"] = ""
    directions: list[TrackScore] = Field(default_factory=list)


class PlanLadder(BaseModel):
    """The organisation's ladder a plan uses, carried whole inside the plan.

    ``id`` is stable (the ladder library's id for it); ``name`` is what the
    person called it. The roles, tracks, levels and moves are the ladder file's
    own (careers.json format), so the plan file alone is enough to show its
    roles on another computer. Their cross references (role -> track, skill
    ids) are checked by ``storage`` when a plan is read. No ladder (None) means
    pmplanner's built-in one.
    """

    model_config = STRICT

    id: Annotated[str, Field(min_length=1, max_length=64)]
    name: Annotated[str, Field(min_length=1, max_length=200)]
    levels: list[Level]
    tracks: list[Track]
    roles: list[Role]
    transitions: list[Transition] = Field(default_factory=list)


class Plan(BaseModel):
    model_config = STRICT

    ladder: PlanLadder | None = None
    profile: Profile = Field(default_factory=Profile)
    goals: list[Goal] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    # skill id -> self-rating 0..5 (0: no experience yet)
    skill_ratings: dict[str, Annotated[int, Field(ge=0, le=MAX_RATING)]] = Field(
        default_factory=dict
    )
    quiz_results: list[QuizResult] = Field(default_factory=list)

    def is_empty(self) -> bool:
        return self == Plan()
