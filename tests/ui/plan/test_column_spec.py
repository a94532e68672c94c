"""One spec per list: a goal field is named in the column spec and nowhere else in the ui
or the report, and the table, its column chooser and the printed plan all take it from there.

The issue's measure: adding a goal field touches at most four files. The completion
date is such a field: the plan holds it (core/plan.py, as an attribute, not a string),
the status rules set it (core/goal_rules.py) and the spec (wording/columns.py) says how
it reads, sorts, is edited, shown and printed. The models, delegates, views and the PDF
read the spec: none of them names it.
"""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt

import pmplanner
from pmplanner.core.plan import Goal, GoalStatus, Plan
from pmplanner.report.options import COMPLETE, SHARE, options_for
from pmplanner.report.pdf import pdf_bytes
from pmplanner.ui.plan.goals_view import GoalsPanel
from pmplanner.ui.plan.models import goals_model
from pmplanner.wording.columns import GOAL_COLUMNS, column_named
from pmplanner.wording.formats import format_date

from ...report.pdf_text import shows, text_of

PACKAGE = Path(pmplanner.__file__).parent


def files_naming(field: str) -> set[str]:
    """The package's modules with ``field`` as a string literal, relative to the package."""
    found = set()
    for source in PACKAGE.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.Constant) and node.value == field for node in ast.walk(tree)):
            found.add(source.relative_to(PACKAGE).as_posix())
    return found


def test_the_completion_date_is_named_only_by_the_spec_and_the_status_rules():
    files = files_naming("completed")
    assert files == {"wording/columns.py", "core/goal_rules.py"}
    assert len(files | {"core/plan.py"}) <= 4  # with the plan's own field


def test_the_plain_goal_columns_are_named_in_the_ui_only_by_the_form_that_edits_them():
    """The kind has no behaviour of its own: outside the spec only the goal detail pane
    (a laid-out form whose fields commit by name) names it. ("progress" is also a
    section of the printed plan and a check-in's edit, so a grep cannot judge it.) The title,
    status, due date, skills, notes and link keep cell behaviour of their own (the
    placeholder, the done mark, overdue, the skills picker, tooltips)."""
    for field in ("kind",):
        files = files_naming(field)
        assert "wording/columns.py" in files
        outside = {f for f in files if f.startswith(("ui/", "report/"))}
        assert outside == {"ui/plan/goal_detail.py"}, (field, outside)


def done_goal() -> Goal:
    return Goal(
        title="Ship the pricing page",
        status=GoalStatus.DONE,
        progress=100,
        completed=datetime(2026, 2, 10, 12, 0, tzinfo=UTC),
    )


def test_the_table_and_its_column_chooser_take_the_completed_column_from_the_spec(qtbot, document):
    document.add_goals([done_goal()])
    panel = GoalsPanel(document)
    qtbot.addWidget(panel)
    model = goals_model(document)
    spec = column_named(GOAL_COLUMNS, "completed")
    column = model.column_of("completed")
    row = model.rowCount() - 1
    index = model.index(row, column)
    day = format_date(done_goal().completed.astimezone().date())  # type: ignore[union-attr]
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Completed"
    assert index.data(Qt.ItemDataRole.DisplayRole) == day
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable  # spec: no editor
    assert panel.view.isColumnHidden(column) == (not spec.shown)
    action = panel.column_actions["completed"]
    assert action.text() == "Completed" and action.isChecked() == spec.shown
    action.trigger()
    assert panel.view.isColumnHidden(column) == spec.shown


def test_the_printed_goals_table_has_the_completed_column(qapp, catalog):
    plan = Plan()
    plan.goals = [done_goal()]
    data, _pages = pdf_bytes(
        plan, catalog, today=datetime(2026, 3, 1).date(), options=options_for(COMPLETE)
    )
    text = text_of(data)
    assert column_named(GOAL_COLUMNS, "completed").printed
    assert shows(text, "Completed")
    assert shows(text, format_date(done_goal().completed.astimezone().date()))  # type: ignore[union-attr]


def test_a_shared_plan_leaves_the_empty_completed_column_out(qapp, catalog):
    """Shared, only open goals are listed: no completion date to print, no column."""
    plan = Plan()
    plan.goals = [done_goal(), Goal(title="Run a discovery sprint", progress=30)]
    data, _pages = pdf_bytes(
        plan, catalog, today=datetime(2026, 3, 1).date(), options=options_for(SHARE)
    )
    text = text_of(data)
    assert shows(text, "Run a discovery sprint") and shows(text, "Progress")
    assert not shows(text, "Completed")
