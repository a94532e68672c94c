"""The Progress tab: the charts' plotted data read back, and the list of check-ins."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGraphicsView

from pmplanner.core.checkins import CheckIn
from pmplanner.core.plan import Goal, GoalStatus, Plan, Profile
from pmplanner.storage.plan_store import serialize_plan
from pmplanner.ui.plan import clock
from pmplanner.ui.plan.progress_charts import stamp

TODAY = date(2026, 4, 1)


def check_in(day, ratings, expected=None, **more):
    expected = expected or {"communication": 4, "product-strategy": 3}
    return CheckIn(day=day, target_role="senior-pm", target_title="Senior PM",
                   expected=expected, ratings=ratings, **more)  # fmt: skip


def done(title, when):
    return Goal(title=title, status=GoalStatus.DONE, progress=100, completed=when)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    path = tmp_path / "data"
    path.mkdir()
    plan = Plan(
        profile=Profile(target_role="senior-pm"),
        goals=[
            done("Course", datetime(2026, 1, 20, 10, tzinfo=UTC)),
            done("Book", datetime(2026, 1, 25, 10, tzinfo=UTC)),
            done("Talk", datetime(2026, 2, 20, 10, tzinfo=UTC)),
        ],
        checkins=[
            check_in(
                date(2026, 2, 1), {"communication": 3, "product-strategy": 3}, wins="Roadmap review"
            ),
            check_in(date(2026, 1, 1), {"communication": 2}),
            check_in(
                date(2026, 3, 1),
                {"communication": 4, "product-strategy": 3},
                expected={"communication": 5, "product-strategy": 3},
            ),
        ],
    )
    (path / "plan.json").write_bytes(serialize_plan(plan))
    return path


def open_progress(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_area(0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    panel = window.plan_editor.progress_panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.charts is not None)
    return panel


def test_the_charts_plot_ratings_expected_levels_readiness_and_goals_done(
    qtbot, data_dir, open_main_window
):
    window = open_main_window(data_dir)
    assert window.plan_editor.progress_panel.charts is None  # nothing built before it is shown
    panel = open_progress(qtbot, window)
    charts = panel.charts
    days = [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
    assert charts.skill_combo.currentData() == "communication"
    xs, ys = charts.rating_curve.getData()
    assert list(xs) == [stamp(d) for d in days] and list(ys) == [2, 3, 4]
    xs, ys = charts.expected_curve.getData()
    assert list(ys) == [4, 4, 5]  # the level each day's target expected
    # another skill, unrated on the first day: a gap, not a zero
    charts.skill_combo.setCurrentIndex(charts.skill_combo.findData("product-strategy"))
    _, ys = charts.rating_curve.getData()
    assert math.isnan(ys[0]) and list(ys[1:]) == [3, 3]
    _, ys = charts.readiness_curve.getData()
    assert list(ys) == [0, 50, 50]
    bars = charts.bars.opts
    assert list(bars["height"]) == [2, 1]  # January, February
    assert list(bars["x"]) == [stamp(date(2026, m, 1)) for m in (1, 2)]  # over their labels
    # below: the check-ins, newest first, with what changed
    rows = [panel.list.topLevelItem(i) for i in range(panel.list.topLevelItemCount())]
    assert [r.text(0) for r in rows] == ["1 Mar 2026", "1 Feb 2026", "1 Jan 2026"]
    assert "Communication 3 → 4" in rows[0].text(3)
    assert "Done: Talk" in rows[0].text(3)
    assert "Communication 2 → 3 · " in rows[1].text(3) and "Wins: Roadmap review" in rows[1].text(3)
    assert "Done: Course, Book" in rows[1].text(3)
    assert rows[2].text(2) == "0 %"


def test_deleting_a_check_in_from_the_list_updates_the_charts_and_undoes(
    qtbot, data_dir, open_main_window
):
    window = open_main_window(data_dir)
    panel = open_progress(qtbot, window)
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert len(window.document.plan.checkins) == 2
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 2)
    charts = panel.charts
    charts.skill_combo.setCurrentIndex(charts.skill_combo.findData("communication"))
    assert list(charts.rating_curve.getData()[1]) == [2, 3]
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 3)
    assert list(charts.rating_curve.getData()[1]) == [2, 3, 4]


def test_the_charts_keep_no_picture_of_their_backgrounds(qtbot, data_dir, open_main_window):
    """pyqtgraph keeps each plot's background in a pixmap as large as the plot; a
    flat colour is painted each time instead, so the shown tab holds none."""
    window = open_main_window(data_dir)
    charts = open_progress(qtbot, window).charts
    plots = charts.findChildren(QGraphicsView)
    assert len(plots) == 3
    assert all(p.cacheMode() == QGraphicsView.CacheModeFlag.CacheNone for p in plots)
