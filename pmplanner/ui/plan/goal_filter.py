"""Filtering and sorting of the goals table: by kind or category, status, text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from pmplanner.core.plan import Goal, GoalCategory, GoalKind, GoalStatus
from pmplanner.ui.plan import clock
from pmplanner.ui.plan.goals_model import GoalsTableModel
from pmplanner.ui.plan.text_filter import TextFilterProxy

# status filters besides a single GoalStatus
OPEN = "open"  # planned or in progress
OVERDUE = "overdue"  # open and past its due date

KindFilter = GoalKind | GoalCategory | None
StatusFilter = GoalStatus | str | None


class GoalFilterProxy(TextFilterProxy):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._kind: KindFilter = None
        self._status: StatusFilter = None

    # -- filters --------------------------------------------------------------
    @property
    def kind_filter(self) -> KindFilter:
        return self._kind

    @property
    def status_filter(self) -> StatusFilter:
        return self._status

    def set_kind_filter(self, kind: KindFilter | str) -> None:
        """A kind, a category, or their value ("meetup", "networking"); None for all."""
        parsed = parse_kind_filter(kind)
        self._change(lambda: setattr(self, "_kind", parsed))

    def set_status_filter(self, status: StatusFilter) -> None:
        """A status or its value, OPEN, OVERDUE; None for all."""
        if status is not None and status not in (OPEN, OVERDUE):
            status = GoalStatus(status)
        self._change(lambda: setattr(self, "_status", status))

    def clear_filters(self) -> None:
        def clear() -> None:
            self._kind, self._status, self._text = None, None, ""

        self._change(clear)

    def is_filtering(self) -> bool:
        return bool(self._kind or self._status or self._text)

    # -- QSortFilterProxyModel --------------------------------------------------
    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if not isinstance(model, GoalsTableModel) or source_parent.isValid():
            return True
        goal = model.goal(source_row)
        kind = self._kind
        if isinstance(kind, GoalKind) and goal.kind != kind:
            return False
        if isinstance(kind, GoalCategory) and goal.category != kind:
            return False
        status = self._status
        if not _status_matches(goal, status):
            return False
        return self.text_matches(f"{goal.title}\n{goal.notes}\n{goal.link}")


def parse_kind_filter(value: KindFilter | str) -> KindFilter:
    # combo boxes hand StrEnum data back as plain str
    if value is None or isinstance(value, GoalKind | GoalCategory):
        return value
    if value in {c.value for c in GoalCategory}:
        return GoalCategory(value)
    return GoalKind(value)


def _status_matches(goal: Goal, status: StatusFilter) -> bool:
    if isinstance(status, GoalStatus):
        return goal.status == status
    if status == OPEN:
        return goal.status.is_open
    if status == OVERDUE:
        return goal.is_overdue(clock.today())
    return True
