"""A plan that lives for months: check-ins, evidence, the rhythm and the reminders.

A check-in is a dated snapshot that later edits never change: it copies in the
target role (id, title, expected levels), the ratings of its skills, the open
goals' progress and status, the wins, the focus skills and a reflection.

Rating history is *derived from the check-ins* rather than kept as a log of
every rating change: a check-in is the deliberate, complete, dated look at all
of the target's skills together with what the target expected then, which is
what a chart over time and readiness over time need; a log of every edit would
record second thoughts (2 -> 3 -> 2 while deciding), grow without bound and
still lack the expected levels of the day.

Plain pydantic models (no Qt).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Annotated

from pydantic import BaseModel, Field, Strict

from pmplanner.core.goal_kinds import GoalStatus
from pmplanner.core.plan_fields import (
    STRICT,
    Day,
    Id,
    Link,
    Percent,
    Rating,
    Ref,
    StrictLong,
    StrictShort,
    new_id,
)
from pmplanner.core.rhythm import Rhythm

MAX_CHECK_INS = 2_000
MAX_EVIDENCE = 20_000
MAX_SKILLS = 1_000
MAX_GOALS_SEEN = 20_000
MAX_FOCUS = 3
MAX_REFLECTION = 5_000


class CheckInGoal(BaseModel):
    """An open goal as it stood at a check-in (its title copied in)."""

    model_config = STRICT

    goal: Id
    title: StrictShort = ""
    status: GoalStatus
    progress: Percent = 0


class FocusSkill(BaseModel):
    """A skill to work on until the next check-in, with the goals aimed at it."""

    model_config = STRICT

    skill: Ref
    goals: Annotated[list[Id], Field(max_length=50)] = Field(default_factory=list)


class CheckIn(BaseModel):
    """One dated review, frozen: nothing here refers to what may change later."""

    model_config = STRICT

    id: Id = Field(default_factory=new_id)
    day: Day
    target_role: Ref | None = None
    target_title: StrictShort = ""
    # skill id -> the level the target role expected that day
    expected: Annotated[dict[Ref, Rating], Field(max_length=MAX_SKILLS)] = Field(
        default_factory=dict
    )
    # skill id -> the person's rating that day
    ratings: Annotated[dict[Ref, Rating], Field(max_length=MAX_SKILLS)] = Field(
        default_factory=dict
    )
    goals: Annotated[list[CheckInGoal], Field(max_length=MAX_GOALS_SEEN)] = Field(
        default_factory=list
    )
    wins: StrictLong = ""
    focus: Annotated[list[FocusSkill], Field(max_length=MAX_FOCUS)] = Field(default_factory=list)
    reflection: Annotated[str, Strict(), Field(max_length=MAX_REFLECTION)] = ""


class Evidence(BaseModel):
    """Something that happened and shows a skill: for the promotion case."""

    model_config = STRICT

    id: Id = Field(default_factory=new_id)
    day: Day
    text: StrictLong = ""
    link: Link = ""
    skills: Annotated[list[Ref], Field(max_length=100)] = Field(default_factory=list)
    goal: Id | None = None


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, kept within the month (31 Jan + 1 -> 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_check_in(last: date | None, rhythm: Rhythm, today: date) -> date:
    """When the next check-in is due: a rhythm after the last one; today for the first."""
    if last is None:
        return today
    if rhythm == Rhythm.SIX_WEEKS:
        return last + timedelta(weeks=6)
    return add_months(last, 3 if rhythm == Rhythm.QUARTERLY else 1)
