"""Related Goals…: which of the plan's goals a contact relates to, one undo step.

Non-modal (``open``); a search field narrows the list, each goal is a check box.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmplanner.core.goal_rules import edited_contact

GOAL_ROLE = Qt.ItemDataRole.UserRole + 1


class RelatedGoalsDialog(QDialog):
    def __init__(self, document, contact_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("relatedGoalsDialog")
        self.document = document
        self.contact_id = contact_id
        contact = next(c for c in document.plan.contacts if c.id == contact_id)
        name = contact.name or self.tr("Unnamed contact")
        self.setWindowTitle(self.tr("Related Goals: {name}").format(name=name))
        label = QLabel(self.tr("Goals that {name} can help with:").format(name=name), self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search goals"))
        self.search.setPlaceholderText(self.tr("Search goals"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        self.list.setObjectName("relatedGoalsList")
        self.list.setAccessibleName(self.tr("Goals"))
        chosen = set(contact.goals)
        for goal in document.plan.goals:
            item = QListWidgetItem(goal.title or self.tr("Untitled goal"), self.list)
            item.setData(GOAL_ROLE, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = goal.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if not document.plan.goals:
            self.list.setEnabled(False)
            label.setText(self.tr("The plan has no goals yet: add some on the Goals tab."))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(420, 420)
        self.list.setFocus()
        if self.list.count():
            self.list.setCurrentRow(0)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def chosen_ids(self) -> list[str]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [i.data(GOAL_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        document = self.document
        if not document.is_closed:
            before = next((c for c in document.plan.contacts if c.id == self.contact_id), None)
            if before is not None:
                # goals not in the plan any more (deleted) are kept: undo may bring them back
                known = {g.id for g in document.plan.goals}
                kept = [g for g in before.goals if g not in known]
                after = edited_contact(before, "goals", [*kept, *self.chosen_ids()])
                if after is not None:
                    text = self.tr("Edit contact: Related goals")
                    document.edit_item("contacts", before, after, text)
        super().accept()


def open_related_goals(document, contact_id: str, parent: QWidget) -> RelatedGoalsDialog:
    dialog = RelatedGoalsDialog(document, contact_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
