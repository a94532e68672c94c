"""The goals panel, used the way a person does: buttons, keys, typing."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QSpinBox

from pmplanner.core.plan import GoalKind, GoalStatus
from pmplanner.ui.plan.date_edit import OptionalDateEdit
from pmplanner.ui.plan.delegates import NotesEditor
from pmplanner.ui.plan.goals_view import GoalsPanel
from pmplanner.ui.plan.models import contacts_model, goals_model
from pmplanner.wording.labels import status_label


def make_panel(qtbot, document) -> GoalsPanel:
    panel = GoalsPanel(document)
    qtbot.addWidget(panel)
    panel.resize(1100, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    return panel


def editor_of(panel) -> QLineEdit | QComboBox | QSpinBox | OptionalDateEdit:
    widget = QApplication.focusWidget()
    assert widget is not None and panel.view.isAncestorOf(widget)
    return widget


def commit(qtbot, panel, editor) -> None:
    """Press Enter in an inline editor; Qt commits it on the next event loop turn."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.view.state() != panel.view.State.EditingState)


def select_rows(panel, rows: list[int]) -> None:
    selection = QItemSelection()
    for row in rows:
        selection.select(
            panel.filter_proxy.index(row, 0),
            panel.filter_proxy.index(row, len(panel.model.columns) - 1),
        )
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    panel.view.selectionModel().select(selection, flags)
    panel.view.selectionModel().setCurrentIndex(
        panel.filter_proxy.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def visible_titles(panel) -> list[str]:
    proxy = panel.filter_proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_click_add_type_a_title_press_enter(qtbot, document):
    panel = make_panel(qtbot, document)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    editor = editor_of(panel)
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Take a SQL refresher")
    commit(qtbot, panel, editor)
    assert document.plan.goals[-1].title == "Take a SQL refresher"
    assert document.undo_stack.count() == 2  # add, then the title
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert len(document.plan.goals) == 4 and document.undo_stack.isClean()


def test_add_shortcut_and_tooltips_name_the_keys(qtbot, document):
    panel = make_panel(qtbot, document)
    assert "Ins" in panel.add_action.toolTip()
    assert "Ctrl+Shift+N" in panel.add_action.toolTip()
    assert "Ctrl+D" in panel.duplicate_action.toolTip()
    assert "Del" in panel.delete_action.toolTip()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Insert)
    assert len(document.plan.goals) == 5
    assert isinstance(editor_of(panel), QLineEdit)


def test_enter_and_f2_edit_the_current_cell(qtbot, document):
    panel = make_panel(qtbot, document)
    view = panel.view
    view.setFocus()
    view.setCurrentIndex(panel.filter_proxy.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = editor_of(panel)
    editor.selectAll()
    qtbot.keyClicks(editor, "Read Empowered")
    commit(qtbot, panel, editor)
    assert document.plan.goals[0].title == "Read Empowered"
    view.setCurrentIndex(panel.filter_proxy.index(1, goals_model(document).column_of("progress")))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    spin = editor_of(panel)
    assert isinstance(spin, QSpinBox) and spin.maximum() == 100 and spin.suffix() == " %"
    spin.selectAll()
    qtbot.keyClicks(spin, "60")
    commit(qtbot, panel, spin)
    assert document.plan.goals[1].progress == 60


def test_status_combo_done_sets_progress_and_completed(qtbot, document):
    panel = make_panel(qtbot, document)
    view = panel.view
    view.setFocus()
    view.setCurrentIndex(panel.filter_proxy.index(0, goals_model(document).column_of("status")))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = editor_of(panel)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        status_label(s) for s in GoalStatus
    ]
    combo.setCurrentIndex(combo.findData(GoalStatus.DONE.value))
    commit(qtbot, panel, combo)
    goal = document.plan.goals[0]
    assert goal.status == GoalStatus.DONE and goal.progress == 100 and goal.completed
    document.undo_stack.undo()
    assert document.plan.goals[0].status == GoalStatus.PLANNED
    assert document.plan.goals[0].completed is None


def test_due_date_editor_picks_and_clears(qtbot, document, today):
    panel = make_panel(qtbot, document)
    view = panel.view
    column = goals_model(document).column_of("due")
    view.setFocus()
    view.setCurrentIndex(panel.filter_proxy.index(0, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = editor_of(panel)
    date_edit = editor.parent() if not isinstance(editor, OptionalDateEdit) else editor
    assert isinstance(date_edit, OptionalDateEdit) and date_edit.calendarPopup()
    qtbot.keyClick(date_edit, Qt.Key.Key_Delete)  # clear it
    assert date_edit.value() is None and date_edit.text() == "No date"
    commit(qtbot, panel, date_edit)
    assert document.plan.goals[0].due is None
    # from empty, the arrow key starts at today
    qtbot.keyClick(view, Qt.Key.Key_F2)
    date_edit = editor_of(panel)
    date_edit = date_edit if isinstance(date_edit, OptionalDateEdit) else date_edit.parent()
    qtbot.keyClick(date_edit, Qt.Key.Key_Up)
    commit(qtbot, panel, date_edit)
    assert document.plan.goals[0].due == today


def test_kind_and_skills_editors(qtbot, document):
    panel = make_panel(qtbot, document)
    view, model = panel.view, goals_model(document)
    view.setFocus()
    view.setCurrentIndex(panel.filter_proxy.index(1, model.column_of("kind")))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = editor_of(panel)
    assert combo.currentText() == "Meetup"
    combo.setCurrentIndex(combo.findData(GoalKind.MENTOR.value))
    commit(qtbot, panel, combo)
    assert document.plan.goals[1].kind == GoalKind.MENTOR

    # F2 on the skills opens the searchable picker (no 260 px checklist in the cell)
    view.setCurrentIndex(panel.filter_proxy.index(1, model.column_of("skills")))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    picker = panel.detail.skills.picker
    assert picker.isVisible() and picker.search.hasFocus()
    qtbot.keyClicks(picker.search, "roadm")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert document.plan.goals[1].skills == ["roadmapping"]


def test_duplicate_and_delete_with_undo(qtbot, document):
    panel = make_panel(qtbot, document)
    view = panel.view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [g.title for g in document.plan.goals[:2]] == ["Read Inspired", "Read Inspired (copy)"]
    copy = document.plan.goals[1]
    assert copy.id != document.plan.goals[0].id and copy.skills == ["discovery"]
    # select three rows and delete them as one step
    select_rows(panel, [0, 2, 3])
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [g.title for g in document.plan.goals] == ["Read Inspired (copy)", "Dropped talk"]
    document.undo_stack.undo()
    assert [g.title for g in document.plan.goals] == [
        "Read Inspired",
        "Read Inspired (copy)",
        "Join a PM meetup",
        "SQL course",
        "Dropped talk",
    ]
    document.undo_stack.undo()
    assert len(document.plan.goals) == 4 and document.undo_stack.isClean()


def test_delete_button_is_disabled_without_a_selection(qtbot, document):
    panel = make_panel(qtbot, document)
    panel.view.clearSelection()
    assert not panel.delete_button.isEnabled() and not panel.duplicate_action.isEnabled()
    select_rows(panel, [1])
    assert panel.delete_button.isEnabled()
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert len(document.plan.goals) == 3


def test_filters_narrow_the_table(qtbot, document):
    panel = make_panel(qtbot, document)
    assert len(visible_titles(panel)) == 4
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findText("All networking"))
    assert visible_titles(panel) == ["Join a PM meetup", "Dropped talk"]
    panel.kind_filter.setCurrentIndex(0)
    panel.status_filter.setCurrentIndex(panel.status_filter.findText("Overdue"))
    assert visible_titles(panel) == ["Read Inspired"]
    panel.status_filter.setCurrentIndex(0)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search.hasFocus()
    qtbot.keyClicks(panel.search, "sql")
    assert visible_titles(panel) == ["SQL course"]
    panel.search.clear()
    panel.status_filter.setCurrentIndex(panel.status_filter.findText("Done"))
    assert visible_titles(panel) == ["SQL course"]


def test_filtered_out_message_and_add_clears_hiding_filters(qtbot, document):
    panel = make_panel(qtbot, document)
    qtbot.keyClicks(panel.search, "nothing like this")
    assert visible_titles(panel) == []
    assert panel.empty_label.isVisible()
    assert panel.empty_label.text() == "No goals match these filters."
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.search.text() == "" and len(visible_titles(panel)) == 5
    assert not panel.empty_label.isVisible()


def test_new_goal_takes_the_filtered_kind(qtbot, document):
    panel = make_panel(qtbot, document)
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData(GoalKind.WORKSHOP))
    panel.add_action.trigger()
    assert document.plan.goals[-1].kind == GoalKind.WORKSHOP
    assert visible_titles(panel) == ["Untitled goal"]


def test_sorting_by_clicking_the_due_header(qtbot, document):
    panel = make_panel(qtbot, document)
    column = goals_model(document).column_of("due")
    header = panel.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 10))
    order = header.sortIndicatorOrder()
    dated = ["Read Inspired", "Join a PM meetup"]
    if order == Qt.SortOrder.AscendingOrder:
        assert visible_titles(panel)[:2] == dated
    else:
        assert visible_titles(panel)[2:] == dated[::-1]
    assert header.sortIndicatorSection() == column
    # a second click turns the order round
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 10))
    assert header.sortIndicatorOrder() != order


def test_overdue_row_in_the_view(qtbot, document):
    from pmplanner.ui.plan import colours

    panel = make_panel(qtbot, document)
    index = panel.filter_proxy.index(0, goals_model(document).column_of("due"))
    assert index.data(Qt.ItemDataRole.ForegroundRole) == colours.overdue()
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("Overdue since")


def test_empty_plan_shows_how_to_add(qtbot, empty_document):
    panel = make_panel(qtbot, empty_document)
    assert panel.empty_label.isVisible()
    assert "Ins" in panel.empty_label.text()


def test_delete_key_in_an_open_editor_does_not_delete_the_goal(qtbot, document):
    panel = make_panel(qtbot, document)
    view, model = panel.view, goals_model(document)
    view.setFocus()
    view.setCurrentIndex(panel.filter_proxy.index(0, model.column_of("kind")))
    select_rows(panel, [0])
    view.setCurrentIndex(panel.filter_proxy.index(0, model.column_of("kind")))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = editor_of(panel)
    assert isinstance(combo, QComboBox)
    qtbot.keyClick(combo, Qt.Key.Key_Delete)
    view.setCurrentIndex(panel.filter_proxy.index(0, model.column_of("skills")))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    picker = panel.detail.skills.picker
    assert picker.isVisible()
    qtbot.keyClick(picker.search, Qt.Key.Key_Delete)
    qtbot.keyClick(picker.search, Qt.Key.Key_Escape)
    assert len(document.plan.goals) == 4


def open_notes_editor(qtbot, panel, row: int) -> NotesEditor:
    notes = panel.model.column_of("notes")
    {a.text(): a for a in panel.columns_button.menu().actions()}["Notes"].trigger()
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.proxy.index(row, notes))
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    editor = editor_of(panel)
    assert isinstance(editor, NotesEditor)
    return editor


def test_notes_take_several_lines_and_ctrl_enter_saves(qtbot, document):
    panel = make_panel(qtbot, document)
    editor = open_notes_editor(qtbot, panel, 1)  # "Join a PM meetup", no notes yet
    line = editor.fontMetrics().lineSpacing()
    notes_width = panel.view.columnWidth(panel.model.column_of("notes"))
    assert editor.height() >= 4 * line and editor.width() > notes_width
    assert panel.view.viewport().rect().contains(editor.geometry())
    qtbot.keyClicks(editor, "Ask about the venue")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a new line, not the end of the edit
    qtbot.keyClicks(editor, "bring cards")
    assert panel.view.state() == panel.view.State.EditingState
    assert document.plan.goals[1].notes == ""
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.view.state() != panel.view.State.EditingState)
    assert document.plan.goals[1].notes == "Ask about the venue\nbring cards"
    assert document.undo_stack.count() == 1
    index = panel.proxy.index(1, panel.model.column_of("notes"))
    assert index.data() == "Ask about the venue"  # the cell shows the first line
    document.undo_stack.undo()
    assert document.plan.goals[1].notes == "" and document.undo_stack.isClean()


def test_notes_editor_escape_cancels_and_leaving_it_saves(qtbot, document):
    panel = make_panel(qtbot, document)
    editor = open_notes_editor(qtbot, panel, 0)
    assert editor.toPlainText() == "Cagan\nsecond line"
    assert editor.textCursor().atEnd()  # typing adds to the notes, never replaces them
    qtbot.keyClicks(editor, " and more")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.view.state() != panel.view.State.EditingState)
    assert document.plan.goals[0].notes == "Cagan\nsecond line"
    assert document.undo_stack.count() == 0
    editor = open_notes_editor(qtbot, panel, 0)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "third line")
    panel.search.setFocus()  # leaving the editor keeps what was typed
    qtbot.waitUntil(lambda: panel.view.state() != panel.view.State.EditingState)
    assert document.plan.goals[0].notes == "Cagan\nsecond line\nthird line"
    assert document.undo_stack.count() == 1


def test_contact_notes_use_the_multi_line_editor(qtbot, document):
    from pmplanner.ui.plan.contacts_view import ContactsPanel

    panel = ContactsPanel(document)
    qtbot.addWidget(panel)
    panel.resize(1000, 400)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    model = contacts_model(document)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.proxy.index(0, model.column_of("notes")))
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    editor = editor_of(panel)
    assert isinstance(editor, NotesEditor) and editor.accessibleName() == "Notes"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Likes long walks")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.view.state() != panel.view.State.EditingState)
    assert document.plan.contacts[0].notes == "Ask about platform teams\nLikes long walks"
    document.undo_stack.undo()
    assert document.plan.contacts[0].notes == "Ask about platform teams"


def test_opening_the_calendar_of_an_empty_due_date_sets_nothing(qtbot, document, today):
    panel = make_panel(qtbot, document)
    view, model = panel.view, goals_model(document)
    view.setFocus()
    view.setCurrentIndex(panel.filter_proxy.index(2, model.column_of("due")))  # no due date
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = editor_of(panel)
    date_edit = editor if isinstance(editor, OptionalDateEdit) else editor.parent()
    assert isinstance(date_edit, OptionalDateEdit) and date_edit.value() is None
    arrow = date_edit.rect().topRight() + QPoint(-6, date_edit.height() // 2)
    qtbot.mouseClick(date_edit, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = date_edit.calendarWidget()
    assert calendar.window().isVisible()
    assert calendar.selectedDate().toPython() == today
    assert date_edit.value() is None
    calendar.window().hide()
    assert date_edit.value() is None
    commit(qtbot, panel, date_edit)
    assert document.plan.goals[2].due is None
    assert document.undo_stack.count() == 0
