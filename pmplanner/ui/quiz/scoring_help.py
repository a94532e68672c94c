""" "How scoring works": the points each answer gives each track, from the quiz content.

Generated from data/quiz.json's weights, so it always says what the scoring
does: a scale question's weights count per step away from the middle answer,
an option's weights count when it is chosen. Experience answers give no points.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.quiz_types import SCALE_MID, QuestionKind, Quiz
from pmplanner.ui.quiz.results_text import bullets, esc, paragraph, section
from pmplanner.wording.formats import signed
from pmplanner.wording.quiz import track_name

translate = QCoreApplication.translate


def _points(weights: dict[str, float], catalog: CareerCatalog) -> str:
    if not weights:
        return esc(translate("QuizScoring", "no points (it does not change the ranking)"))
    return esc(
        ", ".join(
            translate("QuizScoring", "{0} {1}").format(track_name(catalog, t), signed(w))
            for t, w in weights.items()
        )
    )


def scoring_html(quiz: Quiz, catalog: CareerCatalog) -> str:
    middle = quiz.scale_labels[SCALE_MID - 1]
    parts = [
        paragraph(
            esc(
                translate(
                    "QuizScoring",
                    "Every answer gives each track the points below. A track's score is its "
                    "points as a share of the most it could get, from 0 to 100. When the top "
                    "two are within {0} of 100 of each other the quiz calls it too close to "
                    "call, and when every track gets about the same it picks none.",
                ).format(round(quiz.close_margin * 100))
            )
        )
    ]
    for page in quiz.pages:
        items = []
        for question in page.questions:
            if question.kind is QuestionKind.SCALE:
                rule = translate(
                    "QuizScoring",
                    "per step above “{0}” (a step below takes the same away): {1}",
                ).format(esc(middle), _points(question.weights, catalog))
                items.append(f"<b>{esc(question.text)}</b> {rule}")
                continue
            options = bullets(
                f"{esc(option.label)}: {_points(option.weights, catalog)}"
                for option in question.options
            )
            items.append(f"<b>{esc(question.text)}</b>{options}")
        parts.append(section(page.title, bullets(items)))
    return "".join(parts)


class ScoringHelp(QDialog):
    def __init__(self, quiz: Quiz, catalog: CareerCatalog, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quizScoringHelp")
        self.setWindowTitle(translate("QuizScoring", "How scoring works"))
        self.text = QTextBrowser(self)
        self.text.setObjectName("quizScoringText")
        self.text.setAccessibleName(translate("QuizScoring", "How scoring works"))
        self.text.setOpenLinks(False)
        self.text.setHtml(scoring_html(quiz, catalog))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 600)


def show_scoring_help(parent: QWidget, quiz: Quiz, catalog: CareerCatalog) -> ScoringHelp:
    """Show the explanation beside the quiz (modeless, closed with its parent)."""
    dialog = ScoringHelp(quiz, catalog, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
