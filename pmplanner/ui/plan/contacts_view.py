"""The networking contacts panel: people to keep in touch with, and when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QInputDialog, QWidget

from pmplanner.core.goal_rules import contacted
from pmplanner.core.plan import Contact
from pmplanner.ui.plan import clock
from pmplanner.ui.plan.commands import CompoundCommand
from pmplanner.ui.plan.contacts_model import ContactsTableModel
from pmplanner.ui.plan.list_panel import ListPanel, PanelTexts
from pmplanner.ui.plan.models import contacts_model
from pmplanner.ui.plan.roles import SORT_ROLE
from pmplanner.wording import counts

COLUMN_WIDTHS = {
    "name": 180,
    "last_contact": 120,
    "next_follow_up": 130,
    "keep_in_touch_days": 120,
    "company": 140,
    "role": 140,
    "how_met": 200,
    "email": 180,
}


def contact_texts() -> PanelTexts:
    return PanelTexts(
        items=QCoreApplication.translate("ContactsPanel", "Contacts"),
        add=QCoreApplication.translate("ContactsPanel", "Add contact"),
        add_tip=QCoreApplication.translate("ContactsPanel", "Add a contact and type their name"),
        delete_tip=QCoreApplication.translate(
            "ContactsPanel", "Delete the selected contacts (undo brings them back)"
        ),
        empty=QCoreApplication.translate(
            "ContactsPanel", "No contacts yet. Add one with “{action}” ({keys})."
        ),
        add_undo=QCoreApplication.translate("ContactsPanel", "Add contact"),
        delete_undo=counts.delete_contacts,
    )


class ContactsPanel(ListPanel):
    model: ContactsTableModel  # the document's, handed to ListPanel

    def __init__(self, document, parent: QWidget | None = None):
        proxy = QSortFilterProxyModel()
        proxy.setSortRole(SORT_ROLE)
        proxy.setDynamicSortFilter(True)
        super().__init__(document, contacts_model(document), proxy, contact_texts(), parent)
        self.setObjectName("contactsPanel")
        proxy.setParent(self)

        self.contacted_action = self.make_action(
            self.tr("Contacted today"),
            self.tr("Log today's contact with the selected people and move their follow-ups"),
            [QKeySequence("Ctrl+T")],
            self.mark_contacted_today,
        )
        self.buttons.addWidget(self.button(self.contacted_action))
        self.buttons.addStretch(1)

        header = self.view.horizontalHeader()
        for field, width in COLUMN_WIDTHS.items():
            header.resizeSection(self.model.column_of(field), width)
        header.setSectionResizeMode(
            self.model.column_of("how_met"), QHeaderView.ResizeMode.Interactive
        )
        self.update_actions()

    def update_actions(self, *args) -> None:
        super().update_actions(*args)
        if hasattr(self, "contacted_action"):
            self.contacted_action.setEnabled(self.delete_action.isEnabled())

    def new_item(self) -> Contact:
        return Contact()

    def mark_contacted_today(self) -> QInputDialog | None:
        """Ask for an optional note (non-modal), then log the contact; the dialog shown."""
        ids = self.selected_ids()
        if not ids:
            return None
        dialog = QInputDialog(self)
        dialog.setObjectName("contactedNote")
        dialog.setWindowTitle(self.tr("Contacted Today"))
        dialog.setLabelText(self.tr("What did you talk about? (optional)"))
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda note: self.log_contacted(ids, note))
        dialog.open()
        return dialog

    def log_contacted(self, ids: list[str], note: str = "") -> None:
        """Log today's contact with each of ``ids`` and move their follow-ups (one undo step)."""
        today = clock.today()
        known = {c.id: c for c in self.document.plan.contacts}
        contacts = [known[i] for i in ids if i in known]
        if not contacts:
            return
        step = CompoundCommand(self.document, self.tr("Mark contacted today"))
        for before in contacts:
            after = contacted(before, today, note)
            self.document.edit_item("contacts", before, after, self.tr("Mark contacted"), step)
        self.document.push(step)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
