"""What the printed plan shows, gathered from the plan and the catalog (no Qt).

``gather`` decides the content (which route, which skills, which quiz result,
which deadlines); ``plan_html`` only lays it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pmplanner.core.careers import Role
from pmplanner.core.catalog import CareerCatalog, CareerPath
from pmplanner.core.plan import Contact, Goal, GoalCategory, Plan, QuizResult
from pmplanner.core.plan_fields import instant
from pmplanner.core.quiz import answer_problems, score_answers
from pmplanner.core.quiz_types import QuizOutcome
from pmplanner.report.deadlines import Deadline, overdue, upcoming


@dataclass(frozen=True)
class SkillRow:
    skill_id: str
    name: str
    rating: int | None  # None: not rated yet
    expected: int

    @property
    def gap(self) -> int:
        return max(0, self.expected - (self.rating or 0))


@dataclass(frozen=True)
class ReportData:
    plan: Plan
    catalog: CareerCatalog
    today: date
    current: Role | None
    target: Role | None
    route: CareerPath | None
    skills_role: Role | None  # whose key skills the table lists
    skills: list[SkillRow]
    learning: list[Goal]
    networking: list[Goal]
    contacts: list[Contact]
    quiz: QuizResult | None
    quiz_outcome: QuizOutcome | None  # set when the stored answers can be scored again
    upcoming: list[Deadline]
    overdue: list[Deadline]
    quiz_catalog: CareerCatalog  # the content the quiz was scored against (built-in)
    quiz_previous: QuizResult | None = None  # the quiz taken before ``quiz``, if any
    unknown_roles: list[str] = field(default_factory=list)  # role ids the catalog lacks

    @property
    def title(self) -> str:
        return self.plan.profile.name.strip()


def _role(catalog: CareerCatalog, role_id: str | None, unknown: list[str]) -> Role | None:
    if role_id is None:
        return None
    if catalog.has_role(role_id):
        return catalog.role(role_id)
    unknown.append(role_id)
    return None


def quizzes_in_order(plan: Plan) -> list[QuizResult]:
    """The quizzes in the order taken (the later entry in the plan on equal times).

    A file may mix times with and without a zone (Python refuses to compare
    those): one without a zone is taken as UTC, as pmplanner writes them.
    """
    ordered = sorted(
        enumerate(plan.quiz_results), key=lambda item: (instant(item[1].taken), item[0])
    )
    return [result for _i, result in ordered]


def latest_quiz(plan: Plan) -> QuizResult | None:
    """The most recently taken quiz."""
    ordered = quizzes_in_order(plan)
    return ordered[-1] if ordered else None


def previous_quiz(plan: Plan) -> QuizResult | None:
    """The quiz taken before the latest one (what "since last time" compares with)."""
    ordered = quizzes_in_order(plan)
    return ordered[-2] if len(ordered) > 1 else None


def quiz_outcome(catalog: CareerCatalog, result: QuizResult | None) -> QuizOutcome | None:
    """The result's answers scored again (for its reasons), or None when they cannot be.

    The quiz's content may have changed since the quiz was taken: answers that
    no longer fit are not scored, and the stored ranking is shown alone.
    """
    quiz = catalog.quiz
    if result is None or quiz is None or not result.answers:
        return None
    if answer_problems(quiz, result.answers):
        return None
    return score_answers(quiz, catalog, result.answers)


def skill_rows(
    catalog: CareerCatalog, role: Role | None, ratings: dict[str, int]
) -> list[SkillRow]:
    if role is not None:
        return [
            SkillRow(req.skill, catalog.skill_name(req.skill), ratings.get(req.skill), req.level)
            for req in role.skills
        ]
    return [
        SkillRow(skill, catalog.skill_name(skill), rating, 0)
        for skill, rating in sorted(ratings.items(), key=lambda kv: catalog.skill_name(kv[0]))
    ]


def gather(
    plan: Plan, catalog: CareerCatalog, today: date, quiz_catalog: CareerCatalog | None = None
) -> ReportData:
    """The report's content; ``catalog`` is the ladder shown on the map (roles, path,
    skills), ``quiz_catalog`` the built-in content the quiz belongs to (default: catalog)."""
    quiz_catalog = quiz_catalog or catalog
    unknown: list[str] = []
    current = _role(catalog, plan.profile.current_role, unknown)
    target = _role(catalog, plan.profile.target_role, unknown)
    route = catalog.fastest_path(current.id, target.id) if current and target else None
    skills_role = target or current
    quiz = latest_quiz(plan)
    return ReportData(
        plan=plan,
        catalog=catalog,
        today=today,
        current=current,
        target=target,
        route=route,
        skills_role=skills_role,
        skills=skill_rows(catalog, skills_role, plan.skill_ratings),
        learning=[g for g in plan.goals if g.category is GoalCategory.LEARNING],
        networking=[g for g in plan.goals if g.category is GoalCategory.NETWORKING],
        # soonest follow-up first; contacts without one after, in the plan's order
        contacts=sorted(
            plan.contacts,
            key=lambda c: (c.next_follow_up is None, c.next_follow_up or date.min),
        ),
        quiz=quiz,
        quiz_outcome=quiz_outcome(quiz_catalog, quiz),
        upcoming=upcoming(plan, today),
        overdue=overdue(plan, today),
        quiz_catalog=quiz_catalog,
        quiz_previous=previous_quiz(plan),
        unknown_roles=unknown,
    )
