"""The evidence log: every entry, newest first; add, edit (Enter or a double click) and delete.

Each change is one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmplanner.core.checkins import Evidence
from pmplanner.ui.plan.checkin_edits import delete_evidence
from pmplanner.ui.plan.shown_refresh import ShownRefresh
from pmplanner.ui.plan.tooltips import plain_tooltip
from pmplanner.wording import counts
from pmplanner.wording.formats import format_date

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def newest_first(entries: list[Evidence]) -> list[Evidence]:
    return [e for _, e in sorted(enumerate(entries), key=lambda p: (p[1].day, p[0]), reverse=True)]


class EvidencePanel(QWidget):
    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("evidencePanel")
        self.document = document
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.add_button = QPushButton(self.tr("Add Evidence…"), self)
        self.add_button.clicked.connect(self.add_new)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Change the current entry (Enter or a double click)"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(
            self.tr("Delete the selected entries (undo brings them back)")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.list = QTreeWidget(self)
        self.list.setObjectName("evidenceList")
        self.list.setAccessibleName(self.tr("Evidence"))
        self.list.header().setAccessibleName(self.tr("Evidence columns"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.list.setHeaderLabels(
            [self.tr("Date"), self.tr("What happened"), self.tr("Skills"), self.tr("Link")]
        )
        self.list.setColumnWidth(0, 110)
        self.list.setColumnWidth(1, 320)
        self.list.setColumnWidth(2, 200)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda *_: self.edit_current())  # Enter, double click
        delete = QAction(self.tr("Delete"), self.list)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.list.addAction(delete)
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.freshness = ShownRefresh(self, document, self.refresh)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.freshness.shown()

    def refresh(self) -> None:
        if self.document.is_closed:
            return
        self.freshness.done()
        entries = newest_first(self.document.plan.evidence)
        catalog = self.document.catalog
        self.heading.setText(
            counts.evidence_entries(len(entries))
            if entries
            else self.tr("No evidence yet: note what you did and what it showed.")
        )
        self.list.clear()
        items = []
        for entry in entries:
            first_line = entry.text.splitlines()[0] if entry.text else ""
            skills = ", ".join(catalog.skill_name(s) for s in entry.skills)
            item = QTreeWidgetItem([format_date(entry.day), first_line, skills, entry.link])
            item.setData(0, ID_ROLE, entry.id)
            item.setToolTip(1, plain_tooltip(entry.text))
            items.append(item)
        self.list.addTopLevelItems(items)
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        return [item.data(0, ID_ROLE) for item in self.list.selectedItems()]

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(bool(self.list.selectedItems()))
        self.edit_button.setEnabled(self.list.currentItem() is not None)

    def add_new(self):
        from pmplanner.ui.plan.evidence_dialog import open_evidence_dialog

        return open_evidence_dialog(self.document, self.window())

    def edit_current(self):
        """Edit Evidence for the current entry (non-modal); the dialog, or None."""
        from pmplanner.ui.plan.evidence_dialog import open_evidence_dialog

        item = self.list.currentItem()
        if item is None or self.document.is_closed:
            return None
        entry_id = item.data(0, ID_ROLE)
        entry = next((e for e in self.document.plan.evidence if e.id == entry_id), None)
        if entry is None:
            return None
        return open_evidence_dialog(self.document, self.window(), entry=entry)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            delete_evidence(self.document, ids)
