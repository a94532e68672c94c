"""Undo commands: each one calls one public method of the PlanDocument.

A command only remembers enough to do its change again or take it back; the
document does the change and says what changed (its signals). Nothing else
changes the plan.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal, Protocol

from PySide6.QtGui import QUndoCommand

from pmplanner.core.plan import PlanLadder, QuizResult

ListName = Literal["goals", "contacts", "checkins", "evidence"]
NoteKind = Literal["role", "skill"]


class PlanChanges(Protocol):
    """The document's public change methods: all that a command calls."""

    def replace_item(self, list_name: ListName, item: Any) -> None: ...
    def insert_items(self, list_name: ListName, placed: list[tuple[int, Any]]) -> None: ...
    def remove_items(self, list_name: ListName, ids: list[str]) -> list[tuple[int, Any]]: ...
    def write_profile_field(self, name: str, value: Any) -> None: ...
    def write_rating(self, skill_id: str, value: int | None) -> None: ...
    def append_quiz_result(self, result: QuizResult) -> None: ...
    def remove_quiz_result(self, result: QuizResult) -> None: ...
    def write_ladder(self, ladder: PlanLadder | None) -> None: ...
    def write_plan_setting(self, name: str, value: Any) -> None: ...
    def write_note(self, kind: NoteKind, ident: str, text: str) -> None: ...


# QUndoCommand.id() values; -1 (the default) never merges
PROFILE_MERGE_ID = 1001

# profile fields edited continuously (typing, stepping a date): consecutive
# edits of the same field merge into one undo step
MERGEABLE_PROFILE_FIELDS = frozenset({"name", "target_date"})


class PlanCommand(QUndoCommand):
    """A step on the document's stack; ``parent`` makes it one part of a bigger step."""

    def __init__(self, document: PlanChanges, text: str, parent: QUndoCommand | None = None):
        # A part is not given to Qt as a child command: Qt would delete it with its
        # parent while Python still held it. The compound holds its parts itself.
        super().__init__(text)
        self._document = document
        if parent is not None:
            if not isinstance(parent, CompoundCommand):
                raise TypeError("a part of a step belongs to a CompoundCommand")
            parent.parts.append(self)


class SetValueCommand(PlanCommand):
    """One value of the plan from ``before`` to ``after`` and back.

    ``write`` is the document's public change method for that value, its key
    bound (``partial(document.write_rating, skill_id)``, ``partial(document.
    replace_item, "goals")``…): a goal or contact replaced by an edited copy, a
    rating, a plan setting, a note, the ladder.
    """

    def __init__(
        self,
        document: PlanChanges,
        write: Callable[[Any], None],
        before: Any,
        after: Any,
        text: str,
        parent: QUndoCommand | None = None,
    ):
        super().__init__(document, text, parent)
        self._write = write
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)


class InsertItemsCommand(PlanCommand):
    """Insert items at given rows (ascending), as one step."""

    def __init__(
        self,
        document: PlanChanges,
        list_name: ListName,
        placed: list[tuple[int, Any]],
        text: str,
        parent: QUndoCommand | None = None,
    ):
        super().__init__(document, text, parent)
        self._list = list_name
        self._placed = sorted(placed, key=lambda p: p[0])

    def redo(self) -> None:
        self._document.insert_items(self._list, self._placed)

    def undo(self) -> None:
        self._document.remove_items(self._list, [item.id for _, item in self._placed])


class RemoveItemsCommand(PlanCommand):
    """Remove items by id, as one step; undo puts each back at its row."""

    def __init__(self, document: PlanChanges, list_name: ListName, ids: list[str], text: str):
        super().__init__(document, text)
        self._list = list_name
        self._ids = list(ids)
        self._removed: list[tuple[int, Any]] = []

    def redo(self) -> None:
        self._removed = self._document.remove_items(self._list, self._ids)

    def undo(self) -> None:
        self._document.insert_items(self._list, self._removed)


class SetProfileFieldCommand(PlanCommand):
    def __init__(
        self,
        document: PlanChanges,
        name: str,
        before: Any,
        after: Any,
        text: str,
        parent: QUndoCommand | None = None,
    ):
        super().__init__(document, text, parent)
        self.name = name
        self._before = before
        self.after = after

    def redo(self) -> None:
        self._document.write_profile_field(self.name, self.after)

    def undo(self) -> None:
        self._document.write_profile_field(self.name, self._before)

    def id(self) -> int:
        return PROFILE_MERGE_ID if self.name in MERGEABLE_PROFILE_FIELDS else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetProfileFieldCommand) or other.name != self.name:
            return False
        self.after = other.after
        # typing a name and deleting it again leaves nothing to undo
        self.setObsolete(self.after == self._before)
        return True


class RecordQuizResultCommand(PlanCommand):
    """Append one result to the plan's quiz history; undo takes exactly it out again."""

    def __init__(
        self,
        document: PlanChanges,
        result: QuizResult,
        text: str,
        parent: QUndoCommand | None = None,
    ):
        super().__init__(document, text, parent)
        self.result = result

    def redo(self) -> None:
        self._document.append_quiz_result(self.result)

    def undo(self) -> None:
        self._document.remove_quiz_result(self.result)


class CompoundCommand(PlanCommand):
    """One undo step made of several commands (its parts, made with it as ``parent``).

    Pushed as an object of its own, so whoever made it can recognise it on the
    stack by identity (the quiz's "Use this result"), never by its text.
    """

    def __init__(self, document: PlanChanges, text: str):
        super().__init__(document, text)
        self.parts: list[PlanCommand] = []

    def redo(self) -> None:
        for part in self.parts:
            part.redo()

    def undo(self) -> None:
        for part in reversed(self.parts):
            part.undo()
