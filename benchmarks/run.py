"""pmplanner's speed figures, each as a ratio against a baseline measured in this run.

    python benchmarks/run.py            # all figures
    python benchmarks/run.py --quick    # fewer repetitions

Not run by CI (timings on shared machines are noisy): run it by hand and put
the table in your notes. Every figure is a median over alternating runs of the
candidate and its baseline, so drift in machine speed hits both alike.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from workloads import big_plan  # noqa: E402


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def alternate(a: Callable[[], float], b: Callable[[], float], runs: int) -> tuple[float, float]:
    """Run a and b in turn ``runs`` times each; return their medians in ms."""
    sa, sb = [], []
    for _ in range(runs):
        sa.append(a())
        sb.append(b())
    return median_ms(sa), median_ms(sb)


def timed(fn: Callable[[], object]) -> Callable[[], float]:
    def run() -> float:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    return run


# -- start-up ---------------------------------------------------------------------
def startup_child(script: str, data_dir: str, until: str) -> float:
    """Wall time from spawning a process until it reports ``until`` on stdout."""
    env = dict(os.environ, PMPLANNER_DATA_DIR=data_dir)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(HERE / script), until],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == until:
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{script} never reported {until}")
    proc.wait(timeout=30)
    return elapsed


def bench_startup(runs: int, rows: list[tuple[str, float, float, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        # a realistic plan to open: 40 goals, 10 contacts
        from pmplanner.storage.plan_store import PlanStore

        store = PlanStore(Path(tmp))
        store.open()
        store.save(big_plan(40, 10))
        bare = lambda: startup_child("startup_bare.py", tmp, "painted")  # noqa: E731
        ours = lambda: startup_child("startup_pmplanner.py", tmp, "painted")  # noqa: E731
        ready = lambda: startup_child("startup_pmplanner.py", tmp, "loaded")  # noqa: E731
        bare()  # warm the file cache
        a, b = alternate(ours, bare, runs)
        rows.append(("start-up to first paint", a, b, "bare PySide6 QMainWindow; goal <= 1.5x"))
        a, b = alternate(ready, bare, runs)
        rows.append(("start-up to plan shown", a, b, "bare PySide6 QMainWindow"))


# -- save and load -------------------------------------------------------------------
def bench_storage(runs: int, rows: list[tuple[str, float, float, str]]) -> None:
    from pmplanner.storage.plan_store import PlanStore, parse_plan_bytes, serialize_plan

    plan = big_plan(10_000, 50)
    as_dict = plan.model_dump(mode="json")
    raw = serialize_plan(plan)
    text = json.dumps(as_dict)

    a, b = alternate(timed(lambda: serialize_plan(plan)), timed(lambda: json.dumps(as_dict)), runs)
    rows.append(("serialise 10,000 goals", a, b, "json.dumps of the same data; goal <= 3x"))
    a, b = alternate(
        timed(lambda: parse_plan_bytes(raw, Path("plan.json"))),
        timed(lambda: json.loads(text)),
        runs,
    )
    rows.append(("load 10,000 goals", a, b, "json.loads of the same data; goal <= 3x"))

    with tempfile.TemporaryDirectory() as tmp:
        store = PlanStore(Path(tmp))
        store.open()
        target = Path(tmp) / "plain.json"

        def plain_write() -> None:
            target.write_text(json.dumps(as_dict))

        a, b = alternate(timed(lambda: store.save(plan)), timed(plain_write), runs)
        rows.append(
            ("save 10,000 goals to disk", a, b, "json.dumps + write_text; ours fsyncs + backs up")
        )
        a, b = alternate(
            timed(lambda: store.open()), timed(lambda: json.loads(target.read_text())), runs
        )
        rows.append(("open 10,000 goals from disk", a, b, "read_text + json.loads"))


# -- editor --------------------------------------------------------------------------
def bench_editor(runs: int, rows: list[tuple[str, float, float, str]]) -> None:
    from PySide6.QtWidgets import QApplication

    from pmplanner.core.plan import Goal
    from pmplanner.storage.content import load_builtin_content
    from pmplanner.ui.plan.document import PlanDocument
    from pmplanner.ui.plan.editor import PlanEditor

    app = QApplication.instance() or QApplication([])
    catalog = load_builtin_content()

    def editor_with(n: int, shown: bool) -> PlanDocument:
        document = PlanDocument(big_plan(n, 0), catalog, store=None)
        editor = PlanEditor(document)
        editor.resize(1200, 800)
        if shown:
            editor.show()
        app.processEvents()
        document._bench_editor = editor  # keep it alive
        return document

    def add_one(document: PlanDocument) -> Callable[[], float]:
        editor = document._bench_editor

        def run() -> float:
            start = time.perf_counter()
            document.add_goals([Goal(title="One more goal")])
            editor.refresh_summary()  # what the next event-loop turn would do
            app.processEvents()
            return time.perf_counter() - start

        return run

    for shown, what in ((False, "model, table, summary"), (True, "and the repaint")):
        big, small = editor_with(10_000, shown), editor_with(1, shown)
        a, b = alternate(add_one(big), add_one(small), runs * 4)
        rows.append(
            (f"add a goal to 10,000: {what}", a, b, "same editor, 1-goal plan; goal < 5 ms")
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--only", choices=["startup", "storage", "editor"], action="append")
    args = parser.parse_args()
    runs = 5 if args.quick else 11
    rows: list[tuple[str, float, float, str]] = []
    chosen = args.only or ["startup", "storage", "editor"]
    for name, bench in (
        ("startup", bench_startup),
        ("storage", bench_storage),
        ("editor", bench_editor),
    ):
        if name in chosen:
            bench(runs, rows)
    width = max(len(r[0]) for r in rows)
    print(f"{'figure':<{width}}  {'ours ms':>9}  {'base ms':>9}  {'ratio':>6}  baseline")
    for name, ours, base, note in rows:
        print(f"{name:<{width}}  {ours:9.1f}  {base:9.1f}  {ours / base:6.2f}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
