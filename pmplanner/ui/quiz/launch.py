"""Opening the quiz from the main window (Quiz > Take the Quiz…, the welcome banner).

The wizard is modeless, so the career map stays usable next to it ("Show on
the map"), and there is one at a time: asking again brings the open one to the
front. When the main window closes, an open quiz finishes (on its results) or
asks before its answers are dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QMessageBox

from pmplanner.ui.ladder_actions import confirm_builtin_ladder
from pmplanner.ui.quiz.wizard import QuizWizard

if TYPE_CHECKING:
    from pmplanner.ui.plan_window import PlanWindow

translate = QCoreApplication.translate


def open_wizard(window: PlanWindow) -> QuizWizard | None:
    for wizard in window.findChildren(QuizWizard):
        if wizard.isVisible():
            return wizard
    return None


def open_quiz(window: PlanWindow) -> QuizWizard | None:
    """Show the quiz (or raise the one already open); None when there is no quiz to show."""
    wizard = open_wizard(window)
    if wizard is not None:
        wizard.showNormal()
        wizard.raise_()
        wizard.activateWindow()
        return wizard
    document = window.document
    if document is None:
        return None
    quiz = getattr(document.builtin_catalog, "quiz", None)
    if quiz is None:
        QMessageBox.warning(
            window,
            translate("Quiz", "Quiz"),
            translate(
                "Quiz", "The quiz cannot start: its questions are missing from pmplanner's content."
            ),
        )
        return None
    wizard = QuizWizard(
        quiz, document, lambda role, track: show_on_map(window, role, track), window
    )
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.setWindowModality(Qt.WindowModality.NonModal)
    window.installEventFilter(WindowCloseGuard(wizard))
    wizard.show()
    return wizard


def show_on_map(window: PlanWindow, role_id: str, track_id: str | None) -> bool:
    """Select ``role_id`` on the career map and switch to the map.

    The map's filters stay as the person left them. The quiz speaks of the
    built-in ladder: a plan on an organisation's ladder is switched only when
    the person agrees (one undo step).
    """
    window.build_map()
    area = window.career_map
    document = window.document
    if area is None or document is None:
        return False
    if not area.catalog.has_role(role_id):
        if document.ladder is None or not confirm_builtin_ladder(window, document.ladder.name):
            return False
        document.use_ladder(None)
        if not area.catalog.has_role(role_id):
            return False
    area.select_role(role_id, centre=True)
    window.areas.setCurrentWidget(area)
    return True


class WindowCloseGuard(QObject):
    """Lets the wizard finish or ask before the main window (its parent) closes."""

    def __init__(self, wizard: QuizWizard):
        super().__init__(wizard)  # goes away with the wizard
        self.wizard = wizard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and not self.wizard.may_close_with_window():
            event.ignore()
            return True
        return False
