"""The words of the results page, as escaped rich text.

Content strings (track names, questions, answers, a background's advice, the
guidance's first steps) are shown as they are, but they still go through
``html.escape``: a content file edited by hand must not be able to put markup
or links on the page. Numbers and dates go through ``wording.formats``.
Each function returns "" when it has nothing to say (the page hides it then).
The quiz's sentences (headline, advice, what changed, scores) are worded in
``wording.quiz``, which the printed plan uses too.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.plan import QuizResult
from pmplanner.core.quiz_types import Change, QuizOutcome, Reason, Verdict
from pmplanner.wording.formats import date_time, signed
from pmplanner.wording.quiz import (
    advice_text,
    change_text,
    headline_of,
    role_title,
    score_text,
    side_title,
    sides_title,
    track_name,
    why_title,
)

translate = QCoreApplication.translate


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def paragraph(html_text: str) -> str:
    return f"<p style='margin:0'>{html_text}</p>"


def bullets(items: Iterable[str]) -> str:
    """A list of already-escaped items."""
    rows = "".join(f"<li>{item}</li>" for item in items)
    return f"<ul style='margin-top:2px; margin-bottom:0'>{rows}</ul>" if rows else ""


def section(title: str, body: str) -> str:
    return f"<h3 style='margin-top:0; margin-bottom:2px'>{esc(title)}</h3>{body}"


# -- the headline ----------------------------------------------------------------------


def headline(outcome: QuizOutcome, catalog: CareerCatalog) -> str:
    """One plain sentence (not rich text) saying what the quiz found."""
    return headline_of(outcome.verdict, [s.target for s in outcome.ranking], catalog)


def verdict_note(outcome: QuizOutcome) -> str:
    if outcome.verdict is Verdict.FLAT:
        return translate(
            "QuizResults",
            "Your answers give the tracks about the same score, so the quiz cannot honestly "
            "pick one. Here is what to do instead.",
        )
    if outcome.verdict is Verdict.CLOSE:
        return translate(
            "QuizResults",
            "The top two are too close to call: both fit you about as well. "
            "Look at both before you choose.",
        )
    return translate("QuizResults", "This track stands out from the others in your answers.")


def advice_html(outcome: QuizOutcome, catalog: CareerCatalog) -> str:
    sentences = [s for s in (advice_text(a, catalog) for a in outcome.advice) if s]
    if not sentences:
        return ""
    return section(translate("QuizResults", "What to do now"), bullets(esc(s) for s in sentences))


# -- why ------------------------------------------------------------------------------


def _reason_for(reason: Reason) -> str:
    return translate("QuizResults", "{question} <b>{answer}</b> ({points})").format(
        question=esc(reason.question), answer=esc(reason.answer), points=esc(signed(reason.points))
    )


def _reason_against(reason: Reason) -> str:
    return translate("QuizResults", "{question} <b>{answer}</b> ({points} against {other})").format(
        question=esc(reason.question),
        answer=esc(reason.answer),
        points=esc(signed(reason.points)),
        other=esc(signed(reason.other_points)),
    )


def why_for_html(outcome: QuizOutcome, catalog: CareerCatalog) -> str:
    top = outcome.top_track
    if top is None or not outcome.reasons_for:
        return ""
    title = why_title(outcome.verdict.value, top, catalog)
    if not title:
        return ""  # a near tie: both sides are named under "What speaks for each"
    return section(
        title,
        paragraph(esc(translate("QuizResults", "The answers that counted most for it:")))
        + bullets(_reason_for(r) for r in outcome.reasons_for),
    )


def _side(title: str, reasons: Sequence[Reason]) -> str:
    if not reasons:
        return ""
    return paragraph(f"<b>{esc(title)}</b>") + bullets(_reason_against(r) for r in reasons)


def why_not_html(outcome: QuizOutcome, catalog: CareerCatalog) -> str:
    """The answers that set the top two apart, on both sides (each with both scores)."""
    top, runner_up = outcome.top_track, outcome.runner_up
    if top is None or runner_up is None:
        return ""
    ours, theirs = outcome.reasons_against_runner_up, outcome.reasons_for_runner_up
    if not ours and not theirs:
        return ""
    verdict = outcome.verdict.value
    intro = translate("QuizResults", "The answers that set them apart, with their points for each:")
    body = paragraph(esc(intro))
    body += _side(side_title(top, catalog, False, verdict), ours)
    body += _side(side_title(runner_up, catalog, True, verdict), theirs)
    return section(sides_title(verdict, runner_up, catalog), body)


# -- direction, path, fit, steps --------------------------------------------------------


def direction_html(outcome: QuizOutcome, catalog: CareerCatalog) -> str:
    """Further up the ladder: managing people or leading the product, and why."""
    if not outcome.directions:
        return ""
    scores = " · ".join(
        esc(score_text(track_name(catalog, s.target), s.share)) for s in outcome.directions
    )
    parts = [paragraph(scores)]
    if outcome.direction is None and outcome.hybrid_role is not None:
        parts.append(
            paragraph(
                translate("QuizResults", "The middle way: <b>{0}</b>, which mixes both.").format(
                    esc(role_title(catalog, outcome.hybrid_role))
                )
            )
        )
    if outcome.direction_reasons:
        parts.append(bullets(_reason_for(r) for r in outcome.direction_reasons))
    return section(
        translate("QuizResults", "Later on: leading people or the product"), "".join(parts)
    )


def path_html(outcome: QuizOutcome, catalog: CareerCatalog) -> str:
    parts = []
    if outcome.fundamentals_first:
        parts.append(
            paragraph(
                "<b>"
                + esc(translate("QuizResults", "New to product: learn the fundamentals first."))
                + "</b> "
                + esc(
                    translate(
                        "QuizResults",
                        "A course on the basics and a first portfolio case make the first role "
                        "much easier to get.",
                    )
                )
            )
        )
    other = outcome.other_first_role
    if outcome.first_role is not None and other is not None:
        # a near tie: a first role on each of the two, neither one the pick
        parts.append(
            paragraph(
                translate(
                    "QuizResults",
                    "First roles to look at: <b>{0}</b> ({1}) or <b>{2}</b> ({3})",
                ).format(
                    esc(role_title(catalog, outcome.first_role)),
                    esc(track_name(catalog, outcome.top_track)),
                    esc(role_title(catalog, other)),
                    esc(track_name(catalog, outcome.runner_up)),
                )
            )
        )
        for track, path in (
            (outcome.top_track, outcome.path),
            (outcome.runner_up, outcome.other_path),
        ):
            if len(path) > 1:
                steps = " \u2192 ".join(esc(role_title(catalog, r)) for r in path)
                parts.append(
                    paragraph(
                        translate("QuizResults", "The path as {0}: {1}").format(
                            esc(track_name(catalog, track)), steps
                        )
                    )
                )
    elif outcome.first_role is not None:
        parts.append(
            paragraph(
                translate("QuizResults", "A first role to aim for: <b>{0}</b>").format(
                    esc(role_title(catalog, outcome.first_role))
                )
            )
        )
    if other is None and len(outcome.path) > 1:
        steps = " \u2192 ".join(esc(role_title(catalog, r)) for r in outcome.path)
        parts.append(paragraph(translate("QuizResults", "The path: {0}").format(steps)))
    if not parts:
        return ""
    return section(translate("QuizResults", "Where to start"), "".join(parts))


def _named(items: Sequence[tuple[str, str]]) -> str:
    return bullets(
        f"<b>{esc(name)}</b>: {esc(text)}" if text else esc(name) for name, text in items
    )


def industries_html(outcome: QuizOutcome, catalog: CareerCatalog) -> str:
    items = []
    for industry_id in outcome.industries:
        try:
            industry = catalog.industry(industry_id)
            items.append((industry.name, industry.description))
        except KeyError:
            items.append((industry_id, ""))
    return section(translate("QuizResults", "Industries that fit"), _named(items)) if items else ""


def workplaces_html(outcome: QuizOutcome, catalog: CareerCatalog) -> str:
    items = []
    for environment_id in outcome.environments:
        try:
            environment = catalog.environment(environment_id)
            items.append((environment.name, environment.what_it_means))
        except KeyError:
            items.append((environment_id, ""))
    return section(translate("QuizResults", "Workplaces that fit"), _named(items)) if items else ""


def steps_html(outcome: QuizOutcome) -> str:
    if not outcome.first_steps:
        return ""
    return section(
        translate("QuizResults", "First steps"), bullets(esc(s) for s in outcome.first_steps)
    )


def change_html(
    previous: QuizResult | None, changes: Sequence[Change], catalog: CareerCatalog
) -> str:
    if previous is None:
        return ""
    when = date_time(previous.taken)
    sentences = [s for s in (change_text(c, catalog) for c in changes) if s]
    if not sentences:
        body = paragraph(
            esc(translate("QuizResults", "The same result as last time ({0}).").format(when))
        )
    else:
        body = paragraph(
            esc(translate("QuizResults", "Compared with your last quiz ({0}):").format(when))
        ) + bullets(esc(s) for s in sentences)
    return section(translate("QuizResults", "Since last time"), body)
