"""A full disk and a read-only data folder, met through the real main window.

The person types into the plan; the save fails. The old plan file must stay
byte-identical, the window must say why (save-state label and status bar) and
keep the plan marked unsaved, and saving must work again once the disk has
room or the folder is writable again.

A full disk cannot be made inside a test, so every ``os.write`` of
pmplanner.storage.atomic (where all plan and backup bytes are written) fails
with ENOSPC, as on a real full disk. The read-only folder is real: chmod 0500
for a normal user; for root, who may write anywhere, the folders are made
immutable (chattr +i), and only where the file system has no such flag are
ENOSPC-style faults replaced by EROFS at file creation.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from pmplanner.core.plan import Goal, Plan, Profile
from pmplanner.storage import atomic
from pmplanner.storage.plan_store import PlanStore, load_plan_file
from pmplanner.ui.main_window import MainWindow


@pytest.fixture
def data_dir(tmp_path) -> Path:
    path = tmp_path / "data"
    store = PlanStore(path)
    store.open()
    store.save(Plan(profile=Profile(name="Ada"), goals=[Goal(title="Keep me")]))
    return path


def plan_files(data_dir: Path) -> dict[str, bytes]:
    """The plan, its backups and anything else pmplanner wrote (not the window layout)."""
    return {
        str(p.relative_to(data_dir)): p.read_bytes()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file() and p.name not in ("window.ini", "pmplanner.lock")
    }


def type_into_name(qtbot, window: MainWindow, text: str) -> None:
    name_edit = window.plan_editor.profile_form.name_edit
    assert isinstance(name_edit, QLineEdit)
    name_edit.setFocus()
    name_edit.end(False)
    qtbot.keyClicks(name_edit, text)


# -- faults -------------------------------------------------------------------------
class _FailingOs:
    """``os`` as pmplanner.storage.atomic sees it, with one call failing."""

    def __init__(self, name: str, error: OSError):
        self._name, self._error = name, error

    def __getattr__(self, name):
        if name == self._name:

            def fail(*args, **kwargs):
                raise self._error

            return fail
        return getattr(os, name)


class _FailingTempfile:
    def __init__(self, error: OSError):
        self._error = error

    def __getattr__(self, name):
        if name == "mkstemp":

            def fail(*args, **kwargs):
                raise self._error

            return fail
        return getattr(tempfile, name)


@contextlib.contextmanager
def full_disk(monkeypatch) -> Iterator[str]:
    """Every byte written fails with ENOSPC; yields the reason the window must give."""
    with monkeypatch.context() as patch:
        patch.setattr(atomic, "os", _FailingOs("write", OSError(errno.ENOSPC, "No space left")))
        yield "the disk is full"


def _folders(data_dir: Path) -> list[Path]:
    return [data_dir, *(p for p in data_dir.rglob("*") if p.is_dir())]


@contextlib.contextmanager
def read_only_folder(data_dir: Path, monkeypatch) -> Iterator[str]:
    """The data folder and its backups folder cannot be written; yields the reason."""
    folders = _folders(data_dir)
    if os.geteuid() != 0:
        modes = {f: f.stat().st_mode for f in folders}
        for folder in folders:
            folder.chmod(0o500)
        try:
            yield "permission was denied"
        finally:
            for folder, mode in modes.items():
                folder.chmod(mode)
        return
    chattr = shutil.which("chattr")
    made = chattr and all(
        subprocess.run([chattr, "+i", str(f)], capture_output=True).returncode == 0 for f in folders
    )
    if made:
        try:
            yield "permission was denied"  # EPERM, even for root
        finally:
            for folder in folders:
                subprocess.run([chattr, "-i", str(folder)], check=True)
        return
    for folder in folders:  # undo a partial attempt
        if chattr:
            subprocess.run([chattr, "-i", str(folder)], capture_output=True)
    with monkeypatch.context() as patch:
        patch.setattr(
            atomic, "tempfile", _FailingTempfile(OSError(errno.EROFS, "Read-only file system"))
        )
        yield "read-only"


def make_fault(kind: str, data_dir: Path, monkeypatch):
    if kind == "full disk":
        return full_disk(monkeypatch)
    return read_only_folder(data_dir, monkeypatch)


def temp_files(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.rglob(".*") if p.name.endswith(".tmp")]


def assert_says_why(window: MainWindow, data_dir: Path, reason: str) -> None:
    assert window.save_state_label.text() == "Not saved"
    tooltip = window.save_state_label.toolTip()
    assert reason in tooltip and str(data_dir / "plan.json") in tooltip
    message = window.statusBar().currentMessage()
    assert reason in message and str(data_dir / "plan.json") in message
    assert message.startswith("Could not") and message.endswith(".")
    assert window.isWindowModified()
    assert not window.document.is_saved()


# -- the tests --------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["full disk", "read-only folder"])
def test_save_from_the_menu_fails_safely_and_works_again(
    qtbot, open_main_window, data_dir, monkeypatch, kind
):
    window = open_main_window(data_dir)
    window.document.autosave_delay_ms = 60_000  # only the menu saves here
    before = plan_files(data_dir)

    with make_fault(kind, data_dir, monkeypatch) as reason:
        type_into_name(qtbot, window, " Lovelace")
        assert window.isWindowModified()
        window.save_action.trigger()  # File > Save
        assert_says_why(window, data_dir, reason)
        assert plan_files(data_dir) == before  # the old plan and backups, byte for byte
        assert temp_files(data_dir) == []
        assert window.document.plan.profile.name == "Ada Lovelace"  # nothing typed is lost

    window.save_action.trigger()  # room again / writable again
    assert window.save_state_label.text() == "All changes saved"
    assert not window.isWindowModified()
    assert load_plan_file(data_dir / "plan.json").profile.name == "Ada Lovelace"
    assert temp_files(data_dir) == []


@pytest.mark.parametrize("kind", ["full disk", "read-only folder"])
def test_autosave_fails_safely_and_retries_by_itself(
    qtbot, open_main_window, data_dir, monkeypatch, kind
):
    window = open_main_window(data_dir)
    document = window.document
    document.autosave_delay_ms = 50
    document.retry_delay_ms = 300
    before = plan_files(data_dir)

    with make_fault(kind, data_dir, monkeypatch) as reason:
        failures = []
        document.save_failed.connect(failures.append)
        type_into_name(qtbot, window, " Lovelace")
        qtbot.waitUntil(lambda: len(failures) >= 2, timeout=10000)  # tried, then retried
        assert_says_why(window, data_dir, reason)
        assert plan_files(data_dir) == before
        assert temp_files(data_dir) == []

    # nothing more to do for the person: the next retry saves
    qtbot.waitUntil(document.is_saved, timeout=10000)
    assert window.save_state_label.text() == "All changes saved"
    assert not window.isWindowModified()
    assert load_plan_file(data_dir / "plan.json").profile.name == "Ada Lovelace"


def test_closing_with_a_full_disk_keeps_the_window_and_the_plan(
    qtbot, open_main_window, data_dir, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    window = open_main_window(data_dir)
    window.document.autosave_delay_ms = 60_000
    before = plan_files(data_dir)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.Cancel,
    )
    with full_disk(monkeypatch) as reason:
        type_into_name(qtbot, window, " Lovelace")
        window.close()
        assert window.isVisible()
        assert asked and reason in asked[0]
        assert_says_why(window, data_dir, reason)
        assert plan_files(data_dir) == before
    window.close()
    assert not window.isVisible()
    assert load_plan_file(data_dir / "plan.json").profile.name == "Ada Lovelace"


def test_the_full_disk_message_goes_once_a_save_works(
    qtbot, open_main_window, data_dir, monkeypatch
):
    window = open_main_window(data_dir)
    window.document.autosave_delay_ms = 60_000  # only the menu saves here
    with full_disk(monkeypatch) as reason:
        type_into_name(qtbot, window, " Lovelace")
        window.save_action.trigger()
        assert_says_why(window, data_dir, reason)

    window.save_action.trigger()  # room again
    assert window.save_state_label.text() == "All changes saved"
    assert reason not in window.save_state_label.toolTip()
    assert window.statusBar().currentMessage() == ""
    assert window.last_save_error == ""
    assert not window.save_state_label.font().bold()
    assert load_plan_file(data_dir / "plan.json").profile.name == "Ada Lovelace"
