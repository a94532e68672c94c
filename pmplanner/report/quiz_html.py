"""The quiz section of the printed plan: the latest result, its chart and its reasons.

Track and role names come from ``data.quiz_catalog`` (the built-in content the
quiz was scored against), whatever ladder the rest of the report uses. Every
sentence about the result (headline, scores, leaning, what changed, advice)
comes from ``wording.quiz``, the same functions as the results page.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from pmplanner.core.plan import TrackScore
from pmplanner.core.quiz import describe_change
from pmplanner.core.quiz_types import Reason
from pmplanner.report import html_parts as h
from pmplanner.report.html_parts import Picture
from pmplanner.report.report_data import ReportData
from pmplanner.report.safe import esc
from pmplanner.wording.formats import Formats
from pmplanner.wording.quiz import (
    advice_text,
    change_text,
    headline_of,
    leaning_text,
    no_leaning_text,
    role_title,
    score_text,
    side_title,
    sides_title,
    track_name,
    why_title,
)


def quiz_section(
    data: ReportData, picture: Picture | None, f: Formats, answers: bool = True
) -> str:
    """The latest result; with ``answers``, the questions and answers that made it."""
    out = h.heading(QCoreApplication.translate("Report", "Quiz result"))
    result = data.quiz
    if result is None:
        return out + h.para(
            esc(
                QCoreApplication.translate(
                    "Report", "You have not taken the quiz yet (Quiz > Take the Quiz)."
                )
            )
        )
    catalog = data.quiz_catalog
    taken = result.taken.astimezone().date()
    out += h.para(
        esc(
            QCoreApplication.translate("Report", "Taken on {date}.").format(
                date=f.short_date(taken)
            )
        )
    )
    ranked = [s.track for s in result.ranking]
    out += h.para(h.bold(esc(headline_of(result.verdict, ranked, catalog))))
    outcome = data.quiz_outcome
    if (
        result.verdict == "close"
        and outcome is not None
        and outcome.first_role is not None
        and outcome.other_first_role is not None
    ):
        # a near tie names no winner: a first role on each of the two
        out += h.para(
            esc(
                QCoreApplication.translate("Report", "First roles to look at: {a} or {b}").format(
                    a=role_title(catalog, outcome.first_role),
                    b=role_title(catalog, outcome.other_first_role),
                )
            )
        )
    elif result.recommended_role and result.verdict != "close":  # a near tie: no winner
        role = role_title(catalog, result.recommended_role)
        out += h.para(
            esc(
                QCoreApplication.translate("Report", "Suggested first role: {role}").format(
                    role=role
                )
            )
        )
    if picture is not None:
        out += h.picture(picture)
    if result.ranking:
        out += h.note(esc(_scores(data, result.ranking)))
    direction = _direction(data)
    if direction:
        out += h.subheading(QCoreApplication.translate("Report", "People or product leadership"))
        out += h.para(esc(direction))
    out += _changes(data)
    return out + (_quiz_reasons(data, f, direction) if answers else "")


def _scores(data: ReportData, scores: Sequence[TrackScore]) -> str:
    catalog = data.quiz_catalog
    return "; ".join(score_text(track_name(catalog, s.track), s.score) for s in scores)


def _lean_sentence(data: ReportData) -> str:
    result, catalog = data.quiz, data.quiz_catalog
    assert result is not None
    if result.direction:
        return leaning_text(catalog, result.direction)
    quiz = catalog.quiz
    if quiz is not None and quiz.hybrid_role:
        return no_leaning_text(catalog, quiz.hybrid_role)
    return ""


def _direction(data: ReportData) -> str:
    result = data.quiz
    assert result is not None
    if not result.directions:
        return ""
    scores = _scores(data, result.directions)
    lean = _lean_sentence(data)
    return f"{lean} ({scores})" if lean else scores


def _changes(data: ReportData) -> str:
    """How the result moved since the quiz before it, as the results page says it."""
    result, previous = data.quiz, data.quiz_previous
    if result is None or previous is None:
        return ""
    sentences = [
        s
        for s in (change_text(c, data.quiz_catalog) for c in describe_change(previous, result))
        if s
    ]
    if not sentences:
        return ""
    out = h.subheading(QCoreApplication.translate("Report", "Since your previous quiz"))
    return out + h.bullets(esc(s) for s in sentences)


def _asked(reason: Reason) -> str:
    """The question and the answer given, the answer in bold."""
    question = reason.question.rstrip()
    joint = " " if question.endswith(("?", ":")) else ": "
    return esc(question) + joint + h.bold(esc(reason.answer))


def _quiz_reasons(data: ReportData, f: Formats, direction: str) -> str:
    outcome = data.quiz_outcome
    if outcome is None:
        return ""
    catalog = data.quiz_catalog
    top = outcome.top_track
    out = ""
    verdict = outcome.verdict.value
    why = why_title(verdict, top, catalog) if top is not None else ""
    if why and outcome.reasons_for:  # a near tie names no winner: both sides below
        out += h.subheading(why)
        out += h.bullets(_asked(r) + f" ({esc(f.signed(r.points))})" for r in outcome.reasons_for)
    runner_up = outcome.runner_up
    sides = (
        [
            (top, False, outcome.reasons_against_runner_up),
            (runner_up, True, outcome.reasons_for_runner_up),
        ]
        if top is not None and runner_up is not None
        else []
    )
    if any(reasons for _track, _second, reasons in sides):
        assert runner_up is not None
        out += h.subheading(sides_title(verdict, runner_up, catalog))
        for track, second, reasons in sides:
            if not reasons:
                continue
            out += h.para(h.bold(esc(side_title(track, catalog, second, verdict))))
            out += h.bullets(
                _asked(r)
                + " "
                + esc(
                    QCoreApplication.translate("Report", "({a} for {top}, {b} for {other})").format(
                        a=f.signed(r.points),
                        top=track_name(catalog, track),
                        b=f.signed(r.other_points),
                        other=track_name(catalog, runner_up if not second else top),
                    )
                )
                for r in reasons
            )
    path = outcome.path
    if outcome.other_first_role is not None and outcome.runner_up is not None:
        # a near tie: a path on each of the two, neither one the pick
        out += h.subheading(QCoreApplication.translate("Report", "A path on each track"))
        for on_track, steps in ((top, path), (outcome.runner_up, outcome.other_path)):
            if steps:
                out += h.para(
                    h.bold(esc(track_name(catalog, on_track)))
                    + esc(": " + " \u2192 ".join(role_title(catalog, role) for role in steps))
                )
    elif len(path) > 1:
        out += h.subheading(QCoreApplication.translate("Report", "A path on this track"))
        out += h.para(esc(" \u2192 ".join(role_title(catalog, role) for role in path)))
    # the leaning, printed above with the scores, is not repeated as advice
    advice = [s for s in (advice_text(a, catalog) for a in outcome.advice) if s]
    advice = [s for s in advice if not direction.startswith(s)]
    if advice:
        out += h.subheading(QCoreApplication.translate("Report", "What to do next"))
        out += h.bullets(esc(line) for line in advice)
    return out
