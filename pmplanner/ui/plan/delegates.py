"""Inline editors for the goals, contacts and skills tables, chosen by the column spec."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QPen, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.plan import MAX_RATING
from pmplanner.ui.plan.date_edit import OptionalDateEdit
from pmplanner.ui.plan.goals_model import to_date
from pmplanner.ui.plan.roles import COLUMN_ROLE, ID_ROLE
from pmplanner.wording.columns import Column
from pmplanner.wording.formats import number
from pmplanner.wording.labels import skill_level_name

Index = QModelIndex | QPersistentModelIndex
NOTES_LIMIT = 20_000
NOTES_LINES = 6  # the notes editor drops down this many lines tall
NOTES_MIN_WIDTH = 300
FOCUS_PEN = 2  # the current cell's frame while the table has the keyboard focus


def _is_ctrl_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and bool(
        event.modifiers() & Qt.KeyboardModifier.ControlModifier
    )


class NotesEditor(QPlainTextEdit):
    """Several lines of notes: Enter adds a line, Ctrl+Enter saves, Esc cancels.

    Tab and leaving the editor save too (the delegate's usual handling); Esc is
    the delegate's as well, so only Ctrl+Enter needs wiring here.
    """

    commit_requested = Signal()

    def __init__(self, parent: QWidget | None = None, limit: int = NOTES_LIMIT):
        super().__init__(parent)
        self.limit = limit
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAccessibleName(self.tr("Notes"))
        self.setToolTip(self.tr("Enter starts a new line; Ctrl+Enter saves; Esc cancels"))

    def set_text(self, text: str) -> None:
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)  # typing adds, never replaces

    def text(self) -> str:
        return self.toPlainText()[: self.limit]

    def event(self, event: QEvent) -> bool:
        # Ctrl+Enter saves the notes: no window shortcut may take it first
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and _is_ctrl_enter(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_ctrl_enter(event):
            event.accept()
            self.commit_requested.emit()
            return
        super().keyPressEvent(event)


class ChoiceCombo(QComboBox):
    """A combo that knows whether its list was opened.

    Picking from the opened list is a whole edit (the delegate commits);
    arrow keys on the closed combo only move the choice.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.popup_was_opened = False

    def showPopup(self) -> None:
        self.popup_was_opened = True
        super().showPopup()


def choice_combo(parent: QWidget, choices: list[tuple[str, str]], name: str) -> QComboBox:
    combo = ChoiceCombo(parent)
    combo.setAccessibleName(name)
    for value, label in choices:
        combo.addItem(label, value)
    return combo


def rating_combo(parent: QWidget) -> QComboBox:
    combo = ChoiceCombo(parent)
    combo.setAccessibleName(QCoreApplication.translate("PlanItemDelegate", "Your rating"))
    for level in range(MAX_RATING + 1):
        combo.addItem(f"{number(level)} – {skill_level_name(level)}", level)
    return combo


class PlanItemDelegate(QStyledItemDelegate):
    skills_requested = Signal(str)  # a goal's id: F2 or a double click on its skills

    def __init__(self, catalog: CareerCatalog, parent=None):
        super().__init__(parent)
        self._catalog = catalog

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column: Column[Any] | None = index.data(COLUMN_ROLE)
        if column is None:  # the skills table: only its rating is edited
            editor: QWidget = rating_combo(parent)
        elif column.editor == "skills":
            # skills are picked in the goal detail pane (search, chips), not in the cell
            self.skills_requested.emit(index.data(ID_ROLE))
            return None  # type: ignore[return-value]
        else:
            editor = self._spec_editor(parent, column)
        if isinstance(editor, ChoiceCombo):
            editor.activated.connect(lambda _i, e=editor: self._picked(e))
        return editor

    def _spec_editor(self, parent: QWidget, column: Column[Any]) -> QWidget:
        """The editor the column's spec names, with the column's header as its name."""
        name = column.title()
        if column.editor == "choice" and column.choices is not None:
            return choice_combo(parent, column.choices(), name)
        if column.editor == "percent":
            spin = QSpinBox(parent)
            spin.setRange(0, 100)
            spin.setSingleStep(10)
            spin.setSuffix(self.tr(" %"))
            spin.setAccessibleName(name)
            return spin
        if column.editor == "days":
            spin = QSpinBox(parent)
            spin.setRange(0, 3650)
            spin.setSingleStep(7)
            spin.setSpecialValueText(self.tr("No interval"))
            spin.setSuffix(self.tr(" days"))
            spin.setAccessibleName(self.tr("Keep in touch every (days)"))
            return spin
        if column.editor == "date":
            date_edit = OptionalDateEdit(parent)
            date_edit.setAccessibleName(name)
            return date_edit
        if column.editor == "notes":
            notes = NotesEditor(parent, column.limit)
            notes.commit_requested.connect(lambda e=notes: self._commit_and_close(e))
            return notes
        line = QLineEdit(parent)
        line.setMaxLength(column.limit)
        line.setAccessibleName(name)
        return line

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The cell, and a clear frame round the current cell while the table has the focus.

        The style's own focus rectangle is a faint dotted line (and only after a
        key press in some styles); this frame reads on any palette: the
        highlight colour, or the highlighted text colour on a selected row.
        """
        has_focus = bool(option.state & QStyle.StateFlag.State_HasFocus)
        view = option.widget
        focused_view = view is not None and view.hasFocus()
        if has_focus:
            option = QStyleOptionViewItem(option)
            option.state &= ~QStyle.StateFlag.State_HasFocus
        super().paint(painter, option, index)
        if not (has_focus and focused_view):
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        painter.save()
        pen = QPen(option.palette.color(role), FOCUS_PEN)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(1, 1, -FOCUS_PEN, -FOCUS_PEN))
        painter.restore()

    def _picked(self, editor: ChoiceCombo) -> None:
        if editor.popup_was_opened:
            self._commit_and_close(editor)

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, OptionalDateEdit):
            editor.set_value(to_date(value))
        elif isinstance(editor, NotesEditor):
            editor.set_text(str(value or ""))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))
        else:
            super().setEditorData(editor, index)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        # Enter or Tab on a typed date that is no date: the editor stays open with
        # its message, instead of closing and dropping what was typed
        if (
            isinstance(editor, OptionalDateEdit)
            and editor.is_typing()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
            and not editor.commit_typed()
        ):
            return True
        return super().eventFilter(editor, event)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QSpinBox | OptionalDateEdit):
            editor.interpretText()
            value = editor.value()
        elif isinstance(editor, NotesEditor | QLineEdit):
            value = editor.text()
        else:
            super().setModelData(editor, model, index)
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        if isinstance(editor, NotesEditor):
            editor.setGeometry(self._notes_rect(editor, option))
            return
        if isinstance(editor, OptionalDateEdit):
            # the whole cell, not the part right of the overdue icon: the date fits
            rect = QRect(option.rect)
            rect.setWidth(max(rect.width(), editor.sizeHint().width()))
            editor.setGeometry(rect)
            return
        super().updateEditorGeometry(editor, option, index)

    @staticmethod
    def _notes_rect(editor: NotesEditor, option: QStyleOptionViewItem) -> QRect:
        """Several lines tall from the cell down (or up, near the bottom), kept in view."""
        rect = QRect(option.rect)
        margins = editor.contentsMargins()
        lines = editor.fontMetrics().lineSpacing() * NOTES_LINES
        height = lines + margins.top() + margins.bottom() + 2 * editor.document().documentMargin()
        rect.setWidth(max(rect.width(), NOTES_MIN_WIDTH))
        rect.setHeight(max(rect.height(), int(height)))
        parent = editor.parentWidget()
        area = parent.rect() if parent is not None else rect
        if rect.bottom() > area.bottom():
            rect.moveBottom(max(area.bottom(), option.rect.bottom()))
        if rect.right() > area.right():
            rect.moveRight(max(area.right(), option.rect.right()))
        if rect.top() < area.top():
            rect.moveTop(area.top())
        if rect.left() < area.left():
            rect.moveLeft(area.left())
        return rect
