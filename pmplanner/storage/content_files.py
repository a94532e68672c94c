"""The shape of each career content file in ``data/*.json`` (pydantic models).

``careers.json``'s shape, ``LadderFile``, is also the format of an
organisation's own ladder. Cross references are checked by
``storage.content_refs``; reading and indexing is ``storage.content``.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

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

    schema_version: int


class LadderFile(Versioned):
    """``careers.json``: a self-contained career ladder (also an organisation's own)."""

    levels: list[Level]
    tracks: list[Track]
    roles: list[Role]
    transitions: list[Transition] = Field(default_factory=list)


class SkillsFile(Versioned):
    skills: list[Skill]


class BackgroundsFile(Versioned):
    backgrounds: list[Background]


class WorkplacesFile(Versioned):
    industries: list[Industry]
    environments: list[WorkEnvironment]


class GuidanceFile(Versioned):
    guidance: Guidance
