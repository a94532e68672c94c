"""The person's own notes on roles and skills in the printed plan.

Printed with the route (its roles, then the other roles noted) and the skills
table (its skills, then the other skills noted) in a "complete" plan, so nothing
the person wrote is left out of it; "share" leaves them out, as it leaves out
goals' notes. Notes on roles of another ladder than the plan's are not printed
(they are kept for when that ladder returns).
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


def _noted(notes: dict[str, str], ids: Iterable[str], name) -> list[str]:
    items = []
    for ident in dict.fromkeys(ids):
        text = notes.get(ident, "").strip()
        if text:
            items.append(h.bold(esc(name(ident))) + "<br>" + esc_lines(text))
    return items


def _listed(title: str, items: list[str]) -> str:
    return h.subheading(title) + h.bullets(items) if items else ""


def route_notes(data: ReportData, role_ids: Iterable[str]) -> str:
    """The person's notes on each of ``role_ids`` that has some, under one subheading;
    then their notes on the ladder's other roles, under another."""
    role_ids = list(dict.fromkeys(role_ids))
    notes, catalog = data.plan.role_notes, data.catalog

    def title(role_id: str) -> str:
        return catalog.role(role_id).title

    others = [r for r in notes if r not in role_ids and catalog.has_role(r)]
    others.sort(key=lambda r: (catalog.role(r).level, title(r)))
    return _listed(
        QCoreApplication.translate("Report", "Your notes on these roles"),
        _noted(notes, role_ids, title),
    ) + _listed(
        QCoreApplication.translate("Report", "Your notes on other roles"),
        _noted(notes, others, title),
    )


def skill_notes(data: ReportData) -> str:
    """The person's notes on the skills of the table, under one subheading; then
    their notes on other skills, under another."""
    notes, catalog = data.plan.skill_notes, data.catalog
    shown = [row.skill_id for row in data.skills]
    names = {row.skill_id: row.name for row in data.skills}
    others = sorted(
        (s for s in notes if s not in names and catalog.has_skill(s)), key=catalog.skill_name
    )
    return _listed(
        QCoreApplication.translate("Report", "Your notes on these skills"),
        _noted(notes, shown, names.__getitem__),
    ) + _listed(
        QCoreApplication.translate("Report", "Your notes on other skills"),
        _noted(notes, others, catalog.skill_name),
    )
