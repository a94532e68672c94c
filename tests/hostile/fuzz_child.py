"""One process running fuzz cases: each a plan (and maybe a ladder) through every path.

    python -m tests.hostile.fuzz_child CASE_DIR [CASE_DIR ...]

Each CASE_DIR holds ``plan.json`` and optionally ``ladder.json``. For each:
`check`, every export (PDF, ICS, PNG map), the store's open and save, the
ladder's check and route search, and an offscreen window start. A case that
takes more than CASE_SECONDS fails (SIGALRM); the process runs under an
address-space limit (set by the parent). Prints one JSON line per case and
exits 0 when every case held; any exception escapes with its traceback.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import resource
import signal
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

CASE_SECONDS = int(os.environ.get("FUZZ_CASE_SECONDS", "60"))


class CaseTimeout(Exception):
    pass


def _alarm(_signum, _frame):
    raise CaseTimeout(f"the case took more than {CASE_SECONDS} s")


def cli(*args: str) -> tuple[int, str]:
    from pmplanner.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main(list(args))
    text = out.getvalue() + err.getvalue()
    assert "Traceback" not in text, text
    return rc, text


def no_dialogs() -> None:
    """A dialog would wait for a click: every one answers at once (as Escape would)."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    QMessageBox.exec = lambda self: QMessageBox.StandardButton.Cancel
    QDialog.exec = lambda self: 0
    for name in ("critical", "warning", "information", "question"):
        setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))


def run_case(folder: Path) -> dict:
    from PySide6.QtWidgets import QApplication

    from pmplanner.core.routes import plan_routes
    from pmplanner.storage.content import ContentError, load_ladder_file
    from pmplanner.storage.plan_store import PlanFileError, PlanStore, load_plan_file
    from pmplanner.ui.main_window import MainWindow

    plan = folder / "plan.json"
    out = folder / "out"
    out.mkdir(exist_ok=True)
    result: dict = {"case": folder.name}
    result["check"], _ = cli("check", str(plan))
    result["pdf"], _ = cli("export-pdf", str(out / "p.pdf"), "--plan", str(plan))
    result["ics"], ics_text = cli("export-ics", str(out / "p.ics"), "--plan", str(plan))
    result["png"], _ = cli("export-map", str(out / "m.png"), "--plan", str(plan), "--width", "600")
    try:
        load_plan_file(plan)
        result["loads"] = True
    except PlanFileError:
        result["loads"] = False
    # a file check accepts must load; check also names twin ids, which loading repairs
    assert result["check"] == 1 or result["loads"], result
    if result["loads"]:  # a plan that loads must export
        assert result["pdf"] == 0 and result["png"] == 0, result
        assert result["ics"] == 0 or "no due dates" in ics_text, (result, ics_text)
    else:  # and one that does not is refused by every export with a sentence
        assert result["pdf"] == result["ics"] == result["png"] == 1, result

    data_dir = folder / "data"
    data_dir.mkdir(exist_ok=True)
    (data_dir / "plan.json").write_bytes(plan.read_bytes())
    store = PlanStore(data_dir)
    outcome = store.open()
    result["opened"] = outcome.plan is not None
    if outcome.plan is not None:
        ids = [g.id for g in outcome.plan.goals]
        assert len(ids) == len(set(ids)), "twin goal ids after a load"
        store.save(outcome.plan)
        again = PlanStore(data_dir).open()
        assert again.plan == outcome.plan, "the saved plan does not load back equal"

    ladder = folder / "ladder.json"
    if ladder.exists():
        result["ladder_check"], _ = cli("check", str(ladder))
        try:
            catalog = load_ladder_file(ladder)
        except ContentError:
            assert result["ladder_check"] == 1
        else:
            roles = [r.id for r in catalog.roles]
            routes = plan_routes(catalog, roles[0], roles[-1])
            result["routes"] = len(routes.paths)

    # an offscreen start: the data folder now holds the plan (or it was moved aside)
    app = QApplication.instance() or QApplication([])
    window = MainWindow(data_dir)
    window.show()
    window.load_plan()
    app.processEvents()
    if window.document is not None:
        window.build_map()
        app.processEvents()
    window.close()
    window.deleteLater()
    app.processEvents()
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return result


def main(folders: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    no_dialogs()
    signal.signal(signal.SIGALRM, _alarm)
    for folder in folders:
        signal.alarm(CASE_SECONDS)
        result = run_case(Path(folder))
        signal.alarm(0)
        print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
