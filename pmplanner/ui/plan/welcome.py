"""The first-start welcome: what to do first, shown while the plan is empty."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeBanner(QFrame):
    start_requested = Signal()
    quiz_requested = Signal()

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcomeBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Welcome"))
        self.document = document
        steps = (
            self.tr(
                "1. Choose your current role and the role you are aiming for "
                "(in your profile, or on the career map)."
            ),
            self.tr("2. Rate your skills on the Skills tab to see where the gaps are."),
            self.tr("3. Add learning and networking goals to close them."),
        )

        title = QLabel(self.tr("Welcome! Let’s build your plan."), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        for step in steps:
            label = QLabel(step, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.start_button = QPushButton(self.tr("Choose my current role"), self)
        self.start_button.setAccessibleName(self.tr("Choose my current role"))
        self.start_button.setToolTip(self.tr("Go to the current role in your profile"))
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

    def refresh(self) -> None:
        self.setVisible(self.document.plan.is_empty())
