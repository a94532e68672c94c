"""At a glance: readiness, goals done by category (with their kinds), overdue goals,
time to target, follow-ups."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from pmplanner.core.checkin_snapshot import next_due
from pmplanner.core.plan import GoalCategory, GoalKind
from pmplanner.core.plan_fields import instant
from pmplanner.core.readiness import readiness
from pmplanner.core.summary import PlanSummary
from pmplanner.drawing import palette
from pmplanner.ui.plan import clock
from pmplanner.wording import counts
from pmplanner.wording.formats import format_date, number
from pmplanner.wording.labels import category_label, kind_label


def done_of(done: int, total: int) -> str:
    return f"{number(done)}/{number(total)}"


class SummaryView(QGroupBox):
    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("At a glance"))
        self.setObjectName("summaryView")
        self.document = document
        self._alerts: dict[QLabel, bool] = {}

        def label(name: str) -> QLabel:
            widget = QLabel(self)
            widget.setObjectName(name)
            widget.setTextFormat(Qt.TextFormat.PlainText)
            widget.setWordWrap(True)
            return widget

        self.readiness_label = label("summaryReadiness")
        self.goals_label = label("summaryGoals")
        self.category_labels = {
            GoalCategory.LEARNING: label("summaryLearning"),
            GoalCategory.NETWORKING: label("summaryNetworking"),
        }
        self.overdue_label = label("summaryOverdue")
        self.target_label = label("summaryTarget")
        self.follow_ups_label = label("summaryFollowUps")
        self.check_in_label = label("summaryCheckIn")
        self.last_done_label = label("summaryLastDone")

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Readiness"), self.readiness_label)
        form.addRow(self.tr("Goals"), self.goals_label)
        for category, widget in self.category_labels.items():
            form.addRow(category_label(category), widget)
        form.addRow(self.tr("Overdue"), self.overdue_label)
        form.addRow(self.tr("Target"), self.target_label)
        form.addRow(self.tr("Follow-ups"), self.follow_ups_label)
        form.addRow(self.tr("Next check-in"), self.check_in_label)
        form.addRow(self.tr("Last goal done"), self.last_done_label)

        self.show_summary(self.summary())

    def summary(self) -> PlanSummary:
        return PlanSummary.of(self.document.plan, clock.today())

    def show_summary(self, s: PlanSummary) -> None:
        self.readiness_label.setText(self._readiness())
        if s.total:
            goals = counts.goals_done_dropped(s.done, s.total, s.dropped)
        elif s.dropped:
            goals = counts.goals_done_dropped(0, 0, s.dropped)
        else:
            goals = self.tr("No goals yet")
        self.goals_label.setText(goals)
        for category, widget in self.category_labels.items():
            done, total = s.done_by_category.get(category, (0, 0))
            kinds = " · ".join(
                f"{kind_label(kind)} {done_of(*s.done_by_kind[kind])}"
                for kind in GoalKind
                if kind.category == category and kind in s.done_by_kind
            )
            text = done_of(done, total)
            widget.setText(f"{text} ({kinds})" if kinds else text)
        overdue = self.tr("Nothing overdue") if not s.overdue else counts.goals_overdue(s.overdue)
        self.overdue_label.setText(overdue)
        self._set_alert(self.overdue_label, s.overdue > 0)
        self.target_label.setText(counts.days_to_target(s.days_to_target))
        self._set_alert(self.target_label, s.days_to_target is not None and s.days_to_target < 0)
        if not s.follow_ups_due:
            follow_ups = self.tr("No follow-ups due")
        else:
            follow_ups = counts.follow_ups_due(s.follow_ups_due)
        self.follow_ups_label.setText(follow_ups)
        self._set_alert(self.follow_ups_label, s.follow_ups_due > 0)
        self.show_check_in()

    def show_check_in(self) -> None:
        """The next check-in (due now, or its date) and the goal done last, with its date."""
        plan, today = self.document.plan, clock.today()
        due = next_due(plan, today)
        if due <= today:
            text = self.tr("Due now") if plan.checkins else self.tr("Due now (your first)")
        else:
            text = format_date(due)
        self.check_in_label.setText(text)
        self._set_alert(self.check_in_label, due <= today and bool(plan.checkins))
        done = [g for g in plan.goals if g.completed is not None]
        if done:
            last = max(done, key=lambda g: instant(g.completed or g.created))
            assert last.completed is not None
            self.last_done_label.setText(
                self.tr("{goal}, {date}").format(
                    goal=last.title or self.tr("Untitled goal"),
                    date=format_date(last.completed.date()),
                )
            )
        else:
            self.last_done_label.setText("–")

    def _readiness(self) -> str:
        plan, catalog = self.document.plan, self.document.catalog
        role_id = plan.profile.target_role
        if not role_id or not catalog.has_role(role_id):
            return self.tr("Choose a target role to see how ready you are")
        role = catalog.role(role_id)
        ready = readiness(role, plan.skill_ratings)
        return counts.key_skills_met(ready.met, ready.total, role.title)

    def is_alert(self, label: QLabel) -> bool:
        return self._alerts.get(label, False)

    def _set_alert(self, label: QLabel, alert: bool) -> None:
        """Bold and red (a red that reads on this palette) while something needs doing."""
        self._alerts[label] = alert
        colours = QPalette()  # no roles set: everything else follows the window
        if alert:
            colours.setColor(QPalette.ColorRole.WindowText, palette.alert(role=palette.Role.Window))
        label.setPalette(colours)
        font = label.font()
        font.setBold(alert)
        label.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            for label, alert in self._alerts.items():
                if alert:
                    self._set_alert(label, alert)
