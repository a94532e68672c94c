"""The plan editor: profile and summary on the left, goals/skills/contacts tabs on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pmplanner.ui.plan.contacts_view import ContactsPanel
from pmplanner.ui.plan.document import PlanDocument
from pmplanner.ui.plan.goals_view import GoalsPanel
from pmplanner.ui.plan.profile_form import ProfileForm
from pmplanner.ui.plan.progress_view import ProgressPanel
from pmplanner.ui.plan.skills_view import SkillsPanel
from pmplanner.ui.plan.summary_view import SummaryView
from pmplanner.ui.plan.welcome import WelcomeBanner
from pmplanner.wording.formats import number

SIDE_WIDTH = 330


class PlanEditor(QWidget):
    def __init__(self, document: PlanDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planEditor")
        self.setAccessibleName(self.tr("Plan editor"))
        self.document = document

        self.welcome = WelcomeBanner(document)
        self.profile_form = ProfileForm(document)
        self.summary = SummaryView(document)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 8, 8, 8)
        side_layout.setSpacing(10)
        side_layout.addWidget(self.welcome)
        side_layout.addWidget(self.profile_form)
        side_layout.addWidget(self.summary)
        side_layout.addStretch(1)
        self.side_scroll = QScrollArea(self)
        self.side_scroll.setWidget(side)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setMinimumWidth(240)

        self.goals_panel = GoalsPanel(document)
        self.skills_panel = SkillsPanel(document)
        self.contacts_panel = ContactsPanel(document)
        self.progress_panel = ProgressPanel(document)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("planTabs")
        self.tabs.setAccessibleName(self.tr("Goals, skills, contacts and progress"))
        self.tabs.tabBar().setAccessibleName(self.tr("Goals, skills, contacts or progress"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.goals_panel, self.tr("&Goals"))
        self.tabs.addTab(self.skills_panel, self.tr("&Skills"))
        self.tabs.addTab(self.contacts_panel, self.tr("C&ontacts"))
        self.tabs.addTab(self.progress_panel, self.tr("P&rogress"))
        self.tabs.setTabToolTip(0, self.tr("Learning and networking goals (Alt+G)"))
        self.tabs.setTabToolTip(
            1, self.tr("The target role's key skills, your ratings and the gaps (Alt+S)")
        )
        self.tabs.setTabToolTip(2, self.tr("People to keep in touch with (Alt+O)"))
        self.tabs.setTabToolTip(
            3, self.tr("Your skills, readiness and goals over time, and your check-ins (Alt+R)")
        )

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.side_scroll)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([SIDE_WIDTH, 1000])

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.welcome.start_requested.connect(self.profile_form.focus_current_role)
        # Counting runs over every goal: once per event-loop turn, however many
        # edits (a multi-delete, an undo macro) arrived in it.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh_summary)
        document.changed.connect(self._refresh_timer.start)
        self.refresh_summary()

    def summary_refresh_pending(self) -> bool:
        return self._refresh_timer.isActive()

    def refresh_summary(self) -> None:
        self._refresh_timer.stop()
        summary = self.summary.summary()
        self.summary.show_summary(summary)
        plan = self.document.plan
        goals, contacts = self.tr("&Goals"), self.tr("C&ontacts")
        if plan.goals:
            goals = self.tr("&Goals ({n} open)", "", summary.open).format(n=number(summary.open))
        if plan.contacts:
            count = len(plan.contacts)
            contacts = self.tr("C&ontacts ({n})", "", count).format(n=number(count))
        self.tabs.setTabText(0, goals)
        self.tabs.setTabText(2, contacts)

    def show_goals(self) -> None:
        self.tabs.setCurrentWidget(self.goals_panel)
        self.goals_panel.focus_table()
