"""The quiz's sentences, for the results page and the printed plan alike.

core.quiz cannot use Qt, so it gives the verdict, the advice, what changed
since last time and why a goal is suggested as kinds with ids and numbers;
here each kind is one literal translation (pyside6-lupdate finds them) with
the names filled in. Both the window and the PDF word a result only through
these functions, so they say the same thing. Names come from the career
content and are shown as they are; numbers go through ``wording.formats``.
Plain text: the caller escapes it for rich text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.quiz_followup import GoalReason, Suggestion
from pmplanner.core.quiz_types import Advice, AdviceKind, Change, ChangeKind, Verdict
from pmplanner.wording.formats import number

translate = QCoreApplication.translate


def track_name(catalog: CareerCatalog, track_id: str | None) -> str:
    if track_id is None:
        return ""
    try:
        return catalog.track(track_id).name
    except KeyError:
        return track_id


def role_title(catalog: CareerCatalog, role_id: str | None) -> str:
    if role_id is None:
        return ""
    return catalog.role(role_id).title if catalog.has_role(role_id) else role_id


def direction_name(catalog: CareerCatalog, track_id: str | None) -> str:
    """A direction's name inside a sentence ("people management")."""
    return track_name(catalog, track_id).lower()


# -- the verdict -------------------------------------------------------------------------


def headline_of(verdict: str, ranked: Sequence[str], catalog: CareerCatalog) -> str:
    """One sentence saying what the quiz found; ``ranked``: track ids, best first.

    ``verdict`` is a ``Verdict`` value; "" (a result kept by an older
    pmplanner) reads as a clear one.
    """
    if verdict == Verdict.FLAT or not ranked:
        return translate("QuizResults", "Your answers do not point to one track yet")
    first = track_name(catalog, ranked[0])
    if verdict == Verdict.CLOSE and len(ranked) > 1:
        second = track_name(catalog, ranked[1])
        return translate("QuizResults", "A near tie: {0} and {1}").format(first, second)
    return translate("QuizResults", "Your best fit: {0}").format(first)


def score_text(name: str, score: float) -> str:
    """A track's score out of 100, by the track's name: "UX: 61 of 100"."""
    return translate("QuizResults", "{0}: {1} of 100").format(name, number(score, 0))


def leaning_text(catalog: CareerCatalog, track_id: str) -> str:
    """Which way further up the ladder: people or the product."""
    return translate("QuizResults", "Later on you lean towards {0}.").format(
        direction_name(catalog, track_id)
    )


def no_leaning_text(catalog: CareerCatalog, hybrid_role: str | None) -> str:
    return translate(
        "QuizResults",
        "You lean neither clearly towards managing people nor towards leading the "
        "product. {0} mixes both and is a good way to find out which suits you.",
    ).format(role_title(catalog, hybrid_role))


# -- what to do now ----------------------------------------------------------------------


def advice_text(advice: Advice, catalog: CareerCatalog) -> str:
    """One piece of advice as a sentence ("" for a kind this version does not know)."""
    kind = advice.kind
    if kind is AdviceKind.BACKGROUND:
        return advice.content  # career content, shown as it is
    if kind is AdviceKind.FUNDAMENTALS_FIRST:
        return translate(
            "QuizResults",
            "You are new to product, so begin with the fundamentals of product management; "
            "your interests then show which track to grow into.",
        )
    if kind is AdviceKind.SAME_ANSWERS:
        return translate(
            "QuizResults",
            "You gave every statement the same answer, so those answers could not tell the "
            "tracks apart. Retake the quiz and answer each one by how much it is like you.",
        )
    if kind is AdviceKind.NO_TRACK:
        return translate(
            "QuizResults",
            "Your answers do not point to one track, so this is no recommendation. Explore the "
            "tracks on the career map, talk to product managers on each of them, and retake "
            "the quiz when you know more about what you enjoy.",
        )
    if kind is AdviceKind.NEAR_TIE and len(advice.tracks) >= 2:
        return translate(
            "QuizResults",
            "{0} and {1} are nearly level. Look at both tracks on the career map and talk to "
            "people doing each before you choose; retaking the quiz later may settle it.",
        ).format(track_name(catalog, advice.tracks[0]), track_name(catalog, advice.tracks[1]))
    if kind is AdviceKind.LEANING and advice.tracks:
        return leaning_text(catalog, advice.tracks[0])
    if kind is AdviceKind.NO_LEANING:
        return no_leaning_text(catalog, advice.role)
    return ""


# -- since last time -----------------------------------------------------------------------


def _score(value: str | float | None) -> str:
    return number(value, 0) if isinstance(value, int | float) else str(value)


def change_text(change: Change, catalog: CareerCatalog) -> str:
    """One way the result moved, as a sentence ("" for a kind this version does not know)."""
    kind, before, after = change.kind, change.before, change.after
    name = track_name(catalog, change.track)
    # a track or role id before and after (the scores' kinds hold numbers instead)
    was = before if isinstance(before, str) else None
    now = after if isinstance(after, str) else None
    if kind is ChangeKind.TOP_TRACK:
        return translate("QuizResults", "Your top track changed from {0} to {1}.").format(
            track_name(catalog, was), track_name(catalog, now)
        )
    if kind is ChangeKind.NOW_A_TRACK:
        return translate(
            "QuizResults",
            "Last time your answers did not point to one track; now they point to {0}.",
        ).format(track_name(catalog, now))
    if kind is ChangeKind.NO_TRACK_NOW:
        return translate(
            "QuizResults",
            "Last time your answers pointed to {0}; this time they do not tell the tracks apart.",
        ).format(track_name(catalog, was))
    if kind is ChangeKind.STANDS_OUT:
        return translate(
            "QuizResults", "{0} is still on top, and now it stands out clearly."
        ).format(name)
    if kind is ChangeKind.ONLY_JUST_AHEAD:
        return translate(
            "QuizResults", "{0} is still on top, but now only just ahead of the next track."
        ).format(name)
    if kind is ChangeKind.NOW_CLOSE:
        pair = (name, track_name(catalog, now))
        if was is not None:
            return translate(
                "QuizResults",
                "Last time your answers pointed to {0}; now {1} and {2} are nearly level.",
            ).format(track_name(catalog, was), *pair)
        return translate("QuizResults", "Now {0} and {1} are nearly level.").format(*pair)
    if kind is ChangeKind.SCORE_ROSE:
        return translate("QuizResults", "Your score for {0} rose from {1} to {2}.").format(
            name, _score(before), _score(after)
        )
    if kind is ChangeKind.SCORE_FELL:
        return translate("QuizResults", "Your score for {0} fell from {1} to {2}.").format(
            name, _score(before), _score(after)
        )
    if kind is ChangeKind.LEANING:
        return translate("QuizResults", "You now lean towards {0}.").format(
            direction_name(catalog, now)
        )
    if kind is ChangeKind.NO_LEANING:
        return translate(
            "QuizResults", "Last time you leaned towards {0}; now you lean neither way clearly."
        ).format(direction_name(catalog, was))
    if kind is ChangeKind.FIRST_ROLE:
        return translate("QuizResults", "The suggested first role changed from {0} to {1}.").format(
            role_title(catalog, was), role_title(catalog, now)
        )
    return ""


# -- why a goal is suggested ------------------------------------------------------------------


def goal_reason_text(suggestion: Suggestion, catalog: CareerCatalog) -> str:
    reason = suggestion.reason
    if reason is GoalReason.FUNDAMENTALS:
        return translate(
            "QuizResults",
            "Suggested by the quiz: you are new to product, so start with the fundamentals.",
        )
    if reason is GoalReason.PORTFOLIO:
        return translate(
            "QuizResults",
            "Suggested by the quiz: a portfolio of product cases shows what you can do.",
        )
    if reason is GoalReason.MEET_PMS and suggestion.each_track:
        return translate(
            "QuizResults",
            "Suggested by the quiz: product managers can tell you what the work is really "
            "like on each track.",
        )
    if reason is GoalReason.MEET_PMS:
        return translate(
            "QuizResults",
            "Suggested by the quiz: product managers can tell you what the work is really like.",
        )
    if reason is GoalReason.KEY_SKILL:
        skill = (
            catalog.skill(suggestion.skill).name
            if catalog.has_skill(suggestion.skill)
            else suggestion.skill
        )
        sentence = translate("QuizResults", "Suggested by the quiz: {0} is a key skill for {1}.")
        return sentence.format(skill, role_title(catalog, suggestion.role))
    return ""


def goal_reasons(catalog: CareerCatalog) -> Callable[[Suggestion], str]:
    """``why`` for core.quiz.suggested_goals: the reason worded for the goal's notes."""
    return lambda suggestion: goal_reason_text(suggestion, catalog)


# -- why: the section titles, one wording for the page and the printed plan -------------------


def why_title(verdict: str, top: str, catalog: CareerCatalog) -> str:
    """The title over the answers that counted most for the top track ("" in a near tie:
    nothing there is the winner, and both sides are named under ``sides_title``)."""
    if verdict == Verdict.CLOSE:
        return ""
    return translate("QuizResults", "Why {0}").format(track_name(catalog, top))


def sides_title(verdict: str, runner_up: str, catalog: CareerCatalog) -> str:
    """The title over the answers that set the top two apart, on both sides."""
    if verdict == Verdict.CLOSE:
        return translate("QuizResults", "What speaks for each")
    return translate("QuizResults", "Why not {0}").format(track_name(catalog, runner_up))


def side_title(track: str, catalog: CareerCatalog, runner_up: bool, verdict: str) -> str:
    """The title of one side's answers under ``sides_title``."""
    if verdict == Verdict.CLOSE or not runner_up:
        return translate("QuizResults", "For {0}:").format(track_name(catalog, track))
    return translate("QuizResults", "What speaks for {0}:").format(track_name(catalog, track))
