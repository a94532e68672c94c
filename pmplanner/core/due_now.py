"""What needs the person now: a check-in that is due, overdue goals, follow-ups due."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pmplanner.core.checkin_snapshot import next_due
from pmplanner.core.plan import Contact, Goal, Plan


@dataclass(frozen=True)
class DueNow:
    check_in: date | None = None  # the day the check-in fell due (None: not due)
    goals: list[Goal] = field(default_factory=list)  # overdue, earliest first
    follow_ups: list[Contact] = field(default_factory=list)  # due, earliest first

    def __bool__(self) -> bool:
        return self.check_in is not None or bool(self.goals) or bool(self.follow_ups)


def due_now(plan: Plan, today: date) -> DueNow:
    """What is due on ``today``. A plan with nothing in it has nothing due (no first nag)."""
    if plan.is_empty():
        return DueNow()
    due = next_due(plan, today)
    goals = sorted((g for g in plan.goals if g.is_overdue(today)), key=lambda g: g.due or today)
    follow_ups = sorted(
        (c for c in plan.contacts if c.follow_up_due(today)),
        key=lambda c: c.next_follow_up or today,
    )
    return DueNow(due if due <= today else None, goals, follow_ups)
