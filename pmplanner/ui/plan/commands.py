"""Undo commands: each one calls one mutation on a model or the document.

Models and the document do the mutation and emit the Qt signals; a command
only remembers enough to do it again or take it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from pmplanner.ui.plan.document import PlanDocument
    from pmplanner.ui.plan.list_model import PlanListModel

# QUndoCommand.id() values; -1 (the default) never merges
PROFILE_MERGE_ID = 1001

# profile fields edited continuously (typing, stepping a date): consecutive
# edits of the same field merge into one undo step
MERGEABLE_PROFILE_FIELDS = frozenset({"name", "target_date"})


class ReplaceItemCommand(QUndoCommand):
    """Swap one goal/contact (found by id) for an edited copy."""

    def __init__(self, model: PlanListModel, before: Any, after: Any, text: str):
        super().__init__(text)
        self._model = model
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._model.replace_item(self._after)

    def undo(self) -> None:
        self._model.replace_item(self._before)


class InsertItemsCommand(QUndoCommand):
    """Insert items at given rows (ascending), as one step."""

    def __init__(self, model: PlanListModel, placed: list[tuple[int, Any]], text: str):
        super().__init__(text)
        self._model = model
        self._placed = sorted(placed, key=lambda p: p[0])

    def redo(self) -> None:
        self._model.insert_items(self._placed)

    def undo(self) -> None:
        self._model.remove_items([item.id for _, item in self._placed])


class RemoveItemsCommand(QUndoCommand):
    """Remove items by id, as one step; undo puts each back at its row."""

    def __init__(self, model: PlanListModel, ids: list[str], text: str):
        super().__init__(text)
        self._model = model
        self._ids = list(ids)
        self._removed: list[tuple[int, Any]] = []

    def redo(self) -> None:
        self._removed = self._model.remove_items(self._ids)

    def undo(self) -> None:
        self._model.insert_items(self._removed)


class SetProfileFieldCommand(QUndoCommand):
    def __init__(self, document: PlanDocument, name: str, before: Any, after: Any, text: str):
        super().__init__(text)
        self._document = document
        self.name = name
        self._before = before
        self.after = after

    def redo(self) -> None:
        self._document._apply_profile_field(self.name, self.after)

    def undo(self) -> None:
        self._document._apply_profile_field(self.name, self._before)

    def id(self) -> int:
        return PROFILE_MERGE_ID if self.name in MERGEABLE_PROFILE_FIELDS else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetProfileFieldCommand) or other.name != self.name:
            return False
        self.after = other.after
        # typing a name and deleting it again leaves nothing to undo
        self.setObsolete(self.after == self._before)
        return True


class SetSkillRatingCommand(QUndoCommand):
    def __init__(
        self, document: PlanDocument, skill_id: str, before: int | None, after: int, text: str
    ):
        super().__init__(text)
        self._document = document
        self._skill_id = skill_id
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._document._apply_rating(self._skill_id, self._after)

    def undo(self) -> None:
        self._document._apply_rating(self._skill_id, self._before)
