"""The title column measures its longest title once, then only the rows that come or
change: adding one goal to thousands reads that goal, not every title again."""

from __future__ import annotations

from pmplanner.core.plan import Goal, GoalKind, Plan
from pmplanner.ui.plan.column_fit import TITLE_MAX_FIT, TITLE_MIN_WIDTH
from pmplanner.ui.plan.goals_view import GoalsPanel


def _panel(qtbot, make_document, n: int):
    plan = Plan(goals=[Goal(kind=GoalKind.BOOK, title=f"Goal {i}") for i in range(n)])
    document = make_document(plan)
    panel = GoalsPanel(document)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return document, panel


def test_adding_a_goal_to_thousands_reads_only_the_new_title(qtbot, make_document):
    document, panel = _panel(qtbot, make_document, 3000)
    model = panel.model  # the goals model under the view's sorting proxy
    reads: set[str] = set()  # the goals whose cells were read
    original = type(model).cell

    def counting(self, goal, field, role):
        reads.add(goal.id)
        return original(self, goal, field, role)

    type(model).cell = counting
    try:
        document.add_goals([Goal(kind=GoalKind.BOOK, title="One more")])
    finally:
        type(model).cell = original
    assert reads  # the new row was read
    assert len(reads) < 50, len(reads)  # not the 3,000 goals again


def test_a_longer_title_widens_the_column_and_removing_it_narrows_it(qtbot, make_document):
    document, panel = _panel(qtbot, make_document, 300)
    view = panel.view
    column = panel.model.column_of("title")
    before = view.columnWidth(column)
    assert before >= TITLE_MIN_WIDTH
    long_title = "A much longer goal title that needs room " * 2
    document.add_goals([Goal(kind=GoalKind.COURSE, title=long_title)])
    panel.resize(400, 600)  # a narrow table: the column keeps its longest title's width
    qtbot.wait(20)
    wide = view.columnWidth(column)
    assert wide > TITLE_MIN_WIDTH and wide == min(wide, TITLE_MAX_FIT + 8)
    hint = view.sizeHintForIndex(view.model().index(300, column)).width()
    assert wide >= min(hint, TITLE_MAX_FIT)
    document.undo_stack.undo()  # the long goal goes: measured again
    qtbot.wait(20)
    assert view.columnWidth(column) < wide
