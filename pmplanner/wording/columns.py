"""The columns of the goals and contacts lists: one spec shared by the table, its editors,
the view and the printed plan.

Each :class:`Column` names its field, its header (marked for translation here, in the
``PlanColumns`` context), how its value reads (``text``, used by the table's cells and
the printed plan's), how it sorts, which editor changes it, its width in the table,
whether the table shows it at first, and its share of the printed table's width (0: not
printed). Adding a field to a list means one entry here (plus the field on the plan and
its edit rule in core).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, Literal, TypeVar

from PySide6.QtCore import QCoreApplication

from pmplanner.core.plan import Contact, Goal, GoalKind, GoalStatus
from pmplanner.wording import counts
from pmplanner.wording.formats import Formats
from pmplanner.wording.labels import kind_label, status_label
from pmplanner.wording.noop import QT_TRANSLATE_NOOP

T = TypeVar("T")

# How a cell is edited: a line of text, several lines, a date picker, a list to choose
# from, a percentage, a number of days, a picker elsewhere (skills, goals), or not at all.
Editor = Literal["text", "notes", "date", "choice", "percent", "days", "skills", "goals", "none"]

NO_DATE = 10**8  # sorts undated items after dated ones
STATUS_ORDER = {s: i for i, s in enumerate(GoalStatus)}


@dataclass(frozen=True)
class Column(Generic[T]):
    field: str
    header: str  # QT_TRANSLATE_NOOP("PlanColumns", ...): translated where shown
    editor: Editor
    text: Callable[[T, Formats], str] | None = None  # None: the field's own text
    sort: Callable[[T], Any] | None = None  # None: the text, case-folded
    width: int | None = None  # the table's starting width in pixels; None: the style's
    shown: bool = True  # shown in the table at first (the Columns menu shows the rest)
    printed: int = 0  # percent of the printed table's width; 0: not printed
    # False: a printed column with nothing in it on any row is left out, its share of
    # the width going to the first column
    printed_empty: bool = True
    limit: int = 500  # the longest text the editor takes
    choices: Callable[[], list[tuple[str, str]]] | None = None  # a choice's (value, label)s

    def title(self) -> str:
        """The header in the user's language."""
        return QCoreApplication.translate("PlanColumns", self.header)

    def text_of(self, item: T, f: Formats) -> str:
        if self.text is not None:
            return self.text(item, f)
        value = getattr(item, self.field)
        return "" if value is None else str(value)


def completed_day(goal: Goal) -> date | None:
    """The local day a done goal was completed."""
    return goal.completed.astimezone().date() if goal.completed else None


def first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


def _day_order(day: date | None) -> int:
    return day.toordinal() if day else NO_DATE


GOAL_COLUMNS: tuple[Column[Goal], ...] = (
    Column("title", QT_TRANSLATE_NOOP("PlanColumns", "Title"), "text", printed=39),
    Column(
        "kind",
        QT_TRANSLATE_NOOP("PlanColumns", "Kind"),
        "choice",
        text=lambda g, f: kind_label(g.kind),
        width=115,
        choices=lambda: [(kind.value, kind_label(kind)) for kind in GoalKind],
    ),
    Column(
        "status",
        QT_TRANSLATE_NOOP("PlanColumns", "Status"),
        "choice",
        text=lambda g, f: status_label(g.status),
        sort=lambda g: STATUS_ORDER[g.status],
        width=90,
        choices=lambda: [(status.value, status_label(status)) for status in GoalStatus],
        printed=15,
    ),
    Column(
        "progress",
        QT_TRANSLATE_NOOP("PlanColumns", "Progress"),
        "percent",
        text=lambda g, f: f.percent(g.progress),
        sort=lambda g: g.progress,
        width=70,
        printed=12,
    ),
    Column(
        "due",
        QT_TRANSLATE_NOOP("PlanColumns", "Due"),
        "date",
        text=lambda g, f: f.short_date(g.due),
        sort=lambda g: _day_order(g.due),
        width=110,
        printed=17,
    ),
    Column(
        "completed",  # follows the status: not edited itself
        QT_TRANSLATE_NOOP("PlanColumns", "Completed"),
        "none",
        text=lambda g, f: f.short_date(completed_day(g)),
        sort=lambda g: g.completed.timestamp() if g.completed else NO_DATE,
        printed=17,
        printed_empty=False,  # a shared plan lists open goals only: none completed
    ),
    Column("skills", QT_TRANSLATE_NOOP("PlanColumns", "Skills"), "skills", width=150),
    Column(
        "notes",
        QT_TRANSLATE_NOOP("PlanColumns", "Notes"),
        "notes",
        text=lambda g, f: first_line(g.notes),
        width=170,
        shown=False,
        limit=20_000,
    ),
    Column(
        "link",
        QT_TRANSLATE_NOOP("PlanColumns", "Link"),
        "text",
        width=130,
        shown=False,
        limit=2000,
    ),
)


CONTACT_COLUMNS: tuple[Column[Contact], ...] = (  # the dates first: in view when narrow
    Column("name", QT_TRANSLATE_NOOP("PlanColumns", "Name"), "text", width=180),
    Column(
        "last_contact",
        QT_TRANSLATE_NOOP("PlanColumns", "Last contact"),
        "date",
        text=lambda c, f: f.short_date(c.last_contact),
        sort=lambda c: _day_order(c.last_contact),
        width=120,
    ),
    Column(
        "next_follow_up",
        QT_TRANSLATE_NOOP("PlanColumns", "Next follow-up"),
        "date",
        text=lambda c, f: f.short_date(c.next_follow_up),
        sort=lambda c: _day_order(c.next_follow_up),
        width=130,
    ),
    Column(
        "keep_in_touch_days",
        QT_TRANSLATE_NOOP("PlanColumns", "Keep in touch"),
        "days",
        text=lambda c, f: counts.every_n_days(c.keep_in_touch_days) if c.keep_in_touch_days else "",
        sort=lambda c: c.keep_in_touch_days or NO_DATE,
        width=120,
    ),
    Column("company", QT_TRANSLATE_NOOP("PlanColumns", "Company"), "text", width=140),
    Column("role", QT_TRANSLATE_NOOP("PlanColumns", "Role"), "text", width=140),
    Column("how_met", QT_TRANSLATE_NOOP("PlanColumns", "How you know them"), "text", width=200),
    Column("goals", QT_TRANSLATE_NOOP("PlanColumns", "Related goals"), "goals", width=180),
    Column("email", QT_TRANSLATE_NOOP("PlanColumns", "Email"), "text", width=180, limit=320),
    Column(
        "profile_link",
        QT_TRANSLATE_NOOP("PlanColumns", "Profile link"),
        "text",
        limit=2000,
    ),
    Column(
        "notes",
        QT_TRANSLATE_NOOP("PlanColumns", "Notes"),
        "notes",
        text=lambda c, f: first_line(c.notes),
        limit=20_000,
    ),
)


def column_named(columns: tuple[Column[T], ...], field: str) -> Column[T]:
    return next(column for column in columns if column.field == field)
