"""The results page and the printed plan say the same about the same quiz.

Both word a result through ``wording.quiz`` and draw its chart from
``drawing.quiz_chart.chart_bars``: the headline, every piece of advice, what
changed since the previous quiz and why each suggested goal was added read
the same on the page and in the PDF, and both charts get the same bars.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize

from pmplanner.core import quiz as quiz_core
from pmplanner.drawing.quiz_chart import chart_bars
from pmplanner.report.options import options_for
from pmplanner.report.pdf import pdf_bytes
from pmplanner.ui.quiz.results_text import esc
from pmplanner.wording import quiz as wording
from tests.report.pdf_text import shows, text_of
from tests.ui.quiz.conftest import TECH_PERSON, UX_PERSON, run_to_results

TODAY = date(2026, 3, 10)


def earlier_result(catalog, person):
    answers = {k: v for k, v in person.items() if v != []}
    outcome = quiz_core.score_answers(catalog.quiz, catalog, answers)
    return quiz_core.to_result(outcome, answers, taken=datetime(2026, 1, 5, 9, 0, tzinfo=UTC))


def test_the_page_and_the_pdf_word_the_result_alike(qtbot, wizard, document):
    catalog = document.catalog
    previous = earlier_result(catalog, TECH_PERSON)
    document.plan.quiz_results.append(previous)
    run_to_results(qtbot, wizard, UX_PERSON)
    page = wizard.results_page
    outcome = page.outcome
    qtbot.mouseClick(page.use_button, Qt.MouseButton.LeftButton)  # the suggested goals
    plan = document.plan.model_copy(deep=True)
    plan.goals = page.choices().goals
    assert plan.goals

    plan.quiz_results = [previous, page.result]
    data, _pages = pdf_bytes(
        plan,
        catalog,
        page_size=QPageSize.PageSizeId.A4,
        today=TODAY,
        options=options_for("complete"),  # the quiz with its answers and advice
    )
    pdf = text_of(data)

    headline = page.headline.text()
    assert headline and shows(pdf, headline)
    advice = [s for s in (wording.advice_text(a, catalog) for a in outcome.advice) if s]
    assert advice
    for sentence in advice:
        assert esc(sentence) in page.advice.text(), sentence
        assert shows(pdf, sentence), sentence
    changes = [wording.change_text(c, catalog) for c in page.changes]
    assert changes and all(changes)  # UX now, technical before: there is something to say
    for sentence in changes:
        assert esc(sentence) in page.change.text(), sentence
        assert shows(pdf, sentence), sentence
    for goal in document.plan.goals:
        reason = goal.notes.strip().split("\n")[-1]  # worded by wording.goal_reasons
        assert reason.startswith("Suggested by the quiz"), goal.notes
        assert shows(pdf, reason), reason
    for score in outcome.directions:
        line = wording.score_text(wording.track_name(catalog, score.target), score.share)
        assert line in page.direction.text() and shows(pdf, line)


def test_both_charts_draw_the_same_bars(qtbot, wizard, document):
    run_to_results(qtbot, wizard, UX_PERSON)
    page = wizard.results_page
    stored = [(s.track, s.score) for s in page.result.ranking]  # what the PDF draws from
    printed = chart_bars(stored, document.catalog)
    shown = page.chart.bars
    assert [(b.label, b.value_text, b.colour.name()) for b in shown] == [
        (b.label, b.value_text, b.colour.name()) for b in printed
    ]
    assert [round(b.share, 3) for b in shown] == [round(b.share, 3) for b in printed]


def test_a_near_tie_names_no_winner_in_the_pdf_either(qtbot, wizard, document):
    from tests.ui.quiz.conftest import CLOSE_PERSON, Finish

    catalog = document.catalog
    document.plan.quiz_results.append(earlier_result(catalog, TECH_PERSON))
    run_to_results(qtbot, wizard, CLOSE_PERSON)
    outcome = wizard.results_page.outcome
    wizard.button(Finish).click()
    data, _pages = pdf_bytes(
        document.plan,
        catalog,
        page_size=QPageSize.PageSizeId.A4,
        today=TODAY,
        options=options_for("complete"),  # "share" leaves the quiz out
    )
    pdf = text_of(data)
    first, other = (catalog.role(r).title for r in (outcome.first_role, outcome.other_first_role))
    assert shows(pdf, f"First roles to look at: {first} or {other}")
    assert not shows(pdf, "Suggested first role")
    assert shows(pdf, "What speaks for each")
    assert shows(pdf, "are nearly level")  # since the previous quiz
    assert not shows(pdf, "Why User Experience") and not shows(pdf, "Why Technical")
