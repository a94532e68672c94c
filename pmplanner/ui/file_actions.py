"""What the File and Help menus do, and the start-up recovery of an unreadable plan.

Dialogs are opened through QMessageBox/QFileDialog/QInputDialog static
functions so tests can replace them; nothing here is ever exec'd in a test.
Every message that may hold a file name or file contents goes through
``safe_text.literal``, so it is shown as written, never as HTML.
"""

from __future__ import annotations

import html
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QMessageBox,
    QTextEdit,
    QWidget,
)

from pmplanner import __version__
from pmplanner.core.plan import Plan
from pmplanner.storage.backups import backup_time
from pmplanner.storage.jsonio import JsonFileError
from pmplanner.storage.plan_store import (
    LoadOutcome,
    PlanFileError,
    PlanStore,
    SaveError,
    load_plan_file,
)
from pmplanner.ui.plan.document import PlanDocument
from pmplanner.ui.plan_window import PlanWindow
from pmplanner.ui.safe_text import literal
from pmplanner.ui.save_target import choose_save_path
from pmplanner.wording import counts
from pmplanner.wording.formats import date_time

Button = QMessageBox.StandardButton


def plan_filter() -> str:
    return QCoreApplication.translate("FileActions", "pmplanner plans (*.json);;All files (*)")


def _problems_text(error: JsonFileError, limit: int = 6) -> str:
    lines = error.problems[:limit]
    more = len(error.problems) - len(lines) + error.omitted  # omitted: past the kept ones
    if more:
        lines.append(counts.more_problems(more))
    return "\n".join(f"• {line}" for line in lines)


def _file_time(path: Path) -> str:
    """When a backup was made: from its name, else its file time, else its name."""
    made = backup_time(path)
    if made is None:
        try:
            made = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except OSError:
            return path.name
    return date_time(made)


# -- opening the plan at start-up ---------------------------------------------------
def open_document(parent: QWidget, data_dir: Path) -> PlanDocument | None:
    """Load the content and the plan; None when the person chose to quit."""
    from pmplanner.storage.content import load_builtin_content

    try:
        catalog = load_builtin_content()
    except (JsonFileError, OSError) as exc:
        details = exc.describe() if isinstance(exc, JsonFileError) else str(exc)
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("FileActions", "pmplanner cannot start"),
            literal(
                QCoreApplication.translate(
                    "FileActions", "pmplanner's own career content could not be read:"
                ),
                details,
                QCoreApplication.translate(
                    "FileActions",
                    "Reinstalling pmplanner should fix this. Your plan was not touched.",
                ),
            ),
        )
        return None
    store = PlanStore(data_dir)
    try:
        outcome = store.open()
    except OSError as exc:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("FileActions", "pmplanner cannot open your plan"),
            literal(
                QCoreApplication.translate(
                    "FileActions", "The data folder {0} cannot be used: {1}."
                ).format(str(data_dir), exc.strerror or str(exc))
            ),
        )
        return None
    plan = outcome.plan
    if outcome.error is not None:
        plan = recover_unreadable_plan(parent, store, outcome)
    if plan is None:
        return None
    return PlanDocument(plan, catalog, store, parent)


def ask_recovery_choice(parent: QWidget, outcome: LoadOutcome) -> str:
    """Ask about an unreadable plan: "restore" (newest backup), "fresh", "retry" or "quit"."""
    assert outcome.error is not None
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("FileActions", "Your plan could not be read"))
    choices: dict[QAbstractButton, str] = {}
    if outcome.not_permitted:
        # Not broken: nothing is moved aside and no new plan is offered over it.
        box.setText(
            literal(
                QCoreApplication.translate(
                    "FileActions", "pmplanner is not allowed to read your plan file {0}."
                ).format(str(outcome.error.path))
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "FileActions",
                "Nothing has been changed. Give your account permission to read it, then "
                "choose Try Again.",
            )
        )
        retry = box.addButton(
            QCoreApplication.translate("FileActions", "Try Again"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        choices[retry] = "retry"
        box.setDefaultButton(retry)
        box.addButton(
            QCoreApplication.translate("FileActions", "Quit"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        return choices.get(box.clickedButton(), "quit")
    if outcome.newer_version:
        box.setText(
            QCoreApplication.translate(
                "FileActions", "Your plan was saved by a newer version of pmplanner."
            )
        )
        box.setInformativeText(
            literal(
                _problems_text(outcome.error),
                QCoreApplication.translate(
                    "FileActions",
                    "Update pmplanner to open it. This version has not changed it and "
                    "will not save anything.",
                ),
            )
        )
    else:
        box.setText(
            QCoreApplication.translate("FileActions", "pmplanner could not read your plan file.")
        )
        moved = (
            QCoreApplication.translate(
                "FileActions", "It has been moved aside as {0}; nothing was overwritten or deleted."
            ).format(outcome.quarantined_to.name)
            if outcome.quarantined_to
            else ""
        )
        box.setInformativeText(
            literal(
                _problems_text(outcome.error),
                moved
                + "\n"
                + QCoreApplication.translate(
                    "FileActions", "Nothing will be saved until you choose what to do."
                ),
            )
        )
        if outcome.backups:
            restore = box.addButton(
                QCoreApplication.translate("FileActions", "Restore the Backup of {0}").format(
                    _file_time(outcome.backups[0])
                ),
                QMessageBox.ButtonRole.AcceptRole,
            )
            choices[restore] = "restore"
            box.setDefaultButton(restore)
        fresh = box.addButton(
            QCoreApplication.translate("FileActions", "Start a New Plan"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        choices[fresh] = "fresh"
    box.setDetailedText(outcome.error.describe(limit=200))
    for details in box.findChildren(QTextEdit):  # Qt's box leaves it unnamed
        details.setAccessibleName(QCoreApplication.translate("FileActions", "Details"))
    box.addButton(
        QCoreApplication.translate("FileActions", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    return choices.get(box.clickedButton(), "quit")


def recover_unreadable_plan(parent: QWidget, store: PlanStore, outcome: LoadOutcome) -> Plan | None:
    """The person decides about a plan file that failed to load; nothing is saved before.

    If what they chose fails too (the backup is also unreadable, the disk is
    full), they are told why and asked again.
    """
    while True:
        choice = ask_recovery_choice(parent, outcome)
        if choice == "retry":
            again = store.open()
            if again.error is None:
                return again.plan
            outcome = again
            continue
        try:
            if choice == "restore" and outcome.backups:
                return store.restore_backup(outcome.backups[0])
            if choice == "fresh":
                store.start_fresh()
                return Plan()
            return None
        except (JsonFileError, SaveError) as exc:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate("FileActions", "That did not work"),
                literal(
                    str(exc),
                    QCoreApplication.translate(
                        "FileActions", "Nothing has been changed. Please choose again."
                    ),
                ),
            )
            if choice == "restore":
                outcome.backups = outcome.backups[1:]


# -- File menu ----------------------------------------------------------------
def _save_before_replacing(window: PlanWindow) -> bool:
    """Unsaved edits are saved (and so end up in the backups) before a plan is replaced."""
    document = window.document
    assert document is not None
    if document.is_saved() or document.save():
        return True
    QMessageBox.warning(
        window,
        QCoreApplication.translate("FileActions", "Your plan was not replaced"),
        literal(
            QCoreApplication.translate(
                "FileActions",
                "Your latest changes could not be saved, so your plan was not replaced:",
            ),
            window.last_save_error,
        ),
    )
    return False


def _replace_plan(window: PlanWindow, plan: Plan) -> None:
    assert window.document is not None
    window.document.replace_plan(plan)
    window.document.save()


def new_plan(window: PlanWindow) -> None:
    document = window.document
    if document is None:
        return
    if not document.plan.is_empty():
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("FileActions", "Start a new plan?"),
            QCoreApplication.translate(
                "FileActions",
                "Start a new, empty plan? Your current plan is kept in the backups "
                "(File > Restore from Backup).",
            ),
            Button.Yes | Button.Cancel,
            Button.Cancel,
        )
        if answer != Button.Yes:
            return
    if _save_before_replacing(window):
        _replace_plan(window, Plan())


def open_plan_file(window: PlanWindow) -> None:
    document = window.document
    if document is None or document.store is None:
        return
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("FileActions", "Open Plan"), start, plan_filter()
    )
    if not name:
        return
    try:
        plan = document.store.import_plan(Path(name))
    except JsonFileError as exc:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("FileActions", "This plan cannot be opened"),
            literal(
                QCoreApplication.translate(
                    "FileActions", "{0} is not a plan pmplanner can read:"
                ).format(name),
                _problems_text(exc),
                QCoreApplication.translate("FileActions", "Your current plan has not changed."),
            ),
        )
        return
    if not document.plan.is_empty():
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("FileActions", "Replace your plan?"),
            literal(
                QCoreApplication.translate(
                    "FileActions",
                    "Replace your current plan with the one in {0}? Your current plan is kept "
                    "in the backups (File > Restore from Backup).",
                ).format(Path(name).name)
            ),
            Button.Yes | Button.Cancel,
            Button.Cancel,
        )
        if answer != Button.Yes:
            return
    if _save_before_replacing(window):
        _replace_plan(window, plan)


def export_plan(window: PlanWindow) -> None:
    document = window.document
    if document is None or document.store is None:
        return
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(start) / f"pmplanner-plan-{date.today().isoformat()}.json")
    chosen = choose_save_path(
        window,
        lambda at: QFileDialog.getSaveFileName(
            window, QCoreApplication.translate("FileActions", "Export Plan"), at, plan_filter()
        ),
        suggested,
        lambda name, _chosen: Path(name) if Path(name).suffix else Path(name + ".json"),
    )
    if chosen is None:
        return
    dest, _filter = chosen
    try:
        document.store.export_plan(document.plan, dest)
    except SaveError as exc:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("FileActions", "The plan was not exported"),
            literal(str(exc)),
        )
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("FileActions", "Plan exported to {0}").format(str(dest)), 8000
    )


def restore_from_backup(window: PlanWindow) -> None:
    document = window.document
    if document is None or document.store is None:
        return
    backups = document.store.backups()
    if not backups:
        QMessageBox.information(
            window,
            QCoreApplication.translate("FileActions", "No backups yet"),
            QCoreApplication.translate(
                "FileActions",
                "There are no backups yet: pmplanner keeps one each time a save "
                "replaces your plan.",
            ),
        )
        return
    from pmplanner.ui import restore_dialog

    entries = []
    for backup in backups:
        try:
            entries.append(
                restore_dialog.BackupEntry(backup, _file_time(backup), load_plan_file(backup))
            )
        except PlanFileError:  # gone bad since it was listed: not offered
            continue
    catalog = document.catalog

    def role_title(role_id: str) -> str:
        return catalog.role(role_id).title if catalog.has_role(role_id) else role_id

    chosen = restore_dialog.choose_backup(window, entries, document.plan, role_title)
    if chosen is None or not _save_before_replacing(window):
        return
    path, choice = chosen.path, chosen.made
    try:
        # validates the backup, keeps the current file in the backups, replaces it
        plan = document.store.restore_backup(path)
    except (JsonFileError, SaveError) as exc:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("FileActions", "This backup cannot be restored"),
            literal(str(exc)),
        )
        return
    document.replace_plan(plan, already_saved=True)
    window.statusBar().showMessage(
        QCoreApplication.translate("FileActions", "Restored the backup of {0}").format(choice), 8000
    )


def show_data_folder(window: PlanWindow) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(window.data_dir)))


def show_about(window: PlanWindow) -> None:
    QMessageBox.about(
        window,
        QCoreApplication.translate("FileActions", "About pmplanner"),
        QCoreApplication.translate(
            "FileActions",
            "<h3>pmplanner {0}</h3>"
            "<p>An offline career planner for people growing in product management.</p>"
            "<p>No account and no network: your plan is kept only on this computer, in "
            "<br><code>{1}</code></p>",
        ).format(__version__, html.escape(str(window.data_dir))),
    )


def confirm_quit_unsaved(window: PlanWindow) -> bool:
    """True when the person chooses to quit although the last changes are unsaved."""
    reason = window.last_save_error
    answer = QMessageBox.warning(
        window,
        QCoreApplication.translate("FileActions", "Your latest changes are not saved"),
        literal(
            QCoreApplication.translate("FileActions", "Your latest changes could not be saved:"),
            reason,
            QCoreApplication.translate(
                "FileActions",
                "If you quit now they are lost. Stay to try again (for example after freeing "
                "disk space), or use File > Export Plan JSON to keep a copy elsewhere.",
            ),
        ),
        Button.Discard | Button.Cancel,
        Button.Cancel,
    )
    return answer == Button.Discard
