"""What every plan model shares: the strict configuration, ids, text caps."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated

from pydantic import ConfigDict, Field, Strict

STRICT = ConfigDict(extra="forbid", hide_input_in_errors=True, validate_default=False)

MAX_TEXT = 20_000
MAX_RATING = 5

ShortText = Annotated[str, Field(max_length=500)]
LongText = Annotated[str, Field(max_length=MAX_TEXT)]
# text that must be text (no number turned into one), with caps
StrictShort = Annotated[str, Strict(), Field(max_length=500)]
StrictLong = Annotated[str, Strict(), Field(max_length=MAX_TEXT)]
Link = Annotated[str, Strict(), Field(max_length=2000)]
Id = Annotated[str, Strict(), Field(min_length=1, max_length=64)]
Rating = Annotated[int, Strict(), Field(ge=0, le=MAX_RATING)]


def new_id() -> str:
    return uuid.uuid4().hex


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
