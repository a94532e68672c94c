"""The plan at a glance: counts that the summary panel and reports show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pmplanner.core.plan import GoalCategory, GoalKind, GoalStatus, Plan


@dataclass(frozen=True)
class PlanSummary:
    """Counts over the plan; dropped goals count in neither done nor total."""

    done: int
    total: int
    open: int  # planned or in progress
    done_by_category: dict[GoalCategory, tuple[int, int]]
    done_by_kind: dict[GoalKind, tuple[int, int]]
    overdue: int
    follow_ups_due: int
    days_to_target: int | None
    dropped: int = 0  # said beside the counts, so nothing goes missing silently

    @classmethod
    def of(cls, plan: Plan, today: date) -> PlanSummary:
        # One pass with plain dicts: this runs after every edit of plans with
        # thousands of goals.
        dropped, done_status = GoalStatus.DROPPED, GoalStatus.DONE
        totals: dict[GoalKind, int] = {}
        dones: dict[GoalKind, int] = {}
        overdue = dropped_count = 0
        for goal in plan.goals:
            status = goal.status
            if status is dropped:
                dropped_count += 1
                continue
            kind = goal.kind
            totals[kind] = totals.get(kind, 0) + 1
            if status is done_status:
                dones[kind] = dones.get(kind, 0) + 1
            elif goal.due is not None and goal.due < today:
                overdue += 1
        by_kind = {kind: (dones.get(kind, 0), total) for kind, total in totals.items()}
        by_category: dict[GoalCategory, tuple[int, int]] = {}
        for kind, (d, t) in by_kind.items():
            before = by_category.get(kind.category, (0, 0))
            by_category[kind.category] = (before[0] + d, before[1] + t)
        total, done = sum(totals.values()), sum(dones.values())
        target = plan.profile.target_date
        return cls(
            done=done,
            total=total,
            open=total - done,
            done_by_category=by_category,
            done_by_kind=by_kind,
            overdue=overdue,
            follow_ups_due=sum(1 for c in plan.contacts if c.follow_up_due(today)),
            days_to_target=(target - today).days if target else None,
            dropped=dropped_count,
        )
