"""The networking contacts panel: people to keep in touch with, and when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QInputDialog, QLabel, QToolButton, QWidget

from pmplanner.core.goal_rules import contacted
from pmplanner.core.plan import Contact
from pmplanner.ui.plan import clock
from pmplanner.ui.plan.commands import CompoundCommand
from pmplanner.ui.plan.contact_log import ContactLogDialog, open_contact_log
from pmplanner.ui.plan.contacts_model import ContactsTableModel
from pmplanner.ui.plan.list_panel import ListPanel, PanelTexts
from pmplanner.ui.plan.models import contacts_model
from pmplanner.ui.plan.related_goals import RelatedGoalsDialog, open_related_goals
from pmplanner.ui.plan.roles import ID_ROLE
from pmplanner.ui.plan.text_filter import TextFilterProxy, make_search
from pmplanner.wording import counts


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


SEARCHED_FIELDS = ("name", "company", "role", "how_met", "notes")


class ContactFilterProxy(TextFilterProxy):
    """The contacts the search finds in their name, company, role, how met or notes."""

    def row_text(self, source_row: int) -> str:
        model = self.sourceModel()
        if not isinstance(model, ContactsTableModel):
            return ""
        contact = model.contact(source_row)
        return "\n".join(getattr(contact, field) for field in SEARCHED_FIELDS)


class ContactsPanel(ListPanel):
    model: ContactsTableModel  # the document's, handed to ListPanel

    def __init__(self, document, parent: QWidget | None = None):
        self.filter_proxy = ContactFilterProxy()
        proxy = self.filter_proxy
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
        self.related_action = self.make_action(
            self.tr("Related Goals…"),
            self.tr("Choose the goals the current contact can help with"),
            [QKeySequence("Ctrl+R")],
            self.pick_related_goals,
        )
        self.buttons.addWidget(self.button(self.related_action))
        self.log_action = self.make_action(
            self.tr("Contact Log…"),
            self.tr("See and correct the times you were in touch with the current contact"),
            [QKeySequence("Ctrl+L")],
            self.open_log,
        )
        self.buttons.addWidget(self.button(self.log_action))
        self.buttons.addStretch(1)
        self.shown_label = QLabel(self)
        self.shown_label.setObjectName("contactsShown")
        self.shown_label.setTextFormat(Qt.TextFormat.PlainText)
        self.shown_label.setAccessibleName(self.tr("Contacts shown"))

        self.search, self.search_action = make_search(
            self,
            self.tr("Search contacts"),
            self.tr("Search names, companies, roles, how you know them and notes"),
            self.focus_search,
        )
        self.search.textChanged.connect(proxy.set_text_filter)
        self.search.returnPressed.connect(self.focus_table)
        self.clear_search_action = self.make_action(
            self.tr("Clear search"),
            self.tr("Show every contact again"),
            [QKeySequence("Ctrl+Shift+L")],
            self.search.clear,
        )
        clear_button = QToolButton(self)
        clear_button.setDefaultAction(self.clear_search_action)
        clear_button.setAccessibleName(self.clear_search_action.text())
        self.search_row = QHBoxLayout()
        self.search_row.setSpacing(6)
        self.search_row.addWidget(self.search, 1)
        self.search_row.addWidget(self.shown_label)  # here the search can make room for it
        self.search_row.addWidget(clear_button)
        self.panel_layout.insertLayout(1, self.search_row)
        self.button_rows.append(self.search_row)
        proxy.filters_changed.connect(self.update_actions)
        self.view.doubleClicked.connect(self._double_clicked)

        header = self.view.horizontalHeader()
        for number, column in enumerate(self.model.spec):
            if column.width is not None:
                header.resizeSection(number, column.width)
            self.view.setColumnHidden(number, not column.shown)
        header.setSectionResizeMode(
            self.model.column_of("how_met"), QHeaderView.ResizeMode.Interactive
        )
        self.update_actions()

    def update_actions(self, *args) -> None:
        super().update_actions(*args)
        if hasattr(self, "contacted_action"):
            self.contacted_action.setEnabled(self.delete_action.isEnabled())
        if hasattr(self, "related_action"):
            self.related_action.setEnabled(self.view.currentIndex().isValid())
            self.log_action.setEnabled(self.view.currentIndex().isValid())
        if hasattr(self, "shown_label"):
            self.show_count(
                self.shown_label, self.clear_search_action, counts.contacts_shown, counts.contacts
            )

    def empty_text(self) -> str:
        if self.model.rowCount() == 0 or not self.filter_proxy.is_filtering():
            return super().empty_text()
        return self.tr("No contacts match “{text}”.").format(text=self.search.text().strip())

    def make_visible(self, item_id: str) -> None:
        if not self.filter_proxy.mapFromSource(self.model.index_of(item_id)).isValid():
            self.search.clear()

    def _double_clicked(self, index: QModelIndex) -> None:
        if self.model.field(index.column()) == "goals":
            self.pick_related_goals()

    def open_log(self) -> ContactLogDialog | None:
        """The current contact's log (non-modal); the dialog shown."""
        index = self.view.currentIndex()
        if not index.isValid() or self.document.is_closed:
            return None
        return open_contact_log(self.document, index.data(ID_ROLE), self)

    def pick_related_goals(self) -> RelatedGoalsDialog | None:
        """The related-goals picker for the current contact (non-modal); the dialog shown."""
        index = self.view.currentIndex()
        if not index.isValid() or self.document.is_closed:
            return None
        return open_related_goals(self.document, index.data(ID_ROLE), self)

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
