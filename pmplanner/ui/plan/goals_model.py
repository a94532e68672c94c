"""The goals table: one row per goal of the plan."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar, Literal

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont

from pmplanner.core.goal_rules import edited_goal
from pmplanner.core.plan import Goal, GoalStatus, now_utc
from pmplanner.ui.plan import clock, colours, icons
from pmplanner.ui.plan.list_model import PlanListModel
from pmplanner.ui.plan.roles import SORT_ROLE
from pmplanner.ui.plan.tooltips import plain_tooltip
from pmplanner.wording.columns import GOAL_COLUMNS, column_named, completed_day
from pmplanner.wording.formats import Formats, format_date, py_date, qdate
from pmplanner.wording.labels import status_label

Role = Qt.ItemDataRole


def to_date(value: Any) -> date | None:
    """A Python date from what an editor or QVariant hands over (QDate, date, None)."""
    if isinstance(value, QDate):
        return py_date(value) if value.isValid() else None
    if isinstance(value, date):
        return value
    return None


class GoalsTableModel(PlanListModel):
    list_name: ClassVar[Literal["goals"]] = "goals"
    spec = GOAL_COLUMNS
    columns = tuple(column.field for column in GOAL_COLUMNS)
    headers: ClassVar[dict[str, str]] = {column.field: column.header for column in GOAL_COLUMNS}

    def edit_text(self, field: str) -> str:
        return self.tr("Edit goal: {field}").format(field=self.header_text(field))

    def flags(self, index):  # a column without an editor (the completion date) is read only
        flags = super().flags(index)
        if index.isValid() and self.spec[index.column()].editor == "none":
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def goal(self, row: int) -> Goal:
        return self.items()[row]

    def edited(self, item: Goal, field: str, value: Any) -> Goal | None:
        if column_named(self.spec, field).editor == "date":
            value = to_date(value)
        return edited_goal(item, field, value, now_utc())

    def cell(self, goal: Goal, field: str, role: int) -> Any:
        if role == Role.DisplayRole:
            return self._display(goal, field)
        if role == Role.EditRole:
            return self._edit_value(goal, field)
        if role == SORT_ROLE:
            return self._sort_value(goal, field)
        if role == Role.ToolTipRole:
            return self._tooltip(goal, field)
        if role == Role.ForegroundRole:
            return self._foreground(goal, field)
        if role == Role.FontRole and field == "title" and not goal.title:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Role.FontRole and field == "title" and goal.status == GoalStatus.DONE:
            font = QFont()
            font.setStrikeOut(True)  # done reads as done without colour too
            return font
        if role == Role.DecorationRole and field == "due" and goal.is_overdue(clock.today()):
            return icons.warning()
        if role == Role.TextAlignmentRole and column_named(self.spec, field).editor == "percent":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, goal: Goal, field: str) -> str:
        if field == "title":
            return goal.title or self.tr("Untitled goal")
        if field == "status" and goal.status == GoalStatus.DONE:
            return self.tr("✓ {status}").format(status=status_label(goal.status))
        if field == "skills":
            return ", ".join(self._document.catalog.skill_name(s) for s in goal.skills)
        return column_named(self.spec, field).text_of(goal, Formats())

    def _edit_value(self, goal: Goal, field: str) -> Any:
        editor = column_named(self.spec, field).editor
        if editor == "choice":
            return getattr(goal, field).value
        if editor == "date":
            value = getattr(goal, field)
            return qdate(value) if value else None
        if editor == "skills":
            return list(goal.skills)
        return getattr(goal, field)

    def _sort_value(self, goal: Goal, field: str) -> Any:
        if field == "skills":
            return len(goal.skills)
        sort = column_named(self.spec, field).sort
        return sort(goal) if sort is not None else self._display(goal, field).casefold()

    def _tooltip(self, goal: Goal, field: str) -> str | None:
        today = clock.today()
        if goal.is_overdue(today) and field in ("title", "due", "status"):
            assert goal.due is not None
            return self.tr("Overdue since {date}").format(date=format_date(goal.due))
        if field == "skills" and goal.skills:
            # unknown skill ids come from the plan file as they are
            return plain_tooltip(
                "\n".join(self._document.catalog.skill_name(s) for s in goal.skills)
            )
        if field == "title" and (goal.title or goal.notes):
            return plain_tooltip(goal.title, goal.notes)
        if field in ("notes", "link") and getattr(goal, field):
            return plain_tooltip(getattr(goal, field))
        if field == "status" and goal.completed:
            return self.tr("Completed {date}").format(date=format_date(completed_day(goal)))
        return None

    def _foreground(self, goal: Goal, field: str) -> Any:
        if goal.is_overdue(clock.today()) and field in ("title", "due"):
            return colours.overdue()
        if goal.status in (GoalStatus.DROPPED, GoalStatus.DONE) or (
            field == "title" and not goal.title
        ):
            return colours.muted()
        return None
