"""The plan at a glance, computed without Qt."""

from datetime import date

from pmplanner.core.plan import Contact, Goal, GoalCategory, GoalKind, GoalStatus, Plan, Profile
from pmplanner.core.summary import PlanSummary

TODAY = date(2026, 11, 23)


def test_counts_by_kind_category_and_status():
    plan = Plan(
        profile=Profile(target_date=date(2027, 1, 1)),
        goals=[
            Goal(kind=GoalKind.COURSE, status=GoalStatus.DONE, due=date(2026, 1, 1)),
            Goal(kind=GoalKind.COURSE, status=GoalStatus.IN_PROGRESS, due=date(2026, 11, 22)),
            Goal(kind=GoalKind.BOOK, due=TODAY),  # due today is not overdue
            Goal(kind=GoalKind.MEETUP, status=GoalStatus.DROPPED, due=date(2025, 1, 1)),
            Goal(kind=GoalKind.MENTOR, due=date(2026, 1, 1)),
        ],
        contacts=[Contact(next_follow_up=TODAY), Contact(next_follow_up=date(2026, 12, 1))],
    )
    s = PlanSummary.of(plan, TODAY)
    assert (s.done, s.total, s.open) == (1, 4, 3)
    assert s.done_by_kind == {
        GoalKind.COURSE: (1, 2),
        GoalKind.BOOK: (0, 1),
        GoalKind.MENTOR: (0, 1),
    }
    assert s.done_by_category == {GoalCategory.LEARNING: (1, 3), GoalCategory.NETWORKING: (0, 1)}
    assert s.overdue == 2  # the in-progress course and the mentor; not the dropped meetup
    assert s.follow_ups_due == 1
    assert s.days_to_target == 39


def test_overdue_agrees_with_goal_is_overdue():
    goals = [
        Goal(status=status, due=due)
        for status in GoalStatus
        for due in (None, date(2026, 11, 22), TODAY, date(2026, 11, 24))
    ]
    s = PlanSummary.of(Plan(goals=goals), TODAY)
    assert s.overdue == sum(g.is_overdue(TODAY) for g in goals)


def test_empty_plan():
    s = PlanSummary.of(Plan(), TODAY)
    assert (s.done, s.total, s.open, s.overdue, s.days_to_target) == (0, 0, 0, 0, None)
    assert s.done_by_kind == {} and s.done_by_category == {}
