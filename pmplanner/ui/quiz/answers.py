"""The answers given so far, shared by every page of the wizard.

A plain dict keyed by question id (the shape ``core.quiz`` scores), behind a
QObject that says when it changes so pages can re-check whether Next may go on.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal

from pmplanner.core.quiz_kinds import kind_of
from pmplanner.core.quiz_types import QuizQuestion


class QuizAnswers(QObject):
    changed = Signal(str)  # the question id whose answer changed

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._values: dict[str, Any] = {}

    def get(self, question_id: str, default: Any = None) -> Any:
        return self._values.get(question_id, default)

    def set(self, question_id: str, value: Any) -> None:
        """Set an answer; None or an empty list takes it back."""
        if value is None or value == []:
            if self._values.pop(question_id, None) is None:
                return
        else:
            if self._values.get(question_id) == value:
                return
            self._values[question_id] = list(value) if isinstance(value, list) else value
        self.changed.emit(question_id)

    def as_dict(self) -> dict[str, Any]:
        """A copy, in the shape ``core.quiz`` scores."""
        return {k: list(v) if isinstance(v, list) else v for k, v in self._values.items()}

    def is_empty(self) -> bool:
        return not self._values

    def missing(self, questions: Iterable[QuizQuestion]) -> list[QuizQuestion]:
        """The required questions among ``questions`` still without an answer."""
        return [q for q in questions if q.required and not kind_of(q).is_answered(self.get(q.id))]
