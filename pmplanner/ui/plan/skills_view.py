"""The skills panel: the target role's key skills, your ratings, the gaps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pmplanner.core.goal_rules import goals_for_skill
from pmplanner.core.readiness import readiness
from pmplanner.ui.plan.column_fit import TitleColumnFit
from pmplanner.ui.plan.delegates import PlanItemDelegate
from pmplanner.ui.plan.models import skills_model
from pmplanner.ui.plan.roles import GAP_ROLE
from pmplanner.ui.plan.shortcuts import shortcut_text
from pmplanner.ui.plan.table_view import PlanTableView
from pmplanner.wording import counts
from pmplanner.wording.formats import number


def no_target_hint() -> str:
    return QCoreApplication.translate(
        "SkillsPanel",
        "Choose a target role in your profile (or on the career map) to see the skills it "
        "expects, rate yourself and find your gaps.",
    )


class SkillsPanel(QWidget):
    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("skillsPanel")
        self.document = document
        self.model = skills_model(document)

        self.heading = QLabel(self)
        self.heading.setObjectName("skillsHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        self.view = PlanTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(PlanItemDelegate(document.catalog, self.view))
        self.view.setSelectionMode(PlanTableView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("Key skills of the target role"))
        self.view.horizontalHeader().setAccessibleName(self.tr("Key skills columns"))
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in ((1, 115), (2, 125), (3, 55)):
            header.resizeSection(column, width)
        # skill names take the free width, at least 180 px (tooltips give the rest)
        self.name_fit = TitleColumnFit(self.view, 0, min_width=180, max_fit=0)

        shortcut = [QKeySequence("Ctrl+G")]
        self.create_goal_button = QPushButton(self.tr("Create goal for this gap"), self)
        self.create_goal_button.setShortcut(shortcut[0])
        self.create_goal_button.setAccessibleName(self.tr("Create goal for this gap"))
        self.create_goal_button.setToolTip(
            self.tr(
                "Add a learning goal linked to the selected skill ({keys}); undo takes it back"
            ).format(keys=shortcut_text(shortcut))
        )
        self.create_goal_button.clicked.connect(self.create_goal)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("skillsFeedback")
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)

        table_page = QWidget(self)
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.heading)
        table_layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self.create_goal_button)
        row.addWidget(self.feedback, 1)
        table_layout.addLayout(row)

        self.hint = QLabel(no_target_hint(), self)
        self.hint.setObjectName("skillsHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMargin(24)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.hint)
        self.pages.addWidget(table_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.pages)

        self.model.modelReset.connect(self.refresh)
        self.model.dataChanged.connect(self.refresh)
        self.view.selectionModel().currentChanged.connect(self.update_button)
        self.refresh()

    def refresh(self, *_) -> None:
        role = self.model.target_role()
        self.pages.setCurrentIndex(1 if role else 0)
        if role is None:
            return
        ready = readiness(role, self.document.plan.skill_ratings)
        text = self.tr("Key skills for {role}: {met} of {total} at the expected level").format(
            role=role.title, met=number(ready.met), total=number(ready.rated)
        )
        if ready.unrated:
            text += counts.not_rated(ready.unrated)
        self.heading.setText(text)
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 2))
        self.update_button()

    def current_gap(self) -> tuple[str, int] | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.skill_id(index.row()), int(index.data(GAP_ROLE))

    def update_button(self, *_) -> None:
        current = self.current_gap()
        self.create_goal_button.setEnabled(current is not None and current[1] > 0)

    def create_goal(self) -> None:
        current = self.current_gap()
        if current is None or current[1] <= 0:
            return
        existing = goals_for_skill(self.document.plan, current[0])
        goal = None if existing else self.document.create_goal_for_gap(current[0])
        if goal is None:
            skill = self.document.catalog.skill_name(current[0])
            titles = ", ".join(f"“{g.title}”" for g in existing[:3])
            self.feedback.setText(
                self.tr("{skill} already has a goal: {titles}. Nothing was added.").format(
                    skill=skill, titles=titles
                )
            )
            return
        self.feedback.setText(self.tr("Added “{title}” to your goals.").format(title=goal.title))
