"""What the quiz changes in the plan, through the document's undoable edits.

``finish``: keep a finished quiz in the plan's quiz history and, when the
person chose to use it, set the target role, the background and the ticked
goals, all as ONE undo step (one ``UseQuizResultCommand``): one Edit > Undo in
the main window takes all of it back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from pmplanner.core.plan import Goal, QuizResult
from pmplanner.ui.plan.commands import CompoundCommand
from pmplanner.ui.plan.document import PlanDocument

translate = QCoreApplication.translate


class UseQuizResultCommand(CompoundCommand):
    """Finishing the quiz: the kept result, and what of it the person chose to use."""


@dataclass
class Choices:
    """What the person chose on the results page to make their plan."""

    role_id: str | None = None  # the new target role (None: leave the target as it is)
    background: str | None = None  # the background to write to the profile
    goals: list[Goal] = field(default_factory=list)

    def is_empty(self) -> bool:
        return self.role_id is None and self.background is None and not self.goals


def finish(
    document: PlanDocument, result: QuizResult, choices: Choices | None = None
) -> UseQuizResultCommand:
    """Keep ``result`` and apply ``choices``, as one undo step (the step pushed)."""
    choices = choices or Choices()
    text = (
        translate("Quiz", "Keep quiz result")
        if choices.is_empty()
        else translate("Quiz", "Use quiz result")
    )
    step = UseQuizResultCommand(document, text)
    document.record_quiz_result(result, parent=step)
    role_id = choices.role_id
    if role_id is not None and not document.catalog.has_role(role_id):
        # the quiz's roles are the built-in ladder's (the caller asked the person first)
        document.use_ladder(None, parent=step)
    if role_id is not None and document.plan.profile.target_role != role_id:
        document.set_profile_field("target_role", role_id, parent=step)
    if choices.background is not None and document.plan.profile.background != choices.background:
        document.set_profile_field("background", choices.background, parent=step)
    document.add_goals(list(choices.goals), parent=step)
    document.push(step)
    return step
