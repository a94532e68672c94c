"""The goal detail pane below the goals table: every field of the current goal.

Each edit is one ``document.edit_item`` (one undo step): a line on Enter or
leaving it, a choice when made, the notes when typing pauses or the notes are
left (so a paragraph is one step, not one per key). The link opens in the
browser only for http, https and mailto; anything else is shown as text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pmplanner.core.plan import Goal, GoalStatus
from pmplanner.ui.plan.date_edit import OptionalDateEdit
from pmplanner.ui.plan.models import goals_model
from pmplanner.ui.plan.skill_chips import SkillChips
from pmplanner.wording.columns import GOAL_COLUMNS, Column, column_named
from pmplanner.wording.formats import format_date

OPENABLE_SCHEMES = ("http", "https", "mailto")
NOTES_PAUSE_MS = 800


def openable_url(text: str) -> QUrl | None:
    """The link as a URL the browser may open, or None (javascript:, file:, junk)."""
    url = QUrl(text.strip(), QUrl.ParsingMode.StrictMode)
    if not url.isValid() or url.scheme().lower() not in OPENABLE_SCHEMES:
        return None
    if url.scheme().lower() != "mailto" and not url.host():
        return None
    return url


class NotesEdit(QPlainTextEdit):
    """Several lines of notes; tells the pane when it is left."""

    def __init__(self, on_leave, parent: QWidget | None = None):
        super().__init__(parent)
        self._on_leave = on_leave

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._on_leave()
        super().focusOutEvent(event)


class GoalDetailPane(QWidget):
    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("goalDetail")
        self.setAccessibleName(self.tr("Goal details"))
        self.document = document
        self.model = goals_model(document)
        self.goal_id: str | None = None

        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setMaxLength(self._spec("title").limit)
        self.kind_combo = self._choice_combo("kind")
        self.status_combo = self._choice_combo("status")
        for combo in (self.kind_combo, self.status_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(9)
        self.progress_spin = QSpinBox(self)
        self.progress_spin.setAccessibleName(self.tr("Progress"))
        self.progress_spin.setRange(0, 100)
        self.progress_spin.setSuffix(" %")
        self.due_edit = OptionalDateEdit(self)
        self.due_edit.setAccessibleName(self.tr("Due"))
        self.completed_label = QLabel(self)
        self.completed_label.setObjectName("goalCompleted")
        self.completed_label.setTextFormat(Qt.TextFormat.PlainText)
        self.link_edit = QLineEdit(self)
        self.link_edit.setAccessibleName(self.tr("Link"))
        self.link_edit.setMaxLength(self._spec("link").limit)
        self.link_edit.setPlaceholderText(self.tr("https://… or mailto:…"))
        self.open_link_button = QPushButton(self.tr("Open"), self)
        self.open_link_button.setAccessibleName(self.tr("Open the link"))
        self.link_note = QLabel(self)
        self.link_note.setObjectName("goalLinkNote")
        self.link_note.setTextFormat(Qt.TextFormat.PlainText)
        self.link_note.setWordWrap(True)
        self.skills = SkillChips(document.catalog, self)
        self.notes_edit = NotesEdit(self._commit_notes, self)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setPlaceholderText(self.tr("Notes: what, where, why (several lines)"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: label above
        form.addRow(self.tr("Title"), self.title_edit)
        first = QHBoxLayout()
        first.addWidget(self.kind_combo)
        first.addWidget(self.status_combo)
        first.addWidget(self.progress_spin)
        first.addStretch(1)
        form.addRow(self.tr("Kind"), first)
        dates = QHBoxLayout()
        dates.addWidget(self.due_edit)
        dates.addWidget(self.completed_label, 1)
        form.addRow(self.tr("Due"), dates)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_edit, 1)
        link_row.addWidget(self.open_link_button)
        form.addRow(self.tr("Link"), link_row)
        form.addRow("", self.link_note)
        form.addRow(self.tr("Skills"), self.skills)
        form.addRow(self.tr("Notes"), self.notes_edit)
        self.page = QWidget(self)
        self.page.setLayout(form)

        self.placeholder = QLabel(self.tr("Select a goal to see and edit all of it here."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # shown one at a time (not stacked: the hint alone needs no scrolling)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.page)

        self._notes_timer = QTimer(self, singleShot=True, interval=NOTES_PAUSE_MS)
        self._notes_timer.timeout.connect(self._commit_notes)
        self._loading = False
        self.title_edit.editingFinished.connect(
            lambda: self._commit("title", self.title_edit.text())
        )
        self.link_edit.editingFinished.connect(lambda: self._commit("link", self.link_edit.text()))
        self.link_edit.textChanged.connect(self._show_link_state)
        self.kind_combo.activated.connect(
            lambda: self._commit("kind", self.kind_combo.currentData())
        )
        self.status_combo.activated.connect(
            lambda: self._commit("status", self.status_combo.currentData())
        )
        self.progress_spin.editingFinished.connect(
            lambda: self._commit("progress", self.progress_spin.value())
        )
        self.due_edit.value_changed.connect(self._due_changed)
        self.notes_edit.textChanged.connect(self._notes_typed)
        self.open_link_button.clicked.connect(self.open_link)
        self.skills.added.connect(self._add_skill)
        self.skills.removed.connect(self._remove_skill)
        document.changed.connect(self.refresh)
        self.show_goal(None)

    def _spec(self, field: str) -> Column[Goal]:
        return column_named(GOAL_COLUMNS, field)

    def _choice_combo(self, field: str) -> QComboBox:
        """A combo with the spec's choices for ``field``, named by its header."""
        column = self._spec(field)
        combo = QComboBox(self)
        combo.setAccessibleName(column.title())
        for value, label in column.choices() if column.choices else []:
            combo.addItem(label, value)
        return combo

    # -- which goal ---------------------------------------------------------------
    def showing_goal(self) -> bool:
        return not self.page.isHidden()

    def goal(self) -> Goal | None:
        if self.goal_id is None:
            return None
        for goal in self.document.plan.goals:
            if goal.id == self.goal_id:
                return goal
        return None

    def show_goal(self, goal_id: str | None) -> None:
        if goal_id != self.goal_id:
            self._commit_notes()  # what was typed belongs to the goal it was typed for
        self.goal_id = goal_id
        self.refresh(force=True)

    def refresh(self, *_args: Any, force: bool = False) -> None:
        goal = self.goal()
        self.placeholder.setVisible(goal is None)
        self.page.setVisible(goal is not None)
        if goal is None:
            return
        self._loading = True
        try:
            focus = self.focusWidget() if not force else None
            if focus is not self.title_edit:
                self.title_edit.setText(goal.title)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(goal.kind.value))
            self.status_combo.setCurrentIndex(self.status_combo.findData(goal.status.value))
            self.progress_spin.setValue(goal.progress)
            if not self.due_edit.is_typing():
                self.due_edit.set_value(goal.due)
            if goal.completed:
                when = format_date(goal.completed.astimezone().date())
                self.completed_label.setText(self.tr("Completed {date}").format(date=when))
            elif goal.status == GoalStatus.DONE:
                self.completed_label.setText(self.tr("Done (no completion date recorded)"))
            else:
                self.completed_label.setText(self.tr("Not completed yet"))
            if focus is not self.link_edit:
                self.link_edit.setText(goal.link)
            if focus is not self.notes_edit and self.notes_edit.toPlainText() != goal.notes:
                blocker = QSignalBlocker(self.notes_edit)
                self.notes_edit.setPlainText(goal.notes)
                blocker.unblock()
            self.skills.set_skills(goal.skills)
        finally:
            self._loading = False
        self._show_link_state()

    # -- edits ----------------------------------------------------------------------
    def _commit(self, field: str, value: Any) -> None:
        goal = self.goal()
        if self._loading or goal is None:
            return
        after = self.model.edited(goal, field, value)
        if after is None or after == goal:
            if after is None:
                self.refresh(force=True)  # a refused value: show the goal as it is
            return
        self.document.edit_item("goals", goal, after, self.model.edit_text(field))

    def _due_changed(self, value) -> None:
        if not self.due_edit.is_typing():
            self._commit("due", value)

    def _notes_typed(self) -> None:
        if not self._loading:
            self._notes_timer.start()

    def _commit_notes(self) -> None:
        if not self._notes_timer.isActive():
            return
        self._notes_timer.stop()
        self._commit("notes", self.notes_edit.toPlainText())

    def commit_pending(self) -> None:
        self._commit_notes()

    def _add_skill(self, skill_id: str) -> None:
        goal = self.goal()
        if goal is not None:
            self._commit("skills", [*goal.skills, skill_id])

    def _remove_skill(self, skill_id: str) -> None:
        goal = self.goal()
        if goal is not None:
            self._commit("skills", [s for s in goal.skills if s != skill_id])

    # -- the link -------------------------------------------------------------------
    def _show_link_state(self, *_args: Any) -> None:
        text = self.link_edit.text().strip()
        url = openable_url(text)
        self.open_link_button.setEnabled(url is not None)
        if url is not None:
            self.open_link_button.setToolTip(
                self.tr("Open {url} in your browser").format(url=url.toDisplayString())
            )
            self.link_note.hide()
        elif text:
            self.open_link_button.setToolTip(self.tr("Only web and e-mail links open"))
            self.link_note.setText(
                self.tr(
                    "Shown as text only: pmplanner opens web (http, https) and e-mail "
                    "(mailto) links, not this one."
                )
            )
            self.link_note.show()
        else:
            self.open_link_button.setToolTip(self.tr("No link to open"))
            self.link_note.hide()

    def open_link(self) -> bool:
        url = openable_url(self.link_edit.text())
        if url is None:
            return False
        return bool(QDesktopServices.openUrl(url))
