"""The plan's dated to-dos: open goals' due dates and contacts' follow-ups.

Pure Python: the PDF lists the next three months from this, the calendar file
all of them.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from pmplanner.core.plan import Contact, Goal, Plan

UPCOMING_MONTHS = 3


class DeadlineKind(StrEnum):
    GOAL_DUE = "goal"
    FOLLOW_UP = "follow-up"


@dataclass(frozen=True)
class Deadline:
    when: date
    kind: DeadlineKind
    source_id: str  # the goal's or contact's id: stable across exports
    title: str  # the goal's title or the contact's name, as typed
    goal: Goal | None = None
    contact: Contact | None = None

    @property
    def uid(self) -> str:
        return f"{self.kind.value}-{self.source_id}@pmplanner"


def add_months(day: date, months: int) -> date:
    """``day`` moved ``months`` ahead, on the month's last day when it is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def all_deadlines(plan: Plan) -> list[Deadline]:
    """Due dates of open goals (planned, in progress) and every follow-up, by date."""
    found = [
        Deadline(goal.due, DeadlineKind.GOAL_DUE, goal.id, goal.title, goal=goal)
        for goal in plan.goals
        if goal.due is not None and goal.status.is_open
    ]
    found += [
        Deadline(c.next_follow_up, DeadlineKind.FOLLOW_UP, c.id, c.name, contact=c)
        for c in plan.contacts
        if c.next_follow_up is not None
    ]
    # stable: same-day items keep the plan's order, goals before follow-ups
    return sorted(found, key=lambda d: d.when)


def upcoming(plan: Plan, today: date, months: int = UPCOMING_MONTHS) -> list[Deadline]:
    """Deadlines from ``today`` up to ``months`` months ahead (inclusive), by date."""
    end = add_months(today, months)
    return [d for d in all_deadlines(plan) if today <= d.when <= end]


def overdue(plan: Plan, today: date) -> list[Deadline]:
    """Deadlines already passed and still open, oldest first."""
    return [d for d in all_deadlines(plan) if d.when < today]
