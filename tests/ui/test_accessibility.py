"""Every control of the real window has a name a screen reader can say.

The walk covers the whole main window (both areas, every tab, the map built),
the inline editors of every table column, the start-up recovery dialog and
the quiz wizard. A control counts
as named when its accessible interface has a name: an explicit accessible
name, its own text (buttons) or its label's (a buddy).
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from pmplanner.core.plan import Contact, Goal, GoalKind, Plan
from pmplanner.storage.plan_store import PlanStore

INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QAbstractSlider,
    QGraphicsView,
)
# parts of a compound control, named through it (a combo's list, a spin box's
# line edit, a scroll area's bars, a calendar popup)
COMPOUND = (QComboBox, QAbstractSpinBox, QCalendarWidget, QLineEdit)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def is_part(widget: QWidget) -> bool:
    if isinstance(widget, QScrollBar):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    controls = [root, *root.findChildren(QWidget)]
    return [
        f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
        for w in controls
        if isinstance(w, INTERACTIVE) and not is_part(w) and not accessible_name(w)
    ]


def labels_without_buddy(root: QWidget) -> list[str]:
    """Labels with a mnemonic (&Name) must lead to their field."""
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if re.search(r"&[^&\s]", label.text().replace("&&", "")) and label.buddy() is None
    ]


@pytest.fixture
def data_dir(tmp_path):
    path = tmp_path / "data"
    plan = Plan()
    plan.profile.current_role = "apm"
    plan.profile.target_role = "senior-pm"
    plan.goals = [Goal(title="Read a book", kind=GoalKind.BOOK, due=date(2020, 1, 1))]
    plan.contacts = [Contact(name="Ada")]
    store = PlanStore(path)
    store.open()
    store.save(plan)
    return path


def test_every_control_of_the_window_is_named(open_main_window, data_dir):
    window = open_main_window(data_dir, map=True)
    area = window.career_map
    area.select_role("pm")  # the details' buttons and links are shown
    area.search.edit.setText("product")  # the search's results list is shown
    for index in range(window.areas.count()):
        window.areas.setCurrentIndex(index)
        assert unnamed(window) == []
    for tabs in (window.plan_editor.tabs, area.side_tabs):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            assert unnamed(window) == []
    assert labels_without_buddy(window) == []
    # the walk saw the kinds of control the window has
    kinds = {type(w).__name__ for w in window.findChildren(QWidget)}
    assert {"PlanTableView", "QComboBox", "QLineEdit", "QTabBar", "QToolButton"} <= kinds
    assert area.canvas.view in window.findChildren(QGraphicsView)


def test_every_table_editor_is_named(qtbot, open_main_window, data_dir):
    window = open_main_window(data_dir, map=True)
    editor = window.plan_editor
    edited = []
    for panel in (editor.goals_panel, editor.skills_panel, editor.contacts_panel):
        editor.tabs.setCurrentWidget(panel)
        view = panel.view
        model = view.model()
        for column in range(model.columnCount()):
            index = model.index(0, column)
            if not model.flags(index) & model.flags(index).ItemIsEditable:
                continue
            view.setCurrentIndex(index)
            view.edit(index)
            if (
                panel is editor.goals_panel
                and model.headerData(column, Qt.Orientation.Horizontal) == "Skills"
            ):
                # a goal's skills are picked in a searchable popup, not in the cell
                picker = panel.detail.skills.picker
                assert picker.isVisible() and picker.accessibleName()
                assert unnamed(picker) == []
                qtbot.keyClick(picker.search, Qt.Key.Key_Escape)
                assert not picker.isVisible()
                edited.append(("GoalsPanel", "Skills"))
                continue
            assert view.state() == QAbstractItemView.State.EditingState, column
            assert unnamed(view) == [], (type(panel).__name__, column)
            edited.append(
                (type(panel).__name__, model.headerData(column, Qt.Orientation.Horizontal))
            )
            qtbot.keyClick(view.indexWidget(index), Qt.Key.Key_Escape)  # closes the editor
            assert view.state() != QAbstractItemView.State.EditingState
    assert len(edited) == 8 + 1 + 10  # every editable column of the three tables


def test_the_recovery_dialog_is_named(start_main_window, data_dir, monkeypatch):
    (data_dir / "plan.json").write_bytes(b"{broken")
    shown = []

    def look(box):
        shown.append((unnamed(box), labels_without_buddy(box), len(box.buttons())))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", look)
    start_main_window(data_dir)
    assert shown and shown[0][:2] == ([], [])
    assert shown[0][2] >= 2


def test_the_quiz_wizard_is_named(open_main_window, data_dir):
    window = open_main_window(data_dir, map=True)
    window.quiz_action.trigger()
    from pmplanner.ui.quiz.wizard import QuizWizard

    wizards = window.findChildren(QuizWizard)
    assert wizards
    wizard = wizards[0]
    pages = []
    while True:
        pages.append((wizard.currentId(), unnamed(wizard), labels_without_buddy(wizard)))
        if not wizard.button(wizard.WizardButton.NextButton).isEnabled():
            break
        wizard.next()
        if wizard.currentId() == pages[-1][0]:
            break
    problems = [(page, names, labels) for page, names, labels in pages if names or labels]
    assert problems == []
