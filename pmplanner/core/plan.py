"""The person's plan: profile, goals, networking contacts, self-ratings, quiz history.

Plain domain objects (pydantic models, no Qt). Validation is strict: unknown
fields are refused and error messages never echo the person's text.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from pmplanner.core.plan_fields import (
    MAX_ANSWERS,
    MAX_RATING,
    MAX_RATINGS,
    MAX_SKILLS_PER_GOAL,
    MAX_TEXT,
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
    plain_answers,
)

STRICT = ConfigDict(extra="forbid", hide_input_in_errors=True, validate_default=False)

__all__ = ["MAX_RATING", "MAX_TEXT"]  # imported from here elsewhere


class GoalCategory(StrEnum):
    LEARNING = "learning"
    NETWORKING = "networking"


class GoalKind(StrEnum):
    # learning
    COURSE = "course"
    WORKSHOP = "workshop"
    CERTIFICATION = "certification"
    BOOK = "book"
    ARTICLE = "article"
    PORTFOLIO_CASE = "portfolio_case"
    # networking
    CONFERENCE = "conference"
    MEETUP = "meetup"
    PROFESSIONAL_GROUP = "professional_group"
    MENTOR = "mentor"
    INFORMATIONAL_INTERVIEW = "informational_interview"
    ONLINE_COMMUNITY = "online_community"

    @property
    def category(self) -> GoalCategory:
        return GoalCategory.NETWORKING if self in NETWORKING_KINDS else GoalCategory.LEARNING

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


NETWORKING_KINDS = frozenset(
    {
        GoalKind.CONFERENCE,
        GoalKind.MEETUP,
        GoalKind.PROFESSIONAL_GROUP,
        GoalKind.MENTOR,
        GoalKind.INFORMATIONAL_INTERVIEW,
        GoalKind.ONLINE_COMMUNITY,
    }
)

KIND_LABELS = {
    GoalKind.COURSE: "Course",
    GoalKind.WORKSHOP: "Workshop",
    GoalKind.CERTIFICATION: "Certification",
    GoalKind.BOOK: "Book",
    GoalKind.ARTICLE: "Article or blog",
    GoalKind.PORTFOLIO_CASE: "Portfolio case",
    GoalKind.CONFERENCE: "Conference",
    GoalKind.MEETUP: "Meetup",
    GoalKind.PROFESSIONAL_GROUP: "Professional group",
    GoalKind.MENTOR: "Mentor",
    GoalKind.INFORMATIONAL_INTERVIEW: "Informational interview",
    GoalKind.ONLINE_COMMUNITY: "Online community",
}


class GoalStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        return self in (GoalStatus.PLANNED, GoalStatus.IN_PROGRESS)


STATUS_LABELS = {
    GoalStatus.PLANNED: "Planned",
    GoalStatus.IN_PROGRESS: "In progress",
    GoalStatus.DONE: "Done",
    GoalStatus.DROPPED: "Dropped",
}


def new_id() -> str:
    return uuid.uuid4().hex


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class Profile(BaseModel):
    model_config = STRICT

    name: ShortText = ""
    background: Ref | None = None
    current_role: Ref | None = None
    target_role: Ref | None = None
    target_date: Day | None = None


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


class Contact(BaseModel):
    model_config = STRICT

    id: Id = Field(default_factory=new_id)
    name: ShortText = ""
    how_met: ShortText = ""
    notes: LongText = ""
    last_contact: Day | None = None
    next_follow_up: Day | None = None

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


class Plan(BaseModel):
    model_config = STRICT

    profile: Profile = Field(default_factory=Profile)
    goals: list[Goal] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    # skill id -> self-rating 0..5 (0: no experience yet)
    skill_ratings: Annotated[dict[Ref, Rating], Field(max_length=MAX_RATINGS)] = Field(
        default_factory=dict
    )
    quiz_results: list[QuizResult] = Field(default_factory=list)

    def goal_index(self, goal_id: str) -> int:
        for i, goal in enumerate(self.goals):
            if goal.id == goal_id:
                return i
        raise KeyError(goal_id)

    def contact_index(self, contact_id: str) -> int:
        for i, contact in enumerate(self.contacts):
            if contact.id == contact_id:
                return i
        raise KeyError(contact_id)

    def is_empty(self) -> bool:
        return self == Plan()
