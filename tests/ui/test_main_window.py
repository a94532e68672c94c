"""The main window through the paths a person uses: menus, saving, recovery."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from pmplanner.core.plan import Goal, Plan
from pmplanner.storage.plan_store import PlanStore, SaveError, load_plan_file, serialize_plan
from pmplanner.ui import file_actions
from pmplanner.ui.main_window import MainWindow
from pmplanner.ui.restore_dialog import RestoreDialog

Button = QMessageBox.StandardButton


@pytest.fixture
def data_dir(tmp_path):
    path = tmp_path / "data"
    path.mkdir()
    return path


def add_goal(window: MainWindow, title: str) -> None:
    window.document.add_goals([Goal(title=title)])


def test_first_start_shows_an_empty_plan(open_main_window, data_dir):
    window = open_main_window(data_dir)
    assert window.objectName() == "MainWindow"
    editor = window.findChild(QWidget, "planEditor")
    assert editor is not None and editor.isVisible()
    assert window.document.plan.is_empty()
    # the plan and the map; no placeholder pages for areas still to come
    assert [window.areas.tabText(i) for i in range(window.areas.count())] == [
        "My plan",
        "Career map",
    ]


def test_edit_is_autosaved_and_the_window_says_so(qtbot, open_main_window, data_dir):
    window = open_main_window(data_dir)
    add_goal(window, "Finish a product analytics course")
    assert window.isWindowModified()
    qtbot.waitUntil(lambda: window.document.is_saved(), timeout=10000)
    assert not window.isWindowModified()
    assert window.save_state_label.text() == "All changes saved"
    saved = load_plan_file(data_dir / "plan.json")
    assert [g.title for g in saved.goals] == ["Finish a product analytics course"]


def test_undo_and_redo_from_the_edit_menu(open_main_window, data_dir):
    window = open_main_window(data_dir)
    add_goal(window, "Read a book on product discovery")
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert window.document.plan.goals == []
    window.redo_action.trigger()
    assert [g.title for g in window.document.plan.goals] == ["Read a book on product discovery"]


def test_plan_is_found_again_after_closing(open_main_window, data_dir):
    window = open_main_window(data_dir)
    window.document.autosave_delay_ms = 60_000  # only the close should save
    add_goal(window, "Go to a product conference")
    window.close()
    assert load_plan_file(data_dir / "plan.json").goals[0].title == "Go to a product conference"
    again = open_main_window(data_dir)
    assert [g.title for g in again.document.plan.goals] == ["Go to a product conference"]


def test_window_size_is_remembered(qtbot, open_main_window, data_dir):
    window = open_main_window(data_dir)
    # The offscreen screen is 800x800 and the editor needs about 800 px of width,
    # so Qt clamps any width: the height tells whether the layout was restored.
    window.resize(window.width(), 555)
    assert window.height() == 555
    window.close()
    again = MainWindow(data_dir)
    qtbot.addWidget(again)
    assert again.height() == 555


def test_editor_splitter_is_remembered(open_main_window, data_dir):
    open_main_window(data_dir).close()  # from now on the window has its remembered size
    window = open_main_window(data_dir)
    splitter = window.plan_editor.splitter
    total = sum(splitter.sizes())
    splitter.setSizes([300, total - 300])
    sizes = splitter.sizes()
    window.close()
    again = open_main_window(data_dir)
    assert again.plan_editor.splitter.sizes() == sizes


def test_failed_save_keeps_the_plan_unsaved_and_asks_before_quitting(
    open_main_window, data_dir, monkeypatch
):
    window = open_main_window(data_dir)
    store = window.document.store

    def full_disk(plan, **options):
        raise SaveError(f"The plan could not be saved to {store.path}: the disk is full.")

    with monkeypatch.context() as fault:
        fault.setattr(store, "save", full_disk)
        add_goal(window, "Find a mentor")
        assert not window.document.save()
        assert window.save_state_label.text() == "Not saved"
        assert "disk is full" in window.save_state_label.toolTip()
        assert window.isWindowModified()

        asked = []
        fault.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a[2]) or Button.Cancel)
        window.close()
        assert asked and "disk is full" in rendered(asked[0])
        assert window.isVisible()  # the person chose to stay

    # space is back
    assert window.document.save()
    assert window.save_state_label.text() == "All changes saved"


def test_new_plan_is_refused_while_changes_cannot_be_saved(open_main_window, data_dir, monkeypatch):
    window = open_main_window(data_dir)
    window.document.autosave_delay_ms = 60_000
    add_goal(window, "Unsaved work")
    store = window.document.store

    def full_disk(plan, **options):
        raise SaveError(f"The plan could not be saved to {store.path}: the disk is full.")

    monkeypatch.setattr(store, "save", full_disk)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Yes)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    window.new_action.trigger()
    assert warnings and "not replaced" in rendered(warnings[0])
    assert [g.title for g in window.document.plan.goals] == ["Unsaved work"]


def test_new_plan_asks_and_keeps_the_old_one_in_backups(open_main_window, data_dir, monkeypatch):
    window = open_main_window(data_dir)
    window.document.autosave_delay_ms = 60_000  # the edit is not saved yet
    add_goal(window, "Old goal")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Yes)
    window.new_action.trigger()
    assert window.document.plan.is_empty()
    assert load_plan_file(data_dir / "plan.json").is_empty()
    backups = window.document.store.backups()
    assert any(g.title == "Old goal" for b in backups for g in load_plan_file(b).goals)


def test_export_then_open_round_trips(open_main_window, data_dir, tmp_path, monkeypatch):
    window = open_main_window(data_dir)
    add_goal(window, "Build a portfolio case")
    exported = tmp_path / "exported.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(exported), ""))
    window.export_action.trigger()
    assert load_plan_file(exported) == window.document.plan

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Yes)
    window.new_action.trigger()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exported), ""))
    window.open_action.trigger()
    assert [g.title for g in window.document.plan.goals] == ["Build a portfolio case"]


def test_opening_a_broken_file_changes_nothing(open_main_window, data_dir, tmp_path, monkeypatch):
    window = open_main_window(data_dir)
    add_goal(window, "Keep me")
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1, "goals": [{"due": "soon"}]}')
    warnings = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    window.open_action.trigger()
    assert warnings and "goals[0].due" in rendered(warnings[0])
    assert [g.title for g in window.document.plan.goals] == ["Keep me"]


def test_unreadable_plan_is_moved_aside_and_a_backup_offered(
    open_main_window, data_dir, monkeypatch
):
    store = PlanStore(data_dir)
    store.open()
    store.save(Plan(goals=[Goal(title="First version")]))
    store.save(Plan(goals=[Goal(title="Second version")]))
    (data_dir / "plan.json").write_bytes(b'{"schema_version": 1, "goals": [')

    offered = []

    def choose_restore(parent, outcome):
        offered.append(outcome)
        return "restore"

    monkeypatch.setattr(file_actions, "ask_recovery_choice", choose_restore)
    window = open_main_window(data_dir)
    outcome = offered[0]
    assert outcome.quarantined_to is not None and outcome.quarantined_to.exists()
    assert outcome.quarantined_to.read_bytes() == b'{"schema_version": 1, "goals": ['
    assert outcome.backups
    assert [g.title for g in window.document.plan.goals] == ["First version"]


def test_quitting_at_recovery_saves_nothing(start_main_window, data_dir, monkeypatch):
    (data_dir / "plan.json").write_text(json.dumps({"schema_version": 1, "goals": 5}))
    monkeypatch.setattr(file_actions, "ask_recovery_choice", lambda parent, outcome: "quit")
    window = start_main_window(data_dir)
    assert window.document is None
    assert not (data_dir / "plan.json").exists()  # moved aside, not replaced by defaults
    assert len(list(data_dir.glob("plan.corrupt-*.json"))) == 1


def test_restore_from_backup_menu(open_main_window, data_dir, monkeypatch):
    window = open_main_window(data_dir)
    add_goal(window, "Version one")
    assert window.document.save()
    window.document.replace_plan(Plan(goals=[Goal(title="Version two")]))
    assert window.document.save()
    backups = window.document.store.backups()
    assert backups
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    window.restore_action.trigger()
    assert [g.title for g in window.document.plan.goals] == ["Version one"]


def test_stored_plan_bytes_are_what_storage_writes(open_main_window, data_dir):
    window = open_main_window(data_dir)
    add_goal(window, "Check bytes")
    assert window.document.save()
    assert (data_dir / "plan.json").read_bytes() == serialize_plan(window.document.plan)


def test_replacing_the_plan_always_backs_up_its_latest_state(
    open_main_window, data_dir, monkeypatch
):
    """Backups are spaced minutes apart, but a plan being replaced is always kept."""
    window = open_main_window(data_dir)
    add_goal(window, "First")
    assert window.document.save()
    add_goal(window, "Second")
    assert window.document.save()  # a backup of "First" was just made
    add_goal(window, "Latest")
    assert window.document.save()  # within the spacing: no new backup
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Yes)
    window.new_action.trigger()
    newest = window.document.store.backups()[0]
    assert [g.title for g in load_plan_file(newest).goals] == ["First", "Second", "Latest"]


def test_career_map_is_built_after_the_plan_and_exports(
    qtbot, open_main_window, data_dir, tmp_path, monkeypatch
):
    window = open_main_window(data_dir)
    assert window.areas.tabText(1) == "Career map"
    assert window.findChild(QWidget, "careerMap") is window.career_map
    with qtbot.waitSignal(window.map_ready, timeout=20000):
        pass
    assert window.career_map.is_built and window.export_map_action.isEnabled()
    # a map action goes through the plan's undo stack like any edit
    window.areas.setCurrentWidget(window.career_map)
    window.career_map.select_role("senior-pm")
    qtbot.mouseClick(window.career_map.details.target_button, Qt.MouseButton.LeftButton)
    assert window.document.plan.profile.target_role == "senior-pm"
    window.undo_action.trigger()
    assert window.document.plan.profile.target_role is None


def test_last_area_is_remembered(open_main_window, data_dir):
    window = open_main_window(data_dir)
    window.areas.setCurrentWidget(window.career_map)
    assert window.career_map.is_built  # opening the map builds it at once
    window.close()
    again = open_main_window(data_dir)
    assert again.areas.currentWidget() is again.career_map


def rendered(message: str) -> str:
    """What a person reads in a message box showing ``message``."""
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(message)
    return doc.toPlainText()


def test_file_names_in_messages_are_shown_literally(
    open_main_window, data_dir, tmp_path, monkeypatch
):
    window = open_main_window(data_dir)
    hostile = tmp_path / '<img src="file:x" onerror="y"><b>plan<b>.json'
    hostile.write_text("not json")
    warnings = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(hostile), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    window.open_action.trigger()
    assert "<img" not in warnings[0]
    assert str(hostile) in rendered(warnings[0])


def test_recovery_asks_again_when_restoring_fails(open_main_window, data_dir, monkeypatch):
    store = PlanStore(data_dir)
    store.open()
    store.save(Plan(goals=[Goal(title="First version")]))
    store.save(Plan(goals=[Goal(title="Second version")]))
    (data_dir / "plan.json").write_bytes(b"{broken")

    def full_disk(self, path):
        raise SaveError("The backup could not be restored: the disk is full.")

    monkeypatch.setattr(PlanStore, "restore_backup", full_disk)
    answers = iter(["restore", "fresh"])
    monkeypatch.setattr(file_actions, "ask_recovery_choice", lambda parent, outcome: next(answers))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    window = open_main_window(data_dir)
    assert warnings and "Please choose again" in rendered(warnings[0])
    assert window.document.plan.is_empty()  # the second choice, a new plan


def test_restore_keeps_the_current_plan_once(open_main_window, data_dir, monkeypatch):
    window = open_main_window(data_dir)
    add_goal(window, "Version one")
    assert window.document.save()
    window.document.replace_plan(Plan(goals=[Goal(title="Version two")]))
    assert window.document.save()
    before = window.document.store.backups()
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    window.restore_action.trigger()
    after = window.document.store.backups()
    assert len(after) == len(before) + 1  # "Version two" kept, nothing else
    assert [g.title for g in load_plan_file(after[0]).goals] == ["Version two"]
    assert window.document.is_saved()


def test_plan_from_a_newer_pmplanner_is_left_alone(start_main_window, data_dir, monkeypatch):
    newer = b'{"schema_version": 99, "goals": []}'
    (data_dir / "plan.json").write_bytes(newer)
    shown = []

    def fake_exec(box):
        shown.append((box.text(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    window = start_main_window(data_dir)
    text, buttons = shown[0]
    assert "newer version of pmplanner" in text
    assert [b for b in buttons if not b.startswith("Show Details")] == ["Quit"]
    assert window.document is None
    assert (data_dir / "plan.json").read_bytes() == newer
    assert not list(data_dir.glob("plan.corrupt-*"))


def test_recovery_dialog_offers_the_newest_backup(start_main_window, data_dir, monkeypatch):
    store = PlanStore(data_dir)
    store.open()
    store.save(Plan(goals=[Goal(title="First version")]))
    store.save(Plan(goals=[Goal(title="Second version")]))
    (data_dir / "plan.json").write_bytes(b"{broken")
    shown = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append([b.text() for b in box.buttons()]) or 0
    )
    start_main_window(data_dir)
    assert [b for b in shown[0] if b.startswith("Restore the Backup of")]
    assert "Start a New Plan" in shown[0] and "Quit" in shown[0]


def test_closing_the_window_leaves_no_view_on_a_model_that_is_gone(qtbot, qtlog, tmp_path):
    """Every plan tab opened, then Quit's close and the window's end: the tables let go
    of the document's models before the document ends (Qt warned "Selecting when no
    model has been set" for each)."""
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    from pmplanner.core.plan import Contact, Goal, Plan
    from pmplanner.storage.plan_store import PlanStore
    from pmplanner.ui.main_window import MainWindow

    data_dir = tmp_path / "data"
    plan = Plan(goals=[Goal(title="Read a book")], contacts=[Contact(name="Ada")])
    plan.profile.current_role, plan.profile.target_role = "apm", "pm"
    PlanStore(data_dir).save(plan)
    window = MainWindow(data_dir)  # ended here, not by qtbot: the test watches its end
    window.show()
    with qtbot.waitSignal(window.document_loaded, timeout=10_000):
        window.load_plan()
    tabs = window.plan_editor.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(10)
    views = [v for v in window.findChildren(QAbstractItemView) if v.model() is not None]
    assert len(views) >= 3
    window.close()
    window.deleteLater()  # as the app does when its last window goes
    for _ in range(5):
        QApplication.processEvents()
        qtbot.wait(5)
    messages = [record.message for record in qtlog.records]
    assert not any("no model has been set" in m for m in messages), messages
