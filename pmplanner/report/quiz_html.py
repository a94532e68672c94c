"""The quiz section of the printed plan: the latest result, its chart and its reasons.

Track and role names come from ``data.quiz_catalog`` (the built-in content the
quiz was scored against), whatever ladder the rest of the report uses.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pmplanner.core.quiz_types import Advice, AdviceKind, Reason
from pmplanner.report import html_parts as h
from pmplanner.report.html_parts import Picture
from pmplanner.report.report_data import ReportData
from pmplanner.report.safe import esc
from pmplanner.wording.formats import Formats


def quiz_section(data: ReportData, picture: Picture | None, f: Formats) -> str:
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
    taken = result.taken.astimezone().date()
    out += h.para(
        esc(
            QCoreApplication.translate("Report", "Taken on {date}.").format(date=f.long_date(taken))
        )
    )
    out += h.para(h.bold(esc(_headline(data))))
    if result.recommended_role:
        role = _role_name(data, result.recommended_role)
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
        out += h.note(esc(_scores(data, result.ranking, f)))
    direction = _direction(data, f)
    if direction:
        out += h.subheading(QCoreApplication.translate("Report", "People or product leadership"))
        out += h.para(esc(direction))
    return out + _quiz_reasons(data, f)


def _headline(data: ReportData) -> str:
    result = data.quiz
    assert result is not None
    ranking = result.ranking
    if result.verdict == "flat" or not ranking:
        return QCoreApplication.translate("Report", "Your answers do not point to one track yet.")
    if result.verdict == "close" and len(ranking) > 1:
        return QCoreApplication.translate("Report", "A near tie: {a} and {b}.").format(
            a=_track_name(data, ranking[0].track), b=_track_name(data, ranking[1].track)
        )
    return QCoreApplication.translate("Report", "Best fit: {track}").format(
        track=_track_name(data, result.track or ranking[0].track)
    )


def _scores(data: ReportData, scores, f: Formats) -> str:
    return "; ".join(
        QCoreApplication.translate("Report", "{track}: {score} of 100").format(
            track=_track_name(data, s.track), score=f.number(round(s.score))
        )
        for s in scores
    )


def _direction(data: ReportData, f: Formats) -> str:
    result = data.quiz
    assert result is not None
    if not result.directions:
        return ""
    scores = _scores(data, result.directions, f)
    if result.direction:
        lean = QCoreApplication.translate(
            "Report", "Later on, your answers lean toward {direction}."
        ).format(direction=_track_name(data, result.direction))
        return f"{lean} ({scores})"
    quiz = data.quiz_catalog.quiz
    hybrid = _role_name(data, quiz.hybrid_role) if quiz is not None else ""
    even = QCoreApplication.translate(
        "Report", "Later on, managing people and leading the product fit you about equally."
    )
    if hybrid:
        even += " " + QCoreApplication.translate("Report", "{role} mixes both.").format(role=hybrid)
    return f"{even} ({scores})"


def _track_name(data: ReportData, track_id: str | None) -> str:
    if track_id is None:
        return ""
    try:
        return data.quiz_catalog.track(track_id).name
    except KeyError:
        return track_id


def _role_name(data: ReportData, role_id: str) -> str:
    catalog = data.quiz_catalog
    return catalog.role(role_id).title if catalog.has_role(role_id) else role_id


def _signed(value: float, f: Formats) -> str:
    text = f.number(abs(value))
    return ("+" if value > 0 else "\u2212" if value < 0 else "") + text


def _asked(reason: Reason) -> str:
    """The question and the answer given, the answer in bold."""
    question = reason.question.rstrip()
    joint = " " if question.endswith(("?", ":")) else ": "
    return esc(question) + joint + h.bold(esc(reason.answer))


def _quiz_reasons(data: ReportData, f: Formats) -> str:
    outcome = data.quiz_outcome
    if outcome is None:
        return ""
    top = outcome.top_track
    out = ""
    if top is not None and outcome.reasons_for:
        out += h.subheading(
            QCoreApplication.translate("Report", "Why {track}").format(track=_track_name(data, top))
        )
        out += h.bullets(_asked(r) + f" ({esc(_signed(r.points, f))})" for r in outcome.reasons_for)
    runner_up = outcome.runner_up
    if top is not None and runner_up is not None and outcome.reasons_against_runner_up:
        out += h.subheading(
            QCoreApplication.translate("Report", "What set it apart from {track}").format(
                track=_track_name(data, runner_up)
            )
        )
        out += h.bullets(
            _asked(r)
            + " "
            + esc(
                QCoreApplication.translate("Report", "({a} for {top}, {b} for {other})").format(
                    a=_signed(r.points, f),
                    top=_track_name(data, top),
                    b=_signed(r.other_points, f),
                    other=_track_name(data, runner_up),
                )
            )
            for r in outcome.reasons_against_runner_up
        )
    path = outcome.path
    if len(path) > 1:
        out += h.subheading(QCoreApplication.translate("Report", "A path on this track"))
        out += h.para(esc(" \u2192 ".join(_role_name(data, role) for role in path)))
    advice = [line for line in (_advice_text(data, a) for a in outcome.advice) if line]
    if advice:
        out += h.subheading(QCoreApplication.translate("Report", "What to do next"))
        out += h.bullets(esc(line) for line in advice)
    return out


def _advice_text(data: ReportData, advice: Advice) -> str:
    """One piece of the quiz's advice as a sentence (core.quiz gives it as a kind and ids)."""
    kind = advice.kind
    if kind is AdviceKind.BACKGROUND:
        return advice.content  # career content, printed as it is
    if kind is AdviceKind.FUNDAMENTALS_FIRST:
        return QCoreApplication.translate(
            "Report",
            "You are new to product, so begin with the fundamentals of product management; "
            "your interests then show which track to grow into.",
        )
    if kind is AdviceKind.SAME_ANSWERS:
        return QCoreApplication.translate(
            "Report",
            "You gave every statement the same answer, so those answers could not tell the "
            "tracks apart. Retake the quiz and answer each one by how much it is like you.",
        )
    if kind is AdviceKind.NO_TRACK:
        return QCoreApplication.translate(
            "Report",
            "Your answers do not point to one track, so this is no recommendation. Explore the "
            "tracks on the career map, talk to product managers on each of them, and retake "
            "the quiz when you know more about what you enjoy.",
        )
    if kind is AdviceKind.NEAR_TIE and len(advice.tracks) >= 2:
        return QCoreApplication.translate(
            "Report",
            "{first} and {second} are nearly level. Look at both tracks on the career map and "
            "talk to people doing each before you choose; retaking the quiz later may settle it.",
        ).format(
            first=_track_name(data, advice.tracks[0]), second=_track_name(data, advice.tracks[1])
        )
    if kind is AdviceKind.LEANING and advice.tracks:
        lean = QCoreApplication.translate("Report", "Later on you lean towards {direction}.")
        return lean.format(direction=_track_name(data, advice.tracks[0]).lower())
    if kind is AdviceKind.NO_LEANING:
        return QCoreApplication.translate(
            "Report",
            "You lean neither clearly towards managing people nor towards leading the "
            "product. {role} mixes both and is a good way to find out which suits you.",
        ).format(role=_role_name(data, advice.role) if advice.role else "")
    return ""
