"""Restore from Backup: each backup with its date, what it holds and how it differs.

The list shows every backup (newest first) with its date in the locale's form,
its goal and contact counts and its target role; the pane beside it says what
differs from the plan open now (``core.plan_diff`` in ``wording.plan_diff``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pmplanner.core.plan import Plan
from pmplanner.core.plan_diff import diff_plans
from pmplanner.wording import counts
from pmplanner.wording.plan_diff import diff_lines


@dataclass(frozen=True)
class BackupEntry:
    path: Path
    made: str  # when, in the locale's form
    plan: Plan


class RestoreDialog(QDialog):
    def __init__(
        self,
        entries: list[BackupEntry],
        current: Plan,
        role_title: Callable[[str], str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.setObjectName("restoreDialog")
        self.entries = entries
        self.current = current
        self.role_title = role_title

        intro = QLabel(
            self.tr(
                "Go back to the plan as it was saved at one of these times. "
                "The plan you have now is kept as a backup too."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups"))
        for entry in entries:
            item = QListWidgetItem(f"{entry.made}\n{self.summary(entry.plan)}")
            item.setToolTip(entry.path.name)
            self.list.addItem(item)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("backupDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("How this backup differs from your plan now"))
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._show_details)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())

        panes = QHBoxLayout()
        panes.addWidget(self.list, 3)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Compared with your plan now:"), self))
        right.addWidget(self.details, 1)
        panes.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(panes, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 420)
        if entries:
            self.list.setCurrentRow(0)
        self._show_details(self.list.currentRow())

    def summary(self, plan: Plan) -> str:
        parts = [counts.goals(len(plan.goals)), counts.contacts(len(plan.contacts))]
        target = plan.profile.target_role
        if target:
            parts.append(self.tr("target: {role}").format(role=self.role_title(target)))
        else:
            parts.append(self.tr("no target role"))
        return " · ".join(parts)

    def _show_details(self, row: int) -> None:
        self.restore_button.setEnabled(0 <= row < len(self.entries))
        if not 0 <= row < len(self.entries):
            self.details.setPlainText("")
            return
        lines = diff_lines(diff_plans(self.current, self.entries[row].plan))
        self.details.setPlainText("\n".join(lines))

    def chosen(self) -> BackupEntry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None


def choose_backup(
    parent: QWidget, entries: list[BackupEntry], current: Plan, role_title: Callable[[str], str]
) -> BackupEntry | None:
    dialog = RestoreDialog(entries, current, role_title, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
    finally:
        dialog.deleteLater()
