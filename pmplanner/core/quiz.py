"""The self-discovery quiz: its questions (content in data/quiz.json) and scoring.

Scoring is a pure function of the quiz, the career catalog and the answers, and
it explains itself: every point a track gets comes from one answer, so the
results can say which answers counted most and what set the winner apart from
the runner-up. No Qt here.

Answers are a plain dict keyed by question id:
- a CHOICE question: the chosen option's id (str);
- a MULTI question: the chosen option ids (list[str]);
- a SCALE question: an int from 1 to 5 (3 is the neutral middle).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from pmplanner.core.plan import Goal, QuizResult

if TYPE_CHECKING:
    from pmplanner.core.catalog import CareerCatalog

CONTENT = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]
Text = Annotated[str, Field(min_length=1)]
# target id (a track id: a specialist track or a direction) -> points
Weights = dict[Id, Annotated[float, Field(ge=-10, le=10)]]

SCALE_MIN, SCALE_MID, SCALE_MAX = 1, 3, 5


# -- content --------------------------------------------------------------------


class QuestionKind(StrEnum):
    CHOICE = "choice"  # exactly one option
    MULTI = "multi"  # any number of options (at least one when required)
    SCALE = "scale"  # 1..5; points = weights * (answer - SCALE_MID)


class QuestionTopic(StrEnum):
    """What a question's option ids stand for (validated against the catalog)."""

    GENERAL = "general"
    BACKGROUND = "background"  # option ids are background ids
    INDUSTRY = "industry"  # option ids are industry ids
    ENVIRONMENT = "environment"  # option ids are work-environment ids


class QuizOption(BaseModel):
    model_config = CONTENT

    id: Id
    label: Text
    description: str = ""
    weights: Weights = Field(default_factory=dict)


class QuizQuestion(BaseModel):
    model_config = CONTENT

    id: Id
    text: Text
    kind: QuestionKind
    topic: QuestionTopic = QuestionTopic.GENERAL
    help: str = ""
    required: bool = True
    options: list[QuizOption] = Field(default_factory=list)  # CHOICE and MULTI
    weights: Weights = Field(default_factory=dict)  # SCALE only


class QuizPage(BaseModel):
    """One wizard page: background, strategic mind, leadership style, ..."""

    model_config = CONTENT

    id: Id
    title: Text
    intro: str = ""
    questions: list[QuizQuestion]


class Quiz(BaseModel):
    model_config = CONTENT

    scale_labels: Annotated[list[Text], Field(min_length=5, max_length=5)]
    tracks: list[Id]  # the specialist tracks that are ranked: technical, ux, strategic
    directions: list[Id]  # people-management, product-leadership
    hybrid_role: Id  # the middle way between the directions (Group PM)
    # top two within this share of the top score: a near tie, not a pick
    close_margin: Annotated[float, Field(ge=0, le=1)] = 0.15
    pages: list[QuizPage]

    def question(self, question_id: str) -> QuizQuestion:
        raise NotImplementedError

    def questions(self) -> list[QuizQuestion]:
        raise NotImplementedError


# -- outcome --------------------------------------------------------------------


class Verdict(StrEnum):
    CLEAR = "clear"  # one stands out
    CLOSE = "close"  # the top two are within close_margin: look at both
    FLAT = "flat"  # the answers do not tell them apart at all


@dataclass(frozen=True)
class Score:
    target: str  # track id
    points: float  # raw sum of the answers' points
    share: float  # 0..100, for the chart (points rescaled over the ranked targets)


@dataclass(frozen=True)
class Reason:
    """One answer's effect on a track (and on the runner-up, for comparison)."""

    question_id: str
    question: str  # the question's text
    answer: str  # the answer as the person saw it (option label or scale label)
    points: float  # toward the track being explained
    other_points: float = 0.0  # toward the runner-up (for "against the runner-up")


@dataclass(frozen=True)
class QuizOutcome:
    ranking: tuple[Score, ...]  # specialist tracks, best first
    verdict: Verdict
    directions: tuple[Score, ...]  # people-management / product-leadership, best first
    direction_verdict: Verdict  # CLOSE or FLAT -> the hybrid role is the middle way
    reasons_for: tuple[Reason, ...]  # answers that counted most for the top track
    reasons_against_runner_up: tuple[Reason, ...]  # what set the top apart from the runner-up
    fundamentals_first: bool  # new to product: learn the fundamentals first
    first_role: str | None  # the suggested first role on the top track
    path: tuple[str, ...]  # role ids from first_role up the top track
    industries: tuple[str, ...]  # industry ids that fit the top track (chosen ones first)
    environments: tuple[str, ...]  # environment ids that fit (chosen ones first)
    first_steps: tuple[str, ...]  # from the guidance content
    advice: tuple[str, ...]  # plain sentences: what to do (esp. for CLOSE / FLAT)

    @property
    def top_track(self) -> str | None:
        """The recommended track, or None when the verdict is FLAT."""
        raise NotImplementedError

    @property
    def runner_up(self) -> str | None:
        raise NotImplementedError

    @property
    def direction(self) -> str | None:
        """The leaning direction, or None when CLOSE/FLAT (then: the hybrid role)."""
        raise NotImplementedError


# -- functions --------------------------------------------------------------------


def answer_problems(quiz: Quiz, answers: Mapping[str, Any]) -> list[str]:
    """Missing required answers and invalid values, one sentence each ([] when fine)."""
    raise NotImplementedError


def score_answers(quiz: Quiz, catalog: CareerCatalog, answers: Mapping[str, Any]) -> QuizOutcome:
    """Rank the tracks and directions, and explain the ranking. Pure."""
    raise NotImplementedError


def suggested_goals(outcome: QuizOutcome, catalog: CareerCatalog) -> list[Goal]:
    """Learning and networking goals for the outcome's first steps (not yet in any plan)."""
    raise NotImplementedError


def to_result(
    outcome: QuizOutcome, answers: Mapping[str, Any], taken: datetime | None = None
) -> QuizResult:
    """The record kept in plan.quiz_results."""
    raise NotImplementedError


def describe_change(previous: QuizResult, current: QuizResult, catalog: CareerCatalog) -> list[str]:
    """Plain sentences on how the result moved since last time ([] when it did not)."""
    raise NotImplementedError
