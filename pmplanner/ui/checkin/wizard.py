"""Plan > Check In…: re-rate, update goals, note wins, choose focus skills, reflect.

Every page is reachable and fillable by keyboard alone: Tab between fields,
Alt+N (Next) and Alt+F (Finish), Esc to cancel. Finish records everything
as one undo step (ui/plan/checkin_edits.record_check_in).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from pmplanner.core.checkin_snapshot import latest
from pmplanner.core.checkins import MAX_FOCUS, MAX_REFLECTION, CheckIn
from pmplanner.core.plan import GoalStatus
from pmplanner.ui.plan import clock
from pmplanner.ui.plan.checkin_edits import NEW_GOAL, CheckInAnswers, record_check_in
from pmplanner.wording.formats import format_date
from pmplanner.wording.labels import status_label

NOT_RATED = -1


def _text_edit(parent: QWidget, name: str, accessible: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setTabChangesFocus(True)  # Tab leaves the box: keyboard-only all the way
    return edit


def _scrolled(page: QWizardPage, inner: QWidget) -> None:
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    layout = QVBoxLayout(page)
    layout.addWidget(scroll)


class CheckInWizard(QWizard):
    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checkInWizard")
        self.setWindowTitle(self.tr("Check In"))
        self.document = document
        self.day = clock.today()
        self.check_in: CheckIn | None = None  # the recorded one, once finished
        catalog = document.catalog
        plan = document.plan
        target = plan.profile.target_role
        self.role = catalog.role(target) if catalog.has_role(target) else None
        previous = latest(plan)
        before = {} if previous is None else previous.ratings

        # 1. ratings
        page = QWizardPage(self)
        page.setTitle(self.tr("Rate your skills"))
        if self.role is None:
            page.setSubTitle(self.tr("Choose a target role in your profile to rate its skills."))
        else:
            page.setSubTitle(
                self.tr("The skills of {role}; last check-in's rating beside each.").format(
                    role=self.role.title
                )
            )
        inner = QWidget()
        form = QFormLayout(inner)
        self.rating_boxes: dict[str, QSpinBox] = {}
        for req in [] if self.role is None else self.role.skills:
            name = catalog.skill_name(req.skill)
            box = QSpinBox(inner)
            box.setRange(NOT_RATED, 5)
            box.setSpecialValueText(self.tr("Not rated"))
            box.setValue(plan.skill_ratings.get(req.skill, NOT_RATED))
            box.setAccessibleName(name)
            box.setObjectName(f"rating:{req.skill}")
            last = before.get(req.skill)
            was = (
                self.tr("last time: not rated")
                if last is None
                else self.tr("last time: {level}").format(level=last)
            )
            hint = QLabel(
                self.tr("{was} · expected {level}").format(was=was, level=req.level), inner
            )
            hint.setTextFormat(Qt.TextFormat.PlainText)
            hint.setObjectName(f"previous:{req.skill}")
            row = QWidget(inner)
            line = QVBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(box)
            line.addWidget(hint)
            label = QLabel(name, inner)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(box)
            form.addRow(label, row)
            self.rating_boxes[req.skill] = box
        _scrolled(page, inner)
        self.addPage(page)

        # 2. open goals
        page = QWizardPage(self)
        page.setTitle(self.tr("Update your goals"))
        inner = QWidget()
        form = QFormLayout(inner)
        self.goal_boxes: dict[str, tuple[QComboBox, QSpinBox]] = {}
        open_goals = [g for g in plan.goals if g.status.is_open]
        if not open_goals:
            form.addRow(QLabel(self.tr("No open goals."), inner))
        for goal in open_goals:
            status = QComboBox(inner)
            for value in GoalStatus:
                status.addItem(status_label(value), value)
            status.setCurrentIndex(list(GoalStatus).index(goal.status))
            status.setAccessibleName(self.tr("Status of {goal}").format(goal=goal.title))
            progress = QSpinBox(inner)
            progress.setRange(0, 100)
            progress.setSuffix("%")
            progress.setValue(goal.progress)
            progress.setAccessibleName(self.tr("Progress of {goal}").format(goal=goal.title))
            progress.setObjectName(f"progress:{goal.id}")
            status.setObjectName(f"status:{goal.id}")
            row = QWidget(inner)
            line = QVBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(status)
            line.addWidget(progress)
            label = QLabel(goal.title, inner)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            form.addRow(label, row)
            self.goal_boxes[goal.id] = (status, progress)
        _scrolled(page, inner)
        self.addPage(page)

        # 3. wins
        page = QWizardPage(self)
        page.setTitle(self.tr("Wins since last time"))
        if previous is not None:
            page.setSubTitle(
                self.tr("Since your check-in of {day}.").format(day=format_date(previous.day))
            )
        self.wins = _text_edit(page, "wins", self.tr("Wins"))
        self.wins_as_evidence = QCheckBox(self.tr("Also keep these wins as &evidence"), page)
        self.wins_as_evidence.setObjectName("winsAsEvidence")
        self.wins_as_evidence.setToolTip(
            self.tr("Add them to your evidence log, linked to your focus skills")
        )
        wins_layout = QVBoxLayout(page)
        wins_layout.addWidget(self.wins)
        wins_layout.addWidget(self.wins_as_evidence)
        self.addPage(page)

        # 4. focus
        page = QWizardPage(self)
        page.setTitle(self.tr("Focus for the next period"))
        page.setSubTitle(self.tr("Up to three skills, each with a goal aimed at it."))
        form = QFormLayout(page)
        self.focus_rows: list[tuple[QComboBox, QComboBox]] = []
        for n in range(MAX_FOCUS):
            skill = QComboBox(page)
            skill.addItem(self.tr("(none)"), None)
            for req in [] if self.role is None else self.role.skills:
                skill.addItem(catalog.skill_name(req.skill), req.skill)
            skill.setAccessibleName(self.tr("Focus skill {number}").format(number=n + 1))
            skill.setObjectName(f"focusSkill{n}")
            goal = QComboBox(page)
            goal.setAccessibleName(self.tr("Goal for focus skill {number}").format(number=n + 1))
            goal.setObjectName(f"focusGoal{n}")
            goal.addItem(self.tr("(no goal)"), None)
            goal.addItem(self.tr("Make a new goal for it"), NEW_GOAL)
            for g in open_goals:
                goal.addItem(g.title, g.id)
            form.addRow(self.tr("Skill {number}").format(number=n + 1), skill)
            form.addRow(self.tr("Goal"), goal)
            self.focus_rows.append((skill, goal))
        self.addPage(page)

        # 5. reflection
        page = QWizardPage(self)
        page.setTitle(self.tr("Reflection"))
        page.setSubTitle(self.tr("A few lines: what went well, what to change."))
        self.reflection = _text_edit(page, "reflection", self.tr("Reflection"))
        QVBoxLayout(page).addWidget(self.reflection)
        self.addPage(page)

        self.resize(640, 520)

    def _first_field(self, page_id: int) -> QWidget | None:
        """The field that takes the keyboard when the page opens."""
        fields: list[QWidget | None] = [
            next(iter(self.rating_boxes.values()), None),
            next((status for status, _ in self.goal_boxes.values()), None),
            self.wins,
            self.focus_rows[0][0],
            self.reflection,
        ]
        return fields[page_id] if 0 <= page_id < len(fields) else None

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        field = self._first_field(page_id)
        if field is not None:
            QTimer.singleShot(0, field, field.setFocus)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        field = self._first_field(self.currentId())
        if field is not None:
            QTimer.singleShot(0, field, field.setFocus)

    def answers(self) -> CheckInAnswers:
        plan = self.document.plan
        ratings: dict[str, int | None] = {}
        for skill, box in self.rating_boxes.items():
            value = None if box.value() == NOT_RATED else box.value()
            if value != plan.skill_ratings.get(skill):
                ratings[skill] = value
        goals = {
            goal_id: (status.currentData(), progress.value())
            for goal_id, (status, progress) in self.goal_boxes.items()
        }
        focus: list[tuple[str, str | None]] = []
        for skill_box, goal_box in self.focus_rows:
            chosen = skill_box.currentData()
            if chosen is not None and chosen not in (s for s, _ in focus):
                focus.append((chosen, goal_box.currentData()))
        return CheckInAnswers(
            day=self.day,
            ratings=ratings,
            goals=goals,
            wins=self.wins.toPlainText(),
            focus=focus,
            reflection=self.reflection.toPlainText()[:MAX_REFLECTION],
            wins_as_evidence=self.wins_as_evidence.isChecked(),
        )

    def accept(self) -> None:
        if not self.document.is_closed:
            self.check_in = record_check_in(self.document, self.answers())
        super().accept()


def open_check_in(window) -> CheckInWizard | None:
    """Show the check-in for the window's plan (raise the one already open)."""
    document = window.document
    if document is None:
        return None
    existing = window.findChild(CheckInWizard)
    if existing is not None:
        existing.raise_()
        existing.activateWindow()
        return existing
    wizard = CheckInWizard(document, window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.setWindowModality(Qt.WindowModality.WindowModal)
    wizard.show()
    return wizard
