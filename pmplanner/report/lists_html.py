"""The plan's lists in the printed plan: goals, contacts and deadlines, as ruled tables."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from pmplanner.core.plan import Goal, GoalCategory, GoalStatus
from pmplanner.report import html_parts as h
from pmplanner.report.deadlines import UPCOMING_MONTHS, Deadline, DeadlineKind, add_months
from pmplanner.report.report_data import ReportData
from pmplanner.report.safe import esc, esc_lines
from pmplanner.wording.formats import Formats
from pmplanner.wording.labels import category_label, kind_label, status_label


def goals_section(data: ReportData, f: Formats) -> str:
    out = h.heading(QCoreApplication.translate("Report", "Goals"))
    if not data.plan.goals:
        return out + h.para(esc(QCoreApplication.translate("Report", "No goals yet.")))
    for title, goals in (
        (category_label(GoalCategory.LEARNING), data.learning),
        (category_label(GoalCategory.NETWORKING), data.networking),
    ):
        done = sum(1 for g in goals if g.status is GoalStatus.DONE)
        counted = sum(1 for g in goals if g.status is not GoalStatus.DROPPED)
        out += h.subheading(
            QCoreApplication.translate("Report", "{title} ({done} of {total} done)").format(
                title=title, done=f.number(done), total=f.number(counted)
            )
        )
        if not goals:
            out += h.para(esc(QCoreApplication.translate("Report", "None yet.")))
            continue
        out += h.table(
            [
                (QCoreApplication.translate("Report", "Goal"), 58),
                (QCoreApplication.translate("Report", "Status"), 14),
                (QCoreApplication.translate("Report", "Progress"), 12),
                (QCoreApplication.translate("Report", "Due"), 16),
            ],
            [_goal_row(goal, data.today, f) for goal in goals],
        )
    return out


def _goal_row(goal: Goal, today: date, f: Formats) -> list[str]:
    title = goal.title.strip() or QCoreApplication.translate("Report", "Untitled goal")
    cell = h.bold(esc(title)) + "<br>" + h.small(esc(kind_label(goal.kind)))
    if goal.notes.strip():
        cell += h.block(esc_lines(goal.notes))
    if goal.link.strip():
        cell += h.block(h.small(esc(goal.link.strip())))
    due = esc(f.short_date(goal.due))
    if goal.is_overdue(today):
        due += "<br>" + h.warn(esc(QCoreApplication.translate("Report", "overdue")))
    status = esc(status_label(goal.status))
    if goal.completed is not None:
        done_on = f.short_date(goal.completed.astimezone().date())
        completed = QCoreApplication.translate("Report", "completed {date}").format(date=done_on)
        status += "<br>" + h.small(esc(completed))
    return [cell, status, esc(f.percent(goal.progress)), due]


# -- contacts --------------------------------------------------------------------------


def contacts_section(data: ReportData, f: Formats) -> str:
    out = h.heading(QCoreApplication.translate("Report", "Contacts"))
    if not data.contacts:
        return out + h.para(esc(QCoreApplication.translate("Report", "No contacts yet.")))
    rows = []
    for contact in data.contacts:
        name = contact.name.strip() or QCoreApplication.translate("Report", "Unnamed contact")
        cell = h.bold(esc(name))
        if contact.notes.strip():
            cell += h.block(esc_lines(contact.notes))
        follow = esc(f.short_date(contact.next_follow_up))
        if contact.follow_up_due(data.today):
            follow += "<br>" + h.warn(esc(QCoreApplication.translate("Report", "due")))
        rows.append([cell, esc(contact.how_met), esc(f.short_date(contact.last_contact)), follow])
    return out + h.table(
        [
            (QCoreApplication.translate("Report", "Name and notes"), 46),
            (QCoreApplication.translate("Report", "How you met"), 22),
            (QCoreApplication.translate("Report", "Last contact"), 16),
            (QCoreApplication.translate("Report", "Next follow-up"), 16),
        ],
        rows,
    )


# -- deadlines -------------------------------------------------------------------------


def deadlines_section(data: ReportData, f: Formats) -> str:
    end = add_months(data.today, UPCOMING_MONTHS)
    out = h.heading(QCoreApplication.translate("Report", "Deadlines: the next three months"))
    out += h.note(
        esc(
            QCoreApplication.translate("Report", "From {a} to {b}.").format(
                a=f.short_date(data.today), b=f.short_date(end)
            )
        )
    )
    if data.overdue:
        out += h.subheading(QCoreApplication.translate("Report", "Overdue"))
        out += _deadline_table(data.overdue, f)
    if not data.upcoming:
        return out + h.para(
            esc(
                QCoreApplication.translate(
                    "Report", "No due dates or follow-ups in the next three months."
                )
            )
        )
    if data.overdue:
        out += h.subheading(QCoreApplication.translate("Report", "Coming up"))
    return out + _deadline_table(data.upcoming, f)


def _deadline_table(items: list[Deadline], f: Formats) -> str:
    rows = []
    for item in items:
        if item.kind is DeadlineKind.GOAL_DUE:
            what = QCoreApplication.translate("Report", "Goal due")
            title = item.title.strip() or QCoreApplication.translate("Report", "Untitled goal")
        else:
            what = QCoreApplication.translate("Report", "Follow up")
            title = item.title.strip() or QCoreApplication.translate("Report", "Unnamed contact")
        rows.append([esc(f.short_date(item.when)), esc(what), esc(title)])
    return h.table(
        [
            (QCoreApplication.translate("Report", "Date"), 18),
            (QCoreApplication.translate("Report", "What"), 18),
            (QCoreApplication.translate("Report", "Goal or contact"), 64),
        ],
        rows,
    )
