"""Contact Log…: a contact's interactions, each one's date and note editable or deleted.

Non-modal (``open``); the changes are made on a copy and OK applies them as
one undo step (Cancel or Escape leaves the log as it was).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmplanner.core.goal_rules import with_interactions
from pmplanner.core.plan import Interaction
from pmplanner.ui.plan.date_edit import OptionalDateEdit
from pmplanner.wording.formats import format_date

MAX_NOTE = 500  # as "Contacted today" keeps


class ContactLogDialog(QDialog):
    def __init__(self, document, contact_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contactLogDialog")
        self.document = document
        self.contact_id = contact_id
        contact = next(c for c in document.plan.contacts if c.id == contact_id)
        name = contact.name or self.tr("Unnamed contact")
        self.setWindowTitle(self.tr("Contact Log: {name}").format(name=name))
        # the working copy, newest first as shown
        self.entries: list[Interaction] = list(reversed(contact.interactions))

        self.list = QTreeWidget(self)
        self.list.setObjectName("contactLogList")
        self.list.setAccessibleName(self.tr("Times you were in touch"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Note")])
        self.list.setColumnWidth(0, 110)
        self.list.currentItemChanged.connect(self._show_current)
        self.day = OptionalDateEdit(self)
        self.day.setAccessibleName(self.tr("Date"))
        self.day.value_changed.connect(self._day_changed)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(self.tr("What you talked about"))
        self.note.textEdited.connect(self._note_changed)
        self.delete_button = QPushButton(self.tr("&Delete Entry"), self)
        self.delete_button.clicked.connect(self.delete_current)
        delete = QAction(self.tr("Delete Entry"), self.list)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.list.addAction(delete)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("D&ate"), self.day)
        form.addRow(self.tr("&Note"), self.note)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        form.addRow("", row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(480, 420)
        self._fill()
        self.list.setFocus()

    def _fill(self, current: int = 0) -> None:
        self.list.clear()
        for entry in self.entries:
            QTreeWidgetItem(self.list, [format_date(entry.day), entry.note])
        item = self.list.topLevelItem(min(current, len(self.entries) - 1))
        if item is not None:
            self.list.setCurrentItem(item)
        self._show_current()

    def current_row(self) -> int:
        item = self.list.currentItem()
        return self.list.indexOfTopLevelItem(item) if item is not None else -1

    def _show_current(self, *_args) -> None:
        row = self.current_row()
        has = row >= 0
        for widget in (self.day, self.note, self.delete_button):
            widget.setEnabled(has)
        entry = self.entries[row] if has else None
        self.day.blockSignals(True)
        self.day.set_value(entry.day if entry else None)
        self.day.blockSignals(False)
        self.note.setText(entry.note if entry else "")

    def _day_changed(self, value: date | None) -> None:
        row = self.current_row()
        if row < 0 or value is None:
            return
        self.entries[row] = self.entries[row].model_copy(update={"day": value})
        item = self.list.topLevelItem(row)
        if item is not None:
            item.setText(0, format_date(value))

    def _note_changed(self, text: str) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.entries[row] = self.entries[row].model_copy(update={"note": text.strip()})
        item = self.list.topLevelItem(row)
        if item is not None:
            item.setText(1, text.strip())

    def delete_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        del self.entries[row]
        self._fill(row)
        self.list.setFocus()

    def accept(self) -> None:
        document = self.document
        if not document.is_closed:
            self.day.commit_typed()
            before = next((c for c in document.plan.contacts if c.id == self.contact_id), None)
            if before is not None:
                after = with_interactions(before, list(reversed(self.entries)))
                document.edit_item("contacts", before, after, self.tr("Edit contact log"))
        super().accept()


def open_contact_log(document, contact_id: str, parent: QWidget) -> ContactLogDialog:
    dialog = ContactLogDialog(document, contact_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
