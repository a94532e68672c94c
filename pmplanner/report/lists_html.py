"""The plan's lists in the printed plan: goals, contacts and deadlines, as ruled tables."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from pmplanner.core.plan import Goal, GoalCategory, GoalStatus
from pmplanner.report import html_parts as h
from pmplanner.report.deadlines import UPCOMING_MONTHS, Deadline, add_months
from pmplanner.report.options import ReportOptions
from pmplanner.report.report_data import ReportData
from pmplanner.report.safe import esc, esc_lines
from pmplanner.report.summary_html import deadline_what, shown_deadlines
from pmplanner.wording import counts
from pmplanner.wording.columns import GOAL_COLUMNS, Column
from pmplanner.wording.formats import Formats
from pmplanner.wording.labels import category_label, kind_label

DONE_LISTED = 6  # done goals named in a shared plan's summary line


def goals_section(data: ReportData, f: Formats, options: ReportOptions) -> str:
    """Every goal on its own row ("complete"), or the open ones with the done ones
    summarised and the dropped ones left out ("share")."""
    out = h.heading(QCoreApplication.translate("Report", "Goals"))
    if not data.plan.goals:
        return out + h.para(esc(QCoreApplication.translate("Report", "No goals yet.")))
    # the same columns in both tables: those with something in them in either
    shown = [g for g in data.learning + data.networking if options.complete or g.status.is_open]
    columns = _filled_columns(shown, f)
    for title, goals in (
        (category_label(GoalCategory.LEARNING), data.learning),
        (category_label(GoalCategory.NETWORKING), data.networking),
    ):
        done = [g for g in goals if g.status is GoalStatus.DONE]
        counted = sum(1 for g in goals if g.status is not GoalStatus.DROPPED)
        out += h.subheading(
            QCoreApplication.translate("Report", "{title} ({done} of {total} done)").format(
                title=title, done=f.number(len(done)), total=f.number(counted)
            )
        )
        if not goals:
            out += h.para(esc(QCoreApplication.translate("Report", "None yet.")))
            continue
        listed = goals if options.complete else [g for g in goals if g.status.is_open]
        if listed:
            out += h.table(
                _printed_headers(columns),
                [_goal_row(goal, columns, data.today, f, options.complete) for goal in listed],
            )
        if not options.complete and done:
            out += _done_summary(done, f)
    return out


def _done_summary(done: list[Goal], f: Formats) -> str:
    """ "Done: A; B; C and 9 more", the most recently completed first."""
    recent = sorted(
        done, key=lambda g: (g.completed is None, -(g.completed or g.created).timestamp())
    )
    names = [
        g.title.strip() or QCoreApplication.translate("Report", "Untitled goal")
        for g in recent[:DONE_LISTED]
    ]
    shown = "; ".join(names)
    if len(done) > len(names):
        shown = counts.and_more(shown, len(done) - len(names), f)
    return h.para(h.bold(esc(QCoreApplication.translate("Report", "Done:"))) + " " + esc(shown))


PRINTED_GOAL_COLUMNS = tuple(column for column in GOAL_COLUMNS if column.printed)


def _filled_columns(goals: list[Goal], f: Formats) -> list[Column[Goal]]:
    """The printed columns, but those the spec leaves out when nothing is in them."""
    return [
        column
        for column in PRINTED_GOAL_COLUMNS
        if column.printed_empty or any(column.text_of(goal, f) for goal in goals)
    ]


def _printed_headers(columns: list[Column[Goal]]) -> list[tuple[str, int]]:
    """Each column's header and share of the width; the first takes what others left."""
    headers = []
    for column in columns:
        if column.field == "title":  # the title cell holds the kind, notes and link too
            headers.append((QCoreApplication.translate("Report", "Goal"), column.printed))
        else:
            headers.append((column.title(), column.printed))
    left_over = 100 - sum(share for _text, share in headers)
    headers[0] = (headers[0][0], headers[0][1] + left_over)
    return headers


def _goal_row(
    goal: Goal, columns: list[Column[Goal]], today: date, f: Formats, details: bool = True
) -> list[str]:
    """A goal's printed cells, one per printed column of the goals spec."""
    return [_goal_cell(goal, column, today, f, details) for column in columns]


def _goal_cell(goal: Goal, column: Column[Goal], today: date, f: Formats, details: bool) -> str:
    if column.field == "title":
        return _title_cell(goal, details)
    text = esc(column.text_of(goal, f))
    if column.field == "due" and goal.is_overdue(today):
        text += "<br>" + h.warn(esc(QCoreApplication.translate("Report", "overdue")))
    return text


def _title_cell(goal: Goal, details: bool) -> str:
    title = goal.title.strip() or QCoreApplication.translate("Report", "Untitled goal")
    # a shared plan's rows are one line where they can be: the title not bold
    shown = h.bold(esc(title)) if details else esc(title)
    cell = shown + " " + h.small(esc("\u00b7 " + kind_label(goal.kind)))
    if details and goal.notes.strip():
        cell += h.block(esc_lines(goal.notes))
    if details and goal.link.strip():
        cell += h.block(h.small(esc(goal.link.strip())))
    return cell


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
            (QCoreApplication.translate("Report", "Name and notes"), 40),
            (QCoreApplication.translate("Report", "How you met"), 20),
            (QCoreApplication.translate("Report", "Last contact"), 18),
            (QCoreApplication.translate("Report", "Next follow-up"), 22),
        ],
        rows,
    )


# -- deadlines -------------------------------------------------------------------------


def deadlines_section(data: ReportData, f: Formats, options: ReportOptions) -> str:
    end = add_months(data.today, UPCOMING_MONTHS)
    out = h.heading(QCoreApplication.translate("Report", "Deadlines: the next three months"))
    out += h.note(
        esc(
            QCoreApplication.translate("Report", "From {a} to {b}.").format(
                a=f.short_date(data.today), b=f.short_date(end)
            )
        )
    )
    late, coming = shown_deadlines(data, options)
    if late:
        out += h.subheading(QCoreApplication.translate("Report", "Overdue"))
        out += _deadline_table(late, f, options.follow_ups)
    if not coming:
        return out + h.para(
            esc(
                QCoreApplication.translate(
                    "Report", "No due dates or follow-ups in the next three months."
                )
            )
        )
    if late:
        out += h.subheading(QCoreApplication.translate("Report", "Coming up"))
    return out + _deadline_table(coming, f, options.follow_ups)


def _deadline_table(items: list[Deadline], f: Formats, follow_ups: bool = True) -> str:
    """Date, what and title; without follow-ups every row is a goal's: no "What" column."""
    rows = []
    for item in items:
        what, title = deadline_what(item)
        cells = [esc(f.short_date(item.when)), esc(what), esc(title)]
        rows.append(cells if follow_ups else [cells[0], cells[2]])
    date_column = (QCoreApplication.translate("Report", "Date"), 20)
    if not follow_ups:
        return h.table([date_column, (QCoreApplication.translate("Report", "Goal due"), 80)], rows)
    return h.table(
        [
            date_column,
            (QCoreApplication.translate("Report", "What"), 16),
            (QCoreApplication.translate("Report", "Goal or contact"), 64),
        ],
        rows,
    )
