"""Quiz > Past Results… and How Scoring Works…, through the main window's menu."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pmplanner.core import quiz as quiz_core
from pmplanner.core.plan import Plan
from pmplanner.storage.plan_store import PlanStore
from pmplanner.ui.quiz.past_results import PastResultsDialog
from pmplanner.ui.quiz.scoring_help import ScoringHelp
from tests.ui.quiz.conftest import TECH_PERSON, UX_PERSON, Finish, run_to_results
from tests.ui.quiz.test_launch import data_dir, the_wizard  # noqa: F401 (a fixture)


def kept(catalog, person, day):
    answers = {k: v for k, v in person.items() if v != []}
    outcome = quiz_core.score_answers(catalog.quiz, catalog, answers)
    return quiz_core.to_result(outcome, answers, datetime(2026, 3, day, 9, 0, tzinfo=UTC))


def open_dialog(qtbot, window, cls):
    found = [d for d in window.findChildren(cls) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def test_past_results_shows_any_kept_result_and_two_side_by_side(
    qtbot,
    open_main_window,
    data_dir,  # noqa: F811 (the imported fixture)
    catalog,
):
    plan = Plan()
    plan.quiz_results = [kept(catalog, TECH_PERSON, 1), kept(catalog, UX_PERSON, 20)]
    store = PlanStore(data_dir)
    store.open()
    store.save(plan)
    window = open_main_window(data_dir)
    window.past_quiz_action.trigger()
    dialog = open_dialog(qtbot, window, PastResultsDialog)
    assert dialog.list.count() == 2
    newest = dialog.list.item(0)
    assert catalog.track("ux").name in newest.text()  # newest first
    (view,) = dialog.shown()  # the newest is on view at once
    assert view.result.track == "ux"

    older = dialog.list.item(1)
    rect = dialog.list.visualItemRect(older)
    qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(dialog.view_button, Qt.MouseButton.LeftButton)
    (view,) = dialog.shown()
    assert view.result.track == "technical"
    assert "Why Technical Product Manager" in view.toPlainText()

    rect = dialog.list.visualItemRect(newest)
    qtbot.mouseClick(
        dialog.list.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        rect.center(),
    )
    assert dialog.compare_button.isEnabled() and not dialog.view_button.isEnabled()
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    left, right = dialog.shown()
    assert (left.result.track, right.result.track) == ("technical", "ux")  # older on the left
    assert left.isVisible() and right.isVisible()
    assert window.document.plan.quiz_results == plan.quiz_results  # nothing changed
    dialog.close()


def test_a_result_kept_from_the_quiz_is_listed(qtbot, open_main_window, data_dir, asked):  # noqa: F811
    window = open_main_window(data_dir)
    window.quiz_action.trigger()
    run_to_results(qtbot, the_wizard(window), UX_PERSON)
    the_wizard(window).button(Finish).click()
    window.past_quiz_action.trigger()
    dialog = open_dialog(qtbot, window, PastResultsDialog)
    assert dialog.list.count() == 1
    dialog.close()


def test_how_scoring_works_shows_the_points_of_each_answer(
    qtbot,
    open_main_window,
    data_dir,  # noqa: F811 (the imported fixture)
    catalog,
):
    window = open_main_window(data_dir)
    window.quiz_scoring_action.trigger()
    help_ = open_dialog(qtbot, window, ScoringHelp)
    text = help_.text.toPlainText()
    quiz = catalog.quiz
    for question in quiz.questions():
        assert question.text in text
    engineering = next(o for o in quiz.question("background").options if o.id == "engineering")
    (track, points), *_ = engineering.weights.items()
    assert f"{engineering.label}: {catalog.track(track).name} +{points:g}" in text
    scale = next(q for q in quiz.questions() if q.kind.value == "scale")
    (track, points), *_ = scale.weights.items()
    assert f"{catalog.track(track).name} {'+' if points > 0 else ''}{points:g}" in text
    help_.close()
    QApplication.processEvents()
