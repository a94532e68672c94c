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


def history_plan(check_ins: int = 60, skills: int = 40, evidence: int = 500) -> Plan:
    """Five years of monthly check-ins over 40 skills, and 500 pieces of evidence."""
    from pmplanner.core.checkins import CheckIn, CheckInGoal, Evidence, add_months

    ids = [f"skill-{n:02d}" for n in range(skills)]
    start = date(2021, 1, 5)
    plan = big_plan(200, 20)
    plan.checkins = [
        CheckIn(
            day=add_months(start, i),
            target_role="senior-pm",
            target_title="Senior Product Manager",
            expected={s: 3 + n % 3 for n, s in enumerate(ids)},
            ratings={s: min(5, (i + n) // 12) for n, s in enumerate(ids)},
            goals=[
                CheckInGoal(goal=g.id, title=g.title, status=g.status, progress=g.progress)
                for g in plan.goals[:20]
            ],
            wins=f"Month {i}: shipped, presented, learned. " * 3,
            reflection="A steady month.",
        )
        for i in range(check_ins)
    ]
    plan.evidence = [
        Evidence(
            day=start + timedelta(days=3 * i),
            text=f"Led review number {i} with the leadership team.",
            link=f"https://wiki.example.org/{i}",
            skills=ids[i % skills : i % skills + 2],
        )
        for i in range(evidence)
    ]
    return plan
