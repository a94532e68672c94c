"""The deadlines calendar, read back with icalendar as a calendar program would."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from pmplanner.core.plan import Contact, Goal, GoalStatus, Plan
from pmplanner.report.errors import ReportError
from pmplanner.report.ics import plan_ics_bytes, write_ics

from .conftest import HOSTILE_TEXTS


def events(raw: bytes) -> list:
    calendar = Calendar.from_ical(raw)
    return list(calendar.walk("VEVENT"))


def test_all_day_events_with_the_right_dates(realistic_plan, tmp_path):
    out = tmp_path / "deadlines.ics"
    count = write_ics(realistic_plan, out)
    found = events(out.read_bytes())
    assert count == len(found) == 8  # 6 open goals with a due date, 2 follow-ups
    by_summary = {str(e["SUMMARY"]): e for e in found}
    course = by_summary["Due: Product analytics course"]
    assert course.decoded("DTSTART") == date(2026, 4, 15)
    assert not isinstance(course.decoded("DTSTART"), datetime)  # all-day
    assert course.decoded("DTEND") == date(2026, 4, 16)
    assert "In progress" in str(course["DESCRIPTION"])
    assert "Ask the data team for a real dataset." in str(course["DESCRIPTION"])
    follow_up = by_summary["Follow up with Ana Souza"]
    assert follow_up.decoded("DTSTART") == date(2026, 3, 25)
    assert "Product meetup" in str(follow_up["DESCRIPTION"])
    assert "Due: Product owner certification" not in by_summary  # done
    assert "Due: Dropped community" not in by_summary
    raw = out.read_text()
    assert "DTSTART;VALUE=DATE:20260415" in raw


def test_uids_are_stable_across_exports(realistic_plan):
    first = events(plan_ics_bytes(realistic_plan, datetime(2026, 1, 1, tzinfo=UTC)))
    realistic_plan.goals[0].title = "Renamed course"
    realistic_plan.goals[0].due = date(2026, 4, 20)
    second = events(plan_ics_bytes(realistic_plan, datetime(2026, 2, 1, tzinfo=UTC)))
    uids = [str(e["UID"]) for e in first]
    assert len(set(uids)) == len(uids)
    assert sorted(uids) == sorted(str(e["UID"]) for e in second)
    moved = next(e for e in second if str(e["SUMMARY"]) == "Due: Renamed course")
    assert str(moved["UID"]) == f"goal-{realistic_plan.goals[0].id}@pmplanner"


def test_text_is_escaped_and_comes_back_as_typed(tmp_path):
    tricky = "Call Ana, then Bo; bring notes\\slides\nsecond line"
    texts = [*HOSTILE_TEXTS, tricky]
    day = date(2026, 5, 1)
    plan = Plan(
        goals=[Goal(title=t, notes=t, due=day + timedelta(days=i)) for i, t in enumerate(texts)],
        contacts=[Contact(name="Bo", notes=tricky, next_follow_up=day)],
    )
    out = tmp_path / "x.ics"
    write_ics(plan, out)
    raw = out.read_bytes()
    assert b"Call Ana\\, then Bo\\; bring notes\\\\slides\\nsecond line" in raw
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded lines
    summaries = {str(e["SUMMARY"]) for e in events(raw)}
    for text in texts:
        assert f"Due: {text}" in summaries
    descriptions = [str(e["DESCRIPTION"]) for e in events(raw)]
    assert sum(tricky in d for d in descriptions) == 2


def test_untitled_goal_and_unnamed_contact_get_a_summary():
    plan = Plan(
        goals=[Goal(title="  ", due=date(2026, 5, 1), status=GoalStatus.PLANNED)],
        contacts=[Contact(name="", next_follow_up=date(2026, 5, 2))],
    )
    assert [str(e["SUMMARY"]) for e in events(plan_ics_bytes(plan))] == [
        "Due: Untitled goal",
        "Follow up with a contact",
    ]


def test_a_plan_without_deadlines_writes_nothing(tmp_path):
    out = tmp_path / "empty.ics"
    with pytest.raises(ReportError, match="no due dates") as caught:
        write_ics(Plan(goals=[Goal(title="No date")]), out)
    assert str(out) in str(caught.value)
    assert not out.exists()


def test_failed_write_keeps_the_earlier_file(realistic_plan, tmp_path, monkeypatch):
    out = tmp_path / "deadlines.ics"
    out.write_bytes(b"earlier calendar")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(ReportError) as caught:
        write_ics(realistic_plan, out)
    assert str(caught.value) == f"Could not save {out} because the disk is full."
    assert out.read_bytes() == b"earlier calendar"
    assert [p.name for p in tmp_path.iterdir()] == ["deadlines.ics"]  # no temporary file


# -- reminders that work offline: alarms and the check-in rhythm ------------------------


def _alarm_triggers(event) -> list[timedelta]:
    return [a.decoded("TRIGGER") for a in event.walk("VALARM")]


def test_every_deadline_has_a_display_alarm_a_day_before_by_default(realistic_plan):
    found = events(plan_ics_bytes(realistic_plan))
    assert found and all(_alarm_triggers(e) == [timedelta(hours=-15)] for e in found)
    alarm = found[0].walk("VALARM")[0]
    assert str(alarm["ACTION"]) == "DISPLAY" and str(alarm["DESCRIPTION"])


@pytest.mark.parametrize(
    ("choice", "triggers"),
    [
        ("none", []),
        ("on_the_day", [timedelta(hours=9)]),
        ("week_before", [-timedelta(days=6, hours=15)]),
    ],
)
def test_the_plans_alarm_choice_is_used(realistic_plan, choice, triggers):
    realistic_plan.reminder_alarm = choice
    found = events(plan_ics_bytes(realistic_plan))
    assert all(_alarm_triggers(e) == triggers for e in found)


@pytest.mark.parametrize(
    ("rhythm", "rule", "start"),
    [
        ("monthly", {"FREQ": ["MONTHLY"]}, date(2026, 2, 10)),
        ("six_weeks", {"FREQ": ["WEEKLY"], "INTERVAL": [6]}, date(2026, 2, 21)),
        ("quarterly", {"FREQ": ["MONTHLY"], "INTERVAL": [3]}, date(2026, 4, 10)),
    ],
)
def test_the_check_in_rhythm_is_a_recurring_event(realistic_plan, tmp_path, rhythm, rule, start):
    from pmplanner.core.checkins import CheckIn

    realistic_plan.checkins = [CheckIn(day=date(2025, 12, 1)), CheckIn(day=date(2026, 1, 10))]
    realistic_plan.check_in_rhythm = rhythm
    out = tmp_path / "plan.ics"
    count = write_ics(realistic_plan, out, datetime(2026, 1, 20, tzinfo=UTC))
    found = events(out.read_bytes())
    assert count == len(found) == 9
    (check_in,) = [e for e in found if str(e["UID"]) == "check-in-rhythm@pmplanner"]
    assert dict(check_in["RRULE"]) == rule
    assert check_in.decoded("DTSTART") == start  # the next one due after the last
    assert str(check_in["SUMMARY"]) == "Career plan check-in"
    assert _alarm_triggers(check_in) == [timedelta(hours=-15)]


def test_no_recurring_check_in_before_the_first_one(realistic_plan):
    uids = [str(e["UID"]) for e in events(plan_ics_bytes(realistic_plan))]
    assert "check-in-rhythm@pmplanner" not in uids
