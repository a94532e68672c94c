"""Progress over time, from the check-ins: what the Progress tab charts and lists.

Plain Python (no Qt). Every series is read from the frozen check-ins (each
with the target's expected levels of its day), so a later change of target or
ladder never rewrites the past.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pmplanner.core.checkin_snapshot import RatingChange, rating_changes, readiness_share
from pmplanner.core.checkins import CheckIn
from pmplanner.core.plan import Goal, Plan


def in_order(plan: Plan) -> list[CheckIn]:
    """The check-ins oldest first (by day; same-day ones in the order recorded)."""
    return [c for _, c in sorted(enumerate(plan.checkins), key=lambda p: (p[1].day, p[0]))]


def skills_seen(checkins: list[CheckIn]) -> list[str]:
    """Every skill rated or expected in any check-in, newest check-in's order first."""
    seen: dict[str, None] = {}
    for check_in in reversed(checkins):
        seen.update(dict.fromkeys(check_in.expected))
        seen.update(dict.fromkeys(check_in.ratings))
    return list(seen)


@dataclass(frozen=True)
class SkillSeries:
    days: list[date]
    ratings: list[float]  # nan where the skill was not rated that day
    expected: list[float]  # nan where the target of that day did not expect it


def skill_series(checkins: list[CheckIn], skill: str) -> SkillSeries:
    nan = float("nan")
    return SkillSeries(
        [c.day for c in checkins],
        [float(c.ratings[skill]) if skill in c.ratings else nan for c in checkins],
        [float(c.expected[skill]) if skill in c.expected else nan for c in checkins],
    )


def readiness_series(checkins: list[CheckIn]) -> tuple[list[date], list[float]]:
    """Each check-in's readiness for its then target, 0..100 (% of skills met)."""
    return [c.day for c in checkins], [readiness_share(c) * 100 for c in checkins]


def completed_per_month(goals: list[Goal]) -> list[tuple[date, int]]:
    """(first day of the month, goals completed in it), every month from the first to the last."""
    counts: dict[date, int] = {}
    for goal in goals:
        if goal.completed is not None:
            day = goal.completed.date()
            month = date(day.year, day.month, 1)
            counts[month] = counts.get(month, 0) + 1
    if not counts:
        return []
    first, last = min(counts), max(counts)
    months: list[tuple[date, int]] = []
    month = first
    while month <= last:
        months.append((month, counts.get(month, 0)))
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return months


@dataclass(frozen=True)
class CheckInChanges:
    check_in: CheckIn
    ratings: list[RatingChange]
    completed: list[Goal]  # goals done after the check-in before, up to this one's day
    first: bool


def changes(plan: Plan) -> list[CheckInChanges]:
    """Each check-in with what changed since the one before, newest first."""
    ordered = in_order(plan)
    found: list[CheckInChanges] = []
    previous: CheckIn | None = None
    for check_in in ordered:
        since = previous.day if previous is not None else None
        done = [
            g
            for g in plan.goals
            if g.completed is not None
            and g.completed.date() <= check_in.day
            and (since is None or g.completed.date() > since)
        ]
        found.append(
            CheckInChanges(check_in, rating_changes(previous, check_in), done, previous is None)
        )
        previous = check_in
    return found[::-1]
