"""The whole editor: profile form, welcome, summary, skills and contacts panels."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QInputDialog,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from pmplanner.core.plan import Goal, GoalCategory, GoalKind, GoalStatus, Plan
from pmplanner.ui.plan.editor import PlanEditor
from pmplanner.ui.plan.models import contacts_model, goals_model, skills_model


def make_editor(qtbot, document) -> PlanEditor:
    editor = PlanEditor(document)
    qtbot.addWidget(editor)
    editor.resize(1300, 760)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry the way the keyboard does: open, move to it, Enter."""
    index = combo.findText(text)
    assert index >= 0, text
    combo.setFocus()
    combo.showPopup()
    view = combo.view()
    view.setCurrentIndex(combo.model().index(index, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: combo.currentIndex() == index)


def test_editor_identity_and_accessible_names(qtbot, document):
    editor = make_editor(qtbot, document)
    assert editor.objectName() == "planEditor"
    assert [editor.tabs.tabText(i).replace("&", "") for i in range(3)] == [
        "Goals (2 open)",
        "Skills",
        "Contacts (2)",
    ]
    unnamed = [
        w
        for w in editor.findChildren(QWidget)
        if w.isVisibleTo(editor)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not w.accessibleName()
        and type(w).__name__ in ("QLineEdit", "QComboBox", "QToolButton", "QPushButton")
        and w.parent().metaObject().className() not in ("QDateEdit", "OptionalDateEdit")
        and not w.objectName().startswith("qt_")
    ]
    assert unnamed == []


def test_choose_my_current_role_opens_the_list_with_the_focus_shown(qtbot, empty_document):
    editor = make_editor(qtbot, empty_document)
    combo = editor.profile_form.current_role_combo
    assert editor.welcome.isVisible()
    qtbot.mouseClick(editor.welcome.start_button, Qt.MouseButton.LeftButton)
    assert combo.view().isVisible()  # the list is open: something visibly happened
    assert editor.focusWidget() is combo  # where the focus returns when the list closes
    qtbot.keyClick(combo.view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not combo.view().isVisible())
    assert combo.hasFocus()
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    assert option.state & QStyle.StateFlag.State_HasFocus  # drawn with its focus ring
    qtbot.mouseClick(editor.welcome.start_button, Qt.MouseButton.LeftButton)
    view = combo.view()
    view.setCurrentIndex(combo.model().index(combo.findText("Associate PM"), 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: empty_document.plan.profile.current_role == "apm")


def test_first_steps_tick_off_and_stay_until_done(qtbot, empty_document):
    from pmplanner.core.plan import Goal

    editor = make_editor(qtbot, empty_document)
    welcome = editor.welcome
    form = editor.profile_form
    top = form.mapTo(editor, QPoint(0, 0))
    role_box = form.current_role_combo.mapTo(editor, QPoint(0, 0))
    choose(qtbot, form.current_role_combo, "Associate PM")
    # the first edit moves nothing under the pointer, and the checklist stays
    assert form.mapTo(editor, QPoint(0, 0)) == top
    assert form.current_role_combo.mapTo(editor, QPoint(0, 0)) == role_box
    assert welcome.isVisible()
    assert [label.text()[0] for label in welcome.step_labels] == ["✓", "○", "○", "○"]
    empty_document.undo_stack.undo()
    assert welcome.step_labels[0].text().startswith("○")
    empty_document.set_profile_field("current_role", "apm")
    empty_document.set_profile_field("target_role", "pm")
    empty_document.set_skill_rating("discovery", 2)
    assert welcome.isVisible()
    empty_document.add_goals([Goal(title="Read a book")])
    assert not welcome.isVisible()  # every step done
    assert form.mapTo(editor, QPoint(0, 0)) == top


def test_hidden_first_steps_stay_hidden_after_a_restart(qtbot, open_main_window, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    window = open_main_window(data_dir)
    welcome = window.plan_editor.welcome
    assert welcome.isVisible()
    qtbot.mouseClick(welcome.dismiss_button, Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()
    window.close()
    again = open_main_window(data_dir)
    assert not again.plan_editor.welcome.isVisible()
    assert again.plan_editor.welcome.is_dismissed()


def test_role_combos_group_by_track_and_mark_look_alikes(qtbot, document):
    editor = make_editor(qtbot, document)
    combo = editor.profile_form.target_role_combo
    texts = [combo.itemText(i) for i in range(combo.count()) if combo.itemText(i)]
    assert texts[0] == "Not set"
    # ladder first, by level; then the specialist track; look-alikes last
    assert texts[1:] == [
        "Product ladder",
        "Associate PM",
        "Product Manager",
        "Senior PM",
        "Technical PM",
        "Technical PM",
        "Look-alike titles",
        "Product Owner (look-alike title)",
    ]
    header = combo.model().item(combo.findText("Product ladder"))
    assert not header.isEnabled()
    assert combo.currentText() == "Product Manager"


def test_target_role_from_the_form_drives_the_skills_tab(qtbot, document):
    editor = make_editor(qtbot, document)
    panel = editor.skills_panel
    assert panel.heading.text() == (
        "Key skills for Product Manager: 1 of 2 at the expected level; 1 not rated yet"
    )
    choose(qtbot, editor.profile_form.target_role_combo, "Senior PM")
    assert document.plan.profile.target_role == "senior-pm"
    assert skills_model(document).rowCount() == 4
    assert panel.heading.text().startswith("Key skills for Senior PM: 0 of 2")
    choose(qtbot, editor.profile_form.target_role_combo, "Not set")
    assert document.plan.profile.target_role is None
    assert panel.pages.currentWidget() is panel.hint
    assert "Choose a target role" in panel.hint.text()


def test_typing_a_name_is_one_undo_step_and_undo_updates_the_form(qtbot, document):
    editor = make_editor(qtbot, document)
    name = editor.profile_form.name_edit
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Alex Doe")
    assert document.plan.profile.name == "Alex Doe"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert name.text() == "Sam" and document.undo_stack.isClean()
    document.undo_stack.redo()
    assert name.text() == "Alex Doe"


def test_target_date_and_background(qtbot, document):
    editor = make_editor(qtbot, document)
    form = editor.profile_form
    choose(qtbot, form.background_combo, "Design")
    assert document.plan.profile.background == "design"
    form.target_date_edit.setFocus()
    qtbot.keyClick(form.target_date_edit, Qt.Key.Key_Delete)
    assert document.plan.profile.target_date is None
    assert form.target_date_edit.text() == "Not set"
    settle(qtbot, editor)
    assert editor.summary.target_label.text() == "No target date set"
    document.undo_stack.undo()
    assert form.target_date_edit.value() == date(2026, 9, 18)


def test_unknown_background_is_shown_not_lost(qtbot, plan, make_document):
    plan.profile.background = "astronaut"  # not in this catalog
    document = make_document(plan)
    editor = make_editor(qtbot, document)
    combo = editor.profile_form.background_combo
    assert combo.currentText() == "Unknown background (astronaut)"
    assert combo.currentData() == "astronaut"
    assert document.plan.profile.background == "astronaut"
    assert document.undo_stack.count() == 0 and not document.autosave_pending()
    choose(qtbot, combo, "Design")
    assert document.plan.profile.background == "design"
    document.undo_stack.undo()
    assert document.plan.profile.background == "astronaut"
    assert combo.currentText() == "Unknown background (astronaut)"
    assert combo.findText("Unknown background (astronaut)") == combo.count() - 1  # only once


def test_summary_numbers(qtbot, document, today):
    editor = make_editor(qtbot, document)
    summary = editor.summary
    # 3 live goals (the dropped one does not count), one done
    assert summary.goals_label.text() == "1 of 3 goals done; 1 dropped"
    learning = summary.category_labels[GoalCategory.LEARNING]
    networking = summary.category_labels[GoalCategory.NETWORKING]
    assert learning.text() == "1/2 (Course 1/1 · Book 0/1)"
    assert networking.text() == "0/1 (Meetup 0/1)"
    assert summary.overdue_label.text() == "1 goal overdue"
    assert summary.target_label.text() == "140 days to your target date"
    assert summary.follow_ups_label.text() == "1 follow-up due"
    # marking the overdue book done updates it
    model = goals_model(document)
    model.setData(model.index(0, model.column_of("status")), "done")
    settle(qtbot, editor)
    assert summary.goals_label.text() == "2 of 3 goals done; 1 dropped"
    assert summary.overdue_label.text() == "Nothing overdue"


def test_summary_readiness_and_no_dropped_goals(qtbot, make_document):
    from pmplanner.core.plan import Goal, Plan, Profile

    plan = Plan(
        profile=Profile(target_role="pm"),
        goals=[Goal(title="A")],
        skill_ratings={"discovery": 3, "roadmapping": 1},
    )
    editor = make_editor(qtbot, make_document(plan))
    summary = editor.summary
    assert summary.goals_label.text() == "0 of 1 goal done"  # nothing dropped, nothing said
    assert summary.readiness_label.text() == "1 of 3 key skills met for Product Manager"
    editor.document.set_profile_field("target_role", None)
    settle(qtbot, editor)
    assert summary.readiness_label.text() == "Choose a target role to see how ready you are"


@pytest.mark.parametrize(
    ("target", "text"),
    [
        (date(2026, 5, 2), "1 day to your target date"),
        (date(2026, 5, 1), "Your target date is today"),
        (date(2026, 4, 28), "Target date passed 3 days ago"),
    ],
)
def test_summary_target_wording(qtbot, document, target, text):
    editor = make_editor(qtbot, document)
    document.set_profile_field("target_date", target)
    settle(qtbot, editor)
    assert editor.summary.target_label.text() == text


def test_skills_panel_rating_gap_and_create_goal(qtbot, document):
    editor = make_editor(qtbot, document)
    editor.tabs.setCurrentWidget(editor.skills_panel)
    panel = editor.skills_panel
    view, model = panel.view, skills_model(document)
    row = model.row_of("stakeholders")
    view.setFocus()
    view.setCurrentIndex(model.index(row, 2))
    assert model.index(row, 3).data() == "–"  # not rated: no gap counted
    assert not panel.create_goal_button.isEnabled()
    document.set_skill_rating("stakeholders", 0)
    assert model.index(row, 3).data() == "−2"
    assert panel.create_goal_button.isEnabled()
    qtbot.mouseClick(panel.create_goal_button, Qt.MouseButton.LeftButton)
    goal = document.plan.goals[-1]
    assert goal.title == "Build Stakeholder management" and goal.skills == ["stakeholders"]
    assert panel.feedback.text() == "Added “Build Stakeholder management” to your goals."
    # rate it with the inline combo: F2, choose 2, Enter
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    assert combo.itemText(2) == "2 – Working"
    combo.setCurrentIndex(2)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: document.plan.skill_ratings.get("stakeholders") == 2)
    assert model.index(row, 3).data() == "✓ Met"
    assert not panel.create_goal_button.isEnabled()
    assert panel.heading.text().endswith("2 of 3 at the expected level")
    for _step in range(3):  # the rating, the goal, the first rating (0)
        document.undo_stack.undo()
    assert document.undo_stack.isClean()
    assert "stakeholders" not in document.plan.skill_ratings
    assert len(document.plan.goals) == 4


def test_contacts_panel_add_edit_and_follow_up(qtbot, document, today):
    editor = make_editor(qtbot, document)
    editor.tabs.setCurrentWidget(editor.contacts_panel)
    panel = editor.contacts_panel
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    name = QApplication.focusWidget()
    qtbot.keyClicks(name, "Grace")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: document.plan.contacts[-1].name == "Grace")
    # Ctrl+T: contacted today
    contact_id = document.plan.contacts[-1].id
    panel.select(contact_id)
    qtbot.keyClick(panel.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    note = panel.findChild(QInputDialog, "contactedNote")
    assert note is not None  # an optional note first; Enter logs the contact without one
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert document.plan.contacts[-1].last_contact == today
    assert [i.day for i in document.plan.contacts[-1].interactions] == [today]
    # the due follow-up stands out
    model = contacts_model(document)
    due = model.index(0, model.column_of("next_follow_up"))
    assert due.data(Qt.ItemDataRole.ToolTipRole) == "Follow-up due since 20 Apr 2026"
    # delete with the Del key, undo brings it back
    panel.select(contact_id)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert len(document.plan.contacts) == 2
    for _ in range(4):
        document.undo_stack.undo()
    assert document.undo_stack.isClean() and len(document.plan.contacts) == 2


def test_goal_created_from_the_map_shows_in_the_table(qtbot, document):
    from pmplanner.core.plan import Goal

    editor = make_editor(qtbot, document)
    document.add_goals([Goal(title="Coffee with a staff PM", kind=GoalKind.MENTOR)])
    proxy = editor.goals_panel.filter_proxy
    titles = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert "Coffee with a staff PM" in titles
    settle(qtbot, editor)
    assert editor.tabs.tabText(0).replace("&", "") == "Goals (3 open)"


def test_replace_plan_updates_every_part(qtbot, document):
    from pmplanner.core.plan import Plan

    editor = make_editor(qtbot, document)
    document.replace_plan(Plan())
    assert editor.welcome.isVisible()
    assert editor.profile_form.name_edit.text() == ""
    assert editor.profile_form.target_role_combo.currentText() == "Not set"
    settle(qtbot, editor)
    assert editor.summary.goals_label.text() == "No goals yet"
    assert editor.skills_panel.pages.currentWidget() is editor.skills_panel.hint
    assert editor.goals_panel.empty_label.isVisible()


def test_dates_show_as_day_short_month_year():
    from pmplanner.wording.formats import format_date

    assert format_date(date(2026, 3, 5)) == "5 Mar 2026"


def test_clicking_an_empty_target_date_sets_nothing_until_a_date_is_picked(
    qtbot, empty_document, today
):
    editor = make_editor(qtbot, empty_document)
    date_edit = editor.profile_form.target_date_edit
    qtbot.mouseClick(date_edit, Qt.MouseButton.LeftButton, pos=date_edit.rect().center())
    assert empty_document.plan.profile.target_date is None
    assert empty_document.undo_stack.count() == 0
    # the arrow opens the calendar on today's month, today selected ...
    arrow = date_edit.rect().topRight() + QPoint(-6, date_edit.height() // 2)
    qtbot.mouseClick(date_edit, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = date_edit.calendarWidget()
    popup = calendar.window()
    assert popup.isVisible()
    assert calendar.selectedDate().toPython() == today
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    # ... but opening it is not a pick: the date stays unset, nothing to undo or save
    assert date_edit.value() is None and date_edit.text() == "Not set"
    assert empty_document.plan.profile.target_date is None
    assert empty_document.undo_stack.count() == 0
    popup.hide()  # closed without picking
    assert date_edit.value() is None and date_edit.text() == "Not set"
    assert empty_document.plan.profile.target_date is None
    assert empty_document.undo_stack.count() == 0 and not empty_document.autosave_pending()
    # a real pick sets it: open again, Enter on the selected day (today)
    qtbot.mouseClick(date_edit, Qt.MouseButton.LeftButton, pos=arrow)
    assert popup.isVisible() and date_edit.value() is None
    qtbot.keyClick(calendar.focusProxy() or calendar, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert empty_document.plan.profile.target_date == today
    assert empty_document.undo_stack.count() == 1
    empty_document.undo_stack.undo()
    assert empty_document.plan.profile.target_date is None
    assert date_edit.value() is None


def settle(qtbot, editor) -> None:
    """The summary is recounted once per event-loop turn after edits."""
    qtbot.waitUntil(lambda: not editor.summary_refresh_pending(), timeout=2000)


def test_create_goal_for_a_gap_that_has_a_goal_says_so_and_adds_none(qtbot, document):
    document.set_skill_rating("stakeholders", 0)  # rated: a gap of 2 (unrated is no gap yet)
    editor = make_editor(qtbot, document)
    editor.tabs.setCurrentWidget(editor.skills_panel)
    panel = editor.skills_panel
    view, model = panel.view, skills_model(document)
    row = model.row_of("stakeholders")
    view.setFocus()
    view.setCurrentIndex(model.index(row, 2))
    qtbot.mouseClick(panel.create_goal_button, Qt.MouseButton.LeftButton)
    count = len(document.plan.goals)
    steps = document.undo_stack.count()
    qtbot.mouseClick(panel.create_goal_button, Qt.MouseButton.LeftButton)
    assert len(document.plan.goals) == count
    assert document.undo_stack.count() == steps
    assert panel.feedback.text() == (
        "Stakeholder management already has a goal: “Build Stakeholder management”. "
        "Nothing was added."
    )


def test_at_a_glance_orders_done_goals_with_and_without_a_time_zone(qtbot, make_document):
    """A file may mix completion times with and without a zone (the fuzz net found the
    window failing to open on one); the last goal done is the later instant."""
    from datetime import UTC, datetime

    from pmplanner.ui.plan.summary_view import SummaryView

    plan = Plan(
        goals=[
            Goal(title="Earlier", status=GoalStatus.DONE, completed=datetime(2026, 3, 1, 9)),
            Goal(
                title="Later",
                status=GoalStatus.DONE,
                completed=datetime(2026, 4, 1, 9, tzinfo=UTC),
            ),
        ]
    )
    summary = SummaryView(make_document(plan))
    qtbot.addWidget(summary)
    assert summary.last_done_label.text().startswith("Later")
