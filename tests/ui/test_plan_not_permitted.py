"""A plan file pmplanner may not read is not broken: said so, left alone, never replaced.

Real processes (``python -m pmplanner`` or run_gui in a child) on a plan file
with mode 000. Root may read anything, so for root the child runs without the
capabilities that let it (setpriv drops CAP_DAC_OVERRIDE and
CAP_DAC_READ_SEARCH), as a person's own account would.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pmplanner.core.plan import Goal, Plan
from pmplanner.storage.plan_store import PlanStore
from pmplanner.ui.safe_text import literal

NOT_ROOT_CAPS = "-dac_override,-dac_read_search"


def as_the_person() -> list[str]:
    if os.geteuid() != 0:
        return []
    assert shutil.which("setpriv"), "setpriv (util-linux) is needed to run as root"
    return ["setpriv", f"--inh-caps={NOT_ROOT_CAPS}", f"--bounding-set={NOT_ROOT_CAPS}"]


SHOW_AND_ANSWER = """
import json, sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pmplanner.ui import app as app_module

answers = sys.argv[2].split(",")


def answer():
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(50, answer)
        return
    buttons = {b.text().replace("&", ""): b for b in box.buttons()}
    print(json.dumps({"text": box.text(), "info": box.informativeText(),
                      "buttons": sorted(buttons)}), flush=True)
    choice = answers.pop(0)
    if choice == "fix":  # the person gives themselves permission, then tries again
        Path(sys.argv[1], "plan.json").chmod(0o600)
        choice = "Try Again"
    buttons[choice].click()
    if answers:
        QTimer.singleShot(50, answer)


QTimer.singleShot(0, answer)
_set = app_module.MainWindow.set_document


def set_document(self, document):
    _set(self, document)
    print(json.dumps({"loaded": [g.title for g in document.plan.goals]}), flush=True)
    QTimer.singleShot(0, self.close)


app_module.MainWindow.set_document = set_document
sys.exit(app_module.run_gui(Path(sys.argv[1])))
"""


@pytest.fixture
def data_dir(tmp_path) -> Path:
    path = tmp_path / "data"
    store = PlanStore(path)
    store.open()
    store.save(Plan(goals=[Goal(title="Keep me")]))
    store.save(Plan(goals=[Goal(title="Keep me"), Goal(title="Newer")]))  # and a backup
    (path / "plan.json").chmod(0o000)
    return path


def run_window(data_dir: Path, answers: str) -> tuple[list[dict], subprocess.CompletedProcess]:
    result = subprocess.run(
        [*as_the_person(), sys.executable, "-c", SHOW_AND_ANSWER, str(data_dir), answers],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=60,
    )
    return [json.loads(line) for line in result.stdout.splitlines()], result


def files(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mode)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name not in ("window.ini", "pmplanner.lock")
    }


def test_an_unreadable_plan_is_said_and_left_alone(data_dir):
    before = files(data_dir)
    shown, result = run_window(data_dir, "Quit")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    [asked] = shown
    assert asked["buttons"] == ["Quit", "Try Again"]  # no "Start a New Plan", no restore
    assert asked["text"] == literal(  # shown as written, file name and all
        f"pmplanner is not allowed to read your plan file {data_dir / 'plan.json'}."
    )
    assert "corrupt" not in json.dumps(asked) and "moved aside" not in json.dumps(asked)
    assert files(data_dir) == before  # not moved aside, not replaced, mode kept
    assert not list(data_dir.glob("plan.corrupt-*"))


def test_after_permission_is_given_try_again_opens_the_plan(data_dir):
    shown, result = run_window(data_dir, "fix")
    assert result.returncode == 0, result.stderr
    assert shown[0]["buttons"] == ["Quit", "Try Again"]
    assert shown[-1] == {"loaded": ["Keep me", "Newer"]}
    assert not list(data_dir.glob("plan.corrupt-*"))


def test_a_store_opening_an_unreadable_plan_moves_nothing(data_dir):
    code = (
        "import sys\n"
        "from pmplanner.storage.plan_store import PlanStore\n"
        "store = PlanStore(sys.argv[1])\n"
        "outcome = store.open()\n"
        "print(outcome.not_permitted, outcome.quarantined_to, store.save_blocked)\n"
        "print(outcome.error.problems)\n"
    )
    before = files(data_dir)
    result = subprocess.run(
        [*as_the_person(), sys.executable, "-c", code, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "True None True",
        repr([f"pmplanner is not allowed to read {data_dir / 'plan.json'}"]),
    ]
    assert files(data_dir) == before
