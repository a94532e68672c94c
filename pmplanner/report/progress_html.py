"""The living plan in print: page one's focus areas and trend, and the progress and evidence
sections.

Everything is read from the frozen check-ins (``core.progress``), so a later
change of target or ladder never rewrites what a check-in said. A plan without
check-ins prints none of it (page one as before); a plan without evidence has
no evidence section. The check-in's reflection is the person's private note:
only the "complete" preset prints it; its wins are printed in both.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pmplanner.core.checkin_snapshot import RatingChange, latest, rating_changes
from pmplanner.core.checkins import CheckIn
from pmplanner.core.progress import changes, in_order
from pmplanner.drawing.progress_chart import Point
from pmplanner.report import html_parts as h
from pmplanner.report.html_parts import Picture
from pmplanner.report.options import ReportOptions
from pmplanner.report.report_data import ReportData
from pmplanner.report.safe import esc, esc_lines
from pmplanner.wording import counts
from pmplanner.wording.formats import Formats

NOT_RATED = "\u2013"  # a rating a check-in did not record


def _met(check_in: CheckIn) -> tuple[int, int]:
    """(skills at or above the level the then target expected, its skills)."""
    met = sum(1 for s, lvl in check_in.expected.items() if check_in.ratings.get(s, 0) >= lvl)
    return met, len(check_in.expected)


def _readiness(check_in: CheckIn, f: Formats) -> str:
    """ "40 %" of the then target's skills met, or "–" when it expected none."""
    met, total = _met(check_in)
    return f.percent(100 * met / total) if total else NOT_RATED


def _change(change: RatingChange, data: ReportData, f: Formats) -> str:
    was = NOT_RATED if change.before is None else f.number(change.before)
    now = NOT_RATED if change.after is None else f.number(change.after)
    return f"{data.catalog.skill_name(change.skill)} {was} \u2192 {now}"


def _goal_title(data: ReportData, goal_id: str) -> str | None:
    for goal in data.plan.goals:
        if goal.id == goal_id:
            return goal.title.strip() or QCoreApplication.translate("Report", "Untitled goal")
    return None  # deleted since the check-in


# -- page one ---------------------------------------------------------------------------


def page_one_rows(data: ReportData, f: Formats) -> list[tuple[str, str]]:
    """Page one's "Focus areas" and "Since the last check-in" rows; none without check-ins."""
    last = latest(data.plan)
    if last is None:
        return []
    return [
        (QCoreApplication.translate("Report", "Focus areas"), focus_areas(last, data, f)),
        (QCoreApplication.translate("Report", "Trend"), trend(data, f)),
    ]


def focus_areas(last: CheckIn, data: ReportData, f: Formats) -> str:
    if not last.focus:
        return esc(
            QCoreApplication.translate("Report", "None chosen at the check-in of {date}.").format(
                date=f.short_date(last.day)
            )
        )
    lines = []
    for focus in last.focus:
        skill = data.catalog.skill_name(focus.skill)
        titles = [t for t in (_goal_title(data, g) for g in focus.goals) if t is not None]
        if titles:
            line = QCoreApplication.translate("Report", "{skill}: {goals}").format(
                skill=skill, goals="; ".join(titles)
            )
        else:
            line = QCoreApplication.translate("Report", "{skill} (no goal aimed at it yet)").format(
                skill=skill
            )
        lines.append(esc(line))
    out = lines[0] + "".join(h.block(line) for line in lines[1:])
    return out + h.block(
        h.small(
            esc(
                QCoreApplication.translate("Report", "Chosen at the check-in of {date}.").format(
                    date=f.short_date(last.day)
                )
            )
        )
    )


def trend(data: ReportData, f: Formats) -> str:
    """Readiness at the check-in before the last and at the last, and the skills that moved."""
    checkins = in_order(data.plan)
    last = checkins[-1]
    if len(checkins) == 1:
        return esc(
            QCoreApplication.translate(
                "Report", "One check-in so far, on {date}: readiness {readiness}."
            ).format(date=f.short_date(last.day), readiness=_readiness(last, f))
        )
    before = checkins[-2]
    out = esc(
        QCoreApplication.translate(
            "Report", "Readiness {then} on {then_date}, {now} on {now_date}."
        ).format(
            then=_readiness(before, f),
            then_date=f.short_date(before.day),
            now=_readiness(last, f),
            now_date=f.short_date(last.day),
        )
    )
    if before.target_role != last.target_role:
        out += h.block(
            h.small(
                esc(
                    QCoreApplication.translate(
                        "Report", "The target changed in between: each is readiness for its own."
                    )
                )
            )
        )
    moved = rating_changes(before, last)
    rose = [c for c in moved if (c.after or 0) > (c.before or 0)]
    fell = [c for c in moved if (c.after or 0) < (c.before or 0)]
    if rose:
        out += h.block(
            esc(
                QCoreApplication.translate("Report", "Rose: {skills}").format(
                    skills=", ".join(_change(c, data, f) for c in rose)
                )
            )
        )
    if fell:
        out += h.block(
            esc(
                QCoreApplication.translate("Report", "Fell: {skills}").format(
                    skills=", ".join(_change(c, data, f) for c in fell)
                )
            )
        )
    if not rose and not fell:
        out += h.block(
            esc(QCoreApplication.translate("Report", "No skill rating rose or fell in between."))
        )
    return out


# -- the sections -----------------------------------------------------------------------


def chart_points(data: ReportData, f: Formats) -> list[Point]:
    """Readiness at each check-in whose target expected skills, oldest first."""
    points = []
    for check_in in in_order(data.plan):
        met, total = _met(check_in)
        if total:
            value = 100 * met / total
            points.append(Point(value, f.percent(value), f.short_date(check_in.day)))
    return points


def progress_section(
    data: ReportData,
    f: Formats,
    options: ReportOptions,
    chart: Picture | None = None,
    say_none: bool = False,
) -> str:
    """The check-ins, newest first, with what changed; "" without any (unless ``say_none``)."""
    found = changes(data.plan)
    out = h.heading(QCoreApplication.translate("Report", "Progress"))
    if not found:
        if not say_none:
            return ""
        return out + h.para(esc(QCoreApplication.translate("Report", "No check-ins yet.")))
    first = found[-1].check_in
    out += h.note(
        esc(
            QCoreApplication.translate("Report", "{check_ins} since {date}.").format(
                check_ins=counts.check_ins(len(found), f), date=f.short_date(first.day)
            )
        )
    )
    if chart is not None:
        out += h.note(
            esc(
                QCoreApplication.translate(
                    "Report",
                    "Readiness at each check-in: the share of the then target's key skills "
                    "at the level it expected.",
                )
            )
        ) + h.picture(chart)
    rows = []
    for entry in found:
        check_in = entry.check_in
        if entry.first:  # its ratings are where the story starts, not changes
            lines = [esc(QCoreApplication.translate("Report", "First check-in"))]
        else:
            lines = [esc(_change(c, data, f)) for c in entry.ratings]
        if entry.completed:
            titles = "; ".join(
                g.title.strip() or QCoreApplication.translate("Report", "Untitled goal")
                for g in entry.completed
            )
            lines.append(
                esc(QCoreApplication.translate("Report", "Done: {goals}").format(goals=titles))
            )
        if check_in.wins.strip():
            lines.append(
                h.bold(esc(QCoreApplication.translate("Report", "Wins:")))
                + " "
                + esc_lines(check_in.wins)
            )
        if options.complete and check_in.reflection.strip():
            lines.append(
                h.bold(esc(QCoreApplication.translate("Report", "Reflection:")))
                + " "
                + esc_lines(check_in.reflection)
            )
        if not lines:
            lines.append(esc(QCoreApplication.translate("Report", "No changes")))
        target = check_in.target_title.strip() or QCoreApplication.translate(
            "Report", "No target role"
        )
        rows.append(
            [
                esc(f.short_date(check_in.day)),
                esc(target),
                esc(_readiness(check_in, f)),
                lines[0] + "".join(h.block(line) for line in lines[1:]),
            ]
        )
    return out + h.table(
        [
            (QCoreApplication.translate("Report", "Date"), 16),
            (QCoreApplication.translate("Report", "Target"), 18),
            (QCoreApplication.translate("Report", "Readiness"), 14),
            (QCoreApplication.translate("Report", "What changed"), 52),
        ],
        rows,
    )


def evidence_section(data: ReportData, f: Formats, say_none: bool = False) -> str:
    """Each piece of evidence, newest first, with the skills it shows; "" when there is none."""
    out = h.heading(QCoreApplication.translate("Report", "Evidence"))
    entries = sorted(enumerate(data.plan.evidence), key=lambda p: (p[1].day, p[0]), reverse=True)
    if not entries:
        if not say_none:
            return ""
        return out + h.para(esc(QCoreApplication.translate("Report", "No evidence recorded yet.")))
    out += h.note(esc(counts.evidence_entries(len(entries), f) + "."))
    rows = []
    for _i, entry in entries:
        cell = esc_lines(entry.text) if entry.text.strip() else ""
        if entry.goal is not None:
            title = _goal_title(data, entry.goal)
            if title is not None:
                cell += h.block(
                    h.small(
                        esc(QCoreApplication.translate("Report", "For: {goal}").format(goal=title))
                    )
                )
        if entry.link.strip():
            cell += h.block(h.small(esc(entry.link.strip())))
        skills = ", ".join(data.catalog.skill_name(s) for s in entry.skills)
        rows.append([esc(f.short_date(entry.day)), cell, esc(skills)])
    return out + h.table(
        [
            (QCoreApplication.translate("Report", "Date"), 16),
            (QCoreApplication.translate("Report", "What happened"), 56),
            (QCoreApplication.translate("Report", "Skills it shows"), 28),
        ],
        rows,
    )
