"""How often a check-in is due and when the calendar reminds: plain enums.

Apart from ``core.checkins`` (pydantic models) so that the window's Plan menu,
built before the first paint, can name them without loading pydantic.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Alarm", "Rhythm"]


class Rhythm(StrEnum):
    """How often a check-in is due."""

    MONTHLY = "monthly"
    SIX_WEEKS = "six_weeks"
    QUARTERLY = "quarterly"


class Alarm(StrEnum):
    """When the calendar export reminds of a due date."""

    NONE = "none"
    ON_THE_DAY = "on_the_day"
    DAY_BEFORE = "day_before"
    WEEK_BEFORE = "week_before"

    @property
    def days_before(self) -> int | None:
        return {"none": None, "on_the_day": 0, "day_before": 1, "week_before": 7}[self.value]
