"""The networking contacts table: one row per contact of the plan."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from PySide6.QtCore import QCoreApplication, Qt

from pmplanner.core.goal_rules import edited_contact
from pmplanner.core.plan import Contact
from pmplanner.ui.plan import clock, colours, icons
from pmplanner.ui.plan.goals_model import to_date
from pmplanner.ui.plan.list_model import PlanListModel
from pmplanner.ui.plan.roles import SORT_ROLE
from pmplanner.ui.plan.table_model import Index
from pmplanner.ui.plan.tooltips import plain_tooltip
from pmplanner.wording import counts
from pmplanner.wording.columns import CONTACT_COLUMNS, column_named
from pmplanner.wording.formats import Formats, format_date, qdate

Role = Qt.ItemDataRole


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
    spec = CONTACT_COLUMNS
    columns = tuple(column.field for column in CONTACT_COLUMNS)
    headers: ClassVar[dict[str, str]] = {column.field: column.header for column in CONTACT_COLUMNS}

    def edit_text(self, field: str) -> str:
        return self.tr("Edit contact: {field}").format(field=self.header_text(field))

    def contact(self, row: int) -> Contact:
        return self.items()[row]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.spec[index.column()].editor in ("goals", "none"):
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
        if column_named(self.spec, field).editor == "date":
            value = to_date(value)
        return edited_contact(item, field, value)

    def cell(self, contact: Contact, field: str, role: int) -> Any:
        column = column_named(self.spec, field)
        value = getattr(contact, field)
        due = contact.follow_up_due(clock.today())
        if field == "goals":
            return self._goals_cell(contact, role)
        if role == Role.DisplayRole:
            if field == "name":
                return value or self.tr("Unnamed contact")
            return column.text_of(contact, Formats())
        if role == Role.EditRole:
            if column.editor == "date":
                return qdate(value) if value else None
            if column.editor == "days":
                return value or 0
            return value
        if role == SORT_ROLE:
            return column.sort(contact) if column.sort else value.casefold()
        if role == Role.TextAlignmentRole and column.editor == "days":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
