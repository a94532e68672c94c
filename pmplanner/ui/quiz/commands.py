"""What the quiz changes in the plan, through the document's undoable edits.

- ``record_result``: keep a finished quiz in the plan's quiz history;
- ``use_result``: set the target role and add the ticked goals, as one step
  that the results page recognises on the stack by the command itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pmplanner.core.plan import Goal, QuizResult
from pmplanner.ui.plan.commands import CompoundCommand
from pmplanner.ui.plan.document import PlanDocument

translate = QCoreApplication.translate


class UseQuizResultCommand(CompoundCommand):
    """ "Use this result": the new target role and the ticked goals, one undo step."""


def record_result(document: PlanDocument, result: QuizResult) -> None:
    document.record_quiz_result(result)


def use_result(
    document: PlanDocument, role_id: str | None, goals: list[Goal]
) -> UseQuizResultCommand | None:
    """Target ``role_id`` (when given) and add ``goals``, as one undo step.

    Returns the step pushed, or None when nothing changes (the role is already
    the target and no goal is ticked).
    """
    changes_role = role_id is not None and document.plan.profile.target_role != role_id
    if not changes_role and not goals:
        return None
    step = UseQuizResultCommand(document, translate("Quiz", "Use quiz result"))
    if role_id is not None and not document.catalog.has_role(role_id):
        # the quiz's roles are the built-in ladder's (the caller asked the person first)
        document.use_ladder(None, parent=step)
    if changes_role:
        document.set_profile_field("target_role", role_id, parent=step)
    document.add_goals(list(goals), parent=step)
    document.push(step)
    return step
