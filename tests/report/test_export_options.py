"""Choosing what to include, then opening what was saved, as a person does in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from pmplanner.ui import report_actions
from pmplanner.ui.export_done import ExportDone
from pmplanner.ui.report_options import ReportOptionsDialog

from .pdf_text import shows, text_of
from .test_report_actions import SaveDialog, with_plan


@pytest.fixture(autouse=True)
def include_as_remembered(monkeypatch):
    """The "what to include" dialog answered with what it offers (never exec'd)."""
    monkeypatch.setattr(report_actions, "run_options_dialog", lambda dialog: True)


@pytest.fixture
def data_dir(tmp_path):
    path = tmp_path / "data"
    path.mkdir()
    return path


class Include:
    """Stands in for running the "what to include" dialog: acts on it, then goes on."""

    def __init__(self, act=None, accept: bool = True):
        self.act, self.accept = act, accept
        self.seen: list[tuple[str, tuple[str, ...]]] = []

    def __call__(self, dialog: ReportOptionsDialog) -> bool:
        self.seen.append((dialog.preset, dialog.sections))
        if self.act is not None:
            self.act(dialog)
        return self.accept


def choose_complete(dialog: ReportOptionsDialog) -> None:
    dialog.preset_box.setCurrentIndex(dialog.preset_box.findData("complete"))


def export(window, monkeypatch, path: Path, include: Include) -> None:
    monkeypatch.setattr(report_actions, "run_options_dialog", include)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(str(path)))
    window.export_pdf_action.trigger()


def test_the_choice_of_preset_is_used_and_remembered(
    open_main_window, data_dir, tmp_path, realistic_plan, monkeypatch
):
    window = open_main_window(with_plan(data_dir, realistic_plan))
    first = Include(choose_complete)
    export(window, monkeypatch, tmp_path / "complete.pdf", first)
    assert first.seen == [
        ("share", ("summary", "route", "skills", "goals", "progress", "evidence", "deadlines"))
    ]
    text = text_of(tmp_path / "complete.pdf")
    assert shows(text, "Dropped community") and shows(text, "Ana Souza")

    again = Include()
    export(window, monkeypatch, tmp_path / "again.pdf", again)
    preset, sections = again.seen[0]
    assert preset == "complete" and "contacts" in sections
    settings = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
    assert settings.value("reports/preset") == "complete"


def test_a_section_cleared_by_a_click_is_left_out_and_remembered(
    qtbot, open_main_window, data_dir, tmp_path, realistic_plan, monkeypatch
):
    window = open_main_window(with_plan(data_dir, realistic_plan))

    def clear_goals(dialog):
        dialog.show()  # as exec() would
        qtbot.waitExposed(dialog)
        box = dialog.boxes["goals"]
        on_the_mark = QPoint(box.height() // 2, box.height() // 2)  # the check mark itself
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=on_the_mark)

    export(window, monkeypatch, tmp_path / "no goals.pdf", Include(clear_goals))
    qtbot.waitUntil(lambda: not window.findChildren(ReportOptionsDialog))  # asked, then gone
    text = text_of(tmp_path / "no goals.pdf")
    assert not shows(text, "Learning (")  # the goals section's tables are gone
    assert shows(text, "Skills for Director of Product")
    again = Include()
    export(window, monkeypatch, tmp_path / "again.pdf", again)
    assert "goals" not in again.seen[0][1]


def test_nothing_checked_cannot_go_on(qtbot):
    dialog = ReportOptionsDialog("share", ("summary",), "Go")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert ok.isEnabled()
    dialog.boxes["summary"].setChecked(False)
    assert not ok.isEnabled()


def test_cancelling_the_choice_asks_for_no_file(
    open_main_window, data_dir, realistic_plan, monkeypatch
):
    window = open_main_window(with_plan(data_dir, realistic_plan))
    files = SaveDialog("")
    monkeypatch.setattr(report_actions, "run_options_dialog", Include(accept=False))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", files)
    window.export_pdf_action.trigger()
    assert files.asked == []


def test_open_and_show_in_folder_after_an_export(
    qtbot, open_main_window, data_dir, tmp_path, realistic_plan, monkeypatch
):
    window = open_main_window(with_plan(data_dir, realistic_plan))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    out = tmp_path / "out" / "plan.pdf"
    out.parent.mkdir()
    export(window, monkeypatch, out, Include())
    done = window.statusBar().findChild(ExportDone)
    assert done is not None and done.isVisible()
    qtbot.mouseClick(done.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(done.folder_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(out), str(out.parent)]
    # they go with the message
    window.statusBar().showMessage("Something else")
    qtbot.waitUntil(lambda: window.statusBar().findChild(ExportDone) is None)


def test_the_first_save_dialog_starts_in_the_documents_folder(
    open_main_window, data_dir, realistic_plan, monkeypatch
):
    window = open_main_window(with_plan(data_dir, realistic_plan))
    files = SaveDialog("")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", files)
    window.export_pdf_action.trigger()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(files.asked[0][1]).parent == Path(documents)


def test_the_print_preview_opens_at_a_useful_size(
    open_main_window, data_dir, realistic_plan, monkeypatch
):
    window = open_main_window(with_plan(data_dir, realistic_plan))
    sizes = []
    monkeypatch.setattr(report_actions, "run_dialog", lambda dialog: sizes.append(dialog.size()))
    window.print_action.trigger()
    free = window.screen().availableGeometry()
    (size,) = sizes
    assert abs(size.width() - 0.8 * free.width()) <= 2
    assert abs(size.height() - 0.8 * free.height()) <= 2
