"""The printed plan as HTML for QTextDocument: pure functions of the report's data.

Every string that did not come from this file goes through ``safe.esc``
(``html.escape(quote=True)`` after cleaning): the person's text, and the
career content too (a ladder file is also someone's text). The only images
are ours, named by ``ROUTE_PICTURE`` and ``QUIZ_PICTURE`` under the report's
own URL scheme; links are printed as text, never as anchors.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pmplanner.core.plan import GoalStatus
from pmplanner.report import html_parts as h
from pmplanner.report.html_parts import Picture
from pmplanner.report.lists_html import contacts_section, deadlines_section, goals_section
from pmplanner.report.quiz_html import quiz_section
from pmplanner.report.report_data import ReportData
from pmplanner.report.safe import esc
from pmplanner.wording import counts
from pmplanner.wording.formats import Formats
from pmplanner.wording.labels import move_kind_label, skill_level_name

SCHEME = "pmplanner-report"
ROUTE_PICTURE = f"{SCHEME}:route.png"
QUIZ_PICTURE = f"{SCHEME}:quiz.png"


# -- the whole document ----------------------------------------------------------------


def plan_html(
    data: ReportData,
    route_picture: Picture | None = None,
    quiz_picture: Picture | None = None,
    formats: Formats | None = None,
) -> str:
    f = formats or Formats()
    body = "".join(
        (
            title_page(data, f),
            path_section(data, route_picture, f),
            quiz_section(data, quiz_picture, f),
            skills_section(data, f),
            goals_section(data, f),
            contacts_section(data, f),
            deadlines_section(data, f),
        )
    )
    return h.document(body)


def role_name(data: ReportData, role_id: str | None) -> str:
    """A role's title, or its id (marked) when the catalog does not know it."""
    if role_id is None:
        return QCoreApplication.translate("Report", "Not chosen yet")
    if data.catalog.has_role(role_id):
        return data.catalog.role(role_id).title
    return QCoreApplication.translate("Report", "{id} (not on this career map)").format(id=role_id)


def title_page(data: ReportData, f: Formats) -> str:
    profile = data.plan.profile
    rows = [
        (QCoreApplication.translate("Report", "Date"), esc(f.short_date(data.today))),
        (
            QCoreApplication.translate("Report", "Current role"),
            esc(role_name(data, profile.current_role)),
        ),
        (
            QCoreApplication.translate("Report", "Target role"),
            esc(role_name(data, profile.target_role)),
        ),
    ]
    if profile.target_date is not None:
        days = (profile.target_date - data.today).days
        when = esc(f.short_date(profile.target_date))
        when += " " + esc(
            QCoreApplication.translate("Report", "({time_left})").format(
                time_left=counts.days_to_target(days, f)
            )
        )
        rows.append((QCoreApplication.translate("Report", "Target date"), when))
    # backgrounds belong to the person, not to a ladder: the built-in content names them
    if profile.background and data.quiz_catalog.backgrounds:
        try:
            background = data.quiz_catalog.background(profile.background).name
        except KeyError:
            background = profile.background
        rows.append((QCoreApplication.translate("Report", "Background"), esc(background)))
    name = esc(data.title) if data.title else ""
    return (
        h.spacer(90)
        + h.big_title(QCoreApplication.translate("Report", "Career plan"))
        + (h.subtitle(name) if name else "")
        + h.spacer(24)
        + h.facts(rows)
        + h.spacer(24)
        + h.para(esc(_overview(data, f)))
    )


def _overview(data: ReportData, f: Formats) -> str:
    plan = data.plan
    open_goals = sum(1 for g in plan.goals if g.status.is_open)
    done = sum(1 for g in plan.goals if g.status is GoalStatus.DONE)
    return QCoreApplication.translate(
        "Report",
        "{goals} ({open} open, {done} done), {contacts}, {deadlines} in the next three months.",
    ).format(
        goals=counts.goals(len(plan.goals), f),
        open=f.number(open_goals),
        done=f.number(done),
        contacts=counts.contacts(len(plan.contacts), f),
        deadlines=counts.deadlines(len(data.upcoming), f),
    )


# -- path ------------------------------------------------------------------------------


def path_section(data: ReportData, picture: Picture | None, f: Formats) -> str:
    out = h.heading(QCoreApplication.translate("Report", "Your path"), new_page=True)
    current, target = data.current, data.target
    if current is None or target is None:
        missing = QCoreApplication.translate(
            "Report",
            "Choose your current and target role (on the Career map or in My plan) to see "
            "the path between them.",
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
        return out + (h.picture(picture) if picture else "")
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
    summary = QCoreApplication.translate(
        "Report", "From {a} to {b}: {moves}, about {years} in all."
    ).format(
        a=current.title,
        b=target.title,
        moves=counts.moves(route.steps, f),
        years=counts.years(route.years, f),
    )
    out += h.para(esc(summary))
    if picture is not None:
        out += h.picture(picture)
    rows = []
    for number, move in enumerate(route.transitions, start=1):
        rows.append(
            [
                esc(f.number(number)),
                esc(data.catalog.role(move.from_role).title),
                esc(data.catalog.role(move.to_role).title),
                esc(move_kind_label(move.kind)),
                esc(f.number(move.years)),
            ]
        )
    out += h.table(
        [
            (QCoreApplication.translate("Report", "Step"), 8),
            (QCoreApplication.translate("Report", "From"), 32),
            (QCoreApplication.translate("Report", "To"), 32),
            (QCoreApplication.translate("Report", "Move"), 14),
            (QCoreApplication.translate("Report", "Typical years"), 14),
        ],
        rows,
        footer=[
            "",
            "",
            "",
            h.bold(esc(QCoreApplication.translate("Report", "Total"))),
            h.bold(esc(f.number(route.years))),
        ],
    )
    return out


# -- skills ----------------------------------------------------------------------------


def _level(level: int, f: Formats) -> str:
    name = skill_level_name(level)
    return f"{f.number(level)} \u2013 {name}" if name else f.number(level)


def skills_section(data: ReportData, f: Formats) -> str:
    role = data.skills_role
    title = (
        QCoreApplication.translate("Report", "Skills")
        if role is None
        else QCoreApplication.translate("Report", "Skills for {role}").format(role=role.title)
    )
    out = h.heading(title)
    if not data.skills:
        return out + h.para(
            esc(
                QCoreApplication.translate(
                    "Report", "Choose a target role to see its key skills next to your own rating."
                )
            )
        )
    rows = []
    for row in data.skills:
        rating = (
            _level(row.rating, f)
            if row.rating is not None
            else QCoreApplication.translate("Report", "Not rated yet")
        )
        if role is None:
            expected, gap = "", ""
        else:
            expected = _level(row.expected, f)
            gap = (
                QCoreApplication.translate("Report", "Met")
                if row.gap == 0
                else "\u2212" + f.number(row.gap)
            )
        rows.append([esc(row.name), esc(rating), esc(expected), esc(gap)])
    return out + h.table(
        [
            (QCoreApplication.translate("Report", "Skill"), 40),
            (QCoreApplication.translate("Report", "Your rating"), 22),
            (QCoreApplication.translate("Report", "Expected"), 22),
            (QCoreApplication.translate("Report", "Gap"), 16),
        ],
        rows,
    )
