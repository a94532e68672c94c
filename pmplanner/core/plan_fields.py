"""The plan's field types: every string capped, numbers strict, dates in range.

A file we did not write must not cost minutes to open or print (a
10-million-character id took 17 s and 808 MB to open), nor smuggle a `true`
or a "10" in for a number, nor a date no export can write. Caps only refuse
what pmplanner never writes, so no file needs a migration for them.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import ConfigDict, Field, Strict

# every plan model: unknown fields refused, messages never echo the person's text
STRICT = ConfigDict(extra="forbid", hide_input_in_errors=True, validate_default=False)

MAX_TEXT = 20_000
MAX_RATING = 5

MAX_ID = 64  # the plan's own goal and contact ids
MAX_REF = 80  # ids of content: roles, skills, tracks, backgrounds, quiz options
ShortText = Annotated[str, Field(max_length=500)]
LongText = Annotated[str, Field(max_length=MAX_TEXT)]
Link = Annotated[str, Strict(), Field(max_length=2000)]
Ref = Annotated[str, Field(max_length=MAX_REF)]
Id = Annotated[str, Strict(), Field(min_length=1, max_length=MAX_ID)]
# text that must be text (no number turned into one), with caps
StrictShort = Annotated[str, Strict(), Field(max_length=500)]
StrictLong = Annotated[str, Strict(), Field(max_length=MAX_TEXT)]
Percent = Annotated[int, Field(ge=0, le=100, strict=True)]
Rating = Annotated[int, Field(ge=0, le=MAX_RATING, strict=True)]
Score = Annotated[float, Field(strict=True)]
MAX_SKILLS_PER_GOAL = 200
MAX_RATINGS = 2_000

# Dates in a range every export and Qt handle (a 9999-12-31 broke the calendar export).
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2200, 12, 31)


# Native (Rust) bounds: a Python validator on every goal's times cost a third
# more time to load 10,000 goals. An aware time is compared as the instant it is.
_FIRST_MOMENT = datetime(1900, 1, 1, tzinfo=UTC)
_LAST_MOMENT = datetime(2200, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)

Day = Annotated[date, Field(ge=FIRST_DAY, le=LAST_DAY)]
Moment = Annotated[datetime, Field(ge=_FIRST_MOMENT, le=_LAST_MOMENT)]


# Quiz answers: an option id, a list of them or a number (see core.quiz); a
# result kept by another pmplanner may hold other JSON, so any JSON is kept,
# within caps on text, entries, nesting and the whole.
MAX_ANSWERS = 500
MAX_ANSWER_ENTRIES = 100  # in one list or object
MAX_ANSWER_DEPTH = 4
MAX_ANSWER_VALUES = 5_000  # in all the answers of one quiz result
_ANSWER_SCALARS = (str, int, float, bool, type(None))


def plain_answers(answers: dict[str, Any]) -> dict[str, Any]:
    budget = [MAX_ANSWER_VALUES]

    def walk(value: Any, depth: int) -> None:
        budget[0] -= 1
        if budget[0] < 0:
            raise ValueError(f"the answers hold more than {MAX_ANSWER_VALUES:,} values")
        if isinstance(value, str):
            if len(value) > MAX_REF:
                raise ValueError(f"an answer holds text longer than {MAX_REF} characters")
            return
        if isinstance(value, _ANSWER_SCALARS):
            return
        if not isinstance(value, list | dict):
            raise ValueError("an answer is not text, a number, a list or an object")
        if depth >= MAX_ANSWER_DEPTH:
            raise ValueError(f"an answer is nested more than {MAX_ANSWER_DEPTH} levels deep")
        if len(value) > MAX_ANSWER_ENTRIES:
            raise ValueError(f"an answer holds more than {MAX_ANSWER_ENTRIES} entries")
        for key in value if isinstance(value, dict) else ():
            walk(key, depth + 1)
        for item in value.values() if isinstance(value, dict) else value:
            walk(item, depth + 1)

    for value in answers.values():
        walk(value, 0)
    return answers


def new_id() -> str:
    return uuid.uuid4().hex


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def instant(moment: datetime) -> datetime:
    """A time that compares with any other: one without a zone is taken as UTC.

    A file may mix times with and without a zone (pmplanner writes UTC;
    Python refuses to compare the two kinds), so every ordering of the plan's
    times goes through this.
    """
    return moment if moment.utcoffset() is not None else moment.replace(tzinfo=UTC)
