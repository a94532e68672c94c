"""A plan file whose goals share an id, edited through the real window.

Before: the window found rows by id, so editing row 3's title changed row 1
and deleting row 2 deleted row 1. Now loading gives the later twins new ids
(the file as it was is kept in the backups first) and every edit reaches the
row it was made on.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from pmplanner.storage.plan_store import PlanStore, load_plan_file

TITLES = ["First", "Second", "Third"]


def write_plan_with_twins(data_dir: Path) -> bytes:
    data_dir.mkdir(parents=True, exist_ok=True)
    goals = [{"id": "twin", "title": t, "created": "2026-01-01T00:00:00Z"} for t in TITLES]
    contacts = [{"id": "c", "name": n} for n in ("Ann", "Bob")]
    raw = json.dumps({"schema_version": 2, "goals": goals, "contacts": contacts}).encode()
    (data_dir / "plan.json").write_bytes(raw)
    return raw


def row_of(panel, title: str) -> int:
    proxy = panel.filter_proxy
    rows = [r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == title]
    assert len(rows) == 1, title
    return rows[0]


def test_edit_and_delete_reach_the_row_they_were_made_on(qtbot, open_main_window, tmp_path):
    data_dir = tmp_path / "data"
    original = write_plan_with_twins(data_dir)
    window = open_main_window(data_dir, active=True)
    document = window.document
    # the person is told, in one sentence, and nothing is asked
    said = window.statusBar().currentMessage()
    assert "shared an id" in said and "in the backups" in said, said

    window.plan_editor.tabs.setCurrentWidget(window.plan_editor.goals_panel)
    panel = window.plan_editor.goals_panel
    view = panel.view
    view.setFocus()
    view.setCurrentIndex(panel.filter_proxy.index(row_of(panel, "Third"), 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and view.isAncestorOf(editor)
    editor.selectAll()
    qtbot.keyClicks(editor, "Third, renamed")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState)
    assert [g.title for g in document.plan.goals] == ["First", "Second", "Third, renamed"]
    ids = [g.id for g in document.plan.goals]
    assert ids[0] == "twin" and len(set(ids)) == 3
    assert len({c.id for c in document.plan.contacts}) == 2
    # the file as it was is kept, before the repaired plan is ever saved
    backups = sorted((data_dir / "backups").glob("plan-*.json"))
    assert [b.read_bytes() for b in backups] == [original]

    view.setFocus()
    view.selectRow(row_of(panel, "Second"))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [g.title for g in document.plan.goals] == ["First", "Third, renamed"]

    assert document.save()
    saved = load_plan_file(data_dir / "plan.json")
    assert [(g.id, g.title) for g in saved.goals] == [
        ("twin", "First"),
        (ids[2], "Third, renamed"),
    ]


def test_the_store_says_what_it_repaired(tmp_path):
    data_dir = tmp_path / "data"
    write_plan_with_twins(data_dir)
    outcome = PlanStore(data_dir).open()
    assert outcome.repaired_ids == [
        "goals[1].id: the same id as goals[0]",
        "goals[2].id: the same id as goals[0]",
        "contacts[1].id: the same id as contacts[0]",
    ]
    assert [g.title for g in outcome.plan.goals] == TITLES
