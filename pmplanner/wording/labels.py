"""What the person reads for the domain's values, translated and in their locale.

The core keeps English labels (it has no Qt); the window shows these instead.
Each source text is written out here, marked with QT_TRANSLATE_NOOP, so
``pyside6-lupdate`` finds it. Dates and numbers are in ``wording.formats``,
phrases with a count in ``wording.counts``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pmplanner.core.careers import TransitionKind
from pmplanner.core.plan import GoalCategory, GoalKind, GoalStatus
from pmplanner.wording.noop import QT_TRANSLATE_NOOP

KINDS = {
    GoalKind.COURSE: QT_TRANSLATE_NOOP("GoalKind", "Course"),
    GoalKind.WORKSHOP: QT_TRANSLATE_NOOP("GoalKind", "Workshop"),
    GoalKind.CERTIFICATION: QT_TRANSLATE_NOOP("GoalKind", "Certification"),
    GoalKind.BOOK: QT_TRANSLATE_NOOP("GoalKind", "Book"),
    GoalKind.ARTICLE: QT_TRANSLATE_NOOP("GoalKind", "Article or blog"),
    GoalKind.PORTFOLIO_CASE: QT_TRANSLATE_NOOP("GoalKind", "Portfolio case"),
    GoalKind.CONFERENCE: QT_TRANSLATE_NOOP("GoalKind", "Conference"),
    GoalKind.MEETUP: QT_TRANSLATE_NOOP("GoalKind", "Meetup"),
    GoalKind.PROFESSIONAL_GROUP: QT_TRANSLATE_NOOP("GoalKind", "Professional group"),
    GoalKind.MENTOR: QT_TRANSLATE_NOOP("GoalKind", "Mentor"),
    GoalKind.INFORMATIONAL_INTERVIEW: QT_TRANSLATE_NOOP("GoalKind", "Informational interview"),
    GoalKind.ONLINE_COMMUNITY: QT_TRANSLATE_NOOP("GoalKind", "Online community"),
}
STATUSES = {
    GoalStatus.PLANNED: QT_TRANSLATE_NOOP("GoalStatus", "Planned"),
    GoalStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("GoalStatus", "In progress"),
    GoalStatus.DONE: QT_TRANSLATE_NOOP("GoalStatus", "Done"),
    GoalStatus.DROPPED: QT_TRANSLATE_NOOP("GoalStatus", "Dropped"),
}
CATEGORIES = {
    GoalCategory.LEARNING: QT_TRANSLATE_NOOP("GoalCategory", "Learning"),
    GoalCategory.NETWORKING: QT_TRANSLATE_NOOP("GoalCategory", "Networking"),
}
ALL_OF_CATEGORY = {
    GoalCategory.LEARNING: QT_TRANSLATE_NOOP("GoalCategory", "All learning"),
    GoalCategory.NETWORKING: QT_TRANSLATE_NOOP("GoalCategory", "All networking"),
}
MOVE_KINDS = {
    TransitionKind.PROMOTION: QT_TRANSLATE_NOOP("MoveKind", "Promotion"),
    TransitionKind.BRANCH: QT_TRANSLATE_NOOP("MoveKind", "Branch to another track"),
    TransitionKind.LATERAL: QT_TRANSLATE_NOOP("MoveKind", "Lateral move"),
}
SKILL_LEVELS = {
    0: QT_TRANSLATE_NOOP("SkillLevel", "None yet"),
    1: QT_TRANSLATE_NOOP("SkillLevel", "Aware"),
    2: QT_TRANSLATE_NOOP("SkillLevel", "Working"),
    3: QT_TRANSLATE_NOOP("SkillLevel", "Practitioner"),
    4: QT_TRANSLATE_NOOP("SkillLevel", "Advanced"),
    5: QT_TRANSLATE_NOOP("SkillLevel", "Expert"),
}


def kind_label(kind: GoalKind) -> str:
    return QCoreApplication.translate("GoalKind", KINDS[GoalKind(kind)])


def status_label(status: GoalStatus) -> str:
    return QCoreApplication.translate("GoalStatus", STATUSES[GoalStatus(status)])


def category_label(category: GoalCategory) -> str:
    return QCoreApplication.translate("GoalCategory", CATEGORIES[GoalCategory(category)])


def all_of_category(category: GoalCategory) -> str:
    return QCoreApplication.translate("GoalCategory", ALL_OF_CATEGORY[GoalCategory(category)])


def move_kind_label(kind: TransitionKind) -> str:
    """A move between roles, as the map's legend, its details and the PDF name it."""
    return QCoreApplication.translate("MoveKind", MOVE_KINDS[TransitionKind(kind)])


def skill_level_name(level: int) -> str:
    text = SKILL_LEVELS.get(level)
    return QCoreApplication.translate("SkillLevel", text) if text else ""


# Competency areas: the few groups the key skills fall into (a skill's
# ``category`` in skills.json), as public PM career frameworks group them.
COMPETENCY_AREAS = {
    "core": QT_TRANSLATE_NOOP("CompetencyArea", "Product craft"),
    "technical": QT_TRANSLATE_NOOP("CompetencyArea", "Technical depth"),
    "ux": QT_TRANSLATE_NOOP("CompetencyArea", "User experience"),
    "strategy": QT_TRANSLATE_NOOP("CompetencyArea", "Strategy and business"),
    "leadership": QT_TRANSLATE_NOOP("CompetencyArea", "Leadership and influence"),
    "people": QT_TRANSLATE_NOOP("CompetencyArea", "People management"),
}


def competency_area_name(category: str) -> str:
    """The competency area a skill belongs to, by its category (the id if unknown)."""
    text = COMPETENCY_AREAS.get(category)
    return QCoreApplication.translate("CompetencyArea", text) if text else category
