"""The first steps: a short checklist that stays until every step is done or it is hidden.

Each step is ticked from the plan itself (undo unticks it). The checklist sits
below the profile, so ticking a step or hiding the list never moves the
profile under the pointer. The editor remembers a hidden checklist in
window.ini (``dismissed``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmplanner.core.plan import Plan

DONE_MARK, OPEN_MARK = "✓", "○"


class WelcomeBanner(QFrame):
    start_requested = Signal()
    quiz_requested = Signal()
    dismissed_changed = Signal(bool)

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomeBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("First steps"))
        self.document = document
        self._dismissed = False
        self.steps: list[tuple[str, Callable[[Plan], bool]]] = [
            (self.tr("Choose your current role"), lambda p: bool(p.profile.current_role)),
            (self.tr("Choose the role you are aiming for"), lambda p: bool(p.profile.target_role)),
            (self.tr("Rate your skills on the Skills tab"), lambda p: bool(p.skill_ratings)),
            (self.tr("Add your first goals"), lambda p: bool(p.goals)),
        ]

        title = QLabel(self.tr("First steps"), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setText("×")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setAccessibleName(self.tr("Hide the first steps"))
        self.dismiss_button.setToolTip(self.tr("Hide this checklist (it stays hidden)"))
        self.dismiss_button.clicked.connect(lambda: self.set_dismissed(True))
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self.step_labels: list[QLabel] = []
        for _text, _done in self.steps:
            label = QLabel(self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
            self.step_labels.append(label)
        self.start_button = QPushButton(self.tr("Choose my current role"), self)
        self.start_button.setAccessibleName(self.tr("Choose my current role"))
        self.start_button.setToolTip(self.tr("Open the list of roles in your profile"))
        self.start_button.clicked.connect(self.start_requested)
        self.quiz_button = QPushButton(self.tr("Not sure yet? Take the quiz"), self)
        self.quiz_button.setAccessibleName(self.tr("Take the quiz"))
        self.quiz_button.setToolTip(
            self.tr("A few questions about you, and the path that fits you best")
        )
        self.quiz_button.clicked.connect(self.quiz_requested)
        # one above the other: side by side they are wider than the side panel
        for button in (self.start_button, self.quiz_button):
            layout.addWidget(button)
        self.setStyleSheet(
            "#welcomeBanner { background: palette(alternate-base);"
            " border: 1px solid palette(mid); border-radius: 6px; }"
        )

        document.changed.connect(self.refresh)
        self.refresh()

    def done_steps(self) -> list[bool]:
        plan = self.document.plan
        return [done(plan) for _text, done in self.steps]

    def is_dismissed(self) -> bool:
        return self._dismissed

    def set_dismissed(self, dismissed: bool) -> None:
        if dismissed != self._dismissed:
            self._dismissed = dismissed
            self.dismissed_changed.emit(dismissed)
        self.refresh()

    def refresh(self) -> None:
        done = self.done_steps()
        for label, (text, _check), ticked in zip(self.step_labels, self.steps, done, strict=True):
            mark = DONE_MARK if ticked else OPEN_MARK
            label.setText(f"{mark} {text}")
            label.setAccessibleName(self.tr("{step}: done").format(step=text) if ticked else text)
            label.setEnabled(not ticked)  # done steps read muted
        self.start_button.setVisible(not done[0])
        self.quiz_button.setVisible(not done[1])
        self.setVisible(not self._dismissed and not all(done))
