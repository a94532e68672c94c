"""The words of the results page, as escaped rich text.

Content strings (track names, questions, answers, advice) are ours, but they
still go through ``html.escape``: a content file edited by hand must not be
able to put markup or links on the page. Numbers are formatted with QLocale.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.plan import QuizResult
from pmplanner.core.quiz import Quiz, QuizOutcome, Reason, Verdict

translate = QCoreApplication.translate


def esc(text: str) -> str:
    return html.escape(text, quote=True)


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


def number(value: float, decimals: int = 1) -> str:
    """``value`` in the person's locale, without a trailing ``.0``."""
    locale = QLocale()
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", decimals)


def signed(value: float) -> str:
    text = number(abs(value))
    if value > 0:
        return "+" + text
    if value < 0:
        return "\u2212" + text  # a real minus sign
    return text


def bullets(items: Iterable[str]) -> str:
    """A list of already-escaped items."""
    rows = "".join(f"<li>{item}</li>" for item in items)
    return f"<ul style='margin-top:2px; margin-bottom:2px'>{rows}</ul>" if rows else ""


def section(title: str, body: str) -> str:
    return f"<h3 style='margin-bottom:2px'>{esc(title)}</h3>{body}"


# -- the headline ----------------------------------------------------------------------


def headline(outcome: QuizOutcome, catalog: CareerCatalog) -> str:
    """One plain sentence (not rich text) saying what the quiz found."""
    ranking = outcome.ranking
    if outcome.verdict is Verdict.FLAT or not ranking:
        return translate("QuizResults", "Your answers do not point to one track yet")
    first = track_name(catalog, ranking[0].target)
    if outcome.verdict is Verdict.CLOSE and len(ranking) > 1:
        second = track_name(catalog, ranking[1].target)
        return translate("QuizResults", "A near tie: {0} and {1}").format(first, second)
    return translate("QuizResults", "Your best fit: {0}").format(first)


def verdict_note(outcome: QuizOutcome) -> str:
    if outcome.verdict is Verdict.FLAT:
        return translate(
            "QuizResults",
            "Your answers score the tracks the same, so the quiz cannot honestly pick one. "
            "Here is what to do instead.",
        )
    if outcome.verdict is Verdict.CLOSE:
        return translate(
            "QuizResults",
            "The top two are too close to call: both fit you about as well. "
            "Look at both before you choose.",
        )
    return translate("QuizResults", "This track stands out from the others in your answers.")


# -- why ------------------------------------------------------------------------------


def _reason_for(reason: Reason) -> str:
    return translate("QuizResults", "{question}: <b>{answer}</b> ({points})").format(
        question=esc(reason.question), answer=esc(reason.answer), points=esc(signed(reason.points))
    )


def _reason_against(reason: Reason, top: str, runner_up: str) -> str:
    return translate(
        "QuizResults", "{question}: <b>{answer}</b> ({points} for {top}, {other} for {runner_up})"
    ).format(
        question=esc(reason.question),
        answer=esc(reason.answer),
        points=esc(signed(reason.points)),
        top=esc(top),
        other=esc(signed(reason.other_points)),
        runner_up=esc(runner_up),
    )


def why_html(outcome: QuizOutcome, catalog: CareerCatalog) -> str:
    top = outcome.top_track
    if top is None:
        return ""
    name = track_name(catalog, top)
    parts = []
    if outcome.reasons_for:
        parts.append(
            section(
                translate("QuizResults", "Why {0}").format(name),
                "<p style='margin:0'>"
                + esc(translate("QuizResults", "The answers that counted most for it:"))
                + "</p>"
                + bullets(_reason_for(r) for r in outcome.reasons_for),
            )
        )
    runner_up = outcome.runner_up
    if runner_up is not None and outcome.reasons_against_runner_up:
        other = track_name(catalog, runner_up)
        parts.append(
            section(
                translate("QuizResults", "Why not {0}").format(other),
                "<p style='margin:0'>"
                + esc(
                    translate("QuizResults", "What set {0} apart from the runner-up:").format(name)
                )
                + "</p>"
                + bullets(
                    _reason_against(r, name, other) for r in outcome.reasons_against_runner_up
                ),
            )
        )
    return "".join(parts)


def ranking_text(outcome: QuizOutcome, catalog: CareerCatalog) -> str:
    """The ranking in words, for people who do not see the chart."""
    return "; ".join(
        translate("QuizResults", "{0}: {1} of 100").format(
            track_name(catalog, s.target), number(s.share, 0)
        )
        for s in outcome.ranking
    )


# -- direction, path, fit, steps --------------------------------------------------------


def direction_html(outcome: QuizOutcome, quiz: Quiz, catalog: CareerCatalog) -> str:
    hybrid = role_title(catalog, quiz.hybrid_role)
    leaning = outcome.direction
    if leaning is not None:
        body = esc(
            translate(
                "QuizResults",
                "Later on, your answers lean toward {0}. {1} is the middle way if you "
                "want to try both.",
            ).format(track_name(catalog, leaning), hybrid)
        )
    elif outcome.direction_verdict is Verdict.FLAT:
        body = esc(
            translate(
                "QuizResults",
                "Your answers do not lean toward managing people or toward leading product "
                "without reports. {0} mixes both and is a good way to find out.",
            ).format(hybrid)
        )
    else:
        first, second = (track_name(catalog, d) for d in quiz.directions[:2])
        body = esc(
            translate(
                "QuizResults",
                "Later on, {0} and {1} fit you about equally. {2} mixes both: about as much "
                "time with people as with the product.",
            ).format(first, second, hybrid)
        )
    return section(
        translate("QuizResults", "People or product leadership"), f"<p style='margin:0'>{body}</p>"
    )


def path_html(outcome: QuizOutcome, catalog: CareerCatalog) -> str:
    parts = []
    if outcome.fundamentals_first:
        parts.append(
            "<p style='margin:0'><b>"
            + esc(translate("QuizResults", "New to product: learn the fundamentals first."))
            + "</b> "
            + esc(
                translate(
                    "QuizResults",
                    "A course on the basics and a first portfolio case make the first role "
                    "much easier to get.",
                )
            )
            + "</p>"
        )
    if outcome.first_role is not None:
        parts.append(
            "<p style='margin:0'>"
            + translate("QuizResults", "A first role to aim for: <b>{0}</b>").format(
                esc(role_title(catalog, outcome.first_role))
            )
            + "</p>"
        )
    if len(outcome.path) > 1:
        steps = " \u2192 ".join(esc(role_title(catalog, r)) for r in outcome.path)
        parts.append(
            "<p style='margin:0'>" + translate("QuizResults", "Then: {0}").format(steps) + "</p>"
        )
    if not parts:
        return ""
    return section(translate("QuizResults", "Where to start"), "".join(parts))


def _named(items: Sequence[tuple[str, str]]) -> str:
    return bullets(
        f"<b>{esc(name)}</b>: {esc(text)}" if text else esc(name) for name, text in items
    )


def fit_html(outcome: QuizOutcome, catalog: CareerCatalog) -> str:
    industries, environments = [], []
    for industry_id in outcome.industries:
        try:
            x = catalog.industry(industry_id)
            industries.append((x.name, x.description))
        except KeyError:
            industries.append((industry_id, ""))
    for env_id in outcome.environments:
        try:
            e = catalog.environment(env_id)
            environments.append((e.name, e.what_it_means))
        except KeyError:
            environments.append((env_id, ""))
    parts = []
    if industries:
        parts.append(section(translate("QuizResults", "Industries that fit"), _named(industries)))
    if environments:
        parts.append(section(translate("QuizResults", "Workplaces that fit"), _named(environments)))
    return "".join(parts)


def steps_html(outcome: QuizOutcome) -> str:
    parts = []
    if outcome.advice:
        parts.append(
            section(
                translate("QuizResults", "What to do now"), bullets(esc(a) for a in outcome.advice)
            )
        )
    if outcome.first_steps:
        parts.append(
            section(
                translate("QuizResults", "First steps"),
                bullets(esc(s) for s in outcome.first_steps),
            )
        )
    return "".join(parts)


def change_html(previous: QuizResult | None, changes: Sequence[str]) -> str:
    if previous is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(previous.taken.timestamp())).toLocalTime()
    when = QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
    if not changes:
        body = (
            "<p style='margin:0'>"
            + esc(translate("QuizResults", "The same result as last time ({0}).").format(when))
            + "</p>"
        )
    else:
        body = (
            "<p style='margin:0'>"
            + esc(translate("QuizResults", "Compared with your last quiz ({0}):").format(when))
            + "</p>"
            + bullets(esc(c) for c in changes)
        )
    return section(translate("QuizResults", "Since last time"), body)
