"""Rate any key skill of the shown role from its details: one choice per skill.

Each choice goes through the document (``RoleDetails.rate_skill`` ->
``PlanDocument.set_skill_rating``), so it is one undo step and every view
(the overlay, the skills tab) follows. Skills are grouped by competency area
when the content names one.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from pmplanner.core.careers import Role
from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.plan import MAX_RATING
from pmplanner.wording.formats import number
from pmplanner.wording.labels import skill_level_name

NOT_RATED = -1  # the combo's data for "not rated"


class SkillRatings(QWidget):
    rated = Signal(str, object)  # skill id, level or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("skillRatings")
        self.heading = QLabel(f"<h3>{self.tr('Rate your skills')}</h3>", self)
        self.hint = QLabel(
            self.tr(
                "Your own rating of each key skill; a skill not rated is left out of readiness."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(self.form)
        self.combos: dict[str, QComboBox] = {}
        self._shown: tuple[str, ...] = ()

    def show_skills(self, catalog: CareerCatalog, role: Role, ratings: Mapping[str, int]) -> None:
        skills = tuple(req.skill for req in role.skills)
        if skills != self._shown:
            self._rebuild(catalog, role)
            self._shown = skills
        for skill_id, combo in self.combos.items():
            value = ratings.get(skill_id)
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(NOT_RATED if value is None else value))
            combo.blockSignals(False)

    def _rebuild(self, catalog: CareerCatalog, role: Role) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = {}
        for req in role.skills:
            name = catalog.skill_name(req.skill)
            combo = QComboBox(self)
            combo.addItem(self.tr("Not rated"), NOT_RATED)
            for level in range(MAX_RATING + 1):
                level_name = skill_level_name(level)
                text = f"{number(level)} – {level_name}" if level_name else number(level)
                combo.addItem(text, level)
            combo.setAccessibleName(self.tr("Your rating of {skill}").format(skill=name))
            combo.setToolTip(
                self.tr("{skill}: this role expects {level}").format(
                    skill=name, level=skill_level_name(req.level) or number(req.level)
                )
            )
            combo.activated.connect(lambda _i, s=req.skill, c=combo: self._chosen(s, c))
            caption = QLabel(name, self)
            caption.setWordWrap(True)
            caption.setBuddy(combo)
            self.form.addRow(caption, combo)
            self.combos[req.skill] = combo

    def _chosen(self, skill_id: str, combo: QComboBox) -> None:
        value = combo.currentData()
        self.rated.emit(skill_id, None if value == NOT_RATED else int(value))
