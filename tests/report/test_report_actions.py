"""File > Print…, Export PDF… and Export Deadlines…, triggered as a person does."""

from __future__ import annotations

import errno
import tempfile
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from pmplanner.core.plan import GoalStatus, Plan
from pmplanner.storage.plan_store import serialize_plan
from pmplanner.ui import report_actions

from .pdf_text import reader, shows, text_of

LETTER_PT = (612, 792)
A4_PT = (595, 842)


def rendered(message: str) -> str:
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(message)
    return doc.toPlainText()


@pytest.fixture(autouse=True)
def include_as_remembered(monkeypatch):
    """The "what to include" dialog answered with what it offers (never exec'd)."""
    monkeypatch.setattr(report_actions, "run_options_dialog", lambda dialog: True)


@pytest.fixture
def data_dir(tmp_path):
    path = tmp_path / "data"
    path.mkdir()
    return path


def with_plan(data_dir: Path, plan: Plan) -> Path:
    """``data_dir`` with ``plan`` saved in it, for open_main_window to start on."""
    (data_dir / "plan.json").write_bytes(serialize_plan(plan))
    return data_dir


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: records what it was asked, answers."""

    def __init__(self, answer: str, chosen_filter: str | None = None):
        self.answer, self.chosen_filter = answer, chosen_filter
        self.asked: list[tuple] = []

    def __call__(self, parent, caption, start, filters, selected=None, *rest):
        self.asked.append((caption, start, filters, selected))
        return self.answer, self.chosen_filter if self.chosen_filter is not None else selected


def page_sizes(path) -> set[tuple[int, int]]:
    return {
        (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
        for p in reader(path).pages
    }


def test_export_pdf_with_the_chosen_paper(
    open_main_window, data_dir, tmp_path, realistic_plan, monkeypatch
):
    window = open_main_window(with_plan(data_dir, realistic_plan))
    letter = report_actions.pdf_filters()[report_actions.PageId.Letter]
    dialog = SaveDialog(str(tmp_path / "out" / "my plan"), letter)
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    window.export_pdf_action.trigger()

    written = tmp_path / "out" / "my plan.pdf"  # the suffix is added
    assert page_sizes(written) == {LETTER_PT}
    text = text_of(written)
    for goal in realistic_plan.goals:  # shared by default: no dropped goals
        assert shows(text, goal.title) == (goal.status is not GoalStatus.DROPPED), goal.title
    _caption, start, filters, selected = dialog.asked[0]
    assert start.endswith(f"Jordan Lee career plan {date.today().isoformat()}.pdf")
    assert "A4" in filters and "Letter" in filters and selected in filters
    assert str(written) in window.statusBar().currentMessage()
    assert QGuiApplication.overrideCursor() is None  # the busy cursor is gone

    # the next export starts in the folder used last, and A4 is A4
    a4 = report_actions.pdf_filters()[report_actions.PageId.A4]
    again = SaveDialog(str(tmp_path / "out" / "second.pdf"), a4)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", again)
    window.export_pdf_action.trigger()
    assert again.asked[0][1].startswith(str(tmp_path / "out"))
    assert page_sizes(tmp_path / "out" / "second.pdf") == {A4_PT}


def test_a_failed_export_says_why_literally(
    open_main_window, data_dir, tmp_path, realistic_plan, monkeypatch
):
    window = open_main_window(with_plan(data_dir, realistic_plan))
    target = tmp_path / "<b>gone</b>" / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(str(target)))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[1:3]))
    window.export_pdf_action.trigger()
    assert len(warnings) == 1
    title, message = warnings[0]
    assert title == "The PDF was not saved"
    assert f"Could not save {target} because the folder does not exist." in rendered(message)
    assert "<b>gone</b>" in rendered(message)  # shown as typed, not as markup
    assert not target.parent.exists()
    assert QGuiApplication.overrideCursor() is None


def refuse_new_files_in(monkeypatch, folder: Path) -> None:
    """``folder`` takes no new file, as a read-only folder does (chmod means nothing to root)."""
    real = tempfile.mkstemp

    def mkstemp(*args, dir=None, **kwargs):
        if dir is not None and Path(dir) == folder:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)


EXPORTS = {
    "pdf": ("export_pdf_action", "plan.pdf", "The PDF was not saved"),
    "ics": ("export_deadlines_action", "plan.ics", "The calendar file was not saved"),
}


@pytest.mark.parametrize("export", sorted(EXPORTS))
@pytest.mark.parametrize(
    ("where", "reason"),
    [
        ("read-only folder", "permission was denied"),
        ("a folder with that name", "there is a folder with that name"),
        ("missing folder", "the folder does not exist"),
    ],
)
def test_a_failed_export_says_why_and_keeps_the_earlier_file(
    open_main_window, data_dir, tmp_path, realistic_plan, monkeypatch, export, where, reason
):
    action, name, title = EXPORTS[export]
    window = open_main_window(with_plan(data_dir, realistic_plan))
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / name
    if where == "read-only folder":
        target.write_bytes(b"the earlier export")
        refuse_new_files_in(monkeypatch, folder)
    elif where == "a folder with that name":
        target.mkdir()
    else:
        target = tmp_path / "gone" / name
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(str(target)))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[1:3]))

    getattr(window, action).trigger()

    assert [w[0] for w in warnings] == [title]
    assert rendered(warnings[0][1]) == (
        f"Could not save {target} because {reason}.\n\n"
        "Any earlier file with that name has not been changed."
    )
    if where == "read-only folder":
        assert target.read_bytes() == b"the earlier export"
        assert [p.name for p in folder.iterdir()] == [name]  # no temporary file left
    elif where == "a folder with that name":
        assert target.is_dir() and list(target.iterdir()) == []
    else:
        assert not target.parent.exists()
    assert "Saved" not in window.statusBar().currentMessage()
    assert QGuiApplication.overrideCursor() is None


def test_cancelling_writes_nothing(
    open_main_window, data_dir, tmp_path, realistic_plan, monkeypatch
):
    window = open_main_window(with_plan(data_dir, realistic_plan))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(""))
    window.export_pdf_action.trigger()
    window.export_deadlines_action.trigger()
    assert list(tmp_path.glob("**/*.pdf")) == [] and list(tmp_path.glob("**/*.ics")) == []


def test_print_preview_paints_the_plan(
    open_main_window, data_dir, tmp_path, realistic_plan, monkeypatch
):
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    window = open_main_window(with_plan(data_dir, realistic_plan))
    out = tmp_path / "printed.pdf"
    seen = []

    def preview(dialog):
        assert isinstance(dialog, QPrintPreviewDialog)
        seen.append(dialog.windowTitle())
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        dialog.paintRequested.emit(printer)

    monkeypatch.setattr(report_actions, "run_dialog", preview)
    window.print_action.trigger()
    assert seen == ["Print Preview: Jordan Lee"]
    text = text_of(out)
    for goal in realistic_plan.goals:  # shared by default: no dropped goals
        assert shows(text, goal.title) == (goal.status is not GoalStatus.DROPPED), goal.title
    pages = len(reader(out).pages)
    assert pages >= 3 and shows(text, f"Page {pages} of {pages}")
    assert QGuiApplication.overrideCursor() is None


def test_printing_to_a_file_that_cannot_be_written_says_where(
    open_main_window, data_dir, tmp_path, realistic_plan, monkeypatch
):
    from PySide6.QtPrintSupport import QPrinter

    window = open_main_window(with_plan(data_dir, realistic_plan))
    out = tmp_path / "gone" / "printed.pdf"

    def preview(dialog):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))  # as chosen in the print dialog
        dialog.paintRequested.emit(printer)

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[1:3]))
    monkeypatch.setattr(report_actions, "run_dialog", preview)
    window.print_action.trigger()
    assert [w[0] for w in warnings] == ["The plan was not printed"]
    assert rendered(warnings[0][1]) == (
        f"Could not print to {out} because the folder does not exist."
    )
    assert not out.parent.exists()
    assert QGuiApplication.overrideCursor() is None


def test_every_control_of_the_print_preview_is_named(
    qtbot, open_main_window, data_dir, monkeypatch
):
    """The team's accessibility walk, plus every scroll area, over the real preview."""
    from PySide6.QtWidgets import (
        QAbstractScrollArea,
        QComboBox,
        QGraphicsView,
        QLineEdit,
        QToolBar,
        QToolButton,
        QWidget,
    )

    from tests.ui.test_accessibility import accessible_name, is_part, unnamed

    window = open_main_window(data_dir)
    walked = []

    def preview(dialog):
        dialog.show()  # the tool bar lays out (and shows its overflow button)
        qtbot.waitExposed(dialog)
        scroll_areas = [
            w
            for w in dialog.findChildren(QAbstractScrollArea)
            if not is_part(w) and not accessible_name(w)
        ]
        page_fields = [
            edit
            for edit in dialog.findChildren(QLineEdit)
            if not isinstance(edit.parentWidget(), QComboBox)
        ]
        walked.append(
            {
                "unnamed": unnamed(dialog) + [type(w).__name__ for w in scroll_areas],
                "kinds": {type(w).__name__ for w in dialog.findChildren(QWidget)},
                "more": [
                    accessible_name(bar.findChild(QToolButton, "qt_toolbar_ext_button"))
                    for bar in dialog.findChildren(QToolBar)
                ],
                "page": [accessible_name(edit) for edit in page_fields],
                "views": [accessible_name(v) for v in dialog.findChildren(QGraphicsView)],
                # (on Linux a combo box is read out by its value; its name serves elsewhere)
                "zoom": [c.accessibleName() for c in dialog.findChildren(QComboBox)],
            }
        )
        dialog.close()

    monkeypatch.setattr(report_actions, "run_dialog", preview)
    window.print_action.trigger()
    assert len(walked) == 1
    seen = walked[0]
    assert seen["unnamed"] == []
    # the walk saw the controls Qt leaves unnamed, now named
    assert {"QToolButton", "QLineEdit", "QComboBox", "QGraphicsView"} <= seen["kinds"]
    assert seen["more"] == ["More tools"]
    assert seen["page"] == ["Page number"]
    assert seen["views"] == ["Pages of the plan"]
    assert seen["zoom"] == ["Zoom"]


def test_print_shortcut_is_ctrl_p(open_main_window, data_dir):
    from PySide6.QtGui import QKeySequence

    window = open_main_window(data_dir)
    assert window.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert window.print_action.isEnabled()


def test_export_deadlines_as_a_calendar(
    open_main_window, data_dir, tmp_path, realistic_plan, monkeypatch
):
    window = open_main_window(with_plan(data_dir, realistic_plan))
    dialog = SaveDialog(str(tmp_path / "deadlines"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    window.export_deadlines_action.trigger()
    written = tmp_path / "deadlines.ics"
    events = Calendar.from_ical(written.read_bytes()).walk("VEVENT")
    assert {str(e["SUMMARY"]) for e in events} >= {
        "Due: Product analytics course",
        "Follow up with Ana Souza",
    }
    assert dialog.asked[0][1].endswith(f"Jordan Lee deadlines {date.today().isoformat()}.ics")
    assert f"Saved 8 deadlines to {written}" in window.statusBar().currentMessage()


def test_one_page_and_one_deadline_are_said_in_the_singular(
    open_main_window, data_dir, tmp_path, monkeypatch
):
    from pmplanner.core.plan import Goal

    plan = Plan(goals=[Goal(title="Only one", due=date.today())])
    window = open_main_window(with_plan(data_dir, plan))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", SaveDialog(str(tmp_path / "one.ics")))
    window.export_deadlines_action.trigger()
    assert window.statusBar().currentMessage() == f"Saved 1 deadline to {tmp_path / 'one.ics'}"


def test_no_deadlines_is_said_and_no_file_asked_for(open_main_window, data_dir, monkeypatch):
    window = open_main_window(data_dir)
    dialog = SaveDialog("should-not-be-used.ics")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[1]))
    window.export_deadlines_action.trigger()
    assert told == ["No deadlines to export"]
    assert dialog.asked == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Jordan Lee", "Jordan Lee career plan 2026-03-10.pdf"),
        ("", "career plan 2026-03-10.pdf"),
        ('a/b\\c:d*e?"f"<g>|h', "a b c d e f g h career plan 2026-03-10.pdf"),
        ("  ..hidden. ", "hidden career plan 2026-03-10.pdf"),
    ],
)
def test_suggested_file_names_are_safe(name, expected):
    from pmplanner.core.plan import Profile

    plan = Plan(profile=Profile(name=name))
    got = report_actions.suggested_name(plan, "career plan", ".pdf", date(2026, 3, 10))
    assert got == expected
