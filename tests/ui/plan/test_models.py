"""The plan's item models: Qt model contract, display, and edits as undo steps."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from pmplanner.core.plan import GoalKind, GoalStatus
from pmplanner.ui.plan import colours
from pmplanner.ui.plan.goal_filter import OPEN, OVERDUE, GoalFilterProxy
from pmplanner.ui.plan.models import contacts_model, goals_model, skills_model
from pmplanner.ui.plan.roles import SORT_ROLE

Role = Qt.ItemDataRole


def test_models_pass_the_qt_model_tester(qtmodeltester, document):
    qtmodeltester.check(goals_model(document))
    qtmodeltester.check(contacts_model(document))
    qtmodeltester.check(skills_model(document))
    proxy = GoalFilterProxy()
    proxy.setSourceModel(goals_model(document))
    proxy.set_text_filter("o")
    qtmodeltester.check(proxy)


def test_models_pass_the_tester_while_editing(qtmodeltester, document):
    # the tester watches the signals of inserts, removals and edits
    model = goals_model(document)
    qtmodeltester.check(model, force_py=True)
    model.setData(model.index(0, 0), "Renamed")
    document.add_goals([model.goal(1).model_copy(update={"id": "new"})])
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert model.goal(0).title == "Read Inspired"


def test_overdue_goal_stands_out(document, today):
    model = goals_model(document)
    due = model.index(0, model.column_of("due"))
    title = model.index(0, model.column_of("title"))
    assert model.goal(0).is_overdue(today)
    assert due.data(Role.ForegroundRole) == colours.overdue()
    assert title.data(Role.ForegroundRole) == colours.overdue()
    assert due.data(Role.ToolTipRole) == "Overdue since 1 Apr 2026"
    assert due.data(Role.DecorationRole) is not None
    # not overdue: the meetup is due in June
    assert model.index(1, model.column_of("due")).data(Role.ForegroundRole) is None


def test_goal_display_and_sort_values(document):
    model = goals_model(document)
    col = model.column_of
    assert model.index(0, col("kind")).data() == "Book"
    assert model.index(1, col("status")).data() == "In progress"
    assert model.index(1, col("progress")).data() == "30 %"
    assert model.index(0, col("due")).data() == "1 Apr 2026"
    assert model.index(0, col("skills")).data() == "Product discovery"
    assert model.index(0, col("notes")).data() == "Cagan"
    assert model.index(0, col("due")).data(SORT_ROLE) < model.index(1, col("due")).data(SORT_ROLE)
    # undated goals sort after dated ones
    assert model.index(2, col("due")).data(SORT_ROLE) > model.index(1, col("due")).data(SORT_ROLE)
    assert model.index(1, col("progress")).data(SORT_ROLE) == 30


def test_edit_title_through_the_model_and_undo(document):
    model, stack = goals_model(document), document.undo_stack
    assert stack.isClean()
    assert model.setData(model.index(0, model.column_of("title")), "Read Empowered")
    assert document.plan.goals[0].title == "Read Empowered"
    assert not document.is_saved()
    stack.undo()
    assert document.plan.goals[0].title == "Read Inspired"
    assert stack.isClean() and document.is_saved()
    stack.redo()
    assert document.plan.goals[0].title == "Read Empowered"


def test_refused_and_unchanged_edits_push_nothing(document):
    model, stack = goals_model(document), document.undo_stack
    assert not model.setData(model.index(0, model.column_of("progress")), 150)
    assert not model.setData(model.index(0, model.column_of("kind")), "juggling")
    assert model.setData(model.index(0, model.column_of("title")), "Read Inspired")
    assert stack.count() == 0


def test_done_sets_progress_and_completed_and_undo_restores_them(document):
    model, stack = goals_model(document), document.undo_stack
    goal = document.plan.goals[1]
    assert (goal.status, goal.progress, goal.completed) == (GoalStatus.IN_PROGRESS, 30, None)
    model.setData(model.index(1, model.column_of("status")), GoalStatus.DONE.value)
    done = document.plan.goals[1]
    assert done.status == GoalStatus.DONE and done.progress == 100
    assert done.completed is not None
    stack.undo()
    back = document.plan.goals[1]
    assert (back.status, back.progress, back.completed) == (GoalStatus.IN_PROGRESS, 30, None)
    assert stack.isClean()


def test_progress_moves_status_along(document):
    model = goals_model(document)
    model.setData(model.index(0, model.column_of("progress")), 10)
    assert document.plan.goals[0].status == GoalStatus.IN_PROGRESS
    model.setData(model.index(0, model.column_of("progress")), 100)
    assert document.plan.goals[0].status == GoalStatus.DONE
    assert document.plan.goals[0].completed is not None


def test_due_date_edit_and_clear(document):
    model, stack = goals_model(document), document.undo_stack
    index = model.index(1, model.column_of("due"))
    model.setData(index, QDate(2026, 12, 24))
    assert document.plan.goals[1].due == date(2026, 12, 24)
    model.setData(index, None)
    assert document.plan.goals[1].due is None
    stack.undo()
    stack.undo()
    assert document.plan.goals[1].due == date(2026, 6, 1)


def test_kind_and_skills_edits(document):
    model = goals_model(document)
    model.setData(model.index(1, model.column_of("kind")), GoalKind.MENTOR.value)
    model.setData(model.index(1, model.column_of("skills")), ["discovery", "discovery", "pm"])
    goal = document.plan.goals[1]
    assert goal.kind == GoalKind.MENTOR and goal.skills == ["discovery", "pm"]
    assert document.undo_stack.count() == 2


def test_add_goals_is_one_undo_step(document):
    from pmplanner.core.plan import Goal

    model, stack = goals_model(document), document.undo_stack
    document.add_goals([Goal(title="A"), Goal(title="B")])
    assert [g.title for g in document.plan.goals[-2:]] == ["A", "B"]
    assert model.rowCount() == 6 and stack.count() == 1
    stack.undo()
    assert model.rowCount() == 4 and stack.isClean()


def test_contacts_edit_and_due_follow_up(document, today):
    model, stack = contacts_model(document), document.undo_stack
    follow = model.index(0, model.column_of("next_follow_up"))
    assert follow.data(Role.ForegroundRole) == colours.overdue()
    assert follow.data(Role.ToolTipRole) == "Follow-up due since 20 Apr 2026"
    assert model.index(1, model.column_of("next_follow_up")).data(Role.ForegroundRole) is None
    model.setData(model.index(1, model.column_of("name")), "Lin Chen")
    model.setData(follow, QDate(2026, 6, 1))
    assert document.plan.contacts[1].name == "Lin Chen"
    assert document.plan.contacts[0].next_follow_up == date(2026, 6, 1)
    assert follow.data(Role.ForegroundRole) is None
    stack.undo()
    stack.undo()
    assert document.plan.contacts[1].name == "Lin" and stack.isClean()


def test_skills_model_shows_gaps_and_rates_through_undo(document):
    model, stack = skills_model(document), document.undo_stack
    # target role pm: discovery 3, roadmapping 3, stakeholders 2; rated 2 and 3
    assert model.rowCount() == 3
    rows = {model.skill_id(r): r for r in range(3)}
    gap = model.index(rows["discovery"], 3)
    assert gap.data() == "−1"
    assert model.index(rows["roadmapping"], 3).data() == "✓ Met"
    assert model.index(rows["stakeholders"], 2).data() == "Not rated yet"
    # not rated: no gap is counted (a dash, muted), not a gap of the whole level
    assert model.index(rows["stakeholders"], 3).data() == "–"
    assert model.index(rows["stakeholders"], 3).data(Role.ForegroundRole) == colours.muted()
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    with_signal = []
    document.ratings_changed.connect(lambda: with_signal.append(1))
    assert model.setData(model.index(rows["discovery"], 2), 4)
    assert document.plan.skill_ratings["discovery"] == 4 and gap.data() == "✓ Met"
    assert with_signal
    stack.undo()
    assert document.plan.skill_ratings["discovery"] == 2 and stack.isClean()
    # rating an unrated skill, then undo, leaves it unrated (not 0)
    model.setData(model.index(rows["stakeholders"], 2), 0)
    assert document.plan.skill_ratings["stakeholders"] == 0
    stack.undo()
    assert "stakeholders" not in document.plan.skill_ratings


def test_skills_model_follows_the_target_role(document):
    model = skills_model(document)
    document.set_profile_field("target_role", "senior-pm")
    assert model.rowCount() == 4
    document.set_profile_field("target_role", None)
    assert model.rowCount() == 0
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert model.rowCount() == 3


def _titles(proxy) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_goal_filters(document):
    from pmplanner.core.plan import GoalCategory

    proxy = GoalFilterProxy()
    proxy.setSourceModel(goals_model(document))
    assert proxy.rowCount() == 4
    proxy.set_kind_filter(GoalCategory.NETWORKING)
    assert _titles(proxy) == ["Join a PM meetup", "Dropped talk"]
    proxy.set_kind_filter(GoalKind.BOOK)
    assert _titles(proxy) == ["Read Inspired"]
    proxy.set_kind_filter(None)
    proxy.set_status_filter(OPEN)
    assert _titles(proxy) == ["Read Inspired", "Join a PM meetup"]
    proxy.set_status_filter(OVERDUE)
    assert _titles(proxy) == ["Read Inspired"]
    proxy.set_status_filter(GoalStatus.DONE)
    assert _titles(proxy) == ["SQL course"]
    proxy.set_status_filter(None)
    proxy.set_text_filter("  EXAMPLE.org ")  # matches the link
    assert _titles(proxy) == ["SQL course"]
    proxy.set_text_filter("cagan")  # matches the notes
    assert _titles(proxy) == ["Read Inspired"]
    proxy.clear_filters()
    assert proxy.rowCount() == 4 and not proxy.is_filtering()


def test_goal_sorting_by_due_and_progress(document):
    proxy = GoalFilterProxy()
    proxy.setSourceModel(goals_model(document))
    model = goals_model(document)
    proxy.sort(model.column_of("due"), Qt.SortOrder.AscendingOrder)
    assert _titles(proxy)[:2] == ["Read Inspired", "Join a PM meetup"]
    proxy.sort(model.column_of("progress"), Qt.SortOrder.DescendingOrder)
    assert _titles(proxy)[:2] == ["SQL course", "Join a PM meetup"]
    # an edit re-sorts: the book moves to the top at 100 %
    model.setData(model.index(0, model.column_of("progress")), 100)
    assert _titles(proxy)[0] in ("SQL course", "Read Inspired")
    assert _titles(proxy)[2] == "Join a PM meetup"
