"""Child process of test_crash_loop.py: edits and saves a plan until it is killed.

    python crash_saver.py DATA_DIR

Opens the plan the way pmplanner does at start-up (``PlanStore.open()``, which
also clears temporary files left by a crash), then edits it and saves it in a
loop, printing ``saved N`` on stdout after each save has returned, and
``opened N`` once at start (N of the plan found, -1 for none). Save N always
holds ``numbered_plan(N)``, so the parent can tell which save a file is.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from pmplanner.core.plan import Contact, Goal, GoalStatus, Plan
from pmplanner.storage.plan_store import PlanStore

CREATED = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
NOTES = "Notes written over months, which must survive any crash. " * 8


def save_number(plan: Plan) -> int:
    return int(plan.profile.name.split()[1])


def edit(plan: Plan, n: int) -> None:
    """Turn ``plan`` into save ``n``'s content, as a person's edits would."""
    plan.profile.name = f"save {n}"
    count = 20 + n % 60  # goals come and go, so files grow and shrink
    del plan.goals[count:]
    for i in range(len(plan.goals), count):
        plan.goals.append(Goal(id=f"g{i}", title=f"goal {i}", notes=NOTES, created=CREATED))
    for i, goal in enumerate(plan.goals):
        goal.title = f"goal {i} of save {n}"
        goal.progress = (n + i) % 101
        goal.status = GoalStatus.DONE if (n + i) % 7 == 0 else GoalStatus.PLANNED
    plan.contacts = [Contact(id="c1", name=f"contact of save {n}")] if n % 2 else []


def numbered_plan(n: int) -> Plan:
    plan = Plan()
    edit(plan, n)
    return plan


def main(data_dir: str) -> int:
    store = PlanStore(data_dir)
    outcome = store.open()
    if outcome.error is not None:
        print(f"error {outcome.error.describe()}", flush=True)
        return 2
    plan = outcome.plan
    n = -1 if outcome.is_new else save_number(plan)
    print(f"opened {n}", flush=True)
    while True:
        n += 1
        edit(plan, n)
        store.save(plan)
        print(f"saved {n}", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
