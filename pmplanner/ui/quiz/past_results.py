"""Quiz > Past Results…: any kept quiz result, read-only, and two side by side.

A result is shown from what was kept (its date, verdict and scores) and, when
the quiz still reads its answers the same way, with the why, the path and the
first steps worked out again from those answers. Nothing here changes the plan.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pmplanner.core import quiz as quiz_core
from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.plan import QuizResult
from pmplanner.core.plan_fields import instant
from pmplanner.core.quiz_types import Quiz
from pmplanner.ui.plan.document import PlanDocument
from pmplanner.ui.quiz import results_text
from pmplanner.ui.quiz.results_text import bullets, esc, paragraph
from pmplanner.wording.formats import date_time
from pmplanner.wording.quiz import headline_of, score_text, track_name

translate = QCoreApplication.translate


def result_html(result: QuizResult, quiz: Quiz, catalog: CareerCatalog) -> str:
    """One kept result as rich text (content escaped)."""
    ranked = [s.track for s in result.ranking]
    parts = [
        f"<h2 style='margin-top:0'>{esc(date_time(result.taken))}</h2>",
        paragraph(f"<b>{esc(headline_of(result.verdict, ranked, catalog))}</b>"),
        bullets(esc(score_text(track_name(catalog, s.track), s.score)) for s in result.ranking),
    ]
    outcome = quiz_core.score_answers(quiz, catalog, result.answers)
    same = outcome.top_track == result.track and (
        not result.verdict or outcome.verdict.value == result.verdict
    )
    if not same:
        parts.append(
            paragraph(
                esc(
                    translate(
                        "QuizPast",
                        "The quiz has changed since then and reads these answers differently, "
                        "so only what was kept is shown.",
                    )
                )
            )
        )
        return "".join(parts)
    for text in (
        results_text.advice_html(outcome, catalog),
        results_text.why_for_html(outcome, catalog),
        results_text.why_not_html(outcome, catalog),
        results_text.path_html(outcome, catalog),
        results_text.direction_html(outcome, catalog),
        results_text.steps_html(outcome),
    ):
        if text:
            parts.append(text)
    return "".join(parts)


def result_label(result: QuizResult, catalog: CareerCatalog) -> str:
    ranked = [s.track for s in result.ranking]
    return translate("QuizPast", "{0}: {1}").format(
        date_time(result.taken), headline_of(result.verdict, ranked, catalog)
    )


class ResultView(QTextBrowser):
    def __init__(self, result: QuizResult, quiz: Quiz, catalog: CareerCatalog, parent=None):
        super().__init__(parent)
        self.result = result
        self.setObjectName("quizPastResult")
        self.setAccessibleName(
            translate("QuizPast", "Quiz result of {0}").format(date_time(result.taken))
        )
        self.setOpenLinks(False)
        self.setHtml(result_html(result, quiz, catalog))


class PastResultsDialog(QDialog):
    """The kept results, newest first: View one, or Compare two side by side."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quizPastResults")
        self.setWindowTitle(translate("QuizPast", "Past quiz results"))
        self.document = document
        self.catalog = document.builtin_catalog
        quiz = self.catalog.quiz
        assert quiz is not None  # the menu is offered only with the quiz's content
        self.quiz: Quiz = quiz
        self.list = QListWidget(self)
        self.list.setObjectName("quizPastList")
        self.list.setAccessibleName(
            translate("QuizPast", "Kept results: choose one to view or two to compare")
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # a few rows: the results on view get the room
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 7)
        self.view_button = QPushButton(translate("QuizPast", "&View"), self)
        self.view_button.setObjectName("quizPastView")
        self.compare_button = QPushButton(translate("QuizPast", "&Compare"), self)
        self.compare_button.setObjectName("quizPastCompare")
        self.compare_button.setToolTip(translate("QuizPast", "Choose two results to compare"))
        self.view_button.clicked.connect(self.view_selected)
        self.compare_button.clicked.connect(self.view_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self.view_selected())
        self.views = QHBoxLayout()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.view_button)
        row.addWidget(self.compare_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addLayout(self.views, 3)
        layout.addWidget(close)
        self._fill()
        document.quiz_results_changed.connect(self._fill)
        self.resize(1000, 720)

    def _fill(self) -> None:
        self.list.clear()
        results = self.document.plan.quiz_results
        for result in sorted(results, key=lambda r: instant(r.taken), reverse=True):
            item = QListWidgetItem(result_label(result, self.catalog), self.list)
            item.setData(Qt.ItemDataRole.UserRole, result)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def selected(self) -> list[QuizResult]:
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        return [self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in rows]

    def _update_buttons(self) -> None:
        count = len(self.selected())
        self.view_button.setEnabled(count == 1)
        self.compare_button.setEnabled(count == 2)

    def view_selected(self) -> None:
        """Show the chosen result, or the two chosen side by side (older on the left)."""
        chosen = self.selected()
        if not 1 <= len(chosen) <= 2:
            return
        for old in self.shown():
            self.views.removeWidget(old)
            old.deleteLater()
        for result in sorted(chosen, key=lambda r: instant(r.taken)):
            view = ResultView(result, self.quiz, self.catalog, self)
            self.views.addWidget(view)
            view.show()  # added to a dialog already on screen

    def shown(self) -> list[ResultView]:
        """The results on view, older first."""
        views: list[ResultView] = []
        for index in range(self.views.count()):
            item = self.views.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, ResultView):
                views.append(widget)
        return views


def show_past_results(window) -> PastResultsDialog | None:
    """Quiz > Past Results… in the main window."""
    document = window.document
    if document is None or getattr(document.builtin_catalog, "quiz", None) is None:
        return None
    dialog = PastResultsDialog(document, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    if dialog.list.count():
        dialog.view_selected()
    return dialog


def show_scoring(window) -> None:
    """Quiz > How Scoring Works… in the main window."""
    from pmplanner.ui.quiz.scoring_help import show_scoring_help

    document = window.document
    quiz = getattr(document.builtin_catalog, "quiz", None) if document is not None else None
    if document is not None and quiz is not None:
        show_scoring_help(window, quiz, document.builtin_catalog)
