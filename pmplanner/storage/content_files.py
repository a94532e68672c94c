"""The shape of each career content file in ``data/*.json`` (pydantic models).

``careers.json``'s shape, ``LadderFile``, is also the format of an
organisation's own ladder. Cross references are checked by
``storage.content_refs``; reading and indexing is ``storage.content``.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictInt

from pmplanner.core.careers import (
    Background,
    Guidance,
    Industry,
    Level,
    Role,
    Skill,
    Track,
    Transition,
    WorkEnvironment,
)

_FILE = ConfigDict(extra="forbid", hide_input_in_errors=True)


class Versioned(BaseModel):
    model_config = _FILE

    schema_version: StrictInt


# Caps on how much a file may list (strings are capped in core.careers):
# generous for any organisation, small enough that nothing hangs.
MAX_ROLES = 5_000
MAX_MOVES = 50_000
MAX_ENTRIES = 5_000  # tracks, levels, skills, backgrounds, industries, environments


class LadderFile(Versioned):
    """``careers.json``: a self-contained career ladder (also an organisation's own)."""

    levels: Annotated[list[Level], Field(max_length=MAX_ENTRIES)]
    tracks: Annotated[list[Track], Field(max_length=MAX_ENTRIES)]
    roles: Annotated[list[Role], Field(max_length=MAX_ROLES)]
    transitions: Annotated[list[Transition], Field(max_length=MAX_MOVES)] = Field(
        default_factory=list
    )


class SkillsFile(Versioned):
    skills: Annotated[list[Skill], Field(max_length=MAX_ENTRIES)]


class BackgroundsFile(Versioned):
    backgrounds: Annotated[list[Background], Field(max_length=MAX_ENTRIES)]


class WorkplacesFile(Versioned):
    industries: Annotated[list[Industry], Field(max_length=MAX_ENTRIES)]
    environments: Annotated[list[WorkEnvironment], Field(max_length=MAX_ENTRIES)]


class GuidanceFile(Versioned):
    guidance: Guidance
