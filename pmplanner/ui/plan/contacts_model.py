"""The networking contacts table: one row per contact of the plan."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from PySide6.QtCore import QCoreApplication, Qt

from pmplanner.core.goal_rules import edited_contact
from pmplanner.core.plan import Contact
from pmplanner.ui.plan import clock, colours, icons
from pmplanner.ui.plan.goals_model import NO_DATE, to_date
from pmplanner.ui.plan.list_model import PlanListModel
from pmplanner.ui.plan.roles import SORT_ROLE
from pmplanner.ui.plan.table_model import Index
from pmplanner.ui.plan.tooltips import plain_tooltip
from pmplanner.wording import counts
from pmplanner.wording.formats import format_date, qdate
from pmplanner.wording.noop import QT_TRANSLATE_NOOP

Role = Qt.ItemDataRole
DATE_FIELDS = ("last_contact", "next_follow_up")


def follow_up_text(contact: Contact) -> str | None:
    today = clock.today()
    if not contact.follow_up_due(today):
        return None
    assert contact.next_follow_up is not None
    if contact.next_follow_up == today:
        return QCoreApplication.translate("ContactsTableModel", "Follow-up due today")
    return QCoreApplication.translate("ContactsTableModel", "Follow-up due since {date}").format(
        date=format_date(contact.next_follow_up)
    )


MAX_LOG_LINES = 10  # the last contacts shown in a tooltip


def interactions_text(contact: Contact) -> str:
    """The latest interactions, newest first, one a line ("12 Jan 2026 – note")."""
    lines = []
    for entry in reversed(contact.interactions[-MAX_LOG_LINES:]):
        day = format_date(entry.day)
        lines.append(f"{day} – {entry.note}" if entry.note else day)
    more = len(contact.interactions) - MAX_LOG_LINES
    if more > 0:
        lines.append(counts.more_problems(more))
    return plain_tooltip("\n".join(lines))


class ContactsTableModel(PlanListModel):
    list_name: ClassVar[Literal["contacts"]] = "contacts"
    columns = (  # the dates first: they stay in view in a narrow window
        "name", "last_contact", "next_follow_up", "keep_in_touch_days",
        "company", "role", "how_met", "goals", "email", "profile_link", "notes",
    )  # fmt: skip
    headers: ClassVar[dict[str, str]] = {
        "name": QT_TRANSLATE_NOOP("PlanColumns", "Name"),
        "company": QT_TRANSLATE_NOOP("PlanColumns", "Company"),
        "role": QT_TRANSLATE_NOOP("PlanColumns", "Role"),
        "how_met": QT_TRANSLATE_NOOP("PlanColumns", "How you know them"),
        "goals": QT_TRANSLATE_NOOP("PlanColumns", "Related goals"),
        "keep_in_touch_days": QT_TRANSLATE_NOOP("PlanColumns", "Keep in touch"),
        "email": QT_TRANSLATE_NOOP("PlanColumns", "Email"),
        "profile_link": QT_TRANSLATE_NOOP("PlanColumns", "Profile link"),
        "last_contact": QT_TRANSLATE_NOOP("PlanColumns", "Last contact"),
        "next_follow_up": QT_TRANSLATE_NOOP("PlanColumns", "Next follow-up"),
        "notes": QT_TRANSLATE_NOOP("PlanColumns", "Notes"),
    }

    def edit_text(self, field: str) -> str:
        return self.tr("Edit contact: {field}").format(field=self.header_text(field))

    def _interval_cell(self, days: int | None, role: int) -> Any:
        if role == Role.DisplayRole:
            return counts.every_n_days(days) if days else ""
        if role == Role.EditRole:
            return days or 0
        if role == SORT_ROLE:
            return days or NO_DATE
        if role == Role.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def contact(self, row: int) -> Contact:
        return self.items()[row]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()] == "goals":
            flags &= ~Qt.ItemFlag.ItemIsEditable  # the related-goals picker edits them
        return flags

    def goal_titles(self, contact: Contact) -> list[str]:
        """The titles of the goals ``contact`` relates to, in the plan's order."""
        untitled = self.tr("Untitled goal")
        chosen = set(contact.goals)
        return [g.title or untitled for g in self.document.plan.goals if g.id in chosen]

    def _goals_cell(self, contact: Contact, role: int) -> Any:
        if role in (Role.DisplayRole, SORT_ROLE):
            text = ", ".join(self.goal_titles(contact))
            return text if role == Role.DisplayRole else text.casefold()
        if role == Role.EditRole:
            return list(contact.goals)
        if role == Role.ToolTipRole:
            titles = self.goal_titles(contact)
            if not titles:
                return self.tr("No related goals: double-click to choose some")
            return plain_tooltip("\n".join(titles))
        return None

    def edited(self, item: Contact, field: str, value: Any) -> Contact | None:
        if field in DATE_FIELDS:
            value = to_date(value)
        return edited_contact(item, field, value)

    def cell(self, contact: Contact, field: str, role: int) -> Any:
        value = getattr(contact, field)
        due = contact.follow_up_due(clock.today())
        if field == "keep_in_touch_days":
            return self._interval_cell(value, role)
        if field == "goals":
            return self._goals_cell(contact, role)
        if role == Role.DisplayRole:
            if field in DATE_FIELDS:
                return format_date(value) if value else ""
            if field == "name":
                return value or self.tr("Unnamed contact")
            return value.splitlines()[0] if field == "notes" and value else value
        if role == Role.EditRole:
            if field in DATE_FIELDS:
                return qdate(value) if value else None
            return value
        if role == SORT_ROLE:
            if field in DATE_FIELDS:
                return value.toordinal() if value else NO_DATE
            return value.casefold()
        if role == Role.ToolTipRole:
            if due and field in ("name", "next_follow_up"):
                return follow_up_text(contact)
            if field == "last_contact" and contact.interactions:
                return interactions_text(contact)
            return plain_tooltip(value) if field in ("notes", "how_met") and value else None
        if role == Role.ForegroundRole:
            if due and field in ("name", "next_follow_up"):
                return colours.overdue()
            if field == "name" and not value:
                return colours.muted()
        if role == Role.DecorationRole and due and field == "next_follow_up":
            return icons.warning()
        return None
