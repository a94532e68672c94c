"""At a glance: goals done by kind and category, overdue goals, time to target, follow-ups."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from pmplanner.core.plan import GoalCategory, GoalKind
from pmplanner.core.summary import PlanSummary
from pmplanner.ui.plan import clock, colours


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else (words or word + 's')}"


def target_text(days: int | None) -> str:
    if days is None:
        return "No target date set"
    if days > 0:
        return f"{plural(days, 'day')} to your target date"
    if days == 0:
        return "Your target date is today"
    return f"Target date passed {plural(-days, 'day')} ago"


class SummaryView(QGroupBox):
    def __init__(self, document, parent: QWidget | None = None):
        super().__init__("At a glance", parent)
        self.setObjectName("summaryView")
        self.document = document

        def label(name: str) -> QLabel:
            widget = QLabel(self)
            widget.setObjectName(name)
            widget.setTextFormat(Qt.TextFormat.PlainText)
            widget.setWordWrap(True)
            return widget

        self.goals_label = label("summaryGoals")
        self.categories_label = label("summaryCategories")
        self.kinds_label = label("summaryKinds")
        self.overdue_label = label("summaryOverdue")
        self.target_label = label("summaryTarget")
        self.follow_ups_label = label("summaryFollowUps")

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Goals", self.goals_label)
        form.addRow("", self.categories_label)
        form.addRow("By kind", self.kinds_label)
        form.addRow("Overdue", self.overdue_label)
        form.addRow("Target", self.target_label)
        form.addRow("Follow-ups", self.follow_ups_label)

        self.show_summary(self.summary())

    def summary(self) -> PlanSummary:
        return PlanSummary.of(self.document.plan, clock.today())

    def show_summary(self, s: PlanSummary) -> None:
        self.goals_label.setText(
            f"{s.done} of {plural(s.total, 'goal')} done" if s.total else "No goals yet"
        )
        self.categories_label.setText(
            " · ".join(
                f"{cat.value.capitalize()} {s.done_by_category.get(cat, (0, 0))[0]}"
                f"/{s.done_by_category.get(cat, (0, 0))[1]}"
                for cat in GoalCategory
            )
        )
        kinds = [
            f"{kind.label} {s.done_by_kind[kind][0]}/{s.done_by_kind[kind][1]}"
            for kind in GoalKind
            if kind in s.done_by_kind
        ]
        self.kinds_label.setText("\n".join(kinds) or "–")
        self.overdue_label.setText(
            f"{plural(s.overdue, 'goal')} overdue" if s.overdue else "Nothing overdue"
        )
        self._colour(self.overdue_label, s.overdue > 0)
        self.target_label.setText(target_text(s.days_to_target))
        self._colour(self.target_label, s.days_to_target is not None and s.days_to_target < 0)
        self.follow_ups_label.setText(
            f"{plural(s.follow_ups_due, 'follow-up')} due"
            if s.follow_ups_due
            else "No follow-ups due"
        )
        self._colour(self.follow_ups_label, s.follow_ups_due > 0)

    @staticmethod
    def _colour(label: QLabel, alert: bool) -> None:
        label.setStyleSheet(f"color: {colours.OVERDUE.name()};" if alert else "")
        font = label.font()
        font.setBold(alert)
        label.setFont(font)
