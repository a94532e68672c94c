"""Career content: roles, tracks, transitions, skills and the advice around them.

These models describe what ``data/*.json`` holds. ``storage.content`` reads and
validates the files; ``CareerCatalog`` (in ``core.catalog``) indexes them and
answers questions such as "where can I go from here?".
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StrictBool, model_validator

from pmplanner.core.goal_kinds import GoalKind
from pmplanner.core.plan_fields import MAX_REF

CONTENT = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=MAX_REF)]
Colour = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]
SkillLevel = Annotated[int, Field(ge=1, le=5, strict=True)]
# Every string capped, every number strict: a ladder is a file we did not write.
Name = Annotated[str, Field(min_length=1, max_length=500)]
Text = Annotated[str, Field(max_length=5_000)]
Lines = Annotated[list[Text], Field(max_length=200)]
Ids = Annotated[list[Id], Field(max_length=500)]
Years = Annotated[float, Field(ge=0, le=60, strict=True)]


class YearsRange(BaseModel):
    """A span of years, for example 2-4 years in a role."""

    model_config = CONTENT

    min: Years
    max: Years

    @model_validator(mode="after")
    def _ordered(self) -> YearsRange:
        if self.max < self.min:
            raise ValueError("max is smaller than min")
        return self

    @property
    def typical(self) -> float:
        return (self.min + self.max) / 2

    def __str__(self) -> str:
        def fmt(x: float) -> str:
            return f"{x:g}"

        if self.min == self.max:
            return f"{fmt(self.min)} years"
        return f"{fmt(self.min)}–{fmt(self.max)} years"


class SkillRequirement(BaseModel):
    model_config = CONTENT

    skill: Id
    level: SkillLevel


class TimeShare(BaseModel):
    model_config = CONTENT

    activity: Name
    percent: Annotated[int, Field(ge=0, le=100, strict=True)]


class TrackKind(StrEnum):
    LADDER = "ladder"  # the general ladder every PM climbs
    SPECIALIST = "specialist"  # Technical, UX, Strategic
    BRANCH = "branch"  # people management, product leadership
    ADJACENT = "adjacent"  # entry points and look-alike titles


class Track(BaseModel):
    model_config = CONTENT

    id: Id
    name: Name
    # a shorter name for the map's lane label (the full name shows on hover)
    short_name: Annotated[str, Field(max_length=200)] = ""
    kind: TrackKind
    summary: Text
    suited_for: Text = ""
    activities: Lines = Field(default_factory=list)
    # the track's progression, in order, as role ids
    progression: Ids = Field(default_factory=list)
    colour: Colour


class Role(BaseModel):
    model_config = CONTENT

    id: Id
    title: Name
    track: Id
    level: Annotated[int, Field(ge=0, le=10, strict=True)]
    summary: Annotated[Text, Field(min_length=1)]
    responsibilities: Lines = Field(default_factory=list)
    skills: Annotated[list[SkillRequirement], Field(max_length=200)] = Field(default_factory=list)
    # typical total years of experience of people in this role
    experience_years: YearsRange | None = None
    # how long people usually stay in this role
    tenure_years: YearsRange | None = None
    time_split: Annotated[list[TimeShare], Field(max_length=50)] = Field(default_factory=list)
    industries: Ids = Field(default_factory=list)
    environments: Ids = Field(default_factory=list)
    entry_point: StrictBool = False
    look_alike: StrictBool = False
    also_called: Lines = Field(default_factory=list)
    notes: Lines = Field(default_factory=list)

    @model_validator(mode="after")
    def _split_adds_up(self) -> Role:
        if self.time_split and sum(s.percent for s in self.time_split) != 100:
            raise ValueError("time_split percentages must add up to 100")
        return self

    def expected_level(self, skill_id: str) -> int | None:
        for req in self.skills:
            if req.skill == skill_id:
                return req.level
        return None


class TransitionKind(StrEnum):
    PROMOTION = "promotion"
    BRANCH = "branch"
    LATERAL = "lateral"


class Transition(BaseModel):
    model_config = CONTENT

    from_role: Id
    to_role: Id
    kind: TransitionKind
    # typical years spent in from_role before making this move
    years: Annotated[float, Field(ge=0, le=30, strict=True)]
    requirements: Lines = Field(default_factory=list)


class Level(BaseModel):
    model_config = CONTENT

    rank: Annotated[int, Field(ge=0, le=10, strict=True)]
    name: Name


class Activity(BaseModel):
    """A learning or networking activity that builds a skill."""

    model_config = CONTENT

    kind: GoalKind
    title: Name
    description: Text = ""
    # background ids this activity does not suit (no course "for non-engineers" for an engineer)
    not_for: Ids = Field(default_factory=list)

    def suits(self, background: str | None) -> bool:
        return background is None or background not in self.not_for


class Skill(BaseModel):
    model_config = CONTENT

    id: Id
    name: Name
    category: Id
    description: Text
    learning: Annotated[list[Activity], Field(max_length=200)] = Field(default_factory=list)
    networking: Annotated[list[Activity], Field(max_length=200)] = Field(default_factory=list)


class Background(BaseModel):
    model_config = CONTENT

    id: Id
    name: Name
    description: Text
    tracks: Ids = Field(default_factory=list)
    first_roles: Ids = Field(default_factory=list)
    advice: Text = ""


class Industry(BaseModel):
    model_config = CONTENT

    id: Id
    name: Name
    description: Text
    tracks: Ids = Field(default_factory=list)


class WorkEnvironment(BaseModel):
    model_config = CONTENT

    id: Id
    name: Name
    what_it_means: Text
    tracks: Ids = Field(default_factory=list)


class QuestionGroup(BaseModel):
    model_config = CONTENT

    id: Id
    title: Name
    questions: Annotated[list[Name], Field(max_length=200)]


class FirstStep(BaseModel):
    """A first step the quiz suggests, for the results it fits (an empty list: any)."""

    model_config = CONTENT

    text: Annotated[Text, Field(min_length=1)]
    tracks: Ids = Field(default_factory=list)  # the top track (a near tie: either)
    backgrounds: Ids = Field(default_factory=list)
    not_backgrounds: Ids = Field(default_factory=list)
    directions: Ids = Field(default_factory=list)  # the direction the person leans to
    # only when new to product (True) or not (False)
    fundamentals_first: StrictBool | None = None
    no_track: StrictBool | None = None  # only when no single track stands out (True) or one does

    def fits(
        self,
        tracks: Sequence[str],
        background: str | None,
        direction: str | None,
        fundamentals_first: bool,
    ) -> bool:
        return (
            (not self.tracks or bool(set(self.tracks) & set(tracks)))
            and (not self.backgrounds or background in self.backgrounds)
            and background not in self.not_backgrounds
            and (not self.directions or direction in self.directions)
            and self.fundamentals_first in (None, fundamentals_first)
            and self.no_track in (None, not tracks)
        )


class Guidance(BaseModel):
    """Advice that is not tied to one role: first steps, habits, reflection."""

    model_config = CONTENT

    first_steps: Lines
    growth_habits: Lines
    learning_habits: Lines
    networking_habits: Lines
    self_discovery: Annotated[list[QuestionGroup], Field(max_length=200)]
    organisation_notes: Lines = Field(default_factory=list)
    # the quiz's first steps, each for the results it fits (none: ``first_steps`` for all)
    quiz_steps: Annotated[list[FirstStep], Field(max_length=200)] = Field(default_factory=list)
