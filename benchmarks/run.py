"""pmplanner's speed and memory, each figure as a ratio against a baseline measured in this run.

    python benchmarks/run.py                  # every figure, as a markdown table
    python benchmarks/run.py --quick          # fewer repetitions
    python benchmarks/run.py --only memory    # one part (repeatable)

Not run by CI (timings on shared machines are noisy): run it by hand and paste
the table. Every figure is a median over alternating runs of pmplanner and its
baseline, so drift in machine speed hits both alike. Parts:

- startup: first paint, plan shown and map usable, each against a bare PySide6
  window's first paint (all from spawning the process);
- memory: resident memory of the running app once the plan and the map have
  been shown, against a bare PySide6 window with pyqtgraph imported;
- storage: save and load of 10,000 goals against plain json;
- editor: adding a goal to 10,000 against adding one to 1;
- map: a frame of the built-in map and of a 2,000-role ladder (map_bench.py);
- pdf: the PDF of 500 goals (pdf_bench.py);
- progress: the Progress tab of 60 check-ins x 40 skills against an empty
  plan's, and load/save of that five-year plan with 500 evidence entries;
- ladders: `check` and import of generated 5 MB ladders, valid and broken,
  against json.loads, and their peak memory (ladder_bench.py).
- routes: the map's route search on a hostile 40-role ladder whose roles all
  join each other by zero-year moves, against the built-in ladder's apm -> cpo.
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

from table import Row, markdown  # noqa: E402
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


# -- start-up and memory ------------------------------------------------------------
def run_child(script: str, data_dir: str, until: str) -> tuple[float, str]:
    """Spawn ``script``; return the wall time until it printed ``until`` and that line."""
    # the layout of an earlier run would open the map first: start as a person does
    Path(data_dir, "window.ini").unlink(missing_ok=True)
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
        if line.split()[:1] == [until]:
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{script} never reported {until}")
    proc.wait(timeout=60)
    return elapsed, line


def startup_child(script: str, data_dir: str, until: str) -> float:
    return run_child(script, data_dir, until)[0]


def resident_mb(script: str, data_dir: str) -> float:
    return int(run_child(script, data_dir, "rss")[1].split()[1]) / 1024


def saved_plan(folder: str) -> None:
    """A realistic plan to open: 40 goals, 10 contacts, current and target roles."""
    from pmplanner.storage.plan_store import PlanStore

    plan = big_plan(40, 10)
    plan.profile.target_role = "director-product"
    store = PlanStore(Path(folder))
    store.open()
    store.save(plan)


def bench_startup(runs: int, rows: list[Row]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        saved_plan(tmp)
        bare = lambda: startup_child("startup_bare.py", tmp, "painted")  # noqa: E731
        bare()  # warm the file cache
        for until, name, goal in (
            ("painted", "start-up to first paint", "goal <= 1.5x"),
            ("loaded", "start-up to plan shown", ""),
            ("map", "start-up to map usable", ""),
        ):
            ours = lambda until=until: startup_child("startup_pmplanner.py", tmp, until)  # noqa: E731
            a, b = alternate(ours, bare, runs)
            rows.append((name, a, b, _note("bare PySide6 window's first paint", goal)))


def bench_memory(runs: int, rows: list[Row]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        saved_plan(tmp)
        ours, bare = [], []
        for _ in range(max(3, runs // 2)):
            ours.append(resident_mb("startup_pmplanner.py", tmp))
            bare.append(resident_mb("startup_bare.py", tmp))
        rows.append(
            (
                "memory at rest (plan and map shown)",
                statistics.median(ours),
                statistics.median(bare),
                _note("bare PySide6 window with pyqtgraph imported", "goal <= 1.3x"),
                "MB",
            )
        )


def _note(baseline: str, goal: str) -> str:
    return f"{baseline}; {goal}" if goal else baseline


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


# -- check-in history: the Progress tab, and a plan that lived for five years -------------
def bench_progress(runs: int, rows: list[Row]) -> None:
    import pyqtgraph  # noqa: F401  (imported after first paint in the app: not timed here)
    from PySide6.QtWidgets import QApplication
    from workloads import history_plan

    from pmplanner.core.plan import Plan
    from pmplanner.storage.content import load_builtin_content
    from pmplanner.storage.plan_store import parse_plan_bytes, serialize_plan
    from pmplanner.ui.plan.document import PlanDocument
    from pmplanner.ui.plan.progress_view import ProgressPanel

    app = QApplication.instance() or QApplication([])
    catalog = load_builtin_content()
    big = history_plan()
    documents = []

    def open_tab(plan: Plan) -> Callable[[], float]:
        def run() -> float:
            document = PlanDocument(plan, catalog, store=None)
            documents.append(document)
            panel = ProgressPanel(document)
            panel.resize(900, 700)
            start = time.perf_counter()
            panel.show()  # builds the charts and the list
            app.processEvents()
            took = time.perf_counter() - start
            panel.close()
            panel.deleteLater()
            document.close()
            return took

        return run

    a, b = alternate(open_tab(big), open_tab(Plan()), runs)
    rows.append(
        ("Progress tab, 60 check-ins x 40 skills", a, b, "an empty plan's tab; goal < 150 ms")
    )
    raw = serialize_plan(big)
    a, b = alternate(
        timed(lambda: parse_plan_bytes(raw, "plan.json")), timed(lambda: json.loads(raw)), runs
    )
    rows.append(
        ("load 60 check-ins x 40 skills, 500 evidence", a, b, "json.loads of the same bytes")
    )
    data = json.loads(raw)
    a, b = alternate(timed(lambda: serialize_plan(big)), timed(lambda: json.dumps(data)), runs)
    rows.append(
        ("save 60 check-ins x 40 skills, 500 evidence", a, b, "json.dumps of the same data")
    )


# -- map and PDF --------------------------------------------------------------------------
def bench_map(runs: int, rows: list[Row]) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    import map_bench

    from pmplanner.storage.content import load_builtin_content

    builtin = load_builtin_content()
    big = map_bench.generated_catalog()
    plain = "plain QGraphicsView, as many rects and lines, same steps"
    for name, catalog, goal in (
        (f"map frame, built-in ({len(builtin.roles)} roles)", builtin, "goal < 16 ms"),
        (f"map frame, {len(big.roles):,} roles", big, "goal < 33 ms"),
    ):
        f = map_bench.figures(catalog, max(3, runs // 2))
        rows.append((name, f["frame"] * 1000, f["base_frame"] * 1000, _note(plain, goal)))
        if catalog is big:
            rows.append(
                (
                    f"map build, {len(big.roles):,} roles",
                    f["build"] * 1000,
                    f["base_build"] * 1000,
                    _note("plain QGraphicsView built and painted", "goal < 300 ms"),
                )
            )


def bench_pdf(runs: int, rows: list[Row]) -> None:
    import pdf_bench

    pdf_bench.bench_pdf(max(3, runs // 2), rows)


def bench_ladders(runs: int, rows: list[Row]) -> None:
    import ladder_bench

    ladder_bench.bench_ladders(max(3, runs // 2), rows)


def bench_routes(runs: int, rows: list[Row]) -> None:
    sys.path.insert(0, str(HERE.parent))
    from pmplanner.core.routes import plan_routes
    from pmplanner.storage.content import load_builtin_content, load_ladder_file
    from tests.hostile.files import dense_ladder

    builtin = load_builtin_content()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "dense.json")
        path.write_text(json.dumps(dense_ladder(40)), encoding="utf-8")
        dense = load_ladder_file(path)
    a, b = alternate(
        timed(lambda: plan_routes(dense, "r0", "top")),
        timed(lambda: plan_routes(builtin, "apm", "cpo")),
        runs,
    )
    rows.append(
        (
            "route search, dense 40-role ladder",
            a,
            b,
            "built-in ladder apm -> cpo; goal < 1 s (enumerating: 12 roles froze)",
        )
    )


PARTS = {
    "startup": bench_startup,
    "storage": bench_storage,
    "editor": bench_editor,
    "map": bench_map,
    "pdf": bench_pdf,
    "ladders": bench_ladders,
    "progress": bench_progress,
    "routes": bench_routes,
    "memory": bench_memory,
}


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--only", choices=list(PARTS), action="append", help="run only this part")
    args = parser.parse_args()
    runs = 5 if args.quick else 11
    rows: list[Row] = []
    for name in args.only or list(PARTS):
        print(f"measuring {name}...", file=sys.stderr, flush=True)
        PARTS[name](runs, rows)
    print(markdown(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
