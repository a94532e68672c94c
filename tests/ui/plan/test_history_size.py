"""Five years of monthly check-ins over 40 skills and 500 evidence entries stay quick.

The bounds are generous hang guards (a shared machine is noisy); the figures
themselves are in benchmarks/run.py --only progress.
"""

from __future__ import annotations

import time
from datetime import date, timedelta

from pmplanner.core.checkins import CheckIn, Evidence, add_months
from pmplanner.core.plan import Plan
from pmplanner.storage.plan_fast_load import fast_parse
from pmplanner.storage.plan_store import PlanStore, load_plan_file
from pmplanner.ui.plan.progress_view import ProgressPanel

GUARD_S = 5.0
SKILLS = [f"skill-{n:02d}" for n in range(40)]


def five_years() -> Plan:
    start = date(2021, 1, 5)
    return Plan(
        checkins=[
            CheckIn(
                day=add_months(start, i),
                target_role="senior-pm",
                expected={s: 3 + n % 3 for n, s in enumerate(SKILLS)},
                ratings={s: min(5, (i + n) // 12) for n, s in enumerate(SKILLS)},
                wins=f"Month {i}",
            )
            for i in range(60)
        ],
        evidence=[
            Evidence(day=start + timedelta(days=3 * i), text=f"Review {i}", skills=SKILLS[:2])
            for i in range(500)
        ],
    )


def test_a_five_year_plan_saves_loads_and_charts_without_hanging(tmp_path, qtbot, make_document):
    plan = five_years()
    store = PlanStore(tmp_path / "data")
    store.open()
    start = time.perf_counter()
    store.save(plan)
    loaded = load_plan_file(store.path)
    assert time.perf_counter() - start < GUARD_S
    assert loaded == plan
    assert fast_parse(store.path.read_bytes()) == plan  # the quick loader takes it

    document = make_document(plan)
    panel = ProgressPanel(document)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    start = time.perf_counter()
    panel.show()
    qtbot.waitUntil(lambda: panel.charts is not None)
    assert time.perf_counter() - start < GUARD_S
    assert panel.list.topLevelItemCount() == 60
    assert len(panel.charts.rating_curve.getData()[1]) == 60
