"""The printed plan as HTML for QTextDocument: pure functions of the report's data.

Every string that did not come from this file goes through ``safe.esc``
(``html.escape(quote=True)`` after cleaning): the person's text, and the
career content too (a ladder file is also someone's text). The only images
are ours, named by ``ROUTE_PICTURE`` and ``QUIZ_PICTURE`` under the report's
own URL scheme; links are printed as text, never as anchors.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from pmplanner.core.careers import SKILL_LEVEL_NAMES, TransitionKind
from pmplanner.core.plan import Goal, GoalStatus
from pmplanner.report import html_parts as h
from pmplanner.report.deadlines import UPCOMING_MONTHS, Deadline, DeadlineKind, add_months
from pmplanner.report.report_data import ReportData
from pmplanner.report.safe import esc, esc_lines

SCHEME = "pmplanner-report"
ROUTE_PICTURE = f"{SCHEME}:route.png"
QUIZ_PICTURE = f"{SCHEME}:quiz.png"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


@dataclass(frozen=True)
class Picture:
    """One of our images, shown at ``width`` x ``height`` (CSS pixels)."""

    url: str
    width: int
    height: int


class Formats:
    """Dates and numbers in the reader's locale (short dates keep a four-digit year)."""

    def __init__(self, locale: QLocale | None = None):
        self.locale = locale or QLocale()
        short = self.locale.dateFormat(QLocale.FormatType.ShortFormat)
        if self.locale.language() == QLocale.Language.C:
            short = "yyyy-MM-dd"  # the C locale's "d MM yyyy" reads badly
        self._short = short if "yyyy" in short else short.replace("yy", "yyyy")

    def date(self, day: date | None) -> str:
        if day is None:
            return ""
        return self.locale.toString(QDate(day.year, day.month, day.day), self._short)

    def long_date(self, day: date) -> str:
        return self.locale.toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )

    def number(self, value: float) -> str:
        if float(value).is_integer():
            return self.locale.toString(int(value))
        return self.locale.toString(float(value), "f", 1)

    def percent(self, value: int) -> str:
        return self.locale.toString(int(value)) + "\u00a0%"


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
            skills_section(data),
            goals_section(data, f),
            contacts_section(data, f),
            deadlines_section(data, f),
        )
    )
    return h.document(body)


def role_name(data: ReportData, role_id: str | None) -> str:
    """A role's title, or its id (marked) when the catalog does not know it."""
    if role_id is None:
        return _tr("Not chosen yet")
    if data.catalog.has_role(role_id):
        return data.catalog.role(role_id).title
    return _tr("{id} (not on this career map)").format(id=role_id)


def title_page(data: ReportData, f: Formats) -> str:
    profile = data.plan.profile
    rows = [
        (_tr("Date"), esc(f.long_date(data.today))),
        (_tr("Current role"), esc(role_name(data, profile.current_role))),
        (_tr("Target role"), esc(role_name(data, profile.target_role))),
    ]
    if profile.target_date is not None:
        days = (profile.target_date - data.today).days
        when = esc(f.long_date(profile.target_date))
        if days >= 0:
            when += " " + esc(_tr("(in {n} days)").format(n=f.number(days)))
        rows.append((_tr("Target date"), when))
    if profile.background and data.catalog.backgrounds:
        try:
            background = data.catalog.background(profile.background).name
        except KeyError:
            background = profile.background
        rows.append((_tr("Background"), esc(background)))
    name = esc(data.title) if data.title else ""
    return (
        h.spacer(90)
        + h.big_title(_tr("Career plan"))
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
    return _tr(
        "{goals} goals ({open} open, {done} done), {contacts} contacts, "
        "{deadlines} deadlines in the next three months."
    ).format(
        goals=f.number(len(plan.goals)),
        open=f.number(open_goals),
        done=f.number(done),
        contacts=f.number(len(plan.contacts)),
        deadlines=f.number(len(data.upcoming)),
    )


# -- path ------------------------------------------------------------------------------


def path_section(data: ReportData, picture: Picture | None, f: Formats) -> str:
    out = h.heading(_tr("Your path"), new_page=True)
    current, target = data.current, data.target
    if current is None or target is None:
        missing = _tr(
            "Choose your current and target role (on the Career map or in My plan) to see "
            "the path between them."
        )
        out += h.para(esc(missing))
        if data.unknown_roles:
            out += h.note(
                esc(_tr("Not on this career map: {ids}.").format(ids=", ".join(data.unknown_roles)))
            )
        return out + (h.picture(picture) if picture else "")
    route = data.route
    if route is None:
        return out + h.para(
            esc(
                _tr("There is no known route from {a} to {b} on this career map.").format(
                    a=current.title, b=target.title
                )
            )
        )
    if route.steps == 0:
        return out + h.para(
            esc(_tr("You are already in your target role: {a}.").format(a=current.title))
        )
    summary = _tr("From {a} to {b}: {moves} moves, about {years} years in all.").format(
        a=current.title,
        b=target.title,
        moves=f.number(route.steps),
        years=f.number(route.years),
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
                esc(_move_kind(move.kind)),
                esc(f.number(move.years)),
            ]
        )
    out += h.table(
        [
            (_tr("Step"), 8),
            (_tr("From"), 32),
            (_tr("To"), 32),
            (_tr("Move"), 14),
            (_tr("Typical years"), 14),
        ],
        rows,
        footer=[
            "",
            "",
            "",
            h.bold(esc(_tr("Total"))),
            h.bold(esc(f.number(route.years))),
        ],
    )
    return out


def _move_kind(kind: TransitionKind) -> str:
    return {
        TransitionKind.PROMOTION: _tr("Promotion"),
        TransitionKind.BRANCH: _tr("Change of branch"),
        TransitionKind.LATERAL: _tr("Sideways move"),
    }[kind]


# -- quiz ------------------------------------------------------------------------------


def quiz_section(data: ReportData, picture: Picture | None, f: Formats) -> str:
    out = h.heading(_tr("Quiz result"))
    result = data.quiz
    if result is None:
        return out + h.para(esc(_tr("You have not taken the quiz yet (Quiz > Take the Quiz).")))
    taken = result.taken.astimezone().date()
    out += h.para(esc(_tr("Taken on {date}.").format(date=f.long_date(taken))))
    if result.ranking:
        best = _track_name(data, result.ranking[0].track)
        out += h.para(h.bold(esc(_tr("Best fit: {track}").format(track=best))))
    if result.recommended_role:
        out += h.para(
            esc(_tr("Suggested role: {role}").format(role=role_name(data, result.recommended_role)))
        )
    if picture is not None:
        out += h.picture(picture)
    if result.ranking:
        out += h.note(
            esc(
                "; ".join(
                    _tr("{track}: {score} of 100").format(
                        track=_track_name(data, s.track), score=f.number(round(s.score))
                    )
                    for s in result.ranking
                )
            )
        )
    return out + _quiz_reasons(data, f)


def _track_name(data: ReportData, track_id: str | None) -> str:
    if track_id is None:
        return ""
    try:
        return data.catalog.track(track_id).name
    except KeyError:
        return track_id


def _signed(value: float, f: Formats) -> str:
    text = f.number(abs(value))
    return ("+" if value > 0 else "\u2212" if value < 0 else "") + text


def _quiz_reasons(data: ReportData, f: Formats) -> str:
    outcome = data.quiz_outcome
    if outcome is None:
        return ""
    top = getattr(outcome, "top_track", None)
    out = ""
    if top is not None and outcome.reasons_for:
        out += h.subheading(_tr("Why {track}").format(track=_track_name(data, top)))
        out += h.bullets(
            esc(r.question) + ": " + h.bold(esc(r.answer)) + f" ({esc(_signed(r.points, f))})"
            for r in outcome.reasons_for
        )
    runner_up = getattr(outcome, "runner_up", None)
    if top is not None and runner_up is not None and outcome.reasons_against_runner_up:
        out += h.subheading(
            _tr("What set it apart from {track}").format(track=_track_name(data, runner_up))
        )
        out += h.bullets(
            esc(r.question)
            + ": "
            + h.bold(esc(r.answer))
            + " "
            + esc(
                _tr("({a} against {b})").format(
                    a=_signed(r.points, f), b=_signed(r.other_points, f)
                )
            )
            for r in outcome.reasons_against_runner_up
        )
    if outcome.advice:
        out += h.subheading(_tr("What to do next"))
        out += h.bullets(esc(line) for line in outcome.advice)
    return out


# -- skills ----------------------------------------------------------------------------


def _level(level: int) -> str:
    name = SKILL_LEVEL_NAMES.get(level, "")
    return f"{level} \u2013 {_tr(name)}" if name else str(level)


def skills_section(data: ReportData) -> str:
    role = data.skills_role
    title = _tr("Skills") if role is None else _tr("Skills for {role}").format(role=role.title)
    out = h.heading(title)
    if not data.skills:
        return out + h.para(
            esc(_tr("Choose a target role to see its key skills next to your own rating."))
        )
    rows = []
    for row in data.skills:
        rating = _level(row.rating) if row.rating is not None else _tr("Not rated yet")
        if role is None:
            expected, gap = "", ""
        else:
            expected = _level(row.expected)
            gap = _tr("Met") if row.gap == 0 else f"\u2212{row.gap}"
        rows.append([esc(row.name), esc(rating), esc(expected), esc(gap)])
    return out + h.table(
        [(_tr("Skill"), 40), (_tr("Your rating"), 22), (_tr("Expected"), 22), (_tr("Gap"), 16)],
        rows,
    )


# -- goals -----------------------------------------------------------------------------


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
