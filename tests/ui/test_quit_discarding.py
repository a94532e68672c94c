"""Quitting with Discard after a failed save: the window goes, and nothing is printed."""

from __future__ import annotations

import os
import subprocess
import sys

from pmplanner.core.plan import Goal, Plan
from pmplanner.storage.plan_store import PlanStore

FAIL_THEN_DISCARD = """
import errno, os, sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pmplanner.core.plan import Goal
from pmplanner.storage import atomic
from pmplanner.ui import app as app_module


class FullDisk:
    # os as pmplanner.storage.atomic sees it: every write fails as on a full disk
    def __getattr__(self, name):
        if name == "write":
            def write(*args, **kwargs):
                raise OSError(errno.ENOSPC, "No space left on device")
            return write
        return getattr(os, name)


def click_discard():
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(50, click_discard)
        return
    print("asked:", " ".join(box.text().split()), flush=True)
    box.button(QMessageBox.StandardButton.Discard).click()


class EditingWindow(app_module.MainWindow):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.document_loaded.connect(self.edit)

    def edit(self):
        self.kept_document = self.document
        atomic.os = FullDisk()
        self.document.autosave_delay_ms = 50
        self.document.save_failed.connect(self.quit_once)
        self.document.add_goals([Goal(title="Typed on a full disk")])

    def quit_once(self, reason):
        self.document.save_failed.disconnect(self.quit_once)
        print("failed:", reason, flush=True)
        QTimer.singleShot(0, self.close)  # File > Quit
        QTimer.singleShot(0, click_discard)


windows = []
app_module.MainWindow = lambda *args: windows.append(EditingWindow(*args)) or windows[-1]
status = app_module.run_gui(Path(sys.argv[1]))
# As Python ends, what goes first depends on the hash seed and on what ran
# before; seen: the plan's document (and its undo stack) before the window.
import shiboken6

document = windows[0].kept_document
print("closed by the window:", document.is_closed, windows[0].document is None, flush=True)
if shiboken6.isValid(document):
    shiboken6.delete(document)
QApplication.processEvents()
print("ended", flush=True)
sys.exit(status)
"""


def test_quitting_with_discard_after_a_failed_save_prints_no_traceback(tmp_path):
    data_dir = tmp_path / "data"
    store = PlanStore(data_dir)
    store.open()
    store.save(Plan(goals=[Goal(title="Saved before")]))
    before = (data_dir / "plan.json").read_bytes()
    result = subprocess.run(
        [sys.executable, "-c", FAIL_THEN_DISCARD, str(data_dir)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert "failed: Could not save" in result.stdout and "the disk is full" in result.stdout
    asked = result.stdout.partition("asked:")[2]
    assert "Your latest changes could not be saved" in asked, result.stdout
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("ended\n")
    assert "closed by the window: True True" in result.stdout  # ended explicitly, not by GC
    assert "Traceback" not in result.stderr and "Error" not in result.stderr, result.stderr
    assert (data_dir / "plan.json").read_bytes() == before  # discarded, as asked
    assert not (data_dir / "pmplanner.lock").exists()
