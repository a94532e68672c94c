"""Scoring the quiz: every answer's points, the rankings, verdicts, reasons and next steps.

The advice is data (an AdviceKind and ids), never our sentences: the GUI and
the report word it through Qt's translation.

Each valid answer is one or more *contributions* (each kind's own, see
quiz_kinds): a SCALE answer gives ``weight * (answer - 3)`` to each target it
weighs, a CHOICE answer its option's weights, a MULTI answer one contribution
per chosen option. A target's points are the sum of its contributions, so
every point can be traced back to an answer (the reasons).

Verdicts are decided on points: FLAT when the ranked targets lie within
FLAT_SPREAD of each other (the answers do not separate them), CLOSE when the
leader is ahead by less than ``close_margin`` of the largest score or less than
MIN_GAP points (one clear answer's worth), CLEAR otherwise. When every
statement got the same answer and every multiple choice was all or nothing,
those answers say nothing about a preference: the verdict then rests on the
single-choice answers alone (the background, the direction you lean to).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.quiz_kinds import Contribution, kind_of, value_problem
from pmplanner.core.quiz_types import (
    Advice,
    AdviceKind,
    QuestionTopic,
    Quiz,
    QuizOutcome,
    QuizQuestion,
    Reason,
    Score,
    Verdict,
)

FLAT_SPREAD = 1.0  # ranked targets closer than this: the answers do not tell them apart
MIN_GAP = 2.0  # a lead of less than this is a near tie, whatever close_margin says
REASONS_SHOWN = 4
_EPS = 1e-9


# -- contributions --------------------------------------------------------------


def _valid_answers(quiz: Quiz, answers: Mapping[str, Any]) -> Iterator[tuple[QuizQuestion, Any]]:
    """Each question with a valid answer, and the answer (invalid ones count as not given)."""
    for question in quiz.questions():
        value = answers.get(question.id)
        if value is not None and value_problem(question, value) is None:
            yield question, value


def contributions(quiz: Quiz, answers: Mapping[str, Any]) -> list[Contribution]:
    """Every valid answer's contributions, question by question (invalid ones are skipped)."""
    uniform = same_answers(quiz, answers)
    return [
        contribution
        for question, value in _valid_answers(quiz, answers)
        for contribution in kind_of(question).contributions(quiz, question, value, uniform)
    ]


def same_answers(quiz: Quiz, answers: Mapping[str, Any]) -> bool:
    """Every statement got the same answer and every multiple choice was all or nothing."""
    statement_values = set()
    statements = 0
    for question, value in _valid_answers(quiz, answers):
        kind = kind_of(question)
        if kind.statement:
            statement_values.add(value)
            statements += 1
        elif kind.picks_some(question, value):
            return False
    return statements >= 2 and len(statement_values) == 1


# -- rankings and verdicts --------------------------------------------------------


def _bounds(quiz: Quiz, target: str) -> tuple[float, float]:
    """The fewest and the most points the quiz can give ``target``."""
    low = high = 0.0
    for question in quiz.questions():
        fewest, most = kind_of(question).bounds(question, target)
        low += fewest
        high += most
    return low, high


def rank(quiz: Quiz, targets: Sequence[str], totals: Mapping[str, float]) -> tuple[Score, ...]:
    """The targets best first (ties keep the quiz's order), with 0..100 shares.

    A share is where the points lie between the fewest and the most points the
    quiz can give any of these targets, so shares compare across targets and
    across retakes and follow the order of the points.
    """
    bounds = [_bounds(quiz, t) for t in targets]
    low = min((b[0] for b in bounds), default=0.0)
    high = max((b[1] for b in bounds), default=0.0)
    span = high - low

    def share(points: float) -> float:
        if span <= _EPS:
            return 50.0
        return max(0.0, min(100.0, 100.0 * (points - low) / span))

    order = sorted(range(len(targets)), key=lambda i: (-round(totals.get(targets[i], 0.0), 9), i))
    return tuple(
        Score(targets[i], totals.get(targets[i], 0.0), share(totals.get(targets[i], 0.0)))
        for i in order
    )


def verdict_of(points: Sequence[float], close_margin: float) -> Verdict:
    """CLEAR, CLOSE or FLAT for points ordered best first (see the module docstring)."""
    if len(points) < 2 or max(points) - min(points) < FLAT_SPREAD - _EPS:
        return Verdict.FLAT
    gap = points[0] - points[1]
    magnitude = max(abs(p) for p in points)
    if gap < max(close_margin * magnitude, MIN_GAP) - _EPS:
        return Verdict.CLOSE
    return Verdict.CLEAR


def _totals(found: Iterable[Contribution], targets: Iterable[str]) -> dict[str, float]:
    found = list(found)
    return {t: sum(c.to(t) for c in found) for t in targets}


def _ranked_verdict(
    quiz: Quiz, targets: Sequence[str], found: list[Contribution]
) -> tuple[tuple[Score, ...], Verdict]:
    ranking = rank(quiz, targets, _totals(found, targets))
    # the verdict rests on the answers that say something about a preference
    telling = [c for c in found if c.informative]
    basis = rank(quiz, targets, _totals(telling, targets)) if len(telling) < len(found) else ranking
    verdict = verdict_of([s.points for s in basis], quiz.close_margin)
    if verdict is not Verdict.FLAT and basis[0].target != ranking[0].target:
        verdict = Verdict.CLOSE  # the two orders disagree: not a pick either way
    return ranking, verdict


# -- reasons ----------------------------------------------------------------------------


def _reason(c: Contribution, target: str, other: str | None) -> Reason:
    return Reason(
        question_id=c.question.id,
        question=c.question.text,
        answer=c.answer,
        points=round(c.to(target), 6),
        other_points=round(c.to(other), 6) if other else 0.0,
    )


def reasons_for(found: Iterable[Contribution], target: str, other: str | None) -> list[Reason]:
    """The answers that gave ``target`` the most points, most first."""
    rows = [c for c in found if c.informative and c.to(target) > _EPS]
    rows.sort(key=lambda c: -c.to(target))  # stable: ties keep the question order
    return [_reason(c, target, other) for c in rows[:REASONS_SHOWN]]


def reasons_against(found: Iterable[Contribution], target: str, other: str) -> list[Reason]:
    """The answers that put ``target`` furthest ahead of ``other``, most first."""
    rows = [c for c in found if c.informative and c.to(target) - c.to(other) > _EPS]
    rows.sort(key=lambda c: -(c.to(target) - c.to(other)))
    return [_reason(c, target, other) for c in rows[:REASONS_SHOWN]]


# -- the outcome -------------------------------------------------------------------------


def _chosen_ids(quiz: Quiz, answers: Mapping[str, Any], topic: QuestionTopic) -> list[str]:
    ids: list[str] = []
    for question, value in _valid_answers(quiz, answers):
        if question.topic is topic:
            ids.extend(o.id for o in kind_of(question).chosen(question, value) if o.id not in ids)
    return ids


def _fits(items: Iterable[Any], track: str | None, chosen: list[str]) -> tuple[str, ...]:
    """Ids of items (industries, environments) that fit ``track``, the chosen ones first.

    With no track, or when none fits it, the chosen ones.
    """
    fitting = [x.id for x in items if track is not None and track in x.tracks]
    if not fitting:
        return tuple(chosen)
    return tuple(sorted(fitting, key=lambda i: (i not in chosen, fitting.index(i))))


def _experience_level(quiz: Quiz, answers: Mapping[str, Any]) -> int | None:
    """The highest career level the experience answers support (None: none answered)."""
    levels = [
        option.level
        for question, value in _valid_answers(quiz, answers)
        if kind_of(question).has_options
        for option in kind_of(question).chosen(question, value)
        if option.level is not None
    ]
    return max(levels) if levels else None


def _at_level(catalog: CareerCatalog, progression: list[str], start: str, level: int) -> str:
    """The role of ``progression`` from ``start`` on at the highest level <= ``level``."""
    chosen = start
    for role_id in progression[progression.index(start) :]:
        try:
            role_level = catalog.role(role_id).level
        except KeyError:
            continue
        if role_level <= level:
            chosen = role_id
    return chosen


def _name(items: Iterable[Any], ident: str) -> str:
    """An industry's or environment's name, folded for comparing (its id when unknown)."""
    return next((x.name for x in items if x.id == ident), ident).casefold().rstrip("s")


def _first_role(
    catalog: CareerCatalog,
    track: str | None,
    background: str | None,
    experience: int | None = None,
) -> tuple[str | None, tuple[str, ...]]:
    if track is None:
        return None, ()
    try:
        progression = list(catalog.track(track).progression)
    except KeyError:
        return None, ()
    if not progression:
        return None, ()
    start = progression[0]
    try:
        usual = catalog.background(background).first_roles if background else []
    except KeyError:
        usual = []
    for role_id in usual:
        if role_id in progression:
            start = role_id
            break
    if experience is not None:
        # an experienced person is not sent to an entry rung
        start = _at_level(catalog, progression, start, experience)
    return start, tuple(progression[progression.index(start) :])


def _first_steps(
    catalog: CareerCatalog,
    fundamentals_first: bool,
    tracks: Sequence[str] = (),
    background: str | None = None,
    direction: str | None = None,
) -> tuple[str, ...]:
    """The guidance's first steps that fit the result: its track(s), background, direction."""
    guidance = catalog.guidance
    if guidance is not None and guidance.quiz_steps:
        return tuple(
            step.text
            for step in guidance.quiz_steps
            if step.fits(tracks, background, direction, fundamentals_first)
        )
    steps = list(guidance.first_steps) if guidance else []
    if fundamentals_first:
        steps.sort(key=lambda s: "fundamental" not in s.lower())
    return tuple(steps)


def _suits_the_verdict(
    catalog: CareerCatalog,
    quiz: Quiz,
    background: str | None,
    ranking: Sequence[Score],
    verdict: Verdict,
) -> bool:
    """Whether the background's own advice agrees with the verdict.

    Its advice speaks for the background's tracks: shown when the result points
    there (a clear top track, or one of a near tie's two), or when the answers
    do not tell the tracks apart (then the background is all there is to go on).
    Advice for no ranked track in particular (the general ladder) always suits.
    """
    try:
        tracks = set(catalog.background(background).tracks) if background else set()
    except KeyError:
        return True
    tracks &= set(quiz.tracks)
    if not tracks or verdict is Verdict.FLAT:
        return True
    shown = 2 if verdict is Verdict.CLOSE else 1
    return bool(tracks & {s.target for s in ranking[:shown]})


def _advice(
    catalog: CareerCatalog,
    quiz: Quiz,
    ranking: Sequence[Score],
    verdict: Verdict,
    directions: Sequence[Score],
    direction_verdict: Verdict,
    fundamentals_first: bool,
    uniform: bool,
    background: str | None,
) -> tuple[Advice, ...]:
    advice: list[Advice] = []
    own: Advice | None = None  # the background's own advice (content)
    if background:
        with contextlib.suppress(KeyError):
            text = catalog.background(background).advice
            if text:
                own = Advice(AdviceKind.BACKGROUND, background=background, content=text)
    if fundamentals_first:
        # the article's advice for someone new to product comes first
        if own is not None and "fundamental" in own.content.lower():
            advice.append(own)
            own = None
        else:
            advice.append(Advice(AdviceKind.FUNDAMENTALS_FIRST))
    if uniform:
        advice.append(Advice(AdviceKind.SAME_ANSWERS))
    if verdict is Verdict.FLAT:
        advice.append(Advice(AdviceKind.NO_TRACK))
    elif verdict is Verdict.CLOSE:
        advice.append(Advice(AdviceKind.NEAR_TIE, tracks=(ranking[0].target, ranking[1].target)))
    if own is not None and _suits_the_verdict(catalog, quiz, background, ranking, verdict):
        advice.append(own)
    if directions:
        if direction_verdict is Verdict.CLEAR:
            advice.append(Advice(AdviceKind.LEANING, tracks=(directions[0].target,)))
        else:
            advice.append(Advice(AdviceKind.NO_LEANING, role=quiz.hybrid_role))
    return tuple(advice)


def score(quiz: Quiz, catalog: CareerCatalog, answers: Mapping[str, Any]) -> QuizOutcome:
    """Rank the tracks and directions, and explain the ranking (see score_answers)."""
    found = contributions(quiz, answers)
    uniform = same_answers(quiz, answers)
    ranking, verdict = _ranked_verdict(quiz, quiz.tracks, found)
    directions, direction_verdict = _ranked_verdict(quiz, quiz.directions, found)

    top = ranking[0].target if verdict is not Verdict.FLAT else None
    second = ranking[1].target if top is not None and len(ranking) > 1 else None
    for_top = reasons_for(found, top, second) if top else []
    against = reasons_against(found, top, second) if top and second else []
    other_side = reasons_against(found, second, top) if top and second else []
    leaning = directions[0].target if direction_verdict is Verdict.CLEAR else None
    other_direction = directions[1].target if leaning and len(directions) > 1 else None
    for_direction = reasons_for(found, leaning, other_direction) if leaning else []

    backgrounds = _chosen_ids(quiz, answers, QuestionTopic.BACKGROUND)
    background = backgrounds[0] if backgrounds else None
    fundamentals_first = any(c.option is not None and c.option.fundamentals_first for c in found)
    experience = _experience_level(quiz, answers)
    environments = _fits(
        catalog.environments, top, _chosen_ids(quiz, answers, QuestionTopic.ENVIRONMENT)
    )
    # a name that is a workplace too ("Startups") is said once, among the workplaces
    workplace_names = {_name(catalog.environments, e) for e in environments}
    industries = tuple(
        i
        for i in _fits(catalog.industries, top, _chosen_ids(quiz, answers, QuestionTopic.INDUSTRY))
        if _name(catalog.industries, i) not in workplace_names
    )
    first_role, path = _first_role(catalog, top, background, experience)
    other_role, other_path = (
        _first_role(catalog, second, background, experience)
        if verdict is Verdict.CLOSE and second is not None
        else (None, ())
    )
    return QuizOutcome(
        ranking=ranking,
        verdict=verdict,
        directions=directions,
        direction_verdict=direction_verdict,
        reasons_for=tuple(for_top),
        reasons_against_runner_up=tuple(against),
        fundamentals_first=fundamentals_first,
        first_role=first_role,
        path=path,
        industries=industries,
        environments=environments,
        first_steps=_first_steps(
            catalog,
            fundamentals_first,
            [s.target for s in ranking[: 2 if verdict is Verdict.CLOSE else 1]]
            if top is not None
            else [],
            background,
            leaning,
        ),
        advice=_advice(
            catalog,
            quiz,
            ranking,
            verdict,
            directions,
            direction_verdict,
            fundamentals_first,
            uniform,
            background,
        ),
        background=background,
        same_answers=uniform,
        direction_reasons=tuple(for_direction),
        hybrid_role=quiz.hybrid_role if leaning is None else None,
        experience_level=experience,
        reasons_for_runner_up=tuple(other_side),
        other_first_role=other_role,
        other_path=other_path,
    )
