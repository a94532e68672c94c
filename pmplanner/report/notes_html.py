"""The person's own notes on roles and skills in the printed plan.

Printed with the route (its roles) and the skills table (its skills) in a
"complete" plan; "share" leaves them out, as it leaves out goals' notes.
Their text is printed as written (links as text), never as markup.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from pmplanner.report import html_parts as h
from pmplanner.report.report_data import ReportData
from pmplanner.report.safe import esc, esc_lines


def route_role_ids(data: ReportData) -> list[str]:
    """The roles of the route, or the current and target role when there is none."""
    if data.route is not None:
        return list(data.route.roles)
    return [role.id for role in (data.current, data.target) if role is not None]


def route_notes(data: ReportData, role_ids: Iterable[str]) -> str:
    """The person's notes on each of ``role_ids`` that has some, under one subheading."""
    notes = data.plan.role_notes
    items = []
    for role_id in dict.fromkeys(role_ids):
        text = notes.get(role_id, "").strip()
        if text:
            items.append(h.bold(esc(data.catalog.role(role_id).title)) + "<br>" + esc_lines(text))
    if not items:
        return ""
    title = QCoreApplication.translate("Report", "Your notes on these roles")
    return h.subheading(title) + h.bullets(items)


def skill_notes(data: ReportData) -> str:
    """The person's notes on the skills of the table, under one subheading."""
    notes = data.plan.skill_notes
    items = []
    for row in data.skills:
        text = notes.get(row.skill_id, "").strip()
        if text:
            items.append(h.bold(esc(row.name)) + "<br>" + esc_lines(text))
    if not items:
        return ""
    title = QCoreApplication.translate("Report", "Your notes on these skills")
    return h.subheading(title) + h.bullets(items)
