"""A wizard page of questions, built from one page of the quiz content.

Next stays disabled until every required question of the page is answered; a
hint under the questions says which ones are still open. The hint keeps its
space (two lines) when it is empty, so answering never moves the questions
under the pointer. Going Back keeps the
answers (the buttons keep their state and ``cleanupPage`` resets nothing).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.quiz_types import QuizPage
from pmplanner.ui.quiz.answers import QuizAnswers
from pmplanner.ui.quiz.questions import QuestionBox, question_widget
from pmplanner.wording import counts

translate = QCoreApplication.translate


class QuestionPage(QWizardPage):
    def __init__(
        self,
        content: QuizPage,
        answers: QuizAnswers,
        catalog: CareerCatalog,
        scale_labels: list[str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.content = content
        self.answers = answers
        self.setObjectName(f"quizPage-{content.id}")
        self.setTitle(content.title)
        self.setAccessibleName(content.title)

        body = QWidget()
        body.setObjectName("quizPageBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        if content.intro:
            # in the page, not the wizard's header, which cuts long text off
            intro = QLabel(content.intro, body)
            intro.setObjectName("quizPageIntro")
            intro.setTextFormat(Qt.TextFormat.PlainText)
            intro.setWordWrap(True)
            column.addWidget(intro)
        taken: set[str] = set()
        self.boxes: list[QuestionBox] = []
        for question in content.questions:
            box = question_widget(question, answers, catalog, scale_labels, taken, body)
            self.boxes.append(box)
            column.addWidget(box)
        column.addStretch(1)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(body)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.hint = QLabel(self)
        self.hint.setObjectName("quizHint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._reserve_hint_space()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.hint)

        answers.changed.connect(self._answer_changed)
        self._update_hint()

    @property
    def question_ids(self) -> set[str]:
        return {q.id for q in self.content.questions}

    def missing(self):
        return self.answers.missing(self.content.questions)

    def isComplete(self) -> bool:
        return not self.missing()

    def cleanupPage(self) -> None:
        """Going Back keeps this page's answers (the default would reset fields)."""

    def initializePage(self) -> None:
        self.scroll_area.verticalScrollBar().setValue(0)

    def _answer_changed(self, question_id: str) -> None:
        if question_id in self.question_ids:
            self._update_hint()
            self.completeChanged.emit()

    def _reserve_hint_space(self) -> None:
        lines = 2
        margins = self.hint.contentsMargins()
        height = self.hint.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom()
        self.hint.setFixedHeight(height + 4)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._reserve_hint_space()

    def _update_hint(self) -> None:
        missing = self.missing()
        if not missing:
            self.hint.setText("")
            self.hint.setToolTip("")
            self.hint.setAccessibleName("")
            return
        if len(missing) == 1:
            text = translate("Quiz", "To go on, answer: {0}").format(missing[0].text)
        else:
            text = counts.open_questions(len(missing), missing[0].text)
        self.hint.setText(text)
        self.hint.setAccessibleName(text)
        self.hint.setToolTip(text)

    def focus_first_question(self) -> None:
        """Give the keyboard to the first question (its chosen button, else its first)."""
        if not self.boxes:
            return
        box = self.boxes[0]
        checked = box.group.checkedButton()
        target = checked or (box.group.buttons()[0] if box.group.buttons() else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)
