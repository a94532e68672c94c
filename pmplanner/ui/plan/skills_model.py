"""The target role's key skills: expected level, the person's rating, the gap.

Rows follow the role's own order so a row stays put while it is rated. Only
the rating is editable; an edit becomes an undo command on the document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, Qt

from pmplanner.core.careers import Role, SkillRequirement
from pmplanner.core.plan import MAX_RATING
from pmplanner.core.readiness import skill_gap
from pmplanner.ui.plan import colours
from pmplanner.ui.plan.roles import FIELD_ROLE, GAP_ROLE, ID_ROLE, SORT_ROLE
from pmplanner.ui.plan.table_model import ColumnTableModel, Index
from pmplanner.ui.plan.tooltips import plain_tooltip
from pmplanner.wording import counts
from pmplanner.wording.formats import format_date, number
from pmplanner.wording.labels import skill_level_name
from pmplanner.wording.noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from pmplanner.ui.plan.document import PlanDocument

Role_ = Qt.ItemDataRole
EVIDENCE_IN_TOOLTIP = 5  # the latest entries listed in a skill's tooltip


def level_text(level: int) -> str:
    name = skill_level_name(level)
    return f"{number(level)} – {name}" if name else number(level)


def gap_text(gap: int) -> str:
    if gap <= 0:
        return QCoreApplication.translate("SkillsTableModel", "✓ Met")
    return f"−{number(gap)}"


class SkillsTableModel(ColumnTableModel):
    columns = ("skill", "expected", "rating", "gap")
    headers: ClassVar[dict[str, str]] = {
        "skill": QT_TRANSLATE_NOOP("PlanColumns", "Skill"),
        "expected": QT_TRANSLATE_NOOP("PlanColumns", "Expected"),
        "rating": QT_TRANSLATE_NOOP("PlanColumns", "Your rating"),
        "gap": QT_TRANSLATE_NOOP("PlanColumns", "Gap"),
    }

    def __init__(self, document: PlanDocument, parent: QObject | None = None):
        super().__init__(parent)
        self._document = document
        self._target_changing = False
        document.ratings_changed.connect(self._on_ratings_changed)
        # the rows are the target role's skills on the plan's ladder
        document.profile_about_to_change.connect(self._profile_about_to_change)
        document.profile_changed.connect(self._profile_changed)
        document.plan_about_to_be_replaced.connect(self.beginResetModel)
        document.plan_replaced.connect(self.endResetModel)
        document.ladder_about_to_change.connect(self.beginResetModel)
        document.ladder_changed.connect(self.endResetModel)

    # -- look-ups -----------------------------------------------------------
    def target_role(self) -> Role | None:
        role_id = self._document.plan.profile.target_role
        catalog = self._document.catalog
        return catalog.role(role_id) if catalog.has_role(role_id) else None

    def requirements(self) -> list[SkillRequirement]:
        role = self.target_role()
        return list(role.skills) if role else []

    def skill_id(self, row: int) -> str:
        return self.requirements()[row].skill

    def rating(self, skill_id: str) -> int:
        return self._document.plan.skill_ratings.get(skill_id, 0)

    def gap(self, row: int) -> int:
        """The gap on the row's skill (0 while not rated: readiness counts it apart)."""
        gap = skill_gap(self.requirements()[row], self._document.plan.skill_ratings)
        return 0 if gap is None else gap.gap

    def row_of(self, skill_id: str) -> int:
        for row, req in enumerate(self.requirements()):
            if req.skill == skill_id:
                return row
        raise KeyError(skill_id)

    # -- Qt model interface -------------------------------------------------
    def row_total(self) -> int:
        return len(self.requirements())

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()] == "rating":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Role_.DisplayRole) -> Any:
        reqs = self.requirements()
        if not index.isValid() or not 0 <= index.row() < len(reqs):
            return None
        req = reqs[index.row()]
        field = self.columns[index.column()]
        rated = req.skill in self._document.plan.skill_ratings
        have = self.rating(req.skill)
        gap = self.gap(index.row())
        if role == ID_ROLE:
            return req.skill
        if role == FIELD_ROLE:
            return field
        if role == GAP_ROLE:
            return gap
        if role == Role_.DisplayRole:
            if field == "skill":
                return self._document.catalog.skill_name(req.skill)
            if field == "expected":
                return level_text(req.level)
            if field == "rating":
                return level_text(have) if rated else self.tr("Not rated yet")
            return gap_text(gap) if rated else "–"  # not rated: no gap counted
        if role in (Role_.EditRole, SORT_ROLE):
            values = {"skill": req.skill, "expected": req.level, "rating": have, "gap": gap}
            return values[field]
        if role == Role_.ForegroundRole:
            if field == "gap" and not rated:
                return colours.muted()
            if field == "gap":
                if gap == 0:
                    return colours.met()
                return colours.small_gap() if gap == 1 else colours.gap()
            if field == "rating" and not rated:
                return colours.muted()
        if role == Role_.ToolTipRole:
            if field == "skill":
                return self._skill_tooltip(req.skill)
            if field == "gap" and not rated:
                return self.tr("Rate this skill to see how far it is from the expected level")
            if field == "gap":
                if gap == 0:
                    return self.tr("You are at or above the level this role expects")
                if gap == 1:
                    return self.tr("1 level below what this role expects")
                return self.tr("%Ln levels below what this role expects", "", gap)
            if field == "rating":
                return self.tr(
                    "Your own rating, 0 (none yet) to 5 (expert); F2 or double-click to change"
                )
        if role == Role_.TextAlignmentRole and field == "gap":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _skill_tooltip(self, skill: str) -> str | None:
        """The skill's description, then the latest evidence for it (newest first)."""
        catalog = self._document.catalog
        parts = []
        if catalog.has_skill(skill) and catalog.skill(skill).description:
            parts.append(catalog.skill(skill).description)
        shown = [e for e in self._document.plan.evidence if skill in e.skills]
        if shown:
            shown.sort(key=lambda e: e.day, reverse=True)
            lines = [counts.evidence_entries(len(shown)) + ":"]
            for entry in shown[:EVIDENCE_IN_TOOLTIP]:
                text = entry.text.splitlines()[0] if entry.text else ""
                lines.append(f"{format_date(entry.day)} – {text}")
            if len(shown) > EVIDENCE_IN_TOOLTIP:
                lines.append(counts.more_problems(len(shown) - EVIDENCE_IN_TOOLTIP))
            parts.append("\n".join(lines))
        return plain_tooltip("\n\n".join(parts)) if parts else None

    def setData(self, index: Index, value: Any, role: int = Role_.EditRole) -> bool:
        if not index.isValid() or role != Role_.EditRole:
            return False
        if self.columns[index.column()] != "rating":
            return False
        try:
            rating = int(value)
        except (TypeError, ValueError):
            return False
        if not 0 <= rating <= MAX_RATING:
            return False
        self._document.set_skill_rating(self.skill_id(index.row()), rating)
        return True

    # -- document changes -----------------------------------------------------
    def _on_ratings_changed(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 3))

    def _profile_about_to_change(self, name: str) -> None:
        if name == "target_role" and not self._target_changing:
            self._target_changing = True
            self.beginResetModel()

    def _profile_changed(self, name: str) -> None:
        if name == "target_role" and self._target_changing:
            self._target_changing = False
            self.endResetModel()
