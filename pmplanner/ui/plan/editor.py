"""The plan editor: profile and summary on the left, goals/skills/contacts tabs on the right."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pmplanner.ui import window_settings
from pmplanner.ui.plan.document import PlanDocument
from pmplanner.ui.plan.goals_view import GoalsPanel
from pmplanner.ui.plan.lazy_tabs import LazyTabs
from pmplanner.ui.plan.profile_form import ProfileForm
from pmplanner.ui.plan.summary_view import SummaryView
from pmplanner.ui.plan.welcome import WelcomeBanner
from pmplanner.wording.formats import number

if TYPE_CHECKING:
    from pmplanner.ui.plan.contacts_view import ContactsPanel
    from pmplanner.ui.plan.progress_view import ProgressPanel
    from pmplanner.ui.plan.skills_view import SkillsPanel

SIDE_WIDTH = 330


def _skills_panel(document: PlanDocument) -> QWidget:
    from pmplanner.ui.plan.skills_view import SkillsPanel

    return SkillsPanel(document)


def _contacts_panel(document: PlanDocument) -> QWidget:
    from pmplanner.ui.plan.contacts_view import ContactsPanel

    return ContactsPanel(document)


def _progress_panel(document: PlanDocument) -> QWidget:
    from pmplanner.ui.plan.progress_view import ProgressPanel

    return ProgressPanel(document)


class PlanEditor(QWidget):
    check_in_requested = Signal()  # the Progress tab's "Check In…", once it is made

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
        # the first steps below the profile: ticking one never moves the profile
        side_layout.addWidget(self.profile_form)
        side_layout.addWidget(self.welcome)
        side_layout.addWidget(self.summary)
        side_layout.addStretch(1)
        self.side_scroll = QScrollArea(self)
        self.side_scroll.setWidget(side)
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setMinimumWidth(240)

        self.goals_panel = GoalsPanel(document)
        self.tabs = LazyTabs(self)
        self.tabs.setObjectName("planTabs")
        self.tabs.setAccessibleName(self.tr("Goals, skills, contacts and progress"))
        self.tabs.tabBar().setAccessibleName(self.tr("Goals, skills, contacts or progress"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.goals_panel, self.tr("&Goals"))
        # the other tabs are made when first opened
        self._skills_page = self.tabs.add_lazy_tab(
            functools.partial(_skills_panel, document), self.tr("&Skills")
        )
        self._contacts_page = self.tabs.add_lazy_tab(
            functools.partial(_contacts_panel, document), self.tr("C&ontacts")
        )
        self._progress_page = self.tabs.add_lazy_tab(
            functools.partial(_progress_panel, document), self.tr("P&rogress")
        )
        self._progress_page.made.connect(self._progress_made)
        self.tabs.setTabToolTip(0, self.tr("Learning and networking goals (Alt+G)"))
        self.tabs.setTabToolTip(
            1, self.tr("The target role's key skills, your ratings and the gaps (Alt+S)")
        )
        self.tabs.setTabToolTip(2, self.tr("People to keep in touch with (Alt+O)"))
        self.tabs.setTabToolTip(
            3, self.tr("Your skills, readiness and goals over time, and your check-ins (Alt+R)")
        )

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        # the side panel can be dragged shut (or hidden with F9) in a small window
        self.splitter.addWidget(self.side_scroll)
        self.splitter.addWidget(self.tabs)
        self.splitter.setCollapsible(0, True)
        self.splitter.setCollapsible(1, False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([SIDE_WIDTH, 1000])

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.side_action = QAction(self.tr("Show &Side Panel"), self)
        self.side_action.setCheckable(True)
        self.side_action.setChecked(True)
        self.side_action.setShortcut(QKeySequence("F9"))
        self.side_action.setToolTip(self.tr("Show or hide the profile and At a glance (F9)"))
        self.side_action.toggled.connect(self.set_side_panel_shown)
        self.splitter.splitterMoved.connect(self._sync_side_action)

        self.welcome.start_requested.connect(self.profile_form.focus_current_role)
        # Counting runs over every goal: once per event-loop turn, however many
        # edits (a multi-delete, an undo macro) arrived in it.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh_summary)
        document.changed.connect(self._refresh_timer.start)
        self.refresh_summary()

    # -- the tabs made when first opened ------------------------------------------------
    def _progress_made(self, panel: ProgressPanel) -> None:
        panel.check_in_requested.connect(self.check_in_requested)

    @property
    def skills_panel(self) -> SkillsPanel:
        return cast("SkillsPanel", self._skills_page.panel())

    @property
    def contacts_panel(self) -> ContactsPanel:
        return cast("ContactsPanel", self._contacts_page.panel())

    @property
    def progress_panel(self) -> ProgressPanel:
        return cast("ProgressPanel", self._progress_page.panel())

    # -- what window.ini keeps ------------------------------------------------------
    def save_view_state(self, settings: QSettings) -> None:
        settings.setValue("editor/goals_sort", self.goals_panel.sort_state())
        settings.setValue("editor/first_steps_dismissed", self.welcome.is_dismissed())

    def restore_view_state(self, settings: QSettings) -> None:
        sort = window_settings.text(settings, "editor/goals_sort")
        self.goals_panel.restore_sort_state(sort)
        self.welcome.set_dismissed(window_settings.flag(settings, "editor/first_steps_dismissed"))
        self._sync_side_action()

    def commit_pending_edits(self) -> None:
        """Edits still waiting for a pause in typing (the goal's notes) go in now."""
        self.goals_panel.detail.commit_pending()

    def side_panel_shown(self) -> bool:
        return self.splitter.sizes()[0] > 0

    def set_side_panel_shown(self, shown: bool) -> None:
        if shown == self.side_panel_shown():
            return
        total = sum(self.splitter.sizes())
        side = min(SIDE_WIDTH, total // 2) if shown else 0
        self.splitter.setSizes([side, total - side])
        self._sync_side_action()

    def _sync_side_action(self, *_args) -> None:
        if self.side_action.isChecked() != self.side_panel_shown():
            self.side_action.setChecked(self.side_panel_shown())

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
