"""Which dated to-dos the PDF and the calendar show, and in what order."""

from __future__ import annotations

from datetime import date

import pytest

from pmplanner.core.plan import Contact, Goal, GoalStatus, Plan
from pmplanner.report.deadlines import (
    DeadlineKind,
    add_months,
    all_deadlines,
    overdue,
    upcoming,
)

from .conftest import TODAY


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 3, 10), 3, date(2026, 6, 10)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),  # shorter month: its last day
        (date(2027, 11, 30), 3, date(2028, 2, 29)),  # leap year
        (date(2026, 12, 31), 1, date(2027, 1, 31)),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def test_open_goals_and_follow_ups_in_date_order(realistic_plan):
    items = all_deadlines(realistic_plan)
    assert [d.when for d in items] == sorted(d.when for d in items)
    titles = [d.title for d in items]
    assert "Product owner certification" not in titles  # done
    assert "Dropped community" not in titles  # dropped
    assert "Lea Martin" not in titles  # no follow-up date
    assert {d.kind for d in items} == {DeadlineKind.GOAL_DUE, DeadlineKind.FOLLOW_UP}


def test_next_three_months_from_today_inclusive(realistic_plan):
    items = upcoming(realistic_plan, TODAY)
    assert [(d.when, d.title) for d in items] == [
        (date(2026, 3, 20), "Monthly product meetup"),
        (date(2026, 3, 25), "Ana Souza"),
        (date(2026, 3, 30), "Read a book on discovery"),
        (date(2026, 4, 15), "Product analytics course"),
        (date(2026, 5, 30), "Find a mentor who leads a product team"),
    ]
    edge = Plan(
        goals=[
            Goal(title="today", due=TODAY),
            Goal(title="last day", due=date(2026, 6, 10)),
            Goal(title="one too far", due=date(2026, 6, 11)),
        ]
    )
    assert [d.title for d in upcoming(edge, TODAY)] == ["today", "last day"]


def test_overdue_are_open_and_past(realistic_plan):
    assert [(d.title, d.kind) for d in overdue(realistic_plan, TODAY)] == [
        ("Write up the onboarding redesign", DeadlineKind.GOAL_DUE),
        ("Kenji Watanabe", DeadlineKind.FOLLOW_UP),
    ]


def test_uids_are_stable_and_distinct():
    goal = Goal(id="g1", title="A", due=TODAY)
    contact = Contact(id="g1", name="B", next_follow_up=TODAY)
    plan = Plan(goals=[goal], contacts=[contact])
    first = [d.uid for d in all_deadlines(plan)]
    plan.goals[0].status = GoalStatus.IN_PROGRESS
    plan.goals[0].title = "renamed"
    assert [d.uid for d in all_deadlines(plan)] == first
    assert len(set(first)) == 2  # a goal and a contact with the same id do not collide
