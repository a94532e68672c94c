"""Below the goals table: when a goal is marked done, offer to keep it as evidence.

A slim bar ("“Title” is done. Add Evidence… ✕") that appears for the goal just
done (by any edit: the table, the check-in) and goes away when used or
dismissed; it never takes the keyboard by itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from pmplanner.core.plan import GoalStatus


class DoneOffer(QFrame):
    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("doneOffer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document = document
        self.goal_id: str | None = None
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.add_button = QPushButton(self.tr("Add Evidence…"), self)
        self.add_button.setToolTip(self.tr("Note what this goal showed, for your promotion case"))
        self.add_button.clicked.connect(self.add_evidence)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.add_button)
        layout.addWidget(self.close_button)
        self._done = self._done_ids()
        document.item_changed.connect(self._item_changed)
        document.rows_inserted.connect(self._rows_inserted)
        document.plan_replaced.connect(self._replaced)
        self.hide()

    def _done_ids(self) -> set[str]:
        return {g.id for g in self.document.plan.goals if g.status == GoalStatus.DONE}

    def _replaced(self) -> None:
        self._done = self._done_ids()
        self.hide()

    def _rows_inserted(self, list_name: str, first: int, last: int) -> None:
        if list_name == "goals":  # a done goal put back (undo, paste) is not news
            for goal in self.document.plan.goals[first : last + 1]:
                if goal.status == GoalStatus.DONE:
                    self._done.add(goal.id)

    def _item_changed(self, list_name: str, row: int) -> None:
        """One goal changed: offer when it became done (kept up to date goal by goal)."""
        if list_name != "goals" or self.document.is_closed:
            return
        goal = self.document.plan.goals[row]
        was_done = goal.id in self._done
        if goal.status == GoalStatus.DONE:
            self._done.add(goal.id)
        else:
            self._done.discard(goal.id)
        if goal.status == GoalStatus.DONE and not was_done:
            self.goal_id = goal.id
            title = goal.title or self.tr("Untitled goal")
            self.label.setText(self.tr("“{goal}” is done.").format(goal=title))
            self.show()
        elif goal.id == self.goal_id and goal.status != GoalStatus.DONE:
            self.hide()

    def add_evidence(self):
        from pmplanner.ui.plan.evidence_dialog import open_evidence_dialog

        self.hide()
        return open_evidence_dialog(self.document, self.window(), self.goal_id)
