"""Undoable changes the quiz makes to the plan.

- ``RecordQuizResultCommand``: keep a finished quiz in ``plan.quiz_results``;
- ``use_result``: set the target role and add the ticked goals, as one step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from pmplanner.core.plan import Goal, QuizResult

if TYPE_CHECKING:
    from pmplanner.ui.plan.document import PlanDocument


translate = QCoreApplication.translate


class RecordQuizResultCommand(QUndoCommand):
    """Append one result to the plan's quiz history; undo takes exactly it out again."""

    def __init__(self, document: PlanDocument, result: QuizResult):
        super().__init__(translate("Quiz", "Keep quiz result"))
        self._document = document
        self.result = result

    def redo(self) -> None:
        self._document.plan.quiz_results.append(self.result)

    def undo(self) -> None:
        results = self._document.plan.quiz_results
        for index in range(len(results) - 1, -1, -1):
            if results[index] is self.result:
                del results[index]
                return


def record_result(document: PlanDocument, result: QuizResult) -> None:
    document.undo_stack.push(RecordQuizResultCommand(document, result))


def use_result(document: PlanDocument, role_id: str | None, goals: list[Goal]) -> bool:
    """Target ``role_id`` (when given) and add ``goals``, as one undo step.

    Returns whether anything changed (nothing does when the role is already the
    target and no goal is ticked).
    """
    changes_role = role_id is not None and document.plan.profile.target_role != role_id
    if not changes_role and not goals:
        return False
    stack = document.undo_stack
    stack.beginMacro(translate("Quiz", "Use quiz result"))
    try:
        if changes_role:
            document.set_profile_field("target_role", role_id)
        document.add_goals(list(goals))
    finally:
        stack.endMacro()
    return True
