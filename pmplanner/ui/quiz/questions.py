"""One widget per question kind (``WIDGETS``), each writing its answer to the shared QuizAnswers.

- CHOICE: radio buttons in one exclusive group (arrow keys move and choose),
  each with its description underneath (from the option, or the catalog for
  backgrounds, industries and workplaces);
- MULTI: check boxes;
- SCALE: five radio buttons in a row, labelled with the quiz's scale labels.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.quiz_types import (
    SCALE_MIN,
    QuestionKind,
    QuestionTopic,
    QuizOption,
    QuizQuestion,
)
from pmplanner.drawing import palette
from pmplanner.ui.quiz import mnemonics
from pmplanner.ui.quiz.answers import QuizAnswers
from pmplanner.ui.quiz.indicators import indicator_style
from pmplanner.wording.formats import number

translate = QCoreApplication.translate


def option_description(option: QuizOption, topic: QuestionTopic, catalog: CareerCatalog) -> str:
    """The option's own description, else what the catalog says about it."""
    if option.description:
        return option.description
    try:
        if topic is QuestionTopic.BACKGROUND:
            return catalog.background(option.id).description
        if topic is QuestionTopic.INDUSTRY:
            return catalog.industry(option.id).description
        if topic is QuestionTopic.ENVIRONMENT:
            return catalog.environment(option.id).what_it_means
    except KeyError:
        pass
    return ""


class MutedLabel(QLabel):
    """Secondary text (help, descriptions): a step back from the labels, still 4.5:1."""

    def __init__(self, text: str, parent: QWidget):
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._colour_text()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_text()

    def _colour_text(self) -> None:
        parent = self.parentWidget()
        around = parent.palette() if parent is not None else QApplication.palette()
        colour = palette.muted(around, QPalette.ColorRole.Window)
        if self.palette().color(QPalette.ColorRole.WindowText) != colour:
            own = QPalette(self.palette())
            own.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(own)  # the change event that follows finds nothing to do


class DescriptionLabel(MutedLabel):
    """An option's description; clicking it acts on its button, as its text does."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class OptionCheckBox(QCheckBox):
    """A check box of a MULTI question: Tab visits every box of the question.

    Qt takes a grouped button's siblings out of the Tab chain when it gets the
    focus (right for radio buttons, which the arrows move between); check boxes
    are answered one by one, so each keeps its place in the chain.
    """

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        group = self.group()
        for button in group.buttons() if group is not None else []:
            if not button.focusPolicy() & Qt.FocusPolicy.TabFocus:
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class QuestionBox(QGroupBox):
    """A question: its text as the title, its help, and the buttons that answer it."""

    def __init__(
        self,
        question: QuizQuestion,
        answers: QuizAnswers,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.question = question
        self.answers = answers
        self.setObjectName(f"question-{question.id}")
        self.setAccessibleName(question.text)
        if question.required:
            self.setAccessibleDescription(translate("Quiz", "An answer is needed to go on."))
        # the question in bold; what is inside keeps the normal font
        self.body_font = QFont(self.font())
        self.body_font.setBold(False)  # set explicitly, or it would inherit the bold
        title_font = QFont(self.font())
        title_font.setBold(True)
        self.setFont(title_font)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QAbstractButton] = {}  # option id (or scale value) -> button
        answers.changed.connect(self._answer_changed)
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(4)
        if question.help:
            help_label = MutedLabel(question.help, self)
            help_label.setFont(self.body_font)
            help_label.setObjectName("questionHelp")
            self._layout.addWidget(help_label)

    def _answer_changed(self, question_id: str) -> None:
        """Show an answer given elsewhere (the starting answers, "Start blank")."""
        if question_id != self.question.id:
            return
        value = self.answers.get(question_id)
        if value is None:
            wanted: set[str] = set()
        elif isinstance(value, list):
            wanted = {str(v) for v in value}
        else:
            wanted = {str(value)}
        exclusive = self.group.exclusive()
        self.group.setExclusive(False)  # or the last checked button could not be unchecked
        for key, button in self.buttons.items():
            if button.isChecked() != (key in wanted):
                button.blockSignals(True)  # the answer is already stored
                button.setChecked(key in wanted)
                button.blockSignals(False)
        self.group.setExclusive(exclusive)

    def _indent(self) -> int:
        style = self.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + style.pixelMetric(
            QStyle.PixelMetric.PM_RadioButtonLabelSpacing
        )


class OptionsQuestion(QuestionBox):
    """Options to choose from, each with its description."""

    multi: ClassVar[bool]  # check boxes (any number), else radio buttons (one)

    def __init__(
        self,
        question: QuizQuestion,
        answers: QuizAnswers,
        catalog: CareerCatalog,
        scale_labels: list[str],
        taken: set[str],
        parent: QWidget | None = None,
    ):
        super().__init__(question, answers, parent)
        self.setTitle(mnemonics.escape(question.text))
        multi = self.multi
        self.group.setExclusive(not multi)
        for option in question.options:
            text = mnemonics.with_mnemonic(option.label, taken)
            button: QAbstractButton = (
                OptionCheckBox(text, self) if multi else QRadioButton(text, self)
            )
            button.setStyle(indicator_style())
            button.setObjectName(f"option-{question.id}-{option.id}")
            button.setAccessibleName(option.label)
            button.setFont(self.body_font)
            description = option_description(option, question.topic, catalog)
            self.group.addButton(button)
            self.buttons[option.id] = button
            self._layout.addWidget(button)
            if description:
                button.setAccessibleDescription(description)
                label = DescriptionLabel(description, self)
                label.setFont(self.body_font)
                label.setContentsMargins(self._indent(), 0, 0, 4)
                label.clicked.connect(button.click)
                self._layout.addWidget(label)
        self.group.buttonToggled.connect(self._store)

    def _store(self, *_args) -> None:
        chosen = [oid for oid, b in self.buttons.items() if b.isChecked()]
        if self.multi:
            self.answers.set(self.question.id, chosen)
        else:
            self.answers.set(self.question.id, chosen[0] if chosen else None)


class ChoiceQuestion(OptionsQuestion):
    """CHOICE: radio buttons, one option."""

    multi = False


class MultiQuestion(OptionsQuestion):
    """MULTI: check boxes, any number of options."""

    multi = True


class ScaleQuestion(QuestionBox):
    """Five points in a row, from the quiz's first scale label to its last."""

    def __init__(
        self,
        question: QuizQuestion,
        answers: QuizAnswers,
        catalog: CareerCatalog,
        scale_labels: list[str],
        taken: set[str],
        parent: QWidget | None = None,
    ):
        super().__init__(question, answers, parent)
        # the title's letter focuses the row; the arrow keys then pick a point
        self.setTitle(mnemonics.with_mnemonic(question.text, taken))
        self.group.setExclusive(True)
        row = QGridLayout()
        row.setHorizontalSpacing(12)
        for index, label in enumerate(scale_labels):
            value = SCALE_MIN + index
            button = QRadioButton(mnemonics.escape(label), self)
            button.setStyle(indicator_style())
            button.setObjectName(f"option-{question.id}-{value}")
            button.setFont(self.body_font)
            button.setAccessibleName(
                translate("Quiz", "{0} ({1} of {2})").format(
                    label, number(value), number(len(scale_labels))
                )
            )
            self.group.addButton(button, value)
            self.buttons[str(value)] = button
            row.addWidget(button, 0, index)
            row.setColumnStretch(index, 1)
        self._layout.addLayout(row)
        self.group.buttonToggled.connect(self._store)

    def _store(self, *_args) -> None:
        value = self.group.checkedId()
        self.answers.set(self.question.id, value if value >= SCALE_MIN else None)


# each question kind's widget (the kind's checks and scoring: core.quiz_kinds.QUESTION_KINDS)
QuestionWidget = Callable[
    [QuizQuestion, QuizAnswers, CareerCatalog, list[str], set[str], QWidget | None], QuestionBox
]
WIDGETS: dict[QuestionKind, QuestionWidget] = {
    QuestionKind.CHOICE: ChoiceQuestion,
    QuestionKind.MULTI: MultiQuestion,
    QuestionKind.SCALE: ScaleQuestion,
}


def question_widget(
    question: QuizQuestion,
    answers: QuizAnswers,
    catalog: CareerCatalog,
    scale_labels: list[str],
    taken: set[str],
    parent: QWidget | None = None,
) -> QuestionBox:
    widget = WIDGETS[question.kind]
    return widget(question, answers, catalog, scale_labels, taken, parent)
