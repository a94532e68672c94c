"""The quiz wizard: one page per page of the quiz content, then the results.

Answers live in one QuizAnswers shared by the pages, so Back and Next keep
them. Finish keeps the result in the plan's quiz history and applies what the person
chose on the results page, as one undo step. Leaving in any other way (Cancel,
Esc, closing the window) keeps nothing, and asks first through
``confirm_discard`` unless nothing was answered.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard

from pmplanner.core.quiz_types import Quiz
from pmplanner.ui.plan.document import PlanDocument
from pmplanner.ui.quiz import commands
from pmplanner.ui.quiz.answers import QuizAnswers
from pmplanner.ui.quiz.pages import QuestionPage
from pmplanner.ui.quiz.results import ResultsPage, ShowRole

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
        for content in quiz.pages:
            page = QuestionPage(
                content, self.answers, document.builtin_catalog, quiz.scale_labels, self
            )
            self.question_pages.append(page)
            self.addPage(page)
        self.results_page = ResultsPage(quiz, document, self.answers, show_role, self)
        self.results_id = self.addPage(self.results_page)
        self.currentIdChanged.connect(self._page_shown)
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # widgets exist: the application has widgets
        app.focusChanged.connect(self._focus_moved)
        self.resize(900, 680)

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
        if not self.answers.is_empty() and not confirm_discard(self):
            return
        super().reject()

    def may_close_with_window(self) -> bool:
        """The main window is closing: ask before dropping the answers (Finish keeps them)."""
        if not self.isVisible():
            return True
        return self.answers.is_empty() or confirm_discard(self)
