"""The plan's lists in the printed plan: goals, contacts and deadlines, as ruled tables."""

from __future__ import annotations

from datetime import date

from pmplanner.core.plan import Goal, GoalStatus
from pmplanner.report import html_parts as h
from pmplanner.report.deadlines import UPCOMING_MONTHS, Deadline, DeadlineKind, add_months
from pmplanner.report.formats import Formats
from pmplanner.report.formats import tr as _tr
from pmplanner.report.report_data import ReportData
from pmplanner.report.safe import esc, esc_lines


def goals_section(data: ReportData, f: Formats) -> str:
    out = h.heading(_tr("Goals"))
    if not data.plan.goals:
        return out + h.para(esc(_tr("No goals yet.")))
    for title, goals in ((_tr("Learning"), data.learning), (_tr("Networking"), data.networking)):
        done = sum(1 for g in goals if g.status is GoalStatus.DONE)
        counted = sum(1 for g in goals if g.status is not GoalStatus.DROPPED)
        out += h.subheading(
            _tr("{title} ({done} of {total} done)").format(
                title=title, done=f.number(done), total=f.number(counted)
            )
        )
        if not goals:
            out += h.para(esc(_tr("None yet.")))
            continue
        out += h.table(
            [(_tr("Goal"), 58), (_tr("Status"), 14), (_tr("Progress"), 12), (_tr("Due"), 16)],
            [_goal_row(goal, data.today, f) for goal in goals],
        )
    return out


def _goal_row(goal: Goal, today: date, f: Formats) -> list[str]:
    title = goal.title.strip() or _tr("Untitled goal")
    cell = h.bold(esc(title)) + "<br>" + h.small(esc(_tr(goal.kind.label)))
    if goal.notes.strip():
        cell += h.block(esc_lines(goal.notes))
    if goal.link.strip():
        cell += h.block(h.small(esc(goal.link.strip())))
    due = esc(f.date(goal.due))
    if goal.is_overdue(today):
        due += "<br>" + h.warn(esc(_tr("overdue")))
    return [cell, esc(_tr(goal.status.label)), esc(f.percent(goal.progress)), due]


# -- contacts --------------------------------------------------------------------------


def contacts_section(data: ReportData, f: Formats) -> str:
    out = h.heading(_tr("Contacts"))
    if not data.contacts:
        return out + h.para(esc(_tr("No contacts yet.")))
    rows = []
    for contact in data.contacts:
        name = contact.name.strip() or _tr("Unnamed contact")
        cell = h.bold(esc(name))
        if contact.notes.strip():
            cell += h.block(esc_lines(contact.notes))
        follow = esc(f.date(contact.next_follow_up))
        if contact.follow_up_due(data.today):
            follow += "<br>" + h.warn(esc(_tr("due")))
        rows.append([cell, esc(contact.how_met), esc(f.date(contact.last_contact)), follow])
    return out + h.table(
        [
            (_tr("Name and notes"), 46),
            (_tr("How you met"), 22),
            (_tr("Last contact"), 16),
            (_tr("Next follow-up"), 16),
        ],
        rows,
    )


# -- deadlines -------------------------------------------------------------------------


def deadlines_section(data: ReportData, f: Formats) -> str:
    end = add_months(data.today, UPCOMING_MONTHS)
    out = h.heading(_tr("Deadlines: the next three months"))
    out += h.note(
        esc(_tr("From {a} to {b}.").format(a=f.long_date(data.today), b=f.long_date(end)))
    )
    if data.overdue:
        out += h.subheading(_tr("Overdue"))
        out += _deadline_table(data.overdue, f)
    if not data.upcoming:
        return out + h.para(esc(_tr("No due dates or follow-ups in the next three months.")))
    if data.overdue:
        out += h.subheading(_tr("Coming up"))
    return out + _deadline_table(data.upcoming, f)


def _deadline_table(items: list[Deadline], f: Formats) -> str:
    rows = []
    for item in items:
        if item.kind is DeadlineKind.GOAL_DUE:
            what = _tr("Goal due")
            title = item.title.strip() or _tr("Untitled goal")
        else:
            what = _tr("Follow up")
            title = item.title.strip() or _tr("Unnamed contact")
        rows.append([esc(f.date(item.when)), esc(what), esc(title)])
    return h.table([(_tr("Date"), 18), (_tr("What"), 18), (_tr("Goal or contact"), 64)], rows)
