"""The person's text in tooltips is shown as typed; optional columns can be shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMenu

from pmplanner.core.plan import Contact, Goal
from pmplanner.ui.plan.commands import InsertItemsCommand
from pmplanner.ui.plan.goals_view import GoalsPanel

HOSTILE = '<img src="file:///etc/passwd"><b>bold</b> & <a href="http://x">link</a>'


def rendered_text(tooltip: str) -> str:
    doc = QTextDocument()
    doc.setHtml(tooltip)
    return doc.toPlainText()


def test_goal_tooltip_shows_hostile_text_literally(document):
    document.add_goals([Goal(title=HOSTILE, notes="line one\n<i>line two</i>")])
    model = document.goals_model
    row = model.rowCount() - 1
    tip = model.index(row, model.column_of("title")).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "&lt;img" in tip
    assert rendered_text(tip) == HOSTILE + "\n\nline one\n<i>line two</i>"


def test_contact_tooltip_is_escaped(document):
    model = document.contacts_model
    document.undo_stack.push(
        InsertItemsCommand(model, [(model.rowCount(), Contact(notes=HOSTILE))], "Add contact")
    )
    row = model.rowCount() - 1
    tip = model.index(row, model.column_of("notes")).data(Qt.ItemDataRole.ToolTipRole)
    assert rendered_text(tip) == HOSTILE


def test_notes_and_link_columns_start_hidden_and_can_be_shown(qtbot, document):
    panel = GoalsPanel(document)
    qtbot.addWidget(panel)
    view, model = panel.view, document.goals_model
    notes = model.column_of("notes")
    assert view.isColumnHidden(notes) and view.isColumnHidden(model.column_of("link"))
    assert not view.isColumnHidden(model.column_of("title"))
    panel._column_menu(view.horizontalHeader().rect().center())
    menu = panel.findChild(QMenu)
    actions = {a.text(): a for a in menu.actions()}
    assert "Title" not in actions  # the title is always shown
    assert not actions["Notes"].isChecked()
    actions["Notes"].trigger()
    assert not view.isColumnHidden(notes)
    menu.close()
