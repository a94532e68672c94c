"""The goals the quiz suggests, in a list the person ticks before they are added.

Every suggestion starts ticked, except one whose title is already among the
plan's goals (it is marked so, and adding it again is left to the person).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from pmplanner.core.plan import Goal
from pmplanner.ui.safe_text import literal
from pmplanner.wording.labels import kind_label

GOAL_ROLE = Qt.ItemDataRole.UserRole


translate = QCoreApplication.translate


def goal_text(goal: Goal) -> str:
    return translate("QuizResults", "{0} ({1})").format(goal.title, kind_label(goal.kind))


class GoalsOffer(QListWidget):
    ticked_changed = Signal(int)  # how many are ticked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quizGoalsOffer")
        self.setAccessibleName(translate("QuizResults", "Suggested goals: tick the ones to add"))
        self.setUniformItemSizes(True)
        self.setSpacing(3)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.itemChanged.connect(lambda _item: self.ticked_changed.emit(len(self.ticked())))

    def set_goals(self, goals: list[Goal], existing_titles: set[str]) -> None:
        self.blockSignals(True)
        self.clear()
        for goal in goals:
            item = QListWidgetItem(goal_text(goal), self)
            item.setData(GOAL_ROLE, goal)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            known = goal.title.casefold() in existing_titles
            if known:
                item.setText(
                    translate("QuizResults", "{0}: already in your plan").format(goal_text(goal))
                )
            if goal.notes:
                item.setToolTip(literal(goal.notes))
            item.setCheckState(Qt.CheckState.Unchecked if known else Qt.CheckState.Checked)
        self.blockSignals(False)
        row_height = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height()
        rows = max(1, min(self.count(), 6))
        self.setFixedHeight(rows * (row_height + 2 * self.spacing()) + 2 * self.frameWidth() + 2)
        self.ticked_changed.emit(len(self.ticked()))

    def ticked(self) -> list[Goal]:
        return [
            self.item(i).data(GOAL_ROLE)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]
