"""The self-discovery quiz: checking, scoring and following up the answers.

The entry points the GUI and the report call. Scoring is a pure function of the
quiz, the career catalog and the answers, and it explains itself: every point a
track gets comes from one answer, so the results can say which answers counted
most and what set the winner apart from the runner-up. The types are in
``quiz_types``, the work in ``quiz_scoring`` and ``quiz_followup``. No Qt here.

Answers are a plain dict keyed by question id; each kind of question's answers
are described, checked and scored in ``quiz_kinds``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.plan import Goal, QuizResult
from pmplanner.core.quiz_followup import Why, changes, goals_for, result_of
from pmplanner.core.quiz_kinds import short, value_problem
from pmplanner.core.quiz_scoring import score
from pmplanner.core.quiz_types import Change, Quiz, QuizOutcome


def answer_problems(quiz: Quiz, answers: Mapping[str, Any]) -> list[str]:
    """Missing required answers and invalid values, one sentence each ([] when fine).

    An answer of None counts as no answer. Answers to questions the quiz does
    not have are reported too (after the quiz's own questions, in their order).
    """
    problems: list[str] = []
    for question in quiz.questions():
        value = answers.get(question.id)
        if value is None:
            if question.required:
                problems.append(f"“{question.text}” has no answer yet.")
            continue
        problem = value_problem(question, value)
        if problem:
            problems.append(f"“{question.text}”: {problem}.")
    known = {q.id for q in quiz.questions()}
    for key in answers:
        if key not in known:
            problems.append(f"There is no question {short(key)} in this quiz.")
    return problems


def score_answers(quiz: Quiz, catalog: CareerCatalog, answers: Mapping[str, Any]) -> QuizOutcome:
    """Rank the tracks and directions, and explain the ranking. Pure.

    Invalid answers (see answer_problems) count as not given.
    """
    return score(quiz, catalog, answers)


def suggested_goals(
    outcome: QuizOutcome,
    catalog: CareerCatalog,
    why: Why | None = None,
    ratings: Mapping[str, int] | None = None,
) -> list[Goal]:
    """Learning and networking goals for the outcome's first steps (not yet in any plan).

    ``why(suggestion)`` words why each is suggested (the GUI's translated sentence,
    added to the goal's notes); without it the notes hold the content's description only.
    ``quiz_followup.suggestions_for`` gives the goals with their reasons as data.
    Nothing that does not suit the background; no skill the person's ``ratings``
    already put at the first role's level.
    """
    return goals_for(outcome, catalog, why, ratings)


def to_result(
    outcome: QuizOutcome, answers: Mapping[str, Any], taken: datetime | None = None
) -> QuizResult:
    """The record kept in plan.quiz_results."""
    return result_of(outcome, answers, taken)


def describe_change(previous: QuizResult, current: QuizResult) -> list[Change]:
    """How the result moved since last time, most important first ([] when it did not)."""
    return changes(previous, current)
