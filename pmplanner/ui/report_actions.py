"""File > Print…, Export PDF… and Export Deadlines…: the report module behind dialogs.

First the person picks what to include (``ui.report_options``: a preset and
the sections, remembered in window.ini), then the file or the preview. After
an export the status bar offers "Open" and "Show in Folder"; the preview
opens at 80 % of the screen. Dialogs come from QFileDialog/QMessageBox static
functions and from ``run_options_dialog``/``make_preview_dialog``/``run_dialog``,
so tests replace them and nothing is ever exec'd in a test. The PDF's page
size is chosen with the file type in the save dialog ("PDF, A4 paper" or "PDF,
US Letter paper"); the locale's usual size is preselected. Save dialogs start
in the folder used last (remembered in window.ini), else in Documents. A suffix
added to the typed name never silently replaces a file
(``save_target.choose_save_path``).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QCursor, QGuiApplication, QPageSize
from PySide6.QtWidgets import QFileDialog, QMessageBox

from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.plan import Plan
from pmplanner.report.errors import ReportError
from pmplanner.report.options import ReportOptions
from pmplanner.ui.export_done import offer_open
from pmplanner.ui.report_options import (
    ReportOptionsDialog,
    remember_options,
    remembered_options,
)
from pmplanner.ui.safe_text import literal
from pmplanner.ui.save_target import choose_save_path
from pmplanner.wording import counts

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from pmplanner.report.pdf import ReportDocument
    from pmplanner.ui.plan_window import PlanWindow

PageId = QPageSize.PageSizeId
FOLDER_KEY = "reports/folder"
STATUS_MS = 15000
PREVIEW_SHARE = 0.8  # of the screen's free area: the print preview's size


def pdf_filters() -> dict[PageId, str]:
    return {
        PageId.A4: QCoreApplication.translate("ReportActions", "PDF, A4 paper (*.pdf)"),
        PageId.Letter: QCoreApplication.translate("ReportActions", "PDF, US Letter paper (*.pdf)"),
    }


def ics_filter() -> str:
    return QCoreApplication.translate("ReportActions", "Calendar files (*.ics)")


# -- helpers --------------------------------------------------------------------------------


@contextlib.contextmanager
def busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')


def suggested_name(plan: Plan, what: str, suffix: str, today: date | None = None) -> str:
    """``"<plan name> <what> <date><suffix>"`` with characters no file system allows removed."""
    name = _UNSAFE_IN_NAMES.sub(" ", plan.profile.name)
    name = " ".join(name.split()).strip(". ")[:60].strip()
    stem = " ".join(part for part in (name, what, (today or date.today()).isoformat()) if part)
    return stem + suffix


def _settings(window: PlanWindow) -> QSettings:
    from pmplanner.ui.window_settings import SETTINGS_FILE

    return QSettings(str(window.data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def _start_folder(window: PlanWindow) -> Path:
    remembered = _settings(window).value(FOLDER_KEY)
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return Path(remembered)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def _remember_folder(window: PlanWindow, path: Path) -> None:
    settings = _settings(window)
    settings.setValue(FOLDER_KEY, str(path.parent))
    settings.sync()


def _with_suffix(name: str, suffix: str) -> Path:
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _catalogs(window: PlanWindow) -> tuple[CareerCatalog, CareerCatalog]:
    """The plan's ladder (roles, path, skills) and the built-in content (quiz)."""
    assert window.document is not None
    return window.document.catalog, window.document.builtin_catalog


def _build(window: PlanWindow, options: ReportOptions) -> ReportDocument:
    from pmplanner.report.pdf import build_report

    assert window.document is not None
    catalog, builtin = _catalogs(window)
    return build_report(window.document.plan, catalog, quiz_catalog=builtin, options=options)


def run_options_dialog(dialog: ReportOptionsDialog) -> bool:
    """Shows the dialog (tests replace this); whether the person went on."""
    return dialog.exec() == ReportOptionsDialog.DialogCode.Accepted


def ask_options(window: PlanWindow, go_text: str) -> ReportOptions | None:
    """The preset and sections to print, as last chosen; None when cancelled."""
    settings = _settings(window)
    preset, sections = remembered_options(settings)
    dialog = ReportOptionsDialog(preset, sections, go_text, window)
    try:
        if not run_options_dialog(dialog):
            return None
        remember_options(settings, dialog.preset, dialog.sections)
        return dialog.options()
    finally:
        dialog.deleteLater()


# -- Export PDF ------------------------------------------------------------------------------


def _warn_not_saved(window: PlanWindow, title: str, exc: ReportError) -> None:
    QMessageBox.warning(
        window,
        title,
        literal(
            str(exc),
            QCoreApplication.translate(
                "ReportActions", "Any earlier file with that name has not been changed."
            ),
        ),
    )


def _choose_pdf(window: PlanWindow, title: str, what: str) -> tuple[Path, PageId] | None:
    """Ask where to save a PDF (the page size is the chosen filter); None: cancelled."""
    from pmplanner.report.pdf import default_page_size

    assert window.document is not None
    filters = pdf_filters()
    usual = default_page_size()
    start = _start_folder(window) / suggested_name(window.document.plan, what, ".pdf")
    chosen_path = choose_save_path(
        window,
        lambda at: QFileDialog.getSaveFileName(
            window, title, at, ";;".join(filters.values()), filters[usual]
        ),
        str(start),
        lambda name, _chosen: _with_suffix(name, ".pdf"),
    )
    if chosen_path is None:
        return None
    path, chosen = chosen_path
    return path, next((size for size, text in filters.items() if text == chosen), usual)


def _save_pdf(
    window: PlanWindow,
    title: str,
    what: str,
    write: Callable[[Path, PageId], int],
    not_saved: str,
    saved: str,
) -> None:
    """Ask for the file and page size, write the PDF (``write`` returns its pages),
    then say so with Open and Show in Folder, or say in one sentence why not."""
    chosen = _choose_pdf(window, title, what)
    if chosen is None:
        return
    path, page_size = chosen
    try:
        with busy():
            pages = write(path, page_size)
    except ReportError as exc:
        _warn_not_saved(window, not_saved, exc)
        return
    _remember_folder(window, path)
    message = saved.format(path=str(path), pages=counts.pages(pages))
    offer_open(window, path, message, STATUS_MS)


def export_pdf(window: PlanWindow) -> None:
    from pmplanner.report.pdf import write_pdf

    document = window.document
    if document is None:
        return
    options = ask_options(window, QCoreApplication.translate("ReportActions", "Choose File…"))
    if options is None:
        return
    catalog, builtin = _catalogs(window)
    _save_pdf(
        window,
        QCoreApplication.translate("ReportActions", "Export PDF"),
        QCoreApplication.translate("ReportActions", "career plan"),
        lambda path, size: write_pdf(
            document.plan, catalog, path, page_size=size, quiz_catalog=builtin, options=options
        ),
        QCoreApplication.translate("ReportActions", "The PDF was not saved"),
        QCoreApplication.translate("ReportActions", "Saved the plan as {path} ({pages})"),
    )


def export_case(window: PlanWindow) -> None:
    """File > Export Promotion Case…: the target's skills with ratings, trends, evidence."""
    from pmplanner.report.promotion_case import write_case_pdf
    from pmplanner.ui.plan import clock

    document = window.document
    if document is None:
        return
    catalog, _builtin = _catalogs(window)
    _save_pdf(
        window,
        QCoreApplication.translate("ReportActions", "Export Promotion Case"),
        QCoreApplication.translate("ReportActions", "promotion case"),
        lambda path, size: write_case_pdf(
            document.plan, catalog, path, page_size=size, today=clock.today()
        ),
        QCoreApplication.translate("ReportActions", "The promotion case was not saved"),
        QCoreApplication.translate("ReportActions", "Saved the promotion case as {path} ({pages})"),
    )


# -- Print -------------------------------------------------------------------------------------


def plan_printer(title: str) -> QPrinter:
    """The printer for the plan (QtPrintSupport is loaded only now)."""
    from PySide6.QtPrintSupport import QPrinter

    from pmplanner.report.pdf import default_page_size, set_page

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    set_page(printer, default_page_size())
    return printer


def make_preview_dialog(window: PlanWindow, printer: QPrinter, title: str) -> QPrintPreviewDialog:
    """A print preview on ``printer``; the caller keeps the printer (the dialog does not own it)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    dialog = QPrintPreviewDialog(printer, window)
    dialog.setWindowTitle(
        QCoreApplication.translate("ReportActions", "Print Preview: {title}").format(title=title)
    )
    name_preview_controls(dialog)
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:  # big enough to read a page, not the whole screen
        free = screen.availableGeometry()
        dialog.resize(round(free.width() * PREVIEW_SHARE), round(free.height() * PREVIEW_SHARE))
    return dialog


def name_preview_controls(dialog: QPrintPreviewDialog) -> None:
    """Accessible names for the controls Qt's preview leaves unnamed.

    The tool bar's overflow button, the page number field and the page view
    itself; the zoom box too (where screen readers take a combo box's name
    from the widget rather than from its value).
    """
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtWidgets import QComboBox, QGraphicsView, QLineEdit, QToolBar, QToolButton

    for bar in dialog.findChildren(QToolBar):
        more = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:
            more.setAccessibleName(QCoreApplication.translate("ReportActions", "More tools"))
            more.setToolTip(QCoreApplication.translate("ReportActions", "More tools"))
    combos = dialog.findChildren(QComboBox)
    for combo in combos:
        combo.setAccessibleName(QCoreApplication.translate("ReportActions", "Zoom"))
    in_combos = {combo.lineEdit() for combo in combos}
    for edit in dialog.findChildren(QLineEdit):
        if edit not in in_combos:
            edit.setAccessibleName(QCoreApplication.translate("ReportActions", "Page number"))
    for preview in dialog.findChildren(QPrintPreviewWidget):
        name = QCoreApplication.translate("ReportActions", "Pages of the plan")
        preview.setAccessibleName(name)
        for view in preview.findChildren(QGraphicsView):
            view.setAccessibleName(name)


def print_failure(printer: QPrinter) -> str:
    """One sentence on why ``printer`` (a printer, or a file printed to) took nothing."""
    target = printer.outputFileName()
    if not target:
        return QCoreApplication.translate(
            "ReportActions", "Could not print on {printer}: the printer could not be used."
        ).format(printer=printer.printerName())
    path = Path(target)
    if path.is_dir():
        reason = QCoreApplication.translate("ReportActions", "there is a folder with that name")
    elif not path.parent.is_dir():
        reason = QCoreApplication.translate("ReportActions", "the folder does not exist")
    else:
        reason = QCoreApplication.translate(
            "ReportActions", "the file could not be opened for writing"
        )
    return QCoreApplication.translate(
        "ReportActions", "Could not print to {path} because {reason}."
    ).format(path=target, reason=reason)


def run_dialog(dialog: QPrintPreviewDialog) -> None:
    dialog.exec()


def print_plan(window: PlanWindow) -> None:
    from pmplanner.report.pdf import document_title

    if window.document is None:
        return
    options = ask_options(window, QCoreApplication.translate("ReportActions", "Preview…"))
    if options is None:
        return
    with busy():
        report = _build(window, options)
    title = document_title(window.document.plan)
    preview_printer = plan_printer(title)  # alive until the dialog is gone
    dialog = make_preview_dialog(window, preview_printer, title)
    failures: list[str] = []

    def paint(printer: QPrinter) -> None:
        from pmplanner.report.pdf import paint_report

        try:
            with busy():
                paint_report(report, printer, title)
        except ReportError:
            failures.append(print_failure(printer))

    dialog.paintRequested.connect(paint)
    try:
        run_dialog(dialog)
    finally:
        dialog.paintRequested.disconnect(paint)
        dialog.deleteLater()
    if failures:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("ReportActions", "The plan was not printed"),
            literal(failures[-1]),
        )


# -- Export deadlines --------------------------------------------------------------------------


def export_deadlines(window: PlanWindow) -> None:
    from pmplanner.report.deadlines import all_deadlines
    from pmplanner.report.ics import write_ics

    document = window.document
    if document is None:
        return
    if not all_deadlines(document.plan):
        QMessageBox.information(
            window,
            QCoreApplication.translate("ReportActions", "No deadlines to export"),
            QCoreApplication.translate(
                "ReportActions",
                "Your plan has no due dates of open goals and no follow-ups with contacts yet, "
                "so there is nothing to put in a calendar.",
            ),
        )
        return
    start = _start_folder(window) / suggested_name(
        document.plan, QCoreApplication.translate("ReportActions", "deadlines"), ".ics"
    )
    chosen_path = choose_save_path(
        window,
        lambda at: QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("ReportActions", "Export Deadlines"),
            at,
            ics_filter(),
        ),
        str(start),
        lambda name, _chosen: _with_suffix(name, ".ics"),
    )
    if chosen_path is None:
        return
    path, _chosen = chosen_path
    try:
        with busy():
            count = write_ics(document.plan, path)
    except ReportError as exc:
        _warn_not_saved(
            window,
            QCoreApplication.translate("ReportActions", "The calendar file was not saved"),
            exc,
        )
        return
    _remember_folder(window, path)
    saved = QCoreApplication.translate("ReportActions", "Saved {deadlines} to {path}")
    offer_open(
        window, path, saved.format(deadlines=counts.deadlines(count), path=str(path)), STATUS_MS
    )
