"""The quiz starts from what is known: the profile's background and role, the last answers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from pmplanner.core import quiz as quiz_core
from pmplanner.ui.quiz.wizard import QuizWizard
from tests.ui.quiz.conftest import UX_PERSON, Next, click


def open_wizard(qtbot, document) -> QuizWizard:
    widget = QuizWizard(document.catalog.quiz, document)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def box(wizard, question_id):
    return next(b for p in wizard.question_pages for b in p.boxes if b.question.id == question_id)


def test_the_quiz_starts_from_the_profile_background_and_role(qtbot, document, asked):
    document.plan.profile.background = "engineering"
    document.plan.profile.current_role = "senior-pm"  # a senior role
    wizard = open_wizard(qtbot, document)
    assert box(wizard, "background").buttons["engineering"].isChecked()
    assert wizard.button(Next).isEnabled()  # already answered
    assert box(wizard, "seniority").buttons["senior"].isChecked()
    wizard.close()  # nothing answered by the person: nothing to lose, no question
    assert asked.times == 0 and not wizard.isVisible()


def test_a_retake_starts_from_the_last_answers_and_start_blank_clears_them(qtbot, document, asked):
    answers = {k: v for k, v in UX_PERSON.items() if v != []}
    outcome = quiz_core.score_answers(document.catalog.quiz, document.catalog, answers)
    document.plan.quiz_results.append(quiz_core.to_result(outcome, answers))
    wizard = open_wizard(qtbot, document)
    assert box(wizard, "background").buttons["ux-design"].isChecked()
    assert box(wizard, "user-needs").buttons["5"].isChecked()
    assert box(wizard, "activities").buttons["conduct-user-research"].isChecked()
    click(qtbot, wizard, Next)  # the page is answered already
    blank = wizard.button(QWizard.WizardButton.CustomButton1)
    assert blank.isVisible() and blank.text() == "Start &blank"
    qtbot.mouseClick(blank, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.question_pages[0]
    assert wizard.answers.is_empty()
    assert not any(
        b.isChecked() for p in wizard.question_pages for bx in p.boxes for b in bx.buttons.values()
    )
    assert not wizard.button(Next).isEnabled()
    assert not blank.isEnabled()
    wizard.close()
    assert asked.times == 0 and not wizard.isVisible()


def test_start_blank_is_not_offered_on_the_results(qtbot, wizard):
    from tests.ui.quiz.conftest import run_to_results

    blank = wizard.button(QWizard.WizardButton.CustomButton1)
    assert blank.isVisible()
    run_to_results(qtbot, wizard, UX_PERSON)
    assert not blank.isVisible()
