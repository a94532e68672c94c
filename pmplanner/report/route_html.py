"""The route in the printed plan: how long it usually takes, its cards, what each move asks.

The cards themselves are drawn by ``report.route_object`` where
``html_parts.route_strip_marker`` puts them; ``strip_items`` says what they show.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pmplanner.core.route_time import years_ahead
from pmplanner.drawing.route_strip import StripMove, StripRole
from pmplanner.report import html_parts as h
from pmplanner.report.report_data import ReportData
from pmplanner.report.safe import esc
from pmplanner.wording import counts
from pmplanner.wording.formats import Formats
from pmplanner.wording.labels import move_kind_label


def role_name(data: ReportData, role_id: str | None) -> str:
    """A role's title, or its id (marked) when the catalog does not know it."""
    if role_id is None:
        return QCoreApplication.translate("Report", "Not chosen yet")
    if data.catalog.has_role(role_id):
        return data.catalog.role(role_id).title
    return QCoreApplication.translate("Report", "{id} (not on this career map)").format(id=role_id)


def route_sentence(data: ReportData, f: Formats) -> str:
    """How long the route usually takes, honest about the time already spent in the first role.

    "" when there is no route of at least one move.
    """
    route, current = data.route, data.current
    if route is None or current is None or route.steps == 0:
        return ""
    first = route.transitions[0]
    served = data.plan.profile.years_in_current_role
    total = QCoreApplication.translate("Report", "{moves}, usually about {years} in all.").format(
        moves=counts.moves(route.steps, f), years=counts.years(route.years, f)
    )
    first_move = QCoreApplication.translate(
        "Report",
        "The first move's {years} are how long people usually spend as {role} before it: "
        "time you have already spent as {role} counts towards them.",
    ).format(years=counts.years(first.years, f), role=current.title)
    if served is not None:
        first_move = QCoreApplication.translate(
            "Report",
            "About {ahead} still ahead: your {served} as {role} count towards the first move "
            "({years}).",
        ).format(
            ahead=counts.years(years_ahead(route, served), f),
            served=counts.years(served, f),
            role=current.title,
            years=counts.years(first.years, f),
        )
    return f"{total} {first_move}"


def strip_items(data: ReportData, f: Formats) -> tuple[list[StripRole], list[StripMove]]:
    """The route's cards and moves; just the marked roles when there is no route."""
    catalog, route = data.catalog, data.route
    now = QCoreApplication.translate("Report", "Now")
    target = QCoreApplication.translate("Report", "Target")
    if route is not None and route.steps > 0:
        last = len(route.roles) - 1
        roles = [
            StripRole(
                catalog.role(role_id).title,
                now if i == 0 else target if i == last else "",
                end=i in (0, last),
                target=i == last,
            )
            for i, role_id in enumerate(route.roles)
        ]
        moves = [
            StripMove(move_kind_label(t.kind), counts.years(t.years, f)) for t in route.transitions
        ]
        return roles, moves
    marked = []
    if data.current is not None:
        marked.append(StripRole(data.current.title, now, end=True))
    if data.target is not None and data.target is not data.current:
        marked.append(StripRole(data.target.title, target, end=True, target=True))
    return marked, []


def route_section(data: ReportData, f: Formats) -> str:
    out = h.heading(QCoreApplication.translate("Report", "Your route"), new_page=True)
    current, target = data.current, data.target
    if current is None or target is None:
        missing = QCoreApplication.translate(
            "Report",
            "Choose your current and target role (on the Career map or in My plan) to see "
            "the route between them.",
        )
        out += h.para(esc(missing))
        if data.unknown_roles:
            out += h.note(
                esc(
                    QCoreApplication.translate("Report", "Not on this career map: {ids}.").format(
                        ids=", ".join(data.unknown_roles)
                    )
                )
            )
        return out + (h.route_strip_marker() if current or target else "")
    route = data.route
    if route is None:
        return out + h.para(
            esc(
                QCoreApplication.translate(
                    "Report", "There is no known route from {a} to {b} on this career map."
                ).format(a=current.title, b=target.title)
            )
        )
    if route.steps == 0:
        return out + h.para(
            esc(
                QCoreApplication.translate(
                    "Report", "You are already in your target role: {a}."
                ).format(a=current.title)
            )
        )
    heading = QCoreApplication.translate("Report", "From {a} to {b}:").format(
        a=current.title, b=target.title
    )
    out += h.para(h.bold(esc(heading)) + " " + esc(route_sentence(data, f)))
    out += h.route_strip_marker()
    out += h.subheading(QCoreApplication.translate("Report", "What each move asks"))
    for number, move in enumerate(route.transitions, start=1):
        line = QCoreApplication.translate(
            "Report", "{step}. {a} \u2192 {b}: {kind}, {years}"
        ).format(
            step=f.number(number),
            a=data.catalog.role(move.from_role).title,
            b=data.catalog.role(move.to_role).title,
            kind=move_kind_label(move.kind),
            years=counts.years(move.years, f),
        )
        out += h.para(h.bold(esc(line)))
        out += h.bullets(esc(req) for req in move.requirements)
    return out
