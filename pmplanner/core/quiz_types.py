"""The self-discovery quiz's types: its content (data/quiz.json) and its outcome.

The quiz's modules build on this one and it imports none of them: the
functions are in ``quiz`` (the public entry points), ``quiz_scoring`` and
``quiz_followup``. No Qt here.

How each kind of question is checked and scored: ``quiz_kinds``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from pmplanner.core.plan_fields import MAX_REF

CONTENT = ConfigDict(extra="forbid", hide_input_in_errors=True, frozen=True)

Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=MAX_REF)]
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
    # how senior the person is now: the options' ``level``s are career levels, and
    # the profile's current role answers it before the person does
    SENIORITY = "seniority"


class QuizOption(BaseModel):
    model_config = CONTENT

    id: Id
    label: Text
    # shown under the label; for a background/industry/environment option left
    # empty in data/quiz.json, loading fills in the catalog's own description
    description: str = ""
    weights: Weights = Field(default_factory=dict)
    # choosing this option means: learn the fundamentals first (New to product)
    fundamentals_first: bool = False
    # experience questions: choosing this option says the person can start at this
    # career level (0 entry, 1 mid, 2 senior, ...); the first role suggested is the
    # top track's role at the highest such level chosen. Never scored.
    level: Annotated[int, Field(ge=0, le=6)] | None = None


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
        """The question with this id; KeyError when there is none."""
        for question in self.questions():
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def questions(self) -> list[QuizQuestion]:
        """Every question, page by page, in the order they are asked."""
        return [q for page in self.pages for q in page.questions]

    def topic_question(self, topic: QuestionTopic) -> QuizQuestion | None:
        """The first question whose options stand for ``topic`` ids (e.g. the background)."""
        for question in self.questions():
            if question.topic is topic:
                return question
        return None


# -- outcome --------------------------------------------------------------------


class Verdict(StrEnum):
    CLEAR = "clear"  # one stands out
    CLOSE = "close"  # the top two are within close_margin: look at both
    FLAT = "flat"  # the answers do not tell them apart at all


@dataclass(frozen=True)
class Score:
    target: str  # track id
    points: float  # raw sum of the answers' points
    # 0..100 for the chart: where the points lie between the fewest and the most the quiz
    # can give these targets (follows the order of the points; comparable across retakes)
    share: float


@dataclass(frozen=True)
class Reason:
    """One answer's effect on a track (and on the runner-up, for comparison)."""

    question_id: str
    question: str  # the question's text
    answer: str  # the answer as the person saw it (option label or scale label)
    points: float  # toward the track being explained
    other_points: float = 0.0  # toward the runner-up (for "against the runner-up")


class AdviceKind(StrEnum):
    """What one piece of advice says; the GUI and the report word it (core has no wording)."""

    FUNDAMENTALS_FIRST = "fundamentals-first"  # new to product: the fundamentals come first
    BACKGROUND = "background"  # the chosen background's own advice (content, in ``content``)
    SAME_ANSWERS = "same-answers"  # every statement got the same answer: retake it
    NO_TRACK = "no-track"  # FLAT: explore the tracks, talk to people, retake later
    NEAR_TIE = "near-tie"  # CLOSE: look at both ``tracks`` before choosing
    LEANING = "leaning"  # later on you lean towards ``tracks[0]`` (a direction)
    NO_LEANING = "no-leaning"  # neither direction: ``role`` (the hybrid role) mixes both


@dataclass(frozen=True)
class Advice:
    """One thing to do now: a kind and its parameters (ids, never sentences of ours)."""

    kind: AdviceKind
    tracks: tuple[str, ...] = ()  # track ids (NEAR_TIE: the top two; LEANING: the direction)
    role: str | None = None  # a role id (NO_LEANING: the hybrid role)
    background: str | None = None  # a background id (BACKGROUND)
    content: str = ""  # career content shown as it is (BACKGROUND: the background's advice)


class ChangeKind(StrEnum):
    """How a result moved since the last one; the GUI words it."""

    TOP_TRACK = "top-track"  # the top track changed from ``before`` to ``after`` (track ids)
    NOW_A_TRACK = "now-a-track"  # last time no track stood out; now ``after`` does
    NO_TRACK_NOW = "no-track-now"  # last time ``before`` stood out; now none does
    STANDS_OUT = "stands-out"  # ``track`` is still on top, and now clearly
    ONLY_JUST_AHEAD = "only-just-ahead"  # ``track`` is still on top, but only just
    SCORE_ROSE = "score-rose"  # ``track``'s score rose from ``before`` to ``after`` (0..100)
    SCORE_FELL = "score-fell"  # ``track``'s score fell from ``before`` to ``after``
    LEANING = "leaning"  # you now lean towards ``after`` (a direction's track id)
    NO_LEANING = "no-leaning"  # last time you leaned towards ``before``; now neither way
    # now a near tie between ``track`` and ``after`` (track ids); ``before``: the track the
    # answers pointed to last time (None: none, or the same two were level then too)
    NOW_CLOSE = "now-close"
    FIRST_ROLE = "first-role"  # the suggested first role changed (role ids)


@dataclass(frozen=True)
class Change:
    """One way the result moved since last time: a kind and the values before and after."""

    kind: ChangeKind
    track: str | None = None  # the track it is about (STANDS_OUT, ONLY_JUST_AHEAD, SCORE_*)
    before: str | float | None = None  # a track or role id, or a score out of 100
    after: str | float | None = None


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
    first_steps: tuple[str, ...]  # from the guidance content (content, shown as it is)
    advice: tuple[Advice, ...]  # what to do now (esp. for CLOSE / FLAT), to be worded
    # added by the implementation (all with defaults):
    background: str | None = None  # the chosen background id
    same_answers: bool = False  # every statement got the same answer (said in advice)
    direction_reasons: tuple[Reason, ...] = ()  # answers that counted most for the direction
    hybrid_role: str | None = None  # the middle way, when the direction is not clear
    experience_level: int | None = None  # from the experience answers (None: not asked)
    # the runner-up's side: the answers that put it furthest ahead of the top track
    reasons_for_runner_up: tuple[Reason, ...] = ()
    # a near tie: the runner-up's first role and path, offered alongside (no winner)
    other_first_role: str | None = None
    other_path: tuple[str, ...] = ()

    @property
    def top_track(self) -> str | None:
        """The recommended track, or None when the verdict is FLAT."""
        if self.verdict is Verdict.FLAT or not self.ranking:
            return None
        return self.ranking[0].target

    @property
    def runner_up(self) -> str | None:
        """The second track (the one to look at too when CLOSE), or None when FLAT."""
        if self.verdict is Verdict.FLAT or len(self.ranking) < 2:
            return None
        return self.ranking[1].target

    @property
    def direction(self) -> str | None:
        """The leaning direction, or None when CLOSE/FLAT (then: the hybrid role)."""
        if self.direction_verdict is not Verdict.CLEAR or not self.directions:
            return None
        return self.directions[0].target
