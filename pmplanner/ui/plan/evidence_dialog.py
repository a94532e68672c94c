"""Add Evidence…: what happened, when, a link, the skills it shows, the goal it came from.

Non-modal (``open``); OK adds the entry as one undo step. OK is enabled once
something is written in "What happened". Given an ``entry`` it edits that one
instead (Edit Evidence, one undo step).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from pmplanner.core.checkins import Evidence
from pmplanner.core.plan_fields import MAX_TEXT
from pmplanner.ui.plan import clock
from pmplanner.ui.plan.checkin_edits import add_evidence, edit_evidence
from pmplanner.ui.plan.date_edit import OptionalDateEdit

SKILL_ROLE = Qt.ItemDataRole.UserRole + 1


class EvidenceDialog(QDialog):
    def __init__(
        self,
        document,
        parent: QWidget | None = None,
        goal_id: str | None = None,
        entry: Evidence | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("evidenceDialog")
        self.entry = entry
        if entry is not None:
            self.setWindowTitle(self.tr("Edit Evidence"))
            goal_id = entry.goal
        else:
            self.setWindowTitle(self.tr("Add Evidence"))
        self.document = document
        self.added: Evidence | None = None
        plan, catalog = document.plan, document.catalog

        self.day = OptionalDateEdit(self, empty_text=self.tr("Today"))
        self.day.set_value(clock.today())
        self.day.setAccessibleName(self.tr("Date"))
        self.what = QPlainTextEdit(self)
        self.what.setTabChangesFocus(True)
        self.what.setAccessibleName(self.tr("What happened"))
        self.what.setPlaceholderText(self.tr("What you did and what came of it"))
        self.link = QLineEdit(self)
        self.link.setMaxLength(2000)
        self.link.setAccessibleName(self.tr("Link"))
        self.link.setPlaceholderText(self.tr("https://"))
        self.skills = QListWidget(self)
        self.skills.setAccessibleName(self.tr("Skills it shows"))
        target = plan.profile.target_role
        skill_ids: list[str] = []
        if catalog.has_role(target):
            skill_ids = [req.skill for req in catalog.role(target).skills]
        goal = next((g for g in plan.goals if g.id == goal_id), None)
        shown = entry.skills if entry is not None else []
        for skill in [*shown, *(goal.skills if goal else []), *plan.skill_ratings]:
            if skill not in skill_ids:
                skill_ids.append(skill)
        for skill in skill_ids:
            item = QListWidgetItem(catalog.skill_name(skill), self.skills)
            item.setData(SKILL_ROLE, skill)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            if entry is not None:
                chosen = skill in entry.skills
            else:
                chosen = goal is not None and skill in goal.skills
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.goal = QComboBox(self)
        self.goal.setAccessibleName(self.tr("From goal"))
        self.goal.addItem(self.tr("(no goal)"), None)
        for g in plan.goals:
            self.goal.addItem(g.title or self.tr("Untitled goal"), g.id)
        self.goal.setCurrentIndex(max(0, self.goal.findData(goal_id)))
        if entry is not None:
            self.day.set_value(entry.day)
            self.what.setPlainText(entry.text)
            self.link.setText(entry.link)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.what.textChanged.connect(self._update_ok)

        form = QFormLayout(self)
        form.addRow(self.tr("&Date"), self.day)
        form.addRow(self.tr("&What happened"), self.what)
        form.addRow(self.tr("&Link"), self.link)
        form.addRow(self.tr("&Skills it shows"), self.skills)
        form.addRow(self.tr("From &goal"), self.goal)
        form.addRow(self.buttons)
        self._update_ok()
        self.resize(520, 460)
        self.what.setFocus()

    def _update_ok(self) -> None:
        text = self.what.toPlainText()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text.strip()) and len(text) <= MAX_TEXT)

    def evidence(self) -> Evidence:
        skills = [
            self.skills.item(i).data(SKILL_ROLE)
            for i in range(self.skills.count())
            if self.skills.item(i).checkState() == Qt.CheckState.Checked
        ]
        day: date = self.day.value() or clock.today()
        return Evidence(
            day=day,
            text=self.what.toPlainText().strip(),
            link=self.link.text().strip(),
            skills=skills[:100],
            goal=self.goal.currentData(),
        )

    def accept(self) -> None:
        if self.document.is_closed or not self.what.toPlainText().strip():
            return
        if self.entry is not None:
            before = next((e for e in self.document.plan.evidence if e.id == self.entry.id), None)
            if before is not None:  # an undo may have taken it away meanwhile
                edit_evidence(self.document, before, self.evidence())
        else:
            self.added = self.evidence()
            add_evidence(self.document, self.added)
        super().accept()


def open_evidence_dialog(
    document, parent: QWidget, goal_id: str | None = None, entry: Evidence | None = None
) -> EvidenceDialog:
    dialog = EvidenceDialog(document, parent, goal_id, entry)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
