"""Each kind of quiz question in one place: its content rules, its answers, its points.

Answers are a plain dict keyed by question id; the value's shape is the kind's:
- a CHOICE question: the chosen option's id (str);
- a MULTI question: the chosen option ids (list[str]);
- a SCALE question: an int from 1 to 5 (3 is the neutral middle).

``QUESTION_KINDS`` maps each ``QuestionKind`` to its spec; nothing else asks
which kind a question is. Adding a kind: a ``QuestionKind`` member
(quiz_types), a spec here, and a widget in ``ui/quiz/questions.py``
(``WIDGETS``). No Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from pmplanner.core.quiz_types import (
    SCALE_MAX,
    SCALE_MID,
    SCALE_MIN,
    QuestionKind,
    QuestionTopic,
    Quiz,
    QuizOption,
    QuizQuestion,
)


@dataclass(frozen=True)
class Contribution:
    """What one answer (one chosen option, for a MULTI question) gives each target."""

    question: QuizQuestion
    answer: str  # as the person saw it: the option's label or the scale label
    points: Mapping[str, float]
    option: QuizOption | None = None
    informative: bool = True  # False when uniform answers say nothing about a preference

    def to(self, target: str) -> float:
        return self.points.get(target, 0.0)


def short(value: object) -> str:
    """A value from an answers file as a short quoted text, for a problem sentence."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


class QuestionKindSpec:
    """How one kind of question is checked, answered and scored.

    The methods that take a ``value`` expect one that ``value_problem`` accepts,
    except ``value_problem`` and ``is_answered`` themselves.
    """

    kind: ClassVar[QuestionKind]
    # options to choose from (CHOICE, MULTI), or weights of its own (SCALE)
    has_options: ClassVar[bool] = True
    # a statement answered on the scale: "every statement got the same answer" compares these
    statement: ClassVar[bool] = False

    def content_problems(self, question: QuizQuestion) -> list[tuple[str, str]]:
        """What is wrong with the question as content: (field, problem) pairs."""
        raise NotImplementedError

    def value_problem(self, question: QuizQuestion, value: object) -> str | None:
        """Why ``value`` is not a valid answer (a clause), or None when it is."""
        raise NotImplementedError

    def is_answered(self, value: object) -> bool:
        """Whether ``value`` gives an answer at all (the wizard's Next waits for one)."""
        raise NotImplementedError

    def chosen(self, question: QuizQuestion, value: Any) -> list[QuizOption]:
        """The chosen options, in the question's own order ([] for a kind without options)."""
        return []

    def picks_some(self, question: QuizQuestion, value: Any) -> bool:
        """The answer picks some options but not all: it shows a preference of its own."""
        return False

    def contributions(
        self, quiz: Quiz, question: QuizQuestion, value: Any, uniform: bool
    ) -> list[Contribution]:
        """The answer's points; ``uniform``: every statement got the same answer."""
        raise NotImplementedError

    def bounds(self, question: QuizQuestion, target: str) -> tuple[float, float]:
        """The fewest and the most points an answer to the question can give ``target``."""
        raise NotImplementedError


class _OptionsKind(QuestionKindSpec):
    """CHOICE and MULTI: the points are the chosen options' weights."""

    multi: ClassVar[bool]

    def content_problems(self, question: QuizQuestion) -> list[tuple[str, str]]:
        problems = []
        if question.weights:
            problems.append(("weights", f"a {self.kind.value} question has weights on its options"))
        if not question.options:
            problems.append(("options", f"a {self.kind.value} question needs options"))
        return problems

    def chosen(self, question: QuizQuestion, value: Any) -> list[QuizOption]:
        chosen = set(value) if self.multi else {value}
        return [o for o in question.options if o.id in chosen]

    def contributions(
        self, quiz: Quiz, question: QuizQuestion, value: Any, uniform: bool
    ) -> list[Contribution]:
        # all-or-nothing picks beside uniform statements say nothing either
        informative = not (uniform and self.multi)
        return [
            Contribution(question, option.label, dict(option.weights), option, informative)
            for option in self.chosen(question, value)
        ]


class ChoiceKind(_OptionsKind):
    kind = QuestionKind.CHOICE
    multi = False

    def content_problems(self, question: QuizQuestion) -> list[tuple[str, str]]:
        problems = super().content_problems(question)
        if len(question.options) == 1:
            problems.append(("options", "a choice question needs at least two options"))
        return problems

    def value_problem(self, question: QuizQuestion, value: object) -> str | None:
        if not isinstance(value, str):
            return "the answer must be one of its options"
        if value not in {o.id for o in question.options}:
            return f"{short(value)} is not one of its options"
        return None

    def is_answered(self, value: object) -> bool:
        return isinstance(value, str) and value != ""

    def bounds(self, question: QuizQuestion, target: str) -> tuple[float, float]:
        values = [o.weights.get(target, 0.0) for o in question.options]
        if not question.required:
            values.append(0.0)
        return min(values, default=0.0), max(values, default=0.0)


class MultiKind(_OptionsKind):
    kind = QuestionKind.MULTI
    multi = True

    def value_problem(self, question: QuizQuestion, value: object) -> str | None:
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            return "the answer must be a list of its options"
        option_ids = {o.id for o in question.options}
        unknown = [v for v in value if v not in option_ids]
        if unknown:
            return f"{short(unknown[0])} is not one of its options"
        if len(set(value)) != len(value):
            return "an option is chosen twice"
        if question.required and not value:
            return "choose at least one option"
        return None

    def is_answered(self, value: object) -> bool:
        return isinstance(value, list) and len(value) > 0

    def picks_some(self, question: QuizQuestion, value: Any) -> bool:
        return 0 < len(value) < len(question.options)

    def bounds(self, question: QuizQuestion, target: str) -> tuple[float, float]:
        values = [o.weights.get(target, 0.0) for o in question.options]
        return sum(v for v in values if v < 0), sum(v for v in values if v > 0)


class ScaleKind(QuestionKindSpec):
    """A statement answered from 1 to 5: points = weights * (answer - SCALE_MID)."""

    kind = QuestionKind.SCALE
    has_options = False
    statement = True

    def content_problems(self, question: QuizQuestion) -> list[tuple[str, str]]:
        problems = []
        if question.options:
            problems.append(("options", "a scale question has no options"))
        if not question.weights:
            problems.append(("weights", "a scale question needs weights"))
        if question.topic is not QuestionTopic.GENERAL:
            problems.append(("topic", "a scale question has no options to stand for ids"))
        return problems

    def value_problem(self, question: QuizQuestion, value: object) -> str | None:
        if type(value) is not int or not SCALE_MIN <= value <= SCALE_MAX:
            return f"the answer must be a whole number from {SCALE_MIN} to {SCALE_MAX}"
        return None

    def is_answered(self, value: object) -> bool:
        return isinstance(value, int)

    def contributions(
        self, quiz: Quiz, question: QuizQuestion, value: Any, uniform: bool
    ) -> list[Contribution]:
        step = value - SCALE_MID
        points = {target: weight * step for target, weight in question.weights.items()}
        label = quiz.scale_labels[value - SCALE_MIN]
        return [Contribution(question, label, points, informative=not uniform)]

    def bounds(self, question: QuizQuestion, target: str) -> tuple[float, float]:
        reach = abs(question.weights.get(target, 0.0)) * (SCALE_MAX - SCALE_MID)
        return -reach, reach


QUESTION_KINDS: Mapping[QuestionKind, QuestionKindSpec] = {
    spec.kind: spec for spec in (ChoiceKind(), MultiKind(), ScaleKind())
}


def kind_of(question: QuizQuestion) -> QuestionKindSpec:
    """The spec of the question's kind."""
    return QUESTION_KINDS[question.kind]


def value_problem(question: QuizQuestion, value: object) -> str | None:
    """Why ``value`` is not a valid answer to ``question`` (a clause), or None when it is."""
    return kind_of(question).value_problem(question, value)
