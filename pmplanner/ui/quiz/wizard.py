"""The quiz wizard: one page per page of the quiz content, then the results.

Answers live in one QuizAnswers shared by the pages, so Back and Next keep
them. Finish keeps the result in the plan's quiz history and applies what the person
chose on the results page, as one undo step. Leaving in any other way (Cancel,
Esc, closing the window) keeps nothing, and asks first through
``confirm_discard`` unless nothing was answered.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard

from pmplanner.core.quiz_kinds import value_problem
from pmplanner.core.quiz_types import QuestionTopic, Quiz
from pmplanner.ui.plan.document import PlanDocument
from pmplanner.ui.quiz import commands
from pmplanner.ui.quiz.answers import QuizAnswers
from pmplanner.ui.quiz.pages import QuestionPage
from pmplanner.ui.quiz.results import ResultsPage, ShowRole
from pmplanner.wording import formats

translate = QCoreApplication.translate


def confirm_discard(parent: QWidget) -> bool:
    """Ask whether to stop the quiz and lose the answers given so far (tests replace this)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Quiz", "Stop the quiz?"))
    box.setText(translate("Quiz", "Stop the quiz? The answers you gave so far will not be kept."))
    stop = box.addButton(
        translate("Quiz", "&Stop the quiz"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(translate("Quiz", "&Keep answering"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is stop


def starting_answers(quiz: Quiz, document: PlanDocument) -> dict[str, Any]:
    """Where a quiz starts: the last result's answers, the profile's background and role."""
    history = document.plan.quiz_results
    answers: dict[str, Any] = {}
    if history:
        for question in quiz.questions():
            value = history[-1].answers.get(question.id)
            if value is not None and value_problem(question, value) is None:
                answers[question.id] = value
    profile = document.plan.profile
    background = quiz.topic_question(QuestionTopic.BACKGROUND)
    if background is not None and profile.background in {o.id for o in background.options}:
        answers[background.id] = profile.background
    level = role_level(document, profile.current_role)
    seniority = quiz.topic_question(QuestionTopic.SENIORITY)
    if level is not None and seniority is not None:  # the profile is newer than the last quiz
        fitting = [o for o in seniority.options if o.level is not None and o.level <= level]
        if fitting:
            answers[seniority.id] = max(fitting, key=lambda o: o.level or 0).id
    return answers


def role_level(document: PlanDocument, role_id: str | None) -> int | None:
    if role_id is None:
        return None
    for catalog in (document.catalog, document.builtin_catalog):
        if catalog.has_role(role_id):
            return catalog.role(role_id).level
    return None


class QuizWizard(QWizard):
    def __init__(
        self,
        quiz: Quiz,
        document: PlanDocument,
        show_role: ShowRole | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("quizWizard")
        self.setWindowTitle(translate("Quiz", "Find your product path"))
        self.setAccessibleName(translate("Quiz", "Career quiz"))
        self.quiz = quiz
        self.document = document
        self.answers = QuizAnswers(self)
        self.recorded = False  # this run's result is in the plan
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.setButtonText(QWizard.WizardButton.BackButton, translate("Quiz", "< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, translate("Quiz", "&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("Quiz", "&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, translate("Quiz", "Cancel"))
        for which, name in (
            (QWizard.WizardButton.BackButton, translate("Quiz", "Back")),
            (QWizard.WizardButton.NextButton, translate("Quiz", "Next")),
            (QWizard.WizardButton.FinishButton, translate("Quiz", "Finish")),
            (QWizard.WizardButton.CancelButton, translate("Quiz", "Cancel")),
        ):
            self.button(which).setAccessibleName(name)

        self.question_pages: list[QuestionPage] = []
        for number_, content in enumerate(quiz.pages, start=1):
            page = QuestionPage(
                content, self.answers, document.builtin_catalog, quiz.scale_labels, self
            )
            # where the person is: "Page 3 of 7", under the page's title
            page.setSubTitle(
                translate("Quiz", "Page {0} of {1}").format(
                    formats.number(number_), formats.number(len(quiz.pages))
                )
            )
            self.question_pages.append(page)
            self.addPage(page)
        self.results_page = ResultsPage(quiz, document, self.answers, show_role, self)
        self.results_id = self.addPage(self.results_page)
        self.setButtonText(QWizard.WizardButton.CustomButton1, translate("Quiz", "Start &blank"))
        blank = self.button(QWizard.WizardButton.CustomButton1)
        blank.setObjectName("quizStartBlank")
        blank.setAccessibleName(translate("Quiz", "Start blank"))
        blank.setToolTip(translate("Quiz", "Clear every answer and start from the first page"))
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self._lay_out_buttons(with_blank=True)
        self.customButtonClicked.connect(self._custom_button)
        self.answers.changed.connect(self._update_blank_button)
        for question_id, value in starting_answers(quiz, document).items():
            self.answers.set(question_id, value)
        self.start_answers = self.answers.as_dict()  # leaving with these loses nothing
        self._update_blank_button()
        self.currentIdChanged.connect(self._page_shown)
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # widgets exist: the application has widgets
        app.focusChanged.connect(self._focus_moved)
        self.resize(900, 680)

    def nothing_answered(self) -> bool:
        """Nothing the person answered would be lost (the starting answers are kept elsewhere)."""
        return self.answers.as_dict() == self.start_answers

    def start_blank(self) -> None:
        """Clear every answer and go back to the first page."""
        for question in self.quiz.questions():
            self.answers.set(question.id, None)
        self.start_answers = {}
        self.restart()

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.start_blank()

    def _lay_out_buttons(self, with_blank: bool) -> None:
        """The wizard's buttons; Start blank on the question pages only (not the results)."""
        W = QWizard.WizardButton
        steps = [W.Stretch, W.BackButton, W.NextButton, W.FinishButton, W.CancelButton]
        self.setButtonLayout([W.CustomButton1, *steps] if with_blank else steps)
        if with_blank:
            # Tab goes from the answers to Next first; Start blank comes last
            QWidget.setTabOrder(self.button(W.CancelButton), self.button(W.CustomButton1))

    def _update_blank_button(self, *_args) -> None:
        self.button(QWizard.WizardButton.CustomButton1).setEnabled(not self.answers.is_empty())

    # -- pages -------------------------------------------------------------------------------
    def on_results(self) -> bool:
        return self.currentId() == self.results_id

    def show_focus(self) -> None:
        # Qt draws the focus frame only once Tab was pressed; the wizard places the
        # focus for the keyboard itself, so it shows where it is from the start
        self.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.WindowActivate:
            # after Qt has placed the focus (which hides the frame again)
            QTimer.singleShot(0, self.show_focus)
        return handled

    def _page_shown(self, _id: int) -> None:
        page = self.currentPage()
        self._lay_out_buttons(with_blank=page is not self.results_page)
        scroll = getattr(page, "scroll_area", None)
        if scroll is not None:
            # Return on the page before hid the control with the focus; Qt passed the
            # focus down this page and it scrolled after it: start at the top again
            scroll.verticalScrollBar().setValue(0)
        if isinstance(page, QuestionPage):
            page.focus_first_question()
        elif page is self.results_page:
            self.button(QWizard.WizardButton.FinishButton).setFocus(Qt.FocusReason.TabFocusReason)
        self.show_focus()

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll a page so the control with the focus can be seen (arrow keys included)."""
        page = self.currentPage()
        scroll = getattr(page, "scroll_area", None)
        if new is not None and scroll is not None and scroll.widget().isAncestorOf(new):
            scroll.ensureWidgetVisible(new, 16, 48)

    # -- finishing and leaving ----------------------------------------------------------------
    def finish(self) -> None:
        """Keep this run's result and apply what the person chose: one undo step (once)."""
        result = self.results_page.result
        if self.recorded or result is None:
            return
        choices = self.results_page.choices()
        ladder = self.document.ladder
        role = choices.role_id
        if role is not None and ladder is not None and not self.document.catalog.has_role(role):
            from pmplanner.ui.ladder_actions import confirm_builtin_ladder

            if not confirm_builtin_ladder(self, ladder.name):
                choices.role_id = None  # keep the organisation's ladder and the target
        self.recorded = True
        commands.finish(self.document, result, choices)

    def accept(self) -> None:
        self.finish()
        super().accept()

    def reject(self) -> None:
        # Cancel keeps nothing, on the results too: only Finish keeps the result
        if not self.nothing_answered() and not confirm_discard(self):
            return
        super().reject()

    def may_close_with_window(self) -> bool:
        """The main window is closing: ask before dropping the answers (Finish keeps them)."""
        if not self.isVisible():
            return True
        return self.nothing_answered() or confirm_discard(self)
