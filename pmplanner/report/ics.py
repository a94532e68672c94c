"""Goal due dates and contact follow-ups as an iCalendar (.ics) file.

Every deadline is an all-day event with a UID made from the goal's or
contact's id, so importing a newer export updates the same events instead of
adding copies. The person's text is put in as text (icalendar escapes commas,
semicolons and line breaks) after ``safe.clean``.

Reminders that work offline: each event carries a VALARM at the plan's
``reminder_alarm`` (9:00 on the day, the day before or a week before; none:
no alarm). Once the person has checked in, the check-in rhythm is a recurring
event (RRULE: monthly, every 6 weeks, quarterly) from the next one due.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Alarm as VAlarm
from icalendar import Calendar, Event
from PySide6.QtCore import QCoreApplication

from pmplanner import __version__
from pmplanner.core.checkin_snapshot import next_due
from pmplanner.core.plan import GoalCategory, Plan
from pmplanner.core.rhythm import Alarm, Rhythm
from pmplanner.report.deadlines import Deadline, DeadlineKind, all_deadlines
from pmplanner.report.errors import ReportError
from pmplanner.report.safe import clean
from pmplanner.storage.atomic import atomic_write_bytes
from pmplanner.storage.errors import SaveError
from pmplanner.wording.formats import percent
from pmplanner.wording.labels import kind_label, status_label

PRODID = f"-//pmplanner//pmplanner {__version__}//EN"
CHECK_IN_UID = "check-in-rhythm@pmplanner"
# relative to the start of an all-day event (midnight): at 9:00 on that day
ALARM_TRIGGERS = {
    Alarm.ON_THE_DAY: timedelta(hours=9),
    Alarm.DAY_BEFORE: -timedelta(hours=15),
    Alarm.WEEK_BEFORE: -timedelta(days=6, hours=15),
}
RRULES: dict[Rhythm, dict[str, object]] = {
    Rhythm.MONTHLY: {"freq": "monthly"},
    Rhythm.SIX_WEEKS: {"freq": "weekly", "interval": 6},
    Rhythm.QUARTERLY: {"freq": "monthly", "interval": 3},
}


def _add_alarm(event: Event, alarm: Alarm, text: str) -> None:
    trigger = ALARM_TRIGGERS.get(alarm)
    if trigger is None:
        return
    valarm = VAlarm()
    valarm.add("action", "DISPLAY")
    valarm.add("description", text)
    valarm.add("trigger", trigger)
    event.add_component(valarm)


def _check_in_event(plan: Plan, stamp: datetime) -> Event | None:
    """The recurring check-in, from the next one due; None before the first check-in."""
    if not plan.checkins:
        return None
    start = next_due(plan, stamp.date())
    event = Event()
    event.add("uid", CHECK_IN_UID)
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(days=1))
    summary = QCoreApplication.translate("Calendar", "Career plan check-in")
    event.add("summary", summary)
    event.add(
        "description",
        QCoreApplication.translate(
            "Calendar", "Open pmplanner and choose Plan > Check In to review your progress."
        ),
    )
    event.add("rrule", RRULES[plan.check_in_rhythm])
    event.add("categories", [QCoreApplication.translate("Calendar", "Check-in")])
    event.add("transp", "TRANSPARENT")
    _add_alarm(event, plan.reminder_alarm, summary)
    return event


def _summary(item: Deadline) -> str:
    if item.kind is DeadlineKind.GOAL_DUE:
        title = clean(item.title).strip() or QCoreApplication.translate("Calendar", "Untitled goal")
        return QCoreApplication.translate("Calendar", "Due: {title}").format(title=title)
    name = clean(item.title).strip() or QCoreApplication.translate("Calendar", "a contact")
    return QCoreApplication.translate("Calendar", "Follow up with {name}").format(name=name)


def _description(item: Deadline) -> str:
    parts: list[str] = []
    if item.goal is not None:
        goal = item.goal
        learning = goal.category is GoalCategory.LEARNING
        category = (
            QCoreApplication.translate("Calendar", "Learning goal")
            if learning
            else QCoreApplication.translate("Calendar", "Networking goal")
        )
        parts.append(
            " · ".join(
                (category, kind_label(goal.kind), status_label(goal.status), percent(goal.progress))
            )
        )
        if goal.notes.strip():
            parts.append(clean(goal.notes).strip())
        if goal.link.strip():
            parts.append(clean(goal.link).strip())
    elif item.contact is not None:
        contact = item.contact
        if contact.how_met.strip():
            parts.append(
                QCoreApplication.translate("Calendar", "Met: {how}").format(
                    how=clean(contact.how_met).strip()
                )
            )
        if contact.notes.strip():
            parts.append(clean(contact.notes).strip())
    return "\n\n".join(parts)


def plan_calendar(plan: Plan, stamp: datetime | None = None) -> Calendar:
    """The plan's deadlines as a calendar; ``stamp`` is the DTSTAMP of every event."""
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    name = clean(plan.profile.name).strip()
    cal.add(
        "x-wr-calname",
        QCoreApplication.translate("Calendar", "Career plan of {name}").format(name=name)
        if name
        else QCoreApplication.translate("Calendar", "Career plan"),
    )
    for item in all_deadlines(plan):
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.when)  # a date: an all-day event
        event.add("dtend", item.when + timedelta(days=1))
        event.add("summary", _summary(item))
        description = _description(item)
        if description:
            event.add("description", description)
        event.add(
            "categories",
            [
                QCoreApplication.translate("Calendar", "Goal due")
                if item.kind is DeadlineKind.GOAL_DUE
                else QCoreApplication.translate("Calendar", "Follow-up")
            ],
        )
        event.add("transp", "TRANSPARENT")  # a deadline does not make the day busy
        _add_alarm(event, plan.reminder_alarm, _summary(item))
        cal.add_component(event)
    check_in = _check_in_event(plan, stamp)
    if check_in is not None:
        cal.add_component(check_in)
    return cal


def plan_ics_bytes(plan: Plan, stamp: datetime | None = None) -> bytes:
    return plan_calendar(plan, stamp).to_ical()


def write_ics(plan: Plan, out_path: Path | str, stamp: datetime | None = None) -> int:
    """Write the calendar atomically; returns how many events it holds.

    Raises ReportError (one sentence naming the file) when it cannot be written or
    there is nothing to put in it; an earlier file stays as it was.
    """
    out_path = Path(out_path)
    if not all_deadlines(plan) and not plan.checkins:
        # an empty VCALENDAR is invalid (RFC 5545 wants at least one component)
        raise ReportError(
            QCoreApplication.translate(
                "Calendar",
                "The plan has no due dates of open goals and no follow-ups, so {path} "
                "was not written.",
            ).format(path=out_path)
        )
    data = plan_ics_bytes(plan, stamp)
    try:
        atomic_write_bytes(out_path, data)
    except SaveError as exc:
        raise ReportError(str(exc)) from None
    return len(all_deadlines(plan)) + (1 if plan.checkins else 0)
