"""File > Restore from Backup: a real dialog with each backup's date, contents and differences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from pmplanner.core.plan import Contact, Goal, Plan, Profile
from pmplanner.storage.backups import backup_time
from pmplanner.ui.restore_dialog import RestoreDialog
from pmplanner.wording.formats import date_time


def test_backups_show_date_counts_target_and_differences(
    qtbot, open_main_window, tmp_path, monkeypatch
):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    window = open_main_window(data_dir)
    document = window.document
    catalog = document.catalog
    target = next(iter(catalog.roles)).id
    older = Plan(
        profile=Profile(target_role=target),
        goals=[Goal(title="One"), Goal(title="Two")],
        contacts=[Contact(name="Ana")],
    )
    document.replace_plan(older)
    assert document.save()
    document.replace_plan(Plan(goals=[Goal(title="Now")]))
    assert document.save()
    [newest, *_] = document.store.backups()
    seen = {}

    def look_and_choose(dialog: RestoreDialog) -> int:
        first = dialog.list.item(0)
        seen["text"] = first.text()
        seen["details"] = dialog.details.toPlainText()
        seen["restore_enabled"] = dialog.restore_button.isEnabled()
        rect = dialog.list.visualItemRect(first)
        qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", look_and_choose)
    window.restore_action.trigger()
    made = backup_time(newest)
    assert made is not None
    when, summary = seen["text"].split("\n")
    assert when == date_time(made)  # the locale's date, not a file name
    assert newest.name not in seen["text"]
    role_title = catalog.role(target).title
    assert summary == f"2 goals · 1 contact · target: {role_title}"
    assert "Goals: 2 added, 1 removed" in seen["details"]
    assert "Contacts: 1 added" in seen["details"]
    assert seen["restore_enabled"]
    assert [g.title for g in document.plan.goals] == ["One", "Two"]


def test_cancel_restores_nothing(qtbot, open_main_window, tmp_path, monkeypatch):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    window = open_main_window(data_dir)
    window.document.replace_plan(Plan(goals=[Goal(title="Old")]))
    assert window.document.save()
    window.document.replace_plan(Plan(goals=[Goal(title="Now")]))
    assert window.document.save()
    monkeypatch.setattr(RestoreDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window.restore_action.trigger()
    assert [g.title for g in window.document.plan.goals] == ["Now"]


def test_one_open_plan_entry_in_the_file_menu(open_main_window, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    window = open_main_window(data_dir)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in file_menu.actions() if not a.isSeparator()]
    assert "Open Plan…" in texts
    assert not any("Import Plan" in t for t in texts)
    assert not window.open_action.shortcut().isEmpty()
