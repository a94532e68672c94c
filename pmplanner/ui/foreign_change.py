"""When another program changes plan.json while the window is open.

Two ways in:

- A save finds the file changed (``PlanChangedOnDisk``): the other version is
  already in the backups; ``ask_about_foreign_change`` asks "Reload Theirs",
  "Keep Mine" (write over it) or "Compare…" (what differs, then ask again),
  and ``handle_foreign_change`` does what was chosen.
- ``PlanFileWatcher`` watches the file (QFileSystemWatcher). When it changes
  and the plan has nothing unsaved, it offers to reload. Our own saves are no
  change (the store compares with what it last wrote); an atomic replace drops
  the file from the watch, so the path is added again after every event.

With unsaved edits the watcher stays quiet: the next save finds the change.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from pmplanner.core.plan import Plan
from pmplanner.core.plan_diff import diff_plans
from pmplanner.storage.plan_store import PlanChangedOnDisk, PlanFileError, load_plan_file
from pmplanner.ui.safe_text import literal
from pmplanner.wording.plan_diff import diff_lines

if TYPE_CHECKING:
    from pmplanner.ui.plan.document import PlanDocument

RELOAD, KEEP, COMPARE = "reload", "keep", "compare"
# let a sync tool finish (several events per replace) before looking
SETTLE_MS = 300
STATUS_MS = 8000


def _tr(text: str) -> str:
    return QCoreApplication.translate("ForeignChange", text)


def ask_about_foreign_change(
    window: QWidget, document: PlanDocument, error: PlanChangedOnDisk
) -> str:
    """Ask what to do about another program's version; ``RELOAD`` or ``KEEP``."""
    while True:
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Plan changed by another program"))
        box.setText(
            literal(
                _tr(
                    "Another program changed {path} since pmplanner opened it, and your "
                    "latest changes are not saved yet."
                ).format(path=error.path),
                _tr("Its version is kept in the backups as {kept}.").format(kept=error.kept),
            )
        )
        reload_button = box.addButton(_tr("Reload Theirs"), QMessageBox.ButtonRole.DestructiveRole)
        keep_button = box.addButton(_tr("Keep Mine"), QMessageBox.ButtonRole.AcceptRole)
        compare_button = box.addButton(_tr("Compare…"), QMessageBox.ButtonRole.ActionRole)
        reload_button.setToolTip(_tr("Show their version; your unsaved changes are dropped"))
        keep_button.setToolTip(_tr("Save your version over theirs; theirs stays in the backups"))
        box.setDefaultButton(keep_button)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is reload_button:
            return RELOAD
        if clicked is keep_button:
            return KEEP
        if clicked is compare_button:
            show_comparison(window, document.plan, error.kept)
        # closed without an answer: ask again, nothing has been decided


def comparison_lines(mine: Plan, theirs_path: Path) -> list[str]:
    """What the other version changes compared with ours, as lines."""
    try:
        theirs = load_plan_file(theirs_path)
    except PlanFileError as exc:
        return [
            _tr("Their version could not be read: {problem}").format(
                problem="; ".join(exc.problems[:3])
            )
        ]
    return diff_lines(diff_plans(mine, theirs))


def show_comparison(window: QWidget, mine: Plan, theirs_path: Path) -> None:
    dialog = QDialog(window)
    dialog.setWindowTitle(_tr("Compare the two versions"))
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(_tr("Their version, compared with yours:"), dialog))
    for line in comparison_lines(mine, theirs_path):
        label = QLabel(line, dialog)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setObjectName("difference")
        layout.addWidget(label)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.exec()
    dialog.deleteLater()


def reload_theirs(window: QWidget, document: PlanDocument) -> bool:
    """Show the file as the other program left it; False (and a message) if it won't load."""
    store = document.store
    if store is None:
        return False
    try:
        plan = store.reload()
    except PlanFileError as exc:
        QMessageBox.warning(
            window,
            _tr("The plan was not reloaded"),
            literal(
                _tr("{path} could not be read, so your plan stays as it is.").format(path=exc.path),
                "\n".join(exc.problems[:5]),
            ),
        )
        return False
    document.replace_plan(plan, already_saved=True)
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(
            _tr("Reloaded the plan as another program saved it"), STATUS_MS
        )
    return True


def handle_foreign_change(
    window: QWidget, document: PlanDocument, error: PlanChangedOnDisk
) -> None:
    """Ask, then reload theirs or save ours over it (theirs is already kept)."""
    if ask_about_foreign_change(window, document, error) == RELOAD:
        reload_theirs(window, document)
    else:
        document.save(force=True)


def offer_reload(window: QWidget, path: Path) -> bool:
    """Ask whether to show the version another program saved; True for yes."""
    answer = QMessageBox.question(
        window,
        _tr("Plan changed by another program"),
        literal(
            _tr(
                "Another program changed {path}. You have no unsaved changes. "
                "Reload it to see its version?"
            ).format(path=path)
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


class PlanFileWatcher(QObject):
    """Watches the document's plan file; asks about changes made by other programs."""

    def __init__(self, window: QWidget, document: PlanDocument):
        super().__init__(document)  # lives and dies with the document
        self._window = window
        self._document = document
        self._asking = False
        self._declined: tuple[int, int] | None = None  # (size, mtime_ns) not reloaded
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self._watcher.fileChanged.connect(self._settle.start)
        self._watcher.directoryChanged.connect(self._settle.start)
        document.changed_on_disk.connect(self._save_refused)
        self._watch()

    def watched(self) -> list[str]:
        return [*self._watcher.files(), *self._watcher.directories()]

    def _watch(self) -> None:
        store = self._document.store
        if store is None:
            return
        for path, files in ((store.path, True), (store.data_dir, False)):
            watched = self._watcher.files() if files else self._watcher.directories()
            if str(path) not in watched and os.path.exists(path):
                self._watcher.addPath(str(path))

    def _save_refused(self, error: PlanChangedOnDisk) -> None:
        handle_foreign_change(self._window, self._document, error)

    def check(self) -> None:
        """Offer to reload if the file changed elsewhere and nothing is unsaved."""
        self._watch()  # a replaced file is no longer watched
        store = self._document.store
        if store is None or self._asking or store.save_blocked:
            return
        if not self._document.is_saved() or not store.changed_on_disk():
            return
        try:
            info = os.stat(store.path)
        except OSError:
            return
        if (info.st_size, info.st_mtime_ns) == self._declined:
            return  # already asked about this version
        self._asking = True
        try:
            if offer_reload(self._window, store.path):
                # look again: an edit or a save may have come while the question was open
                if self._document.is_saved():
                    reload_theirs(self._window, self._document)
            else:
                self._declined = (info.st_size, info.st_mtime_ns)
        finally:
            self._asking = False
