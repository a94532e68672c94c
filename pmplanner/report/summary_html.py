"""Page one of the printed plan: what a manager reads in a minute.

Who; current and target role with the time the route usually takes; the
target date, the time left and whether it is shorter than the route;
readiness for the target (skills met of all its key skills, the biggest gaps,
unrated skills said as such and never counted as 0); with check-ins, the
latest one's focus areas and the trend since the one before; the next
deadlines; goals done, open and dropped. Every line says something sensible for an empty plan.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pmplanner.core.route_time import target_too_soon, years_ahead
from pmplanner.core.summary import PlanSummary
from pmplanner.report import html_parts as h
from pmplanner.report.deadlines import Deadline, DeadlineKind
from pmplanner.report.options import ReportOptions
from pmplanner.report.progress_html import page_one_rows
from pmplanner.report.report_data import ReportData, SkillRow
from pmplanner.report.route_html import role_name, route_sentence
from pmplanner.report.safe import esc
from pmplanner.wording import counts
from pmplanner.wording.formats import Formats

NEXT_DEADLINES = 6
BIGGEST_GAPS = 3


def summary_page(data: ReportData, f: Formats, options: ReportOptions) -> str:
    profile = data.plan.profile
    out = h.big_title(QCoreApplication.translate("Report", "Career plan"))
    if data.title:
        out += h.subtitle(esc(data.title))
    out += h.note(
        esc(
            QCoreApplication.translate("Report", "Printed on {date}.").format(
                date=f.short_date(data.today)
            )
        )
    )
    rows = [
        (QCoreApplication.translate("Report", "Now"), esc(role_name(data, profile.current_role))),
        (
            QCoreApplication.translate("Report", "Aiming for"),
            esc(role_name(data, profile.target_role)),
        ),
        (QCoreApplication.translate("Report", "The route"), _route(data, f)),
        (QCoreApplication.translate("Report", "Target date"), _target_date(data, f)),
        (_readiness_label(data), _readiness(data, f)),
        *page_one_rows(data, f),  # focus areas and trend, when the plan has check-ins
        (QCoreApplication.translate("Report", "Goals"), esc(_goals(data, f))),
    ]
    out += h.spacer(8) + h.facts(rows)
    out += h.subheading(QCoreApplication.translate("Report", "Next deadlines"))
    out += _next_deadlines(data, f, options)
    return out


def _route(data: ReportData, f: Formats) -> str:
    if data.current is None or data.target is None:
        return esc(
            QCoreApplication.translate(
                "Report", "Choose a current and a target role to see the route between them."
            )
        )
    if data.route is None:
        return esc(QCoreApplication.translate("Report", "No known route on this career map."))
    if data.route.steps == 0:
        return esc(QCoreApplication.translate("Report", "Already in the target role."))
    return esc(route_sentence(data, f))


def _target_date(data: ReportData, f: Formats) -> str:
    when = data.plan.profile.target_date
    if when is None:
        return esc(counts.days_to_target(None, f))
    days = (when - data.today).days
    out = (
        esc(f.short_date(when))
        + " "
        + esc(
            QCoreApplication.translate("Report", "({time_left})").format(
                time_left=counts.days_to_target(days, f)
            )
        )
    )
    route, served = data.route, data.plan.profile.years_in_current_role
    if route is not None and target_too_soon(route, served, when, data.today):
        if served is None:
            warning = QCoreApplication.translate(
                "Report",
                "Note: that is sooner than the route usually takes ({years}), unless you have "
                "already spent much of the first move's time in your current role.",
            ).format(years=counts.years(route.years, f))
        else:
            warning = QCoreApplication.translate(
                "Report",
                "Note: that is sooner than the time the route usually still takes ({years}, "
                "counting the years you have already spent in your current role).",
            ).format(years=counts.years(years_ahead(route, served), f))
        out += h.block(h.warn(esc(warning)))
    return out


def _readiness_label(data: ReportData) -> str:
    if data.target is None:
        return QCoreApplication.translate("Report", "Readiness")
    return QCoreApplication.translate("Report", "Readiness for {role}").format(
        role=data.target.title
    )


def readiness_counts(rows: list[SkillRow]) -> tuple[int, int, int]:
    """(met, all key skills, not rated): an unrated skill is neither met nor a gap."""
    met = sum(1 for r in rows if r.rating is not None and r.rating >= r.expected)
    unrated = sum(1 for r in rows if r.rating is None)
    return met, len(rows), unrated


def biggest_gaps(rows: list[SkillRow], limit: int = BIGGEST_GAPS) -> list[SkillRow]:
    rated = [r for r in rows if r.rating is not None and r.rating < r.expected]
    return sorted(rated, key=lambda r: (-(r.expected - (r.rating or 0)), r.name))[:limit]


def _readiness(data: ReportData, f: Formats) -> str:
    if data.target is None or data.skills_role is not data.target:
        return esc(
            QCoreApplication.translate("Report", "Choose a target role to see how ready you are.")
        )
    if not data.skills:
        return esc(QCoreApplication.translate("Report", "This role lists no key skills."))
    met, total, unrated = readiness_counts(data.skills)
    line = counts.skills_met(met, total, f)
    if unrated:
        line = QCoreApplication.translate("Report", "{met}; {not_rated}.").format(
            met=line, not_rated=counts.skills_not_rated(unrated, f)
        )
    else:
        line += "."
    out = esc(line)
    gaps = biggest_gaps(data.skills)
    if gaps:
        listed = ", ".join(
            QCoreApplication.translate("Report", "{skill} ({below})").format(
                skill=r.name, below=counts.levels_short(r.gap, f)
            )
            for r in gaps
        )
        out += h.block(
            esc(QCoreApplication.translate("Report", "Biggest gaps: {list}").format(list=listed))
        )
    return out


def _goals(data: ReportData, f: Formats) -> str:
    summary = PlanSummary.of(data.plan, data.today)
    dropped = len(data.plan.goals) - summary.total
    if not data.plan.goals:
        return QCoreApplication.translate("Report", "No goals yet.")
    parts = [counts.goals_done(summary.done, summary.total, f), counts.goals_open(summary.open, f)]
    if summary.overdue:
        parts.append(counts.goals_overdue(summary.overdue, f))
    if dropped:
        parts.append(counts.dropped_not_counted(dropped, f))
    return "; ".join(parts) + "."


def shown_deadlines(
    data: ReportData, options: ReportOptions
) -> tuple[list[Deadline], list[Deadline]]:
    """Overdue and upcoming deadlines; follow-ups only where contacts are printed."""

    def keep(d: Deadline) -> bool:
        return options.follow_ups or d.kind is not DeadlineKind.FOLLOW_UP

    return [d for d in data.overdue if keep(d)], [d for d in data.upcoming if keep(d)]


def deadline_what(item: Deadline) -> tuple[str, str]:
    """What is due and its title, for a table row."""
    if item.kind is DeadlineKind.GOAL_DUE:
        return (
            QCoreApplication.translate("Report", "Goal due"),
            item.title.strip() or QCoreApplication.translate("Report", "Untitled goal"),
        )
    return (
        QCoreApplication.translate("Report", "Follow up"),
        item.title.strip() or QCoreApplication.translate("Report", "Unnamed contact"),
    )


def _next_deadlines(data: ReportData, f: Formats, options: ReportOptions) -> str:
    late, coming = shown_deadlines(data, options)
    if not late and not coming:
        return h.para(
            esc(QCoreApplication.translate("Report", "Nothing is due in the next three months."))
        )
    out = ""
    if late:
        out += h.para(
            h.warn(
                esc(
                    QCoreApplication.translate("Report", "Overdue: {count}.").format(
                        count=counts.deadlines(len(late), f)
                    )
                )
            )
        )
    rows = []
    for item in (late[:2] + coming)[:NEXT_DEADLINES]:
        what, title = deadline_what(item)
        when = f.short_date(item.when)
        if item.when < data.today:
            when += " " + QCoreApplication.translate("Report", "(overdue)")
        rows.append(
            [esc(when), esc(what), esc(title)] if options.follow_ups else [esc(when), esc(title)]
        )
    date_column = (QCoreApplication.translate("Report", "Date"), 24)
    if options.follow_ups:
        columns = [
            date_column,
            (QCoreApplication.translate("Report", "What"), 16),
            (QCoreApplication.translate("Report", "Goal or contact"), 60),
        ]
    else:  # every row is a goal's
        columns = [date_column, (QCoreApplication.translate("Report", "Goal due"), 76)]
    out += h.table(columns, rows)
    more = len(late) + len(coming) - len(rows)
    if more > 0:
        text = (
            QCoreApplication.translate("Report", "{count} more in the Deadlines section.")
            if options.has("deadlines")
            else QCoreApplication.translate("Report", "{count} more.")
        )
        out += h.note(esc(text.format(count=counts.deadlines(more, f))))
    return out
