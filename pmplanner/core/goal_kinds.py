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
