"""The person's notes on roles and skills: typed in the map's details, one undo step
when typing pauses or the field is left, shown in the details, kept over a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pmplanner.ui.map import notes_edit
from tests.ui.map.conftest import click_role

Key = Qt.Key


def open_map(qtbot, open_main_window, data_dir):
    window = open_main_window(data_dir, map=True)
    window.resize(1200, 800)
    window.show_area(window.areas.indexOf(window.career_map))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, window.career_map


def click_into(qtbot, widget) -> None:
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_role_notes_are_one_undo_step_when_typing_pauses(
    qtbot, open_main_window, tmp_path, monkeypatch
):
    monkeypatch.setattr(notes_edit, "PAUSE_MS", 50)
    window, area = open_map(qtbot, open_main_window, tmp_path / "data")
    document = window.document
    click_role(qtbot, area, "tpm")
    edit = area.details.notes.edit
    assert edit.isVisible() and edit.toPlainText() == ""
    area.details_scroll.ensureWidgetVisible(edit)
    click_into(qtbot, edit)
    steps = document.undo_stack.count()
    qtbot.keyClicks(edit, "Ask Priya about the platform team")
    qtbot.keyClick(edit, Key.Key_Return)
    qtbot.keyClicks(edit, "https://example.com/tpm-guide")
    qtbot.waitUntil(lambda: "tpm" in document.plan.role_notes, timeout=3000)
    assert document.plan.role_notes["tpm"] == (
        "Ask Priya about the platform team\nhttps://example.com/tpm-guide"
    )
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Edit notes on Technical PM"

    # another role: its own notes (none yet); back again: the text as kept
    click_role(qtbot, area, "pm")
    assert edit.toPlainText() == ""
    click_role(qtbot, area, "tpm")
    assert edit.toPlainText().startswith("Ask Priya")

    document.undo_stack.undo()
    assert "tpm" not in document.plan.role_notes and edit.toPlainText() == ""
    document.undo_stack.redo()
    assert edit.toPlainText().endswith("tpm-guide")


def test_leaving_the_notes_keeps_them_at_once(qtbot, open_main_window, tmp_path):
    window, area = open_map(qtbot, open_main_window, tmp_path / "data")
    document = window.document
    click_role(qtbot, area, "pm")
    edit = area.details.notes.edit
    area.details_scroll.ensureWidgetVisible(edit)
    click_into(qtbot, edit)
    qtbot.keyClicks(edit, "Shadow a PM for a week")
    assert edit.pending and "pm" not in document.plan.role_notes  # no pause yet
    qtbot.keyClick(edit, Key.Key_Tab)  # Tab leaves the field
    assert document.plan.role_notes["pm"] == "Shadow a PM for a week"
    # choosing another role straight after typing keeps the notes with the first
    click_into(qtbot, edit)
    qtbot.keyClicks(edit, ".")
    click_role(qtbot, area, "apm")
    assert document.plan.role_notes["pm"] == "Shadow a PM for a week."
    assert "apm" not in document.plan.role_notes


def test_skill_notes_are_shown_in_the_details(qtbot, open_main_window, tmp_path):
    window, area = open_map(qtbot, open_main_window, tmp_path / "data")
    document = window.document
    click_role(qtbot, area, "pm")
    notes = area.details.skill_notes
    combo = notes.skill_combo
    skill = area.catalog.role("pm").skills[1].skill
    name = area.catalog.skill_name(skill)
    area.details_scroll.ensureWidgetVisible(combo)
    combo.setFocus()
    qtbot.keyClick(combo, Key.Key_Down)  # the second skill
    assert combo.currentData() == skill
    area.details_scroll.ensureWidgetVisible(notes.edit)
    click_into(qtbot, notes.edit)
    qtbot.keyClicks(notes.edit, "Course: <b>not bold</b>")
    qtbot.keyClick(notes.edit, Key.Key_Tab)
    assert document.plan.skill_notes == {skill: "Course: <b>not bold</b>"}
    assert document.undo_stack.undoText() == f"Edit notes on {name}"
    body = area.details.body.text()
    assert "Course: &lt;b&gt;not bold&lt;/b&gt;" in body  # plain text, never markup
    assert combo.itemText(1) == f"{name} ✎"
    # the same skill in another role's details shows the same notes
    other = next(
        r.id for r in area.catalog.roles if r.id != "pm" and skill in {s.skill for s in r.skills}
    )
    click_role(qtbot, area, other)
    assert "Course: &lt;b&gt;" in area.details.body.text()


def test_notes_survive_a_restart_even_typed_just_before_quitting(qtbot, open_main_window, tmp_path):
    data_dir = tmp_path / "data"
    window, area = open_map(qtbot, open_main_window, data_dir)
    click_role(qtbot, area, "senior-pm")
    edit = area.details.notes.edit
    area.details_scroll.ensureWidgetVisible(edit)
    click_into(qtbot, edit)
    qtbot.keyClicks(edit, "Ask for a scope review in March")
    assert edit.pending  # still in the field, no pause: quitting must keep it
    window.close()
    again, area = open_map(qtbot, open_main_window, data_dir)
    assert again.document.plan.role_notes == {"senior-pm": "Ask for a scope review in March"}
    click_role(qtbot, area, "senior-pm")
    assert area.details.notes.edit.toPlainText() == "Ask for a scope review in March"


def test_a_plan_full_of_notes_says_so_in_a_sentence(qtbot, open_main_window, tmp_path, monkeypatch):
    """Over the cap on noted roles, typing a note is refused with a sentence, not a traceback."""
    from PySide6.QtWidgets import QMessageBox

    from pmplanner.ui.plan import document as document_module

    monkeypatch.setattr(notes_edit, "PAUSE_MS", 50)
    monkeypatch.setattr(document_module, "MAX_NOTES", 1)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    window, area = open_map(qtbot, open_main_window, tmp_path / "data")
    window.document.set_role_note("apm", "the one note this plan may hold")
    click_role(qtbot, area, "tpm")
    edit = area.details.notes.edit
    area.details_scroll.ensureWidgetVisible(edit)
    click_into(qtbot, edit)
    qtbot.keyClicks(edit, "one too many")
    qtbot.waitUntil(lambda: bool(said), timeout=3000)
    assert "not kept" in said[0] and "tpm" not in window.document.plan.role_notes
