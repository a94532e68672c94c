"""Inline editors for the goals, contacts and skills tables, chosen by field name."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pmplanner.core.careers import SKILL_LEVEL_NAMES
from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.plan import MAX_RATING, GoalKind, GoalStatus
from pmplanner.ui.plan.date_edit import OptionalDateEdit
from pmplanner.ui.plan.goals_model import to_date
from pmplanner.ui.plan.roles import FIELD_ROLE

Index = QModelIndex | QPersistentModelIndex
DATE_FIELDS = frozenset({"due", "last_contact", "next_follow_up"})
TEXT_LIMITS = {"title": 500, "name": 500, "how_met": 500, "link": 2000, "notes": 20_000}


class SkillsEditor(QListWidget):
    """The catalog's skills as a checkable list; space toggles, Enter confirms."""

    def __init__(self, catalog: CareerCatalog, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Linked skills")
        self.setToolTip("Tick the skills this goal builds; Space toggles, Enter confirms")
        for skill in sorted(catalog.skills, key=lambda s: s.name.casefold()):
            item = QListWidgetItem(skill.name, self)
            item.setData(Qt.ItemDataRole.UserRole, skill.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def event(self, event: QEvent) -> bool:
        # keep Delete/Insert for the editor: the panel's shortcuts must not fire
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Insert, Qt.Key.Key_Backspace)
        ):
            event.accept()
            return True
        return super().event(event)

    def set_selected(self, skill_ids: list[str]) -> None:
        wanted = set(skill_ids)
        for row in range(self.count()):
            item = self.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.setCurrentRow(0)

    def selected(self) -> list[str]:
        return [
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]


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


def enum_combo(parent: QWidget, values, name: str) -> QComboBox:
    combo = ChoiceCombo(parent)
    combo.setAccessibleName(name)
    for value in values:
        combo.addItem(value.label, value.value)
    return combo


def rating_combo(parent: QWidget) -> QComboBox:
    combo = ChoiceCombo(parent)
    combo.setAccessibleName("Your rating")
    for level in range(MAX_RATING + 1):
        combo.addItem(f"{level} – {SKILL_LEVEL_NAMES[level]}", level)
    return combo


class PlanItemDelegate(QStyledItemDelegate):
    def __init__(self, catalog: CareerCatalog, parent=None):
        super().__init__(parent)
        self._catalog = catalog

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        field = index.data(FIELD_ROLE)
        if field == "kind":
            editor: QWidget = enum_combo(parent, GoalKind, "Kind")
        elif field == "status":
            editor = enum_combo(parent, GoalStatus, "Status")
        elif field == "rating":
            editor = rating_combo(parent)
        elif field == "progress":
            spin = QSpinBox(parent)
            spin.setRange(0, 100)
            spin.setSingleStep(10)
            spin.setSuffix(" %")
            spin.setAccessibleName("Progress")
            editor = spin
        elif field in DATE_FIELDS:
            editor = OptionalDateEdit(parent)
            editor.setAccessibleName(field.replace("_", " ").capitalize())
        elif field == "skills":
            editor = SkillsEditor(self._catalog, parent)
        else:
            line = QLineEdit(parent)
            line.setMaxLength(TEXT_LIMITS.get(field or "", 500))
            line.setAccessibleName(str(field).replace("_", " ").capitalize())
            editor = line
        if isinstance(editor, ChoiceCombo):
            editor.activated.connect(lambda _i, e=editor: self._picked(e))
        return editor

    def _picked(self, editor: ChoiceCombo) -> None:
        if not editor.popup_was_opened:
            return
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
        elif isinstance(editor, SkillsEditor):
            editor.set_selected(list(value or []))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QSpinBox | OptionalDateEdit):
            editor.interpretText()
            value = editor.value()
        elif isinstance(editor, SkillsEditor):
            value = editor.selected()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            super().setModelData(editor, model, index)
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        if isinstance(editor, SkillsEditor):
            # a list needs room: drop down from the cell like a popup
            rect = QRect(option.rect)
            rect.setWidth(max(rect.width(), 260))
            rows = editor.sizeHintForRow(0) * editor.count() + 2 * editor.frameWidth() + 2
            rect.setHeight(max(rect.height(), min(rows, 260)))
            editor.setGeometry(rect)
            return
        super().updateEditorGeometry(editor, option, index)
