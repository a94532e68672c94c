"""Career content: roles, tracks, transitions, skills and the advice around them.

These models describe what ``data/*.json`` holds. ``storage.content`` reads and
validates the files; ``CareerCatalog`` (in ``core.catalog``) indexes them and
answers questions such as "where can I go from here?".
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from pmplanner.core.goal_kinds import GoalKind

CONTENT = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]
Colour = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]
SkillLevel = Annotated[int, Field(ge=1, le=5)]


class YearsRange(BaseModel):
    """A span of years, for example 2-4 years in a role."""

    model_config = CONTENT

    min: Annotated[float, Field(ge=0, le=60)]
    max: Annotated[float, Field(ge=0, le=60)]

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

    activity: Annotated[str, Field(min_length=1)]
    percent: Annotated[int, Field(ge=0, le=100)]


class TrackKind(StrEnum):
    LADDER = "ladder"  # the general ladder every PM climbs
    SPECIALIST = "specialist"  # Technical, UX, Strategic
    BRANCH = "branch"  # people management, product leadership
    ADJACENT = "adjacent"  # entry points and look-alike titles


class Track(BaseModel):
    model_config = CONTENT

    id: Id
    name: Annotated[str, Field(min_length=1)]
    kind: TrackKind
    summary: str
    suited_for: str = ""
    activities: list[str] = Field(default_factory=list)
    # the track's progression, in order, as role ids
    progression: list[Id] = Field(default_factory=list)
    colour: Colour


class Role(BaseModel):
    model_config = CONTENT

    id: Id
    title: Annotated[str, Field(min_length=1)]
    track: Id
    level: Annotated[int, Field(ge=0, le=10)]
    summary: Annotated[str, Field(min_length=1)]
    responsibilities: list[str] = Field(default_factory=list)
    skills: list[SkillRequirement] = Field(default_factory=list)
    # typical total years of experience of people in this role
    experience_years: YearsRange | None = None
    # how long people usually stay in this role
    tenure_years: YearsRange | None = None
    time_split: list[TimeShare] = Field(default_factory=list)
    industries: list[Id] = Field(default_factory=list)
    environments: list[Id] = Field(default_factory=list)
    entry_point: bool = False
    look_alike: bool = False
    also_called: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)

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
    years: Annotated[float, Field(ge=0, le=30)]
    requirements: list[str] = Field(default_factory=list)


class Level(BaseModel):
    model_config = CONTENT

    rank: Annotated[int, Field(ge=0, le=10)]
    name: Annotated[str, Field(min_length=1)]


class Activity(BaseModel):
    """A learning or networking activity that builds a skill."""

    model_config = CONTENT

    kind: GoalKind
    title: Annotated[str, Field(min_length=1)]
    description: str = ""
    # background ids this activity does not suit (no course "for non-engineers" for an engineer)
    not_for: list[Id] = Field(default_factory=list)

    def suits(self, background: str | None) -> bool:
        return background is None or background not in self.not_for


class Skill(BaseModel):
    model_config = CONTENT

    id: Id
    name: Annotated[str, Field(min_length=1)]
    category: Id
    description: str
    learning: list[Activity] = Field(default_factory=list)
    networking: list[Activity] = Field(default_factory=list)


class Background(BaseModel):
    model_config = CONTENT

    id: Id
    name: Annotated[str, Field(min_length=1)]
    description: str
    tracks: list[Id] = Field(default_factory=list)
    first_roles: list[Id] = Field(default_factory=list)
    advice: str = ""


class Industry(BaseModel):
    model_config = CONTENT

    id: Id
    name: Annotated[str, Field(min_length=1)]
    description: str
    tracks: list[Id] = Field(default_factory=list)


class WorkEnvironment(BaseModel):
    model_config = CONTENT

    id: Id
    name: Annotated[str, Field(min_length=1)]
    what_it_means: str
    tracks: list[Id] = Field(default_factory=list)


class QuestionGroup(BaseModel):
    model_config = CONTENT

    id: Id
    title: Annotated[str, Field(min_length=1)]
    questions: list[Annotated[str, Field(min_length=1)]]


class FirstStep(BaseModel):
    """A first step the quiz suggests, for the results it fits (an empty list: any)."""

    model_config = CONTENT

    text: Annotated[str, Field(min_length=1)]
    tracks: list[Id] = Field(default_factory=list)  # the top track (a near tie: either)
    backgrounds: list[Id] = Field(default_factory=list)
    not_backgrounds: list[Id] = Field(default_factory=list)
    directions: list[Id] = Field(default_factory=list)  # the direction the person leans to
    fundamentals_first: bool | None = None  # only when new to product (True) or not (False)
    no_track: bool | None = None  # only when no single track stands out (True) or one does

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

    first_steps: list[str]
    growth_habits: list[str]
    learning_habits: list[str]
    networking_habits: list[str]
    self_discovery: list[QuestionGroup]
    organisation_notes: list[str] = Field(default_factory=list)
    # the quiz's first steps, each for the results it fits (none: ``first_steps`` for all)
    quiz_steps: list[FirstStep] = Field(default_factory=list)
