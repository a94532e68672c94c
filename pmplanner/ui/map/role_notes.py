"""The person's notes in a role's details: on the role, and on one of its skills at a time."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from pmplanner.core.careers import Role
from pmplanner.core.catalog import CareerCatalog
from pmplanner.ui.map.notes_edit import NotesEdit


class RoleNotes(QWidget):
    """ "Your notes" on the shown role."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roleNotes")
        self.label = QLabel(f"<h3>{self.tr('Your notes')}</h3>", self)
        self.edit = NotesEdit(self)
        self.edit.setObjectName("roleNotesEdit")
        self.edit.setAccessibleName(self.tr("Your notes on this role"))
        self.edit.setPlaceholderText(
            self.tr("Your own notes on this role: people to ask, links, what you have learned…")
        )
        self.edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.label.setBuddy(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)

    def show_role(self, role_id: str | None, notes: Mapping[str, str]) -> None:
        self.edit.show_note(role_id, notes.get(role_id or "", ""))


class SkillNotes(QWidget):
    """Notes on one key skill of the shown role, chosen from a list."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("skillNotes")
        self.label = QLabel(f"<h3>{self.tr('Your notes on a skill')}</h3>", self)
        self.skill_combo = QComboBox(self)
        self.skill_combo.setObjectName("skillNotesSkill")
        self.skill_combo.setAccessibleName(self.tr("The skill your notes are on"))
        self.edit = NotesEdit(self)
        self.edit.setObjectName("skillNotesEdit")
        self.edit.setAccessibleName(self.tr("Your notes on the chosen skill"))
        self.edit.setPlaceholderText(
            self.tr("Your own notes on this skill: courses, links, where you practise it…")
        )
        self.edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.label.setBuddy(self.skill_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.skill_combo)
        layout.addWidget(self.edit)
        self._notes: Mapping[str, str] = {}
        self._skills: tuple[str, ...] = ()
        self.skill_combo.currentIndexChanged.connect(self._skill_chosen)

    def show_role(self, catalog: CareerCatalog, role: Role, notes: Mapping[str, str]) -> None:
        self._notes = notes
        skills = tuple(req.skill for req in role.skills)
        if skills != self._skills:
            self._skills = skills
            self.skill_combo.blockSignals(True)
            self.skill_combo.clear()
            for skill in skills:
                marker = " ✎" if notes.get(skill) else ""
                self.skill_combo.addItem(catalog.skill_name(skill) + marker, skill)
            self.skill_combo.setCurrentIndex(0 if skills else -1)
            self.skill_combo.blockSignals(False)
        else:
            for index, skill in enumerate(skills):
                marker = " ✎" if notes.get(skill) else ""
                self.skill_combo.setItemText(index, catalog.skill_name(skill) + marker)
        self._skill_chosen()

    def _skill_chosen(self, *_args: object) -> None:
        skill = self.skill_combo.currentData()
        self.edit.show_note(skill, self._notes.get(skill, "") if skill else "")
