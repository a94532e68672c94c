"""Generated plans for the benchmarks."""

from __future__ import annotations

from datetime import date, timedelta

from pmplanner.core.plan import Contact, Goal, GoalKind, GoalStatus, Plan, Profile

KINDS = list(GoalKind)
STATUSES = list(GoalStatus)


def big_plan(goals: int, contacts: int) -> Plan:
    start = date(2026, 1, 1)
    return Plan(
        profile=Profile(name="Benchmark Person", current_role="product-manager"),
        goals=[
            Goal(
                kind=KINDS[i % len(KINDS)],
                title=f"Goal number {i}: learn something useful about product work",
                notes="Notes about this goal. " * (i % 5),
                link=f"https://example.org/{i}" if i % 3 == 0 else "",
                due=start + timedelta(days=i % 700) if i % 4 else None,
                status=STATUSES[i % len(STATUSES)],
                progress=(i * 7) % 101,
                skills=["communication", "analytics"][: i % 3],
            )
            for i in range(goals)
        ],
        contacts=[
            Contact(name=f"Contact {i}", how_met="A meetup", next_follow_up=start + timedelta(i))
            for i in range(contacts)
        ],
        skill_ratings={"communication": 3, "analytics": 2},
    )
