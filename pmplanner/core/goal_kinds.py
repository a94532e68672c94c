"""The kinds and states of a goal: plain enums every part of the plan shares.

Kept apart from ``core.plan`` so that the career content (``core.careers``,
whose learning activities have a goal kind) and the plan (which records its
ladder's roles) can both use them without importing each other.
"""

from __future__ import annotations

from enum import StrEnum


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


class GoalStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_open(self) -> bool:
        return self in (GoalStatus.PLANNED, GoalStatus.IN_PROGRESS)
