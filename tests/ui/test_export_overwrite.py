"""Exports never silently replace a file the save dialog did not show.

The person types ``plan`` and the export adds ``.pdf``/``.ics``/``.json``/
``.png``: if that file exists, they are asked (Cancel by default); declining
opens the dialog again at that name and writes nothing. A full name the dialog
returned (it asked already) is not asked about again. Every export is
triggered through its menu action, with the dialogs replaced.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from pmplanner.core.plan import Goal, Plan, Profile
from pmplanner.storage.plan_store import serialize_plan
from pmplanner.ui import report_actions, save_target

EARLIER = b"an earlier file the person keeps"


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: answers in turn, records where it started."""

    def __init__(self, *answers: str, chosen_filter: str = ""):
        self.answers = list(answers)
        self.chosen_filter = chosen_filter
        self.starts: list[str] = []

    def __call__(self, parent, caption, start, filters="", selected="", *rest, **kw):
        self.starts.append(start)
        answer = self.answers.pop(0) if self.answers else ""
        return answer, self.chosen_filter or selected


class Question:
    """Stands in for save_target.confirm_replace: records the files asked about."""

    def __init__(self, answer: bool):
        self.answer = answer
        self.asked: list = []

    def __call__(self, parent, path):
        self.asked.append(path)
        return self.answer


@pytest.fixture(autouse=True)
def include_as_remembered(monkeypatch):
    """The "what to include" dialog answered with what it offers (never exec'd)."""
    monkeypatch.setattr(report_actions, "run_options_dialog", lambda dialog: True)


@pytest.fixture
def window(open_main_window, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    plan = Plan(
        profile=Profile(name="Jordan Lee"),
        goals=[Goal(title="Ship the onboarding case study", due=date(2026, 6, 1))],
    )
    (data_dir / "plan.json").write_bytes(serialize_plan(plan))
    return open_main_window(data_dir)


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def trigger_map_export(window, qtbot, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (600, True))
    window.build_map()
    assert window.export_map_action.isEnabled()
    window.export_map_action.trigger()


def trigger(window, kind: str, qtbot, monkeypatch) -> None:
    if kind == "map":
        trigger_map_export(window, qtbot, monkeypatch)
    else:
        getattr(window, f"{kind}_action").trigger()


EXPORTS = [
    # (menu action, suffix added, what the written file starts with)
    ("export_pdf", ".pdf", b"%PDF"),
    ("export_deadlines", ".ics", b"BEGIN:VCALENDAR"),
    ("export", ".json", b"{"),
    ("map", ".png", b"\x89PNG"),
]


@pytest.mark.parametrize(("kind", "suffix", "magic"), EXPORTS)
def test_declining_keeps_the_file_and_reopens_the_dialog_at_its_name(
    window, out, qtbot, monkeypatch, kind, suffix, magic
):
    existing = out / f"plan{suffix}"
    existing.write_bytes(EARLIER)
    dialog = SaveDialog(str(out / "plan"))  # then cancelled
    question = Question(False)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr(save_target, "confirm_replace", question)
    trigger(window, kind, qtbot, monkeypatch)
    assert question.asked == [existing]
    assert existing.read_bytes() == EARLIER
    assert sorted(p.name for p in out.iterdir()) == [existing.name]  # nothing else written
    assert len(dialog.starts) == 2 and dialog.starts[1] == str(existing)


@pytest.mark.parametrize(("kind", "suffix", "magic"), EXPORTS)
def test_agreeing_replaces_the_file(window, out, qtbot, monkeypatch, kind, suffix, magic):
    existing = out / f"plan{suffix}"
    existing.write_bytes(EARLIER)
    question = Question(True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(str(out / "plan")))
    monkeypatch.setattr(save_target, "confirm_replace", question)
    trigger(window, kind, qtbot, monkeypatch)
    assert question.asked == [existing]
    assert existing.read_bytes().startswith(magic)


@pytest.mark.parametrize(("kind", "suffix", "magic"), EXPORTS)
def test_a_full_name_from_the_dialog_is_not_asked_again(
    window, out, qtbot, monkeypatch, kind, suffix, magic
):
    existing = out / f"plan{suffix}"
    existing.write_bytes(EARLIER)
    question = Question(False)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(str(existing)))
    monkeypatch.setattr(save_target, "confirm_replace", question)
    trigger(window, kind, qtbot, monkeypatch)
    assert question.asked == []  # the dialog asked already
    assert existing.read_bytes().startswith(magic)


@pytest.mark.parametrize(("kind", "suffix", "magic"), EXPORTS)
def test_a_new_name_is_not_asked_about(window, out, qtbot, monkeypatch, kind, suffix, magic):
    question = Question(False)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(str(out / "plan")))
    monkeypatch.setattr(save_target, "confirm_replace", question)
    trigger(window, kind, qtbot, monkeypatch)
    assert question.asked == []
    assert (out / f"plan{suffix}").read_bytes().startswith(magic)


def test_the_question_names_the_file_and_defaults_to_cancel(window, out, qtbot, monkeypatch):
    existing = out / "<i>my & plan.pdf"
    existing.write_bytes(EARLIER)
    asked = []

    def question(parent, title, text, buttons, default):
        asked.append((parent, title, text, buttons, default))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(str(out / "<i>my & plan")))
    window.export_pdf_action.trigger()
    assert existing.read_bytes() == EARLIER
    [(parent, title, text, buttons, default)] = asked
    assert parent is window
    assert title == "Replace the existing file?"
    from PySide6.QtGui import QTextDocument

    shown = QTextDocument()
    shown.setHtml(text)
    assert f"<i>my & plan.pdf already exists in {out}." in shown.toPlainText()
    assert "Do you want to replace it?" in shown.toPlainText()
    Button = QMessageBox.StandardButton
    assert buttons == Button.Yes | Button.Cancel
    assert default == Button.Cancel


def test_a_folder_with_the_name_is_not_asked_about_but_reported(window, out, qtbot, monkeypatch):
    (out / "plan.json").mkdir()
    question = Question(True)
    warnings = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(str(out / "plan")))
    monkeypatch.setattr(save_target, "confirm_replace", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[1:3]))
    window.export_action.trigger()
    assert question.asked == []
    assert len(warnings) == 1 and warnings[0][0] == "The plan was not exported"
    assert (out / "plan.json").is_dir()


def test_the_replaced_json_is_the_plan(window, out, qtbot, monkeypatch):
    (out / "plan.json").write_bytes(EARLIER)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(str(out / "plan")))
    monkeypatch.setattr(save_target, "confirm_replace", Question(True))
    window.export_action.trigger()
    data = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    assert "Jordan Lee" in json.dumps(data)
