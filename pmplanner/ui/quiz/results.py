"""The last page: the ranking as a chart, why, where to start, and making it the plan.

Built from ``core.quiz.score_answers`` each time the page is shown (the
answers may have changed after going Back). The chart module, and with it
pyqtgraph, is imported the first time this page is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from pmplanner.core import quiz as quiz_core
from pmplanner.core.plan import QuizResult
from pmplanner.core.quiz_types import Change, Quiz, QuizOutcome
from pmplanner.drawing import palette
from pmplanner.drawing.quiz_chart import chart_bars
from pmplanner.ui.plan.document import PlanDocument
from pmplanner.ui.quiz import commands, results_text
from pmplanner.ui.quiz.answers import QuizAnswers
from pmplanner.ui.quiz.goals_offer import GoalsOffer
from pmplanner.ui.quiz.indicators import indicator_style
from pmplanner.wording import quiz as wording

if TYPE_CHECKING:
    from pmplanner.ui.quiz.chart import ScoreChart  # pyqtgraph: loaded when first shown

# Show a role on the career map; False when the map cannot show it.
ShowRole = Callable[[str, str | None], bool]


translate = QCoreApplication.translate
FOCUS_WIDTH = 2  # the focus frame around the scrolling results, in pixels


def rich_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class ResultsScroll(QScrollArea):
    """The scrolling results: Tab stops on it, so Page Up/Down and the arrows read the page."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quizResultsScroll")
        self.setAccessibleName(translate("QuizResults", "Your results"))
        self.setAccessibleDescription(
            translate("QuizResults", "Page Up and Page Down scroll the results")
        )
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._update_ring()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._update_ring()

    def _update_ring(self) -> None:
        """Repaint the parent, which draws the focus ring around this."""
        parent = self.parentWidget()
        if parent is not None:
            parent.update()


class FocusRing(QWidget):
    """Holds the scrolling results in a thin margin, drawn in the highlight colour
    while they have the focus (the margin stays, so nothing moves). Drawn here, not
    by a style sheet: a style sheet would stop palette changes reaching the chart."""

    def __init__(self, inner: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quizResultsFocusRing")
        self.inner = inner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(FOCUS_WIDTH, FOCUS_WIDTH, FOCUS_WIDTH, FOCUS_WIDTH)
        layout.addWidget(inner)

    def paintEvent(self, event) -> None:
        if not self.inner.hasFocus():
            return
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), FOCUS_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = FOCUS_WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
        painter.end()


class ResultsPage(QWizardPage):
    def __init__(
        self,
        quiz: Quiz,
        document: PlanDocument,
        answers: QuizAnswers,
        show_role: ShowRole | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("quizResultsPage")
        self.setTitle(translate("QuizResults", "Your results"))
        self.setAccessibleName(translate("QuizResults", "Your results"))
        self.quiz = quiz
        self.document = document
        self.answers = answers
        self.show_role = show_role
        self.outcome: QuizOutcome | None = None
        self.result: QuizResult | None = None
        self.previous: QuizResult | None = None
        self.changes: list[Change] = []
        self.chart: ScoreChart | None = None  # made when first shown
        self._build()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget()
        body.setObjectName("quizResultsBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(10)

        self.headline = QLabel(body)
        self.headline.setObjectName("quizHeadline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.headline.setFont(font)
        self.verdict = QLabel(body)
        self.verdict.setObjectName("quizVerdict")
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict.setWordWrap(True)
        column.addWidget(self.headline)
        column.addWidget(self.verdict)
        self.change = rich_label(body, "quizChange")
        column.addWidget(self.change)
        self.advice = rich_label(body, "quizAdvice")
        column.addWidget(self.advice)

        top = QHBoxLayout()
        top.setSpacing(16)
        self.chart_box = QVBoxLayout()
        self.chart_box.setContentsMargins(0, 0, 0, 0)
        top.addLayout(self.chart_box, 1)
        self.why = rich_label(body, "quizWhy")
        top.addWidget(self.why, 1)
        column.addLayout(top)
        self.why_not = rich_label(body, "quizWhyNot")
        column.addWidget(self.why_not)

        self.path = rich_label(body, "quizPath")
        column.addWidget(self.path)
        self.map_button = QPushButton(translate("QuizResults", "Show on the &map"), body)
        self.map_button.setObjectName("quizShowOnMap")
        self.map_button.setAccessibleName(translate("QuizResults", "Show on the map"))
        self.map_button.setToolTip(
            translate("QuizResults", "Select this role on the career map, with its track")
        )
        self.map_button.clicked.connect(self._show_on_map)
        self.map_note = QLabel(body)
        self.map_note.setObjectName("quizMapNote")
        self.map_note.setWordWrap(True)
        self.map_note.setTextFormat(Qt.TextFormat.PlainText)
        self.scoring_button = QPushButton(translate("QuizResults", "How scoring &works"), body)
        self.scoring_button.setObjectName("quizScoringButton")
        self.scoring_button.setAccessibleName(translate("QuizResults", "How scoring works"))
        self.scoring_button.setToolTip(
            translate("QuizResults", "The points each answer gives each track")
        )
        self.scoring_button.clicked.connect(self.show_scoring)
        map_row = QHBoxLayout()
        map_row.addWidget(self.scoring_button)
        map_row.addWidget(self.map_button)
        map_row.addWidget(self.map_note, 1)
        column.addLayout(map_row)

        self.direction = rich_label(body, "quizDirection")
        column.addWidget(self.direction)
        fits = QHBoxLayout()
        fits.setSpacing(16)
        self.industries = rich_label(body, "quizIndustries")
        self.workplaces = rich_label(body, "quizWorkplaces")
        fits.addWidget(self.industries, 1)
        fits.addWidget(self.workplaces, 1)
        column.addLayout(fits)
        self.steps = rich_label(body, "quizSteps")
        column.addWidget(self.steps)
        column.addWidget(self._build_use_box(body))
        column.addStretch(1)

        self.scroll_area = ResultsScroll()
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.focus_ring = FocusRing(self.scroll_area, self)
        layout.addWidget(self.focus_ring)

    def _build_use_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(translate("QuizResults", "Make it your plan"), parent)
        box.setObjectName("quizUseBox")
        # a bold title like the sections above; what is inside keeps the normal font
        normal = QFont(box.font())
        normal.setBold(False)
        bold = QFont(box.font())
        bold.setBold(True)
        box.setFont(bold)
        self.use_button = QCheckBox(translate("QuizResults", "&Use this result"), box)
        self.use_button.setObjectName("quizUseResult")
        self.use_button.setFont(normal)
        self.use_button.setAccessibleName(translate("QuizResults", "Use this result"))
        self.use_intro = QLabel(box)
        self.use_intro.setWordWrap(True)
        self.use_intro.setTextFormat(Qt.TextFormat.PlainText)
        self.use_intro.setFont(normal)
        # the target: never replaced silently; the person keeps theirs or takes the proposed one
        self.keep_target = QRadioButton(box)
        self.keep_target.setObjectName("quizKeepTarget")
        self.keep_target.setFont(normal)
        self.new_target = QRadioButton(box)
        self.new_target.setObjectName("quizNewTarget")
        self.new_target.setFont(normal)
        # a near tie: the runner-up's first role, offered alongside
        self.other_target = QRadioButton(box)
        self.other_target.setObjectName("quizOtherTarget")
        self.other_target.setFont(normal)
        targets_ = (self.keep_target, self.new_target, self.other_target)
        for button in (self.use_button, *targets_):
            button.setStyle(indicator_style())
        for radio in targets_:
            # as wide as its text, so a click beside it does not seem to choose it
            radio.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.target_group = QButtonGroup(box)
        for radio in targets_:
            self.target_group.addButton(radio)
        self.goals_offer = GoalsOffer(box)
        self.goals_offer.setFont(normal)
        self.goals_offer.setStyle(indicator_style())
        self.use_status = QLabel(box)
        self.use_status.setObjectName("quizUseStatus")
        self.use_status.setFont(normal)
        self.use_status.setWordWrap(True)
        self.use_status.setTextFormat(Qt.TextFormat.PlainText)
        self.use_button.toggled.connect(self._update_use_box)
        self.target_group.buttonToggled.connect(self._update_use_box)
        self.goals_offer.ticked_changed.connect(self._update_use_box)
        layout = QVBoxLayout(box)
        layout.addWidget(self.use_intro)
        use_row = QHBoxLayout()  # the box as wide as its text: a click beside it misses nothing
        use_row.addWidget(self.use_button)
        use_row.addStretch(1)
        layout.addLayout(use_row)
        targets = QVBoxLayout()
        targets.setContentsMargins(24, 0, 0, 0)
        targets.addWidget(self.keep_target)
        targets.addWidget(self.new_target)
        targets.addWidget(self.other_target)
        targets.addWidget(self.goals_offer)
        layout.addLayout(targets)
        layout.addWidget(self.use_status)
        return box

    # -- filling it -------------------------------------------------------------------------------
    def initializePage(self) -> None:
        catalog = self.document.builtin_catalog
        answers = self.answers.as_dict()
        self.outcome = outcome = quiz_core.score_answers(self.quiz, catalog, answers)
        self.result = quiz_core.to_result(outcome, answers)
        history = self.document.plan.quiz_results
        self.previous = history[-1] if history else None
        self.changes = (
            quiz_core.describe_change(self.previous, self.result)
            if self.previous is not None
            else []
        )

        self.headline.setText(results_text.headline(outcome, catalog))
        self.verdict.setText(results_text.verdict_note(outcome))
        self._fill_chart(outcome)
        texts = {
            self.change: results_text.change_html(self.previous, self.changes, catalog),
            self.advice: results_text.advice_html(outcome, catalog),
            self.why: results_text.why_for_html(outcome, catalog),
            self.why_not: results_text.why_not_html(outcome, catalog),
            self.path: results_text.path_html(outcome, catalog),
            self.direction: results_text.direction_html(outcome, catalog),
            self.industries: results_text.industries_html(outcome, catalog),
            self.workplaces: results_text.workplaces_html(outcome, catalog),
            self.steps: results_text.steps_html(outcome),
        }
        for label, text in texts.items():
            label.setText(text)
            label.setVisible(bool(text))
        self.map_button.setVisible(outcome.first_role is not None and self.show_role is not None)
        self.map_note.clear()
        self._fill_use_box(outcome)
        self.scroll_area.verticalScrollBar().setValue(0)

    def cleanupPage(self) -> None:
        """Going Back keeps the answers; the page is filled again when shown next."""

    def _fill_chart(self, outcome: QuizOutcome) -> None:
        from pmplanner.ui.quiz.chart import ScoreChart

        if self.chart is None:
            self.chart = ScoreChart(self)
            self.chart_box.addWidget(self.chart)
            self.chart_box.addStretch(1)
        scores = [(score.target, score.share) for score in outcome.ranking]
        # a track the content does not know: a grey that reads on this palette
        unknown = palette.muted(self.palette(), QPalette.ColorRole.Base)
        self.chart.set_bars(chart_bars(scores, self.document.builtin_catalog, unknown))

    def _fill_use_box(self, outcome: QuizOutcome) -> None:
        catalog = self.document.builtin_catalog
        goals = quiz_core.suggested_goals(
            outcome, catalog, wording.goal_reasons(catalog), self.document.plan.skill_ratings
        )
        existing = {g.title.casefold() for g in self.document.plan.goals}
        self.goals_offer.set_goals(goals, existing)
        self.goals_offer.setVisible(bool(goals))
        self.use_intro.setText(
            translate(
                "QuizResults",
                'Finish keeps this result in your plan\'s quiz history. Tick "Use this result" '
                "to make it your plan too: it is all one step, and one Edit > Undo in the main "
                "window takes all of it back.",
            )
        )
        current = self.document.plan.profile.target_role
        role, other = outcome.first_role, outcome.other_first_role
        if other == role:
            other = None  # both tracks start at the same role: one proposal
        proposals = [(self.new_target, role), (self.other_target, other)]
        shown = [(radio, r) for radio, r in proposals if r is not None and r != current]
        for radio, proposed in proposals:
            radio.setVisible(any(radio is r for r, _ in shown))
            if proposed is None:
                continue
            title = self._role_title(proposed)
            radio.setText(
                translate("QuizResults", "Change my target role to {0}").format(title)
                if current is not None
                else translate("QuizResults", "Set my target role to {0}").format(title)
            )
        if current is not None:
            self.keep_target.setText(
                translate("QuizResults", "Keep my target role: {0}").format(
                    self._role_title(current)
                )
            )
        else:
            self.keep_target.setText(translate("QuizResults", "Do not set a target role yet"))
        # nothing is replaced, and in a near tie nothing picked, unless the person says so
        keeps = current is not None or other is not None
        self.keep_target.setVisible(bool(shown) and keeps)
        if keeps or not shown:
            self.keep_target.setChecked(True)
        else:
            shown[0][0].setChecked(True)  # the one proposal, for a plan without a target
            shown[0][0].setVisible(False)  # said in the summary: no lone radio button
        self.use_button.setChecked(False)
        self._update_use_box()

    def _role_title(self, role_id: str) -> str:
        for catalog in (self.document.catalog, self.document.builtin_catalog):
            if catalog.has_role(role_id):
                return catalog.role(role_id).title
        return role_id

    def choices(self) -> commands.Choices:
        """What Finish applies besides keeping the result (nothing unless "Use this result")."""
        outcome = self.outcome
        if outcome is None or not self.use_button.isChecked():
            return commands.Choices()
        current = self.document.plan.profile.target_role
        role = None
        if self.new_target.isChecked():
            role = outcome.first_role
        elif self.other_target.isChecked():
            role = outcome.other_first_role
        if role == current:
            role = None
        return commands.Choices(
            role_id=role, background=outcome.background, goals=self.goals_offer.ticked()
        )

    def _update_use_box(self, *_args) -> None:
        using = self.use_button.isChecked()
        for widget in (self.keep_target, self.new_target, self.other_target, self.goals_offer):
            widget.setEnabled(using)
        self.use_status.setText(self.finish_text())

    def finish_text(self) -> str:
        """What pressing Finish will do, in one sentence."""
        choices = self.choices()
        if choices.is_empty():
            return translate("QuizResults", "Finish keeps the result only.")
        parts = []
        if choices.role_id is not None:
            parts.append(
                translate("QuizResults", "sets your target role to {0}").format(
                    self._role_title(choices.role_id)
                )
            )
        elif self.document.plan.profile.target_role is not None:
            parts.append(translate("QuizResults", "keeps your target role"))
        elif self.outcome is not None and self.outcome.first_role is not None:
            parts.append(translate("QuizResults", "sets no target role yet"))
        if choices.background is not None:
            parts.append(translate("QuizResults", "saves your background in your profile"))
        parts.append(self.goals_added(len(choices.goals)))
        return translate("QuizResults", "Finish keeps the result, {0}").format(", ".join(parts))

    # -- actions --------------------------------------------------------------------------------
    def goals_added(self, count: int) -> str:
        # self.tr: pyside6-lupdate marks a count as a plural (numerus) only here
        if count == 0:
            return self.tr("and adds no goals.")
        if count == 1:
            return self.tr("and adds 1 goal.")
        return self.tr("and adds %Ln goals.", "", count)

    def show_scoring(self) -> None:
        from pmplanner.ui.quiz.scoring_help import show_scoring_help

        show_scoring_help(self, self.quiz, self.document.builtin_catalog)

    def _show_on_map(self) -> None:
        if self.outcome is None or self.outcome.first_role is None or self.show_role is None:
            return
        shown = self.show_role(self.outcome.first_role, self.outcome.top_track)
        self.map_note.setText(
            translate("QuizResults", "Selected on the career map in the main window.")
            if shown
            else translate("QuizResults", "The career map cannot show this role.")
        )
