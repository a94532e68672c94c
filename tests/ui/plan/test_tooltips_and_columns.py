"""The person's text in tooltips is shown as typed; optional columns can be shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QToolButton

from pmplanner.core.plan import Contact, Goal
from pmplanner.ui.plan.goals_view import GoalsPanel
from pmplanner.ui.plan.models import contacts_model, goals_model

HOSTILE = '<img src="file:///etc/passwd"><b>bold</b> & <a href="http://x">link</a>'


def rendered_text(tooltip: str) -> str:
    doc = QTextDocument()
    doc.setHtml(tooltip)
    return doc.toPlainText()


def test_goal_tooltip_shows_hostile_text_literally(document):
    document.add_goals([Goal(title=HOSTILE, notes="line one\n<i>line two</i>")])
    model = goals_model(document)
    row = model.rowCount() - 1
    tip = model.index(row, model.column_of("title")).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "&lt;img" in tip
    assert rendered_text(tip) == HOSTILE + "\n\nline one\n<i>line two</i>"


def test_contact_tooltip_is_escaped(document):
    model = contacts_model(document)
    document.add_items("contacts", [(model.rowCount(), Contact(notes=HOSTILE))], "Add contact")
    row = model.rowCount() - 1
    tip = model.index(row, model.column_of("notes")).data(Qt.ItemDataRole.ToolTipRole)
    assert rendered_text(tip) == HOSTILE


def test_notes_and_link_columns_start_hidden_and_the_columns_button_shows_them(qtbot, document):
    panel = GoalsPanel(document)
    qtbot.addWidget(panel)
    view, model = panel.view, goals_model(document)
    notes, link = model.column_of("notes"), model.column_of("link")
    assert view.isColumnHidden(notes) and view.isColumnHidden(link)
    assert not view.isColumnHidden(model.column_of("title"))
    # a keyboard-reachable button in the panel's row, named and explained
    button = panel.columns_button
    assert isinstance(button, QToolButton) and panel.isAncestorOf(button)
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert button.accessibleName() == "Columns"
    assert "Notes" in button.toolTip()
    assert button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
    menu = button.menu()
    assert menu is not None
    actions = {a.text(): a for a in menu.actions()}
    assert "Title" not in actions  # the title is always shown
    assert all(a.isCheckable() for a in actions.values())
    assert not actions["Notes"].isChecked() and not actions["Link"].isChecked()
    assert actions["Kind"].isChecked()
    actions["Notes"].trigger()
    assert not view.isColumnHidden(notes) and actions["Notes"].isChecked()
    actions["Kind"].trigger()
    assert view.isColumnHidden(model.column_of("kind"))
    actions["Kind"].trigger()
    assert not view.isColumnHidden(model.column_of("kind"))


def test_the_header_context_menu_offers_the_same_columns(qtbot, document):
    panel = GoalsPanel(document)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    header = panel.view.horizontalHeader()
    header.customContextMenuRequested.emit(header.rect().center())
    menu = panel.columns_button.menu()
    qtbot.waitUntil(menu.isVisible)
    actions = {a.text(): a for a in menu.actions()}
    actions["Link"].trigger()
    assert not panel.view.isColumnHidden(goals_model(document).column_of("link"))
    menu.close()


def test_the_columns_menu_follows_columns_shown_elsewhere(qtbot, document):
    panel = GoalsPanel(document)
    qtbot.addWidget(panel)
    panel.view.setColumnHidden(goals_model(document).column_of("notes"), False)
    menu = panel.columns_button.menu()
    menu.aboutToShow.emit()
    assert {a.text(): a for a in menu.actions()}["Notes"].isChecked()
