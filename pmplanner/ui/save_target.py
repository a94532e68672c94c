"""Where an export goes: the save dialog's answer, completed, never silently replacing a file.

The save dialog asks before replacing a file only for the name it returns.
When the person types ``plan`` and we add ``.pdf`` afterwards, an existing
``plan.pdf`` was never shown to them, so ``choose_save_path`` asks then
("Replace?", Cancel by default) and, if they decline, opens the dialog again
at that name. A name the dialog returned whole is not asked about twice.
Tests replace ``confirm_replace`` (or QMessageBox.question) and the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from pmplanner.ui.safe_text import literal

Button = QMessageBox.StandardButton
# (start) -> (name, chosen filter): the save dialog, as QFileDialog.getSaveFileName answers
AskName = Callable[[str], tuple[str, str]]
# (name, chosen filter) -> the file to write
Complete = Callable[[str, str], Path]


def confirm_replace(parent: QWidget, path: Path) -> bool:
    """Ask whether the existing ``path`` may be replaced; Cancel is the default."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SaveTarget", "Replace the existing file?"),
        literal(
            QCoreApplication.translate("SaveTarget", "{name} already exists in {folder}.").format(
                name=path.name, folder=str(path.parent)
            ),
            QCoreApplication.translate("SaveTarget", "Do you want to replace it?"),
        ),
        Button.Yes | Button.Cancel,
        Button.Cancel,
    )
    return answer == Button.Yes


def needs_asking(name: str, path: Path) -> bool:
    """Whether writing ``path`` would replace a file the dialog never showed for ``name``."""
    added = Path(name).name != path.name
    return added and path.exists() and not path.is_dir()


def choose_save_path(
    parent: QWidget, ask: AskName, start: str, complete: Complete
) -> tuple[Path, str] | None:
    """The file to write and the chosen filter, or None when the person cancelled.

    ``ask`` opens the save dialog at ``start``; ``complete`` adds the file
    type's suffix where the name lacks it.
    """
    while True:
        name, chosen = ask(start)
        if not name:
            return None
        path = complete(name, chosen)
        if not needs_asking(name, path):
            return path, chosen
        if confirm_replace(parent, path):
            return path, chosen
        start = str(path)  # back to the dialog, at the name that was declined
