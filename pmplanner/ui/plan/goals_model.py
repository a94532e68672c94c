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
from pmplanner.wording.formats import format_date, percent, py_date, qdate
from pmplanner.wording.labels import kind_label, status_label
from pmplanner.wording.noop import QT_TRANSLATE_NOOP

STATUS_ORDER = {s: i for i, s in enumerate(GoalStatus)}
NO_DATE = 10**8  # sorts undated goals after dated ones

Role = Qt.ItemDataRole


def to_date(value: Any) -> date | None:
    """A Python date from what an editor or QVariant hands over (QDate, date, None)."""
    if isinstance(value, QDate):
        return py_date(value) if value.isValid() else None
    if isinstance(value, date):
        return value
    return None


def completed_day(goal: Goal) -> date | None:
    """The local day a done goal was completed."""
    return goal.completed.astimezone().date() if goal.completed else None


class GoalsTableModel(PlanListModel):
    list_name: ClassVar[Literal["goals"]] = "goals"
    columns = (
        "title", "kind", "status", "progress", "due", "completed", "skills", "notes", "link"
    )  # fmt: skip
    headers: ClassVar[dict[str, str]] = {
        "title": QT_TRANSLATE_NOOP("PlanColumns", "Title"),
        "kind": QT_TRANSLATE_NOOP("PlanColumns", "Kind"),
        "status": QT_TRANSLATE_NOOP("PlanColumns", "Status"),
        "progress": QT_TRANSLATE_NOOP("PlanColumns", "Progress"),
        "due": QT_TRANSLATE_NOOP("PlanColumns", "Due"),
        "completed": QT_TRANSLATE_NOOP("PlanColumns", "Completed"),
        "skills": QT_TRANSLATE_NOOP("PlanColumns", "Skills"),
        "notes": QT_TRANSLATE_NOOP("PlanColumns", "Notes"),
        "link": QT_TRANSLATE_NOOP("PlanColumns", "Link"),
    }

    def edit_text(self, field: str) -> str:
        return self.tr("Edit goal: {field}").format(field=self.header_text(field))

    def flags(self, index):  # the completion date follows the status: not edited itself
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()] == "completed":
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def goal(self, row: int) -> Goal:
        return self.items()[row]

    def edited(self, item: Goal, field: str, value: Any) -> Goal | None:
        if field == "due":
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
        if role == Role.TextAlignmentRole and field == "progress":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, goal: Goal, field: str) -> str:
        if field == "title":
            return goal.title or self.tr("Untitled goal")
        if field == "kind":
            return kind_label(goal.kind)
        if field == "status" and goal.status == GoalStatus.DONE:
            return self.tr("✓ {status}").format(status=status_label(goal.status))
        if field == "status":
            return status_label(goal.status)
        if field == "progress":
            return percent(goal.progress)
        if field == "due":
            return format_date(goal.due) if goal.due else ""
        if field == "completed":
            return format_date(completed_day(goal)) if goal.completed else ""
        if field == "skills":
            return ", ".join(self._document.catalog.skill_name(s) for s in goal.skills)
        if field == "notes":
            return goal.notes.splitlines()[0] if goal.notes else ""
        return goal.link

    def _edit_value(self, goal: Goal, field: str) -> Any:
        if field in ("kind", "status"):
            return getattr(goal, field).value
        if field == "due":
            return qdate(goal.due) if goal.due else None
        if field == "skills":
            return list(goal.skills)
        return getattr(goal, field)

    def _sort_value(self, goal: Goal, field: str) -> Any:
        if field == "status":
            return STATUS_ORDER[goal.status]
        if field == "progress":
            return goal.progress
        if field == "due":
            return goal.due.toordinal() if goal.due else NO_DATE
        if field == "completed":
            return goal.completed.timestamp() if goal.completed else NO_DATE
        if field == "skills":
            return len(goal.skills)
        return self._display(goal, field).casefold()

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
        if field in ("status", "completed") and goal.completed:
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
