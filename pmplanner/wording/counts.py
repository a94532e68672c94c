"""Every phrase with a count in it ("1 move", "3 moves"), in one place, for screen and print.

Each phrase is ``self.tr(text, "", n)`` in the ``Counts`` QObject: that is the
form the pinned pyside6-lupdate (6.11) marks ``numerus="yes"`` so translators
get one form per plural of their language. ``QCoreApplication.translate(ctx,
text, None, n)`` with a variable ``n`` is extracted as a plain message (only a
literal number there is seen as a count), so it is not used for counts.

English has no translation file, so the source texts must read right by
themselves: one message for exactly one and one for the rest, both numerus
(a language such as Russian picks its "21" form from the second).
The count is written as ``{n}`` and filled in by ``wording.formats`` (not
Qt's ``%n``), so a count reads like every other number in the same locale.
A fractional count (2.5 years) takes the plural message, with the form of 2.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject

from pmplanner.wording.formats import Formats


def _form(value: float) -> int:
    """The count that picks the plural form: the number itself, or 2 for a fraction."""
    return int(value) if float(value).is_integer() else max(2, math.ceil(value))


class Counts(QObject):
    """The phrases; one instance (``COUNTS``), used through the functions below."""

    def moves(self, n: int) -> str:
        return self.tr("{n} move", "", n) if n == 1 else self.tr("{n} moves", "", n)

    def goals(self, n: int) -> str:
        return self.tr("{n} goal", "", n) if n == 1 else self.tr("{n} goals", "", n)

    def contacts(self, n: int) -> str:
        return self.tr("{n} contact", "", n) if n == 1 else self.tr("{n} contacts", "", n)

    def deadlines(self, n: int) -> str:
        return self.tr("{n} deadline", "", n) if n == 1 else self.tr("{n} deadlines", "", n)

    def pages(self, n: int) -> str:
        return self.tr("{n} page", "", n) if n == 1 else self.tr("{n} pages", "", n)

    def open_questions(self, n: int) -> str:
        """The quiz page's hint while ``n`` (two or more) questions are unanswered."""
        return self.tr(
            "To go on, answer the {n} questions still open, starting with: {first}", "", n
        )

    def not_rated(self, n: int) -> str:
        """What is left out of readiness: "; 3 not rated yet"."""
        return self.tr("; {n} not rated yet", "", n)

    def none_rated(self, n: int) -> str:
        """A role none of whose ``n`` key skills is rated."""
        if n == 1:
            return self.tr("Its {n} key skill is not rated yet", "", n)
        return self.tr("None of its {n} key skills rated yet", "", n)

    def delete_goals(self, n: int) -> str:
        return self.tr("Delete goal", "", n) if n == 1 else self.tr("Delete {n} goals", "", n)

    def delete_contacts(self, n: int) -> str:
        return self.tr("Delete contact", "", n) if n == 1 else self.tr("Delete {n} contacts", "", n)

    def years(self, n: int) -> str:
        return self.tr("{n} year", "", n) if n == 1 else self.tr("{n} years", "", n)

    def months(self, n: int) -> str:
        return self.tr("{n} month", "", n) if n == 1 else self.tr("{n} months", "", n)

    def years_range(self, n: int) -> str:
        """``{low}`` to ``{n}`` years; the form follows the upper end."""
        return self.tr("{low}–{n} years", "", n)

    def more_problems(self, n: int) -> str:
        """The last line of a list of problems cut short."""
        return self.tr("… and {n} more", "", n)

    def ids_repaired(self, n: int) -> str:
        """Goals or contacts that shared an id were given new ones when the plan was read."""
        return (
            self.tr(
                "{n} goal or contact shared an id with another and was given a new one; "
                "your plan as it was is in the backups.",
                "",
                n,
            )
            if n == 1
            else self.tr(
                "{n} goals or contacts shared an id with another and were given new ones; "
                "your plan as it was is in the backups.",
                "",
                n,
            )
        )

    def goals_done(self, n: int) -> str:
        """``{done}`` of ``n`` goals done."""
        return (
            self.tr("{done} of {n} goal done", "", n)
            if n == 1
            else self.tr("{done} of {n} goals done", "", n)
        )

    def goals_shown(self, n: int) -> str:
        """``{shown}`` of ``n`` goals pass the filters."""
        return (
            self.tr("{shown} of {n} goal shown", "", n)
            if n == 1
            else self.tr("{shown} of {n} goals shown", "", n)
        )

    def contacts_shown(self, n: int) -> str:
        """``{shown}`` of ``n`` contacts match the search."""
        return (
            self.tr("{shown} of {n} contact shown", "", n)
            if n == 1
            else self.tr("{shown} of {n} contacts shown", "", n)
        )

    def goals_dropped(self, n: int) -> str:
        """Said after ``goals_done``: "1 of 3 goals done; 1 dropped"."""
        return self.tr("{done_text}; {n} dropped", "", n)

    def key_skills_met(self, n: int) -> str:
        return (
            self.tr("{met} of {n} key skill met for {role}", "", n)
            if n == 1
            else self.tr("{met} of {n} key skills met for {role}", "", n)
        )

    def goals_overdue(self, n: int) -> str:
        return self.tr("{n} goal overdue", "", n) if n == 1 else self.tr("{n} goals overdue", "", n)

    def follow_ups_due(self, n: int) -> str:
        return (
            self.tr("{n} follow-up due", "", n) if n == 1 else self.tr("{n} follow-ups due", "", n)
        )

    def days_to_target(self, n: int) -> str:
        return (
            self.tr("{n} day to your target date", "", n)
            if n == 1
            else self.tr("{n} days to your target date", "", n)
        )

    def days_since_target(self, n: int) -> str:
        return (
            self.tr("Target date passed {n} day ago", "", n)
            if n == 1
            else self.tr("Target date passed {n} days ago", "", n)
        )

    def every_n_days(self, n: int) -> str:
        """A contact's keep-in-touch interval."""
        return self.tr("Every day", "", n) if n == 1 else self.tr("Every {n} days", "", n)

    def check_ins(self, n: int) -> str:
        return self.tr("{n} check-in", "", n) if n == 1 else self.tr("{n} check-ins", "", n)

    def evidence_entries(self, n: int) -> str:
        return (
            self.tr("{n} piece of evidence", "", n)
            if n == 1
            else self.tr("{n} pieces of evidence", "", n)
        )

    def levels_up(self, n: int) -> str:
        """A skill's trend: up ``n`` levels since ``{date}``."""
        return (
            self.tr("up {n} level since {date}", "", n)
            if n == 1
            else self.tr("up {n} levels since {date}", "", n)
        )

    def levels_down(self, n: int) -> str:
        return (
            self.tr("down {n} level since {date}", "", n)
            if n == 1
            else self.tr("down {n} levels since {date}", "", n)
        )

    def levels_below(self, n: int) -> str:
        return (
            self.tr("{n} level below the expected level", "", n)
            if n == 1
            else self.tr("{n} levels below the expected level", "", n)
        )

    def skills_met(self, n: int) -> str:
        """``{met}`` of the role's ``n`` key skills at or above the expected level."""
        return (
            self.tr("{met} of {n} key skill met", "", n)
            if n == 1
            else self.tr("{met} of {n} key skills met", "", n)
        )

    def skills_not_rated(self, n: int) -> str:
        # the same English for one and many: one numerus message carries both
        return self.tr("{n} not rated yet", "", n)

    def levels_short(self, n: int) -> str:
        """A gap in a table cell: ``n`` levels below (the expected level)."""
        return self.tr("{n} level below", "", n) if n == 1 else self.tr("{n} levels below", "", n)

    def goals_open(self, n: int) -> str:
        return self.tr("{n} open", "", n)

    def dropped_not_counted(self, n: int) -> str:
        return self.tr("{n} dropped (not counted)", "", n)

    def and_more(self, n: int) -> str:
        """The end of a short list: ``{list}`` and ``n`` more."""
        return self.tr("{list} and {n} more", "", n)

    def no_target_date(self) -> str:
        return self.tr("No target date set")

    def target_date_today(self) -> str:
        return self.tr("Your target date is today")


COUNTS = Counts()


def _fill(text: str, n: float, f: Formats | None, **more: str) -> str:
    return text.format(n=(f or Formats()).number(n), **more)


def not_rated(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.not_rated(n), n, f)


def none_rated(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.none_rated(n), n, f)


def moves(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.moves(n), n, f)


def goals(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.goals(n), n, f)


def contacts(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.contacts(n), n, f)


def deadlines(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.deadlines(n), n, f)


def pages(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.pages(n), n, f)


def open_questions(n: int, first: str, f: Formats | None = None) -> str:
    return _fill(COUNTS.open_questions(n), n, f, first=first)


def delete_goals(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.delete_goals(n), n, f)


def delete_contacts(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.delete_contacts(n), n, f)


def years(value: float, f: Formats | None = None) -> str:
    """ "1 year", "3 years", "2.5 years" (numbers in the locale's way)."""
    return _fill(COUNTS.years(_form(value)), value, f)


def months(n: int, f: Formats | None = None) -> str:
    """ "1 month", "29 months"."""
    return _fill(COUNTS.months(n), n, f)


def years_range(low: float, high: float, f: Formats | None = None) -> str:
    """ "2–4 years"; "3 years" when both ends are the same."""
    if low == high:
        return years(high, f)
    f = f or Formats()
    return _fill(COUNTS.years_range(_form(high)), high, f, low=f.number(low))


def ids_repaired(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.ids_repaired(n), n, f)


def more_problems(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.more_problems(n), n, f)


def every_n_days(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.every_n_days(n), n, f)


def check_ins(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.check_ins(n), n, f)


def evidence_entries(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.evidence_entries(n), n, f)


def levels_up(n: int, day: str, f: Formats | None = None) -> str:
    return _fill(COUNTS.levels_up(n), n, f, date=day)


def levels_down(n: int, day: str, f: Formats | None = None) -> str:
    return _fill(COUNTS.levels_down(n), n, f, date=day)


def levels_below(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.levels_below(n), n, f)


def goals_done(done: int, total: int, f: Formats | None = None) -> str:
    f = f or Formats()
    return _fill(COUNTS.goals_done(total), total, f, done=f.number(done))


def goals_shown(shown: int, total: int, f: Formats | None = None) -> str:
    f = f or Formats()
    return _fill(COUNTS.goals_shown(total), total, f, shown=f.number(shown))


def contacts_shown(shown: int, total: int, f: Formats | None = None) -> str:
    f = f or Formats()
    return _fill(COUNTS.contacts_shown(total), total, f, shown=f.number(shown))


def goals_done_dropped(done: int, total: int, dropped: int, f: Formats | None = None) -> str:
    """``goals_done``, and the dropped goals it leaves out when there are any."""
    done_text = goals_done(done, total, f)
    if not dropped:
        return done_text
    return _fill(COUNTS.goals_dropped(dropped), dropped, f, done_text=done_text)


def key_skills_met(met: int, total: int, role: str, f: Formats | None = None) -> str:
    f = f or Formats()
    return _fill(COUNTS.key_skills_met(total), total, f, met=f.number(met), role=role)


def goals_overdue(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.goals_overdue(n), n, f)


def follow_ups_due(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.follow_ups_due(n), n, f)


def skills_met(met: int, total: int, f: Formats | None = None) -> str:
    f = f or Formats()
    return _fill(COUNTS.skills_met(total), total, f, met=f.number(met))


def skills_not_rated(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.skills_not_rated(n), n, f)


def levels_short(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.levels_short(n), n, f)


def goals_open(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.goals_open(n), n, f)


def dropped_not_counted(n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.dropped_not_counted(n), n, f)


def and_more(shown: str, n: int, f: Formats | None = None) -> str:
    return _fill(COUNTS.and_more(n), n, f, list=shown)


def days_to_target(days: int | None, f: Formats | None = None) -> str:
    """Time left to the target date (negative: passed), or that there is none."""
    if days is None:
        return COUNTS.no_target_date()
    if days == 0:
        return COUNTS.target_date_today()
    if days > 0:
        return _fill(COUNTS.days_to_target(days), days, f)
    return _fill(COUNTS.days_since_target(-days), -days, f)
