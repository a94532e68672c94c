"""The quiz in the real main window: opened from the menu or the welcome banner,
one at a time, shown on the map, kept in the plan file across a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pmplanner.storage.plan_store import load_plan_file
from pmplanner.ui.quiz.wizard import QuizWizard
from tests.ui.quiz.conftest import TECH_PERSON, UX_PERSON, Finish, answer_page, run_to_results


@pytest.fixture
def data_dir(tmp_path):
    path = tmp_path / "data"
    path.mkdir()
    return path


def the_wizard(window) -> QuizWizard:
    wizards = [w for w in window.findChildren(QuizWizard) if w.isVisible()]
    assert len(wizards) == 1
    return wizards[0]


def test_the_menu_opens_one_quiz_at_a_time(open_main_window, data_dir, asked):
    window = open_main_window(data_dir)
    assert window.quiz_action.shortcut().toString() == "Ctrl+Shift+Q"
    window.quiz_action.trigger()
    wizard = the_wizard(window)
    assert wizard.objectName() == "quizWizard"
    assert wizard.windowModality() == Qt.WindowModality.NonModal
    answer_page(wizard.question_pages[0])
    window.quiz_action.trigger()  # again: the open one comes to the front, answers kept
    assert the_wizard(window) is wizard
    assert wizard.answers.get("background") is not None


def test_the_welcome_banner_opens_the_quiz(qtbot, open_main_window, data_dir, asked):
    window = open_main_window(data_dir)
    banner = window.plan_editor.welcome
    assert banner.isVisible()
    qtbot.mouseClick(banner.quiz_button, Qt.MouseButton.LeftButton)
    assert the_wizard(window).currentPage() is the_wizard(window).question_pages[0]


def test_a_closed_quiz_starts_afresh(open_main_window, data_dir, asked):
    window = open_main_window(data_dir)
    window.quiz_action.trigger()
    first = the_wizard(window)
    answer_page(first.question_pages[0])
    asked.reply = True
    first.reject()
    assert not first.isVisible()
    window.quiz_action.trigger()
    again = the_wizard(window)
    assert again is not first
    assert again.answers.is_empty()


def test_show_on_the_map_selects_the_role_on_the_career_map(
    qtbot, open_main_window, data_dir, asked
):
    window = open_main_window(data_dir)
    window.areas.setCurrentWidget(window.plan_editor)
    window.quiz_action.trigger()
    wizard = the_wizard(window)
    run_to_results(qtbot, wizard, TECH_PERSON)
    page = wizard.results_page
    qtbot.mouseClick(page.map_button, Qt.MouseButton.LeftButton)
    area = window.career_map
    assert area.is_built
    assert window.areas.currentWidget() is area
    assert area.selected == page.outcome.first_role
    # the map's filters stay as the person left them: their own role is not dimmed
    assert area.track_filter.currentData() == ""
    assert area.content.cards.dimmed == set()
    assert wizard.isVisible()  # the quiz stays open beside the map


def test_the_result_is_saved_and_found_again_after_a_restart(
    qtbot, open_main_window, data_dir, asked
):
    window = open_main_window(data_dir)
    window.quiz_action.trigger()
    wizard = the_wizard(window)
    run_to_results(qtbot, wizard, UX_PERSON)
    qtbot.mouseClick(wizard.results_page.use_button, Qt.MouseButton.LeftButton)
    wizard.button(Finish).click()
    plan = window.document.plan
    kept = plan.quiz_results[0]
    assert plan.profile.target_role == kept.recommended_role
    assert window.isWindowModified()
    qtbot.waitUntil(window.document.is_saved, timeout=10000)  # autosave
    window.close()

    on_disk = load_plan_file(data_dir / "plan.json")
    assert on_disk.quiz_results == [kept]
    again = open_main_window(data_dir)
    assert again.document.plan.quiz_results == [kept]
    assert again.document.plan.profile.target_role == kept.recommended_role
    assert [g.title for g in again.document.plan.goals] == [g.title for g in plan.goals]


def test_a_retake_in_the_window_shows_the_change(qtbot, open_main_window, data_dir, asked):
    window = open_main_window(data_dir)
    window.quiz_action.trigger()
    run_to_results(qtbot, the_wizard(window), TECH_PERSON)
    the_wizard(window).button(Finish).click()

    window.quiz_action.trigger()
    retake = the_wizard(window)
    run_to_results(qtbot, retake, UX_PERSON)
    page = retake.results_page
    assert page.previous == window.document.plan.quiz_results[0]
    assert page.change.isVisible()
    assert window.document.catalog.track("ux").name in page.change.text()
    retake.button(Finish).click()
    assert [r.track for r in window.document.plan.quiz_results] == ["technical", "ux"]
    window.undo_action.trigger()  # Edit > Undo takes the last result out again
    assert [r.track for r in window.document.plan.quiz_results] == ["technical"]


def test_one_ctrl_z_in_the_main_window_takes_a_used_result_back(
    qtbot, open_main_window, data_dir, asked
):
    window = open_main_window(data_dir)
    window.quiz_action.trigger()
    wizard = the_wizard(window)
    run_to_results(qtbot, wizard, UX_PERSON)
    page = wizard.results_page
    assert "one Edit > Undo in the main window takes all of it back" in page.use_intro.text()
    qtbot.mouseClick(page.use_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(Finish), Qt.MouseButton.LeftButton)
    plan = window.document.plan
    assert len(plan.quiz_results) == 1 and plan.goals and plan.profile.target_role
    assert not wizard.isVisible()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and window.isActiveWindow())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    plan = window.document.plan
    assert plan.quiz_results == [] and plan.goals == []
    assert plan.profile.target_role is None and plan.profile.background is None


def test_quitting_mid_quiz_asks_and_keeping_it_keeps_the_window(open_main_window, data_dir, asked):
    window = open_main_window(data_dir)
    window.quiz_action.trigger()
    wizard = the_wizard(window)
    answer_page(wizard.question_pages[0])
    window.close()
    assert asked.times == 1
    assert window.isVisible() and wizard.isVisible()
    asked.reply = True
    window.close()
    assert not window.isVisible()


def test_quitting_on_the_results_asks_and_keeps_nothing(qtbot, open_main_window, data_dir, asked):
    window = open_main_window(data_dir)
    window.document.autosave_delay_ms = 60_000  # only the close saves
    window.quiz_action.trigger()
    run_to_results(qtbot, the_wizard(window), UX_PERSON)
    asked.reply = True
    window.close()
    assert asked.times == 1  # only Finish keeps the result
    assert not window.isVisible()
    assert not (data_dir / "plan.json").exists()  # nothing changed: nothing to save
