"""Another program rewrites plan.json while the window is open (issue 17, item 1).

Through the real window: the person types, a sync tool replaces the file, the
autosave comes. The other version must be in backups/ byte for byte, nothing
written over it, and the question asked; each answer does what it says. With
nothing unsaved, the file watcher offers to reload.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from pmplanner.core.plan import Goal, Plan, Profile
from pmplanner.storage.plan_store import PlanChangedOnDisk, PlanStore, load_plan_file
from pmplanner.storage.plan_store import serialize_plan as plan_bytes
from pmplanner.ui import foreign_change

from .test_save_faults_window import type_into_name

MINE = Plan(profile=Profile(name="Ada"), goals=[Goal(title="Keep me")])
# the same plan as another computer left it: renamed, one goal edited, one added
THEIRS = MINE.model_copy(deep=True)
THEIRS.profile.name = "Edited on the laptop"
THEIRS.goals[0].title = "Keep me, renamed"
THEIRS.goals.append(Goal(title="Added on the laptop"))


@pytest.fixture
def data_dir(tmp_path) -> Path:
    path = tmp_path / "data"
    store = PlanStore(path)
    store.open()
    store.save(MINE)
    return path


@pytest.fixture
def offers(monkeypatch) -> list[Path]:
    """The watcher's reload offers, answered No unless a test says otherwise."""
    asked: list[Path] = []
    monkeypatch.setattr(foreign_change, "offer_reload", lambda _w, path: asked.append(path))
    return asked


def _kept_copies(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "backups").glob("*-changed-elsewhere.json"))


def _edit_then_foreign_write_then_autosave(qtbot, window, data_dir: Path) -> bytes:
    """Saved once, then unsaved typing, then the sync tool, then the autosave fires."""
    document = window.document
    document.autosave_delay_ms = 60_000
    type_into_name(qtbot, window, " L")
    window.save_action.trigger()  # the session's backup is taken now: the next is 5 min away
    assert document.is_saved()
    type_into_name(qtbot, window, "ovelace")
    theirs = plan_bytes(THEIRS)
    (data_dir / "plan.json").write_bytes(theirs)
    document.autosave_delay_ms = 50
    type_into_name(qtbot, window, "!")  # restarts the autosave, now soon
    return theirs


@pytest.mark.parametrize("answer", [foreign_change.RELOAD, foreign_change.KEEP])
def test_a_save_over_a_foreign_change_keeps_theirs_and_asks(
    qtbot, open_main_window, data_dir, monkeypatch, offers, answer
):
    window = open_main_window(data_dir)
    asked: list[PlanChangedOnDisk] = []

    def ask(_window, document, error):
        assert document is window.document
        # when the question is asked, theirs is already kept and nothing is written over
        assert error.kept.read_bytes() == theirs
        assert (data_dir / "plan.json").read_bytes() == theirs
        asked.append(error)
        return answer

    monkeypatch.setattr(foreign_change, "ask_about_foreign_change", ask)
    theirs = _edit_then_foreign_write_then_autosave(qtbot, window, data_dir)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    qtbot.waitUntil(window.document.is_saved, timeout=10000)
    assert len(asked) == 1 and offers == []
    assert _kept_copies(data_dir) == [asked[0].kept]
    assert asked[0].kept.read_bytes() == theirs
    on_disk = load_plan_file(data_dir / "plan.json")
    if answer == foreign_change.RELOAD:
        assert on_disk == THEIRS and window.document.plan == THEIRS
        assert window.plan_editor.profile_form.name_edit.text() == "Edited on the laptop"
        assert window.statusBar().currentMessage() == (
            "Reloaded the plan as another program saved it"
        )
    else:
        assert on_disk.profile.name == "Ada Lovelace!" == window.document.plan.profile.name
    assert window.save_state_label.text() == "All changes saved"
    # saving goes on as usual afterwards, with no question
    type_into_name(qtbot, window, "?")
    qtbot.waitUntil(window.document.is_saved, timeout=10000)
    assert len(asked) == 1
    assert load_plan_file(data_dir / "plan.json").profile.name.endswith("?")


def _answer_boxes(qtbot, steps: list) -> list[str]:
    """Act on each modal dialog in turn with ``steps``; returns what each showed."""
    seen: list[str] = []
    pending = list(steps)

    def act():
        modal = QApplication.activeModalWidget()
        if modal is None or not pending:
            if pending:
                QTimer.singleShot(20, act)
            return
        seen.append(
            " | ".join(
                label.text()
                for label in modal.findChildren(QLabel)
                if label.text() and label.isVisible()
            )
        )
        pending.pop(0)(modal)
        if pending:
            QTimer.singleShot(20, act)

    QTimer.singleShot(20, act)
    return seen


def _click(text: str):
    def click(box: QMessageBox) -> None:
        [button] = [b for b in box.buttons() if b.text() == text]
        button.click()

    return click


def test_compare_lists_what_differs_then_keep_mine(qtbot, open_main_window, data_dir, offers):
    window = open_main_window(data_dir)
    seen = _answer_boxes(
        qtbot,
        [_click("Compare…"), lambda dialog: dialog.reject(), _click("Keep Mine")],
    )
    theirs = _edit_then_foreign_write_then_autosave(qtbot, window, data_dir)
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=10000)
    qtbot.waitUntil(window.document.is_saved, timeout=10000)
    question, comparison, question_again = seen
    assert "Another program changed" in question and str(data_dir / "plan.json") in question
    assert question == question_again
    [kept] = _kept_copies(data_dir)
    assert str(kept) in question and kept.read_bytes() == theirs
    assert "Goals: 1 added, 1 changed" in comparison
    assert "Profile: name" in comparison
    assert load_plan_file(data_dir / "plan.json").profile.name == "Ada Lovelace!"


def test_the_watcher_offers_to_reload_when_nothing_is_unsaved(
    qtbot, open_main_window, data_dir, monkeypatch
):
    window = open_main_window(data_dir)
    offered: list[Path] = []
    monkeypatch.setattr(
        foreign_change, "offer_reload", lambda _w, path: offered.append(path) or True
    )
    document = window.document
    document.autosave_delay_ms = 50
    # our own saves are not someone else's change
    type_into_name(qtbot, window, " Lovelace")
    qtbot.waitUntil(document.is_saved, timeout=10000)
    qtbot.wait(3 * foreign_change.SETTLE_MS)
    assert offered == []
    # a sync tool replaces the file the way they do: a new file renamed over it
    fresh = data_dir / ".sync-tmp"
    fresh.write_bytes(plan_bytes(THEIRS))
    fresh.replace(data_dir / "plan.json")
    qtbot.waitUntil(lambda: document.plan == THEIRS, timeout=10000)
    assert offered == [data_dir / "plan.json"]
    assert document.is_saved()
    assert window.plan_editor.profile_form.name_edit.text() == "Edited on the laptop"
    assert _kept_copies(data_dir) == []  # nothing was written over, so nothing to keep
    # the replaced file is watched again: a second change is seen too
    second = THEIRS.model_copy(deep=True)
    second.profile.name = "Edited again"
    (data_dir / "plan.json").write_bytes(plan_bytes(second))
    qtbot.waitUntil(lambda: document.plan.profile.name == "Edited again", timeout=10000)
    assert len(offered) == 2


def test_the_watcher_stays_quiet_with_unsaved_changes_and_asks_once(
    qtbot, open_main_window, data_dir, offers
):
    window = open_main_window(data_dir)
    document = window.document
    document.autosave_delay_ms = 60_000
    type_into_name(qtbot, window, " Lovelace")  # unsaved
    (data_dir / "plan.json").write_bytes(plan_bytes(THEIRS))
    qtbot.wait(3 * foreign_change.SETTLE_MS)
    assert offers == []  # the save will ask instead
    document.undo_stack.undo()  # back to what we last saved: nothing unsaved
    assert document.is_saved()
    window.plan_watcher.check()
    assert offers == [data_dir / "plan.json"]
    # declined (the patched offer answers No): the same version is not offered again
    window.plan_watcher.check()
    assert len(offers) == 1
    assert document.plan.profile.name == "Ada"


def test_reloading_a_broken_version_keeps_our_plan_and_says_why(
    qtbot, open_main_window, data_dir, monkeypatch, offers
):
    window = open_main_window(data_dir)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text)
    )
    monkeypatch.setattr(
        foreign_change, "ask_about_foreign_change", lambda *_: foreign_change.RELOAD
    )
    _edit_then_foreign_write_then_autosave(qtbot, window, data_dir)
    (data_dir / "plan.json").write_bytes(b'{"schema_version": 2, "goals": [')  # cut short
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert "could not be read, so your plan stays as it is" in warnings[0]
    assert window.document.plan.profile.name == "Ada Lovelace!"
    assert not window.document.is_saved()
    [kept] = _kept_copies(data_dir)
    assert kept.read_bytes() == (data_dir / "plan.json").read_bytes()  # theirs, as it is
    # the person may still keep theirs out: Keep Mine writes ours over the broken file
    assert window.document.save(force=True)
    assert load_plan_file(data_dir / "plan.json").profile.name == "Ada Lovelace!"
    assert _kept_copies(data_dir) == [kept]


@pytest.mark.parametrize("answer", [foreign_change.RELOAD, foreign_change.KEEP])
def test_quitting_after_a_foreign_change_asks_then_closes(
    qtbot, open_main_window, data_dir, monkeypatch, offers, answer
):
    window = open_main_window(data_dir)
    asked = []
    monkeypatch.setattr(
        foreign_change, "ask_about_foreign_change", lambda *a: asked.append(a) or answer
    )
    window.document.autosave_delay_ms = 60_000
    type_into_name(qtbot, window, " Lovelace")
    theirs = plan_bytes(THEIRS)
    (data_dir / "plan.json").write_bytes(theirs)
    window.close()
    assert len(asked) == 1 and not window.isVisible()
    [kept] = _kept_copies(data_dir)
    assert kept.read_bytes() == theirs
    expected = "Edited on the laptop" if answer == foreign_change.RELOAD else "Ada Lovelace"
    assert load_plan_file(data_dir / "plan.json").profile.name == expected
