"""The person's plan: profile, goals, networking contacts, self-ratings, quiz history.

Plain domain objects (pydantic models, no Qt). Validation is strict: unknown
fields are refused and error messages never echo the person's text.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field, Strict

from pmplanner.core.careers import Level, Role, Track, Transition
from pmplanner.core.checkins import CheckIn, Evidence
from pmplanner.core.goal_kinds import (
    NETWORKING_KINDS,
    GoalCategory,
    GoalKind,
    GoalStatus,
)
from pmplanner.core.plan_fields import (
    MAX_ANSWERS,
    MAX_RATING,
    MAX_RATINGS,
    MAX_SKILLS_PER_GOAL,
    MAX_TEXT,
    STRICT,
    Day,
    Id,
    Link,
    LongText,
    Moment,
    Percent,
    Rating,
    Ref,
    Score,
    ShortText,
    StrictLong,
    StrictShort,
    new_id,
    now_utc,
    plain_answers,
)
from pmplanner.core.rhythm import Alarm, Rhythm

__all__ = [  # the goal enums live in core.goal_kinds; the plan's users find them here too
    "MAX_RATING",
    "MAX_TEXT",
    "NETWORKING_KINDS",
    "Alarm",
    "CheckIn",
    "Contact",
    "Evidence",
    "Goal",
    "GoalCategory",
    "GoalKind",
    "GoalStatus",
    "Interaction",
    "Plan",
    "PlanLadder",
    "Profile",
    "QuizResult",
    "Rhythm",
    "TrackScore",
    "new_id",
    "now_utc",
]

MAX_INTERACTIONS = 5_000
MAX_NOTES = 2_000
MAX_YEARS = 60.0


class Profile(BaseModel):
    model_config = STRICT

    name: ShortText = ""
    background: Ref | None = None
    current_role: Ref | None = None
    target_role: Ref | None = None
    target_date: Day | None = None
    years_in_current_role: (
        Annotated[float, Strict(), Field(ge=0, le=MAX_YEARS, allow_inf_nan=False)] | None
    ) = None


class Goal(BaseModel):
    model_config = STRICT

    id: Id = Field(default_factory=new_id)
    kind: GoalKind = GoalKind.COURSE
    title: ShortText = ""
    notes: LongText = ""
    link: Link = ""
    due: Day | None = None
    status: GoalStatus = GoalStatus.PLANNED
    progress: Percent = 0
    skills: Annotated[list[Ref], Field(max_length=MAX_SKILLS_PER_GOAL)] = Field(
        default_factory=list
    )
    created: Moment = Field(default_factory=now_utc)
    completed: Moment | None = None

    @property
    def category(self) -> GoalCategory:
        return self.kind.category

    def is_overdue(self, today: date) -> bool:
        return self.due is not None and self.status.is_open and self.due < today


class Interaction(BaseModel):
    """One time the person was in touch with a contact."""

    model_config = STRICT

    day: Day
    note: StrictShort = ""


class Contact(BaseModel):
    model_config = STRICT

    id: Id = Field(default_factory=new_id)
    name: ShortText = ""
    how_met: ShortText = ""
    notes: LongText = ""
    last_contact: Day | None = None
    next_follow_up: Day | None = None
    company: StrictShort = ""
    role: StrictShort = ""
    email: Annotated[str, Strict(), Field(max_length=320)] = ""
    profile_link: Link = ""
    goals: Annotated[list[Id], Field(max_length=500)] = Field(default_factory=list)
    # days between keeping in touch; None: no rhythm with this person
    keep_in_touch_days: Annotated[int, Strict(), Field(ge=1, le=3650)] | None = None
    interactions: Annotated[list[Interaction], Field(max_length=MAX_INTERACTIONS)] = Field(
        default_factory=list
    )

    def follow_up_due(self, today: date) -> bool:
        return self.next_follow_up is not None and self.next_follow_up <= today


class TrackScore(BaseModel):
    model_config = STRICT

    track: Ref
    score: Score


class QuizResult(BaseModel):
    """One taken quiz: when, what was answered and what it recommended.

    ``ranking`` holds the specialist tracks best first and ``directions`` the
    people-management / product-leadership branches, each with its 0..100
    score. ``track`` and ``direction`` are what was recommended (None: the
    answers did not tell them apart); ``verdict`` is "clear", "close" or
    "flat", or "" for a result kept by a pmplanner that did not record it.
    """

    model_config = STRICT

    taken: Moment = Field(default_factory=now_utc)
    answers: Annotated[
        dict[Ref, Any], Field(max_length=MAX_ANSWERS), AfterValidator(plain_answers)
    ] = Field(default_factory=dict)
    ranking: Annotated[list[TrackScore], Field(max_length=MAX_ANSWERS)] = Field(
        default_factory=list
    )
    recommended_role: Ref | None = None
    track: Ref | None = None
    direction: Ref | None = None
    verdict: Literal["", "clear", "close", "flat"] = ""
    directions: Annotated[list[TrackScore], Field(max_length=MAX_ANSWERS)] = Field(
        default_factory=list
    )


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

    id: Id
    name: Annotated[str, Strict(), Field(min_length=1, max_length=200)]
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
    skill_ratings: Annotated[dict[Ref, Rating], Field(max_length=MAX_RATINGS)] = Field(
        default_factory=dict
    )
    quiz_results: list[QuizResult] = Field(default_factory=list)
    # schema 4: a plan that lives for months
    checkins: Annotated[list[CheckIn], Field(max_length=2_000)] = Field(default_factory=list)
    check_in_rhythm: Rhythm = Rhythm.MONTHLY
    reminder_alarm: Alarm = Alarm.DAY_BEFORE
    evidence: Annotated[list[Evidence], Field(max_length=20_000)] = Field(default_factory=list)
    # the person's own text and links: role id -> text, skill id -> text
    role_notes: Annotated[dict[Ref, StrictLong], Field(max_length=MAX_NOTES)] = Field(
        default_factory=dict
    )
    skill_notes: Annotated[dict[Ref, StrictLong], Field(max_length=MAX_NOTES)] = Field(
        default_factory=dict
    )

    def is_empty(self) -> bool:
        return self == Plan()
