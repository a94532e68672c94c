"""The Qt item models of a document: made when first asked for, children of the document.

The document knows nothing of them (they only listen to its signals); they
end with it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from pmplanner.ui.plan.contacts_model import ContactsTableModel
from pmplanner.ui.plan.document import PlanDocument
from pmplanner.ui.plan.goals_model import GoalsTableModel
from pmplanner.ui.plan.skills_model import SkillsTableModel

_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def goals_model(document: PlanDocument) -> GoalsTableModel:
    found = document.findChild(GoalsTableModel, "", _DIRECT)
    return found if found is not None else GoalsTableModel(document, document)


def contacts_model(document: PlanDocument) -> ContactsTableModel:
    found = document.findChild(ContactsTableModel, "", _DIRECT)
    return found if found is not None else ContactsTableModel(document, document)


def skills_model(document: PlanDocument) -> SkillsTableModel:
    found = document.findChild(SkillsTableModel, "", _DIRECT)
    return found if found is not None else SkillsTableModel(document, document)
