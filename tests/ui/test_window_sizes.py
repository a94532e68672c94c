"""The window at 800×600 and 1024×700 with a realistic plan: everything reachable, titles readable.

Each size is grabbed as a screenshot and checked by code: the window's minimum
fits the size, every visible control lies inside the window or inside a scroll
area, and no goal title is cut off in its column.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QStyle, QWidget

from pmplanner.core.plan import Contact, Goal, GoalKind, GoalStatus, Plan, Profile
from pmplanner.storage.content import load_builtin_content
from pmplanner.storage.plan_store import PlanStore
from pmplanner.ui.plan.column_fit import TITLE_MIN_WIDTH
from tests.ui.conftest import make_every_tab

SIZES = [(800, 600), (1024, 700)]


def realistic_plan() -> Plan:
    catalog = load_builtin_content()
    roles = [r.id for r in catalog.roles]
    skills = [s.id for s in catalog.skills]
    today = date.today()
    titles = [
        (GoalKind.COURSE, "Reforge: Product Strategy program, weeks 1-6"),
        (GoalKind.BOOK, "Read Inspired by Marty Cagan"),
        (GoalKind.MEETUP, "Attend the ProductTank monthly meetup"),
        (GoalKind.COURSE, "SQL for product managers"),
        (GoalKind.WORKSHOP, "Discovery workshop with the design team"),
    ]
    goals = [
        Goal(
            kind=kind,
            title=title,
            due=today + timedelta(days=20 * n - 10),
            status=GoalStatus.DONE if n == 3 else GoalStatus.PLANNED,
            skills=skills[n : n + 2],
        )
        for n, (kind, title) in enumerate(titles)
    ]
    return Plan(
        profile=Profile(
            name="Sam",
            current_role=roles[0],
            target_role=roles[3],
            target_date=today + timedelta(days=210),
        ),
        goals=goals,
        contacts=[Contact(name="Ana Pérez", how_met="ProductTank")],
        skill_ratings={s: 2 for s in skills[:6]},
    )


@pytest.fixture
def window(open_main_window, tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    PlanStore(data_dir).save(realistic_plan())
    return open_main_window(data_dir)


def _settle(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)


def _scrolled(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _outside(window) -> list[str]:
    """Visible controls that stick out of the window and are not in a scroll area."""
    frame = QRect(QPoint(0, 0), window.size())
    bad = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if _scrolled(widget):
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not frame.contains(rect):
            name = widget.accessibleName() or widget.objectName() or type(widget).__name__
            bad.append(f"{name} at {rect.getRect()}")
    return bad


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_window_fits_and_every_control_is_reachable(qtbot, window, width, height):
    make_every_tab(window)  # their least sizes count too, made or not
    assert window.minimumSizeHint().width() <= width
    assert window.minimumSizeHint().height() <= height
    window.resize(width, height)
    panel = window.plan_editor.goals_panel
    panel.view.setCurrentIndex(panel.filter_proxy.index(0, 0))  # the detail pane shows
    _settle(qtbot)
    assert panel.detail.showing_goal()
    assert window.size().width() == width and window.size().height() == height
    assert not window.grab().isNull()
    assert _outside(window) == []
    window.show_area(1)  # the career map must fit as well
    _settle(qtbot)
    assert window.size().width() == width
    assert _outside(window) == []


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_goal_titles_are_not_clipped(qtbot, window, width, height):
    window.resize(width, height)
    _settle(qtbot)
    panel = window.plan_editor.goals_panel
    view = panel.view
    column = panel.model.column_of("title")
    assert view.columnWidth(column) >= TITLE_MIN_WIDTH
    metrics = view.fontMetrics()
    # a cell's text is inset by the focus frame margin + 1 on each side (QCommonStyle)
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    for row in range(panel.filter_proxy.rowCount()):
        text = panel.filter_proxy.index(row, column).data()
        assert metrics.horizontalAdvance(text) + margin <= view.columnWidth(column), text


def test_the_title_column_is_resized_by_dragging_its_edge(qtbot, window):
    window.resize(1024, 700)
    _settle(qtbot)
    panel = window.plan_editor.goals_panel
    header = panel.view.horizontalHeader()
    column = panel.model.column_of("title")
    before = header.sectionSize(column)
    edge = header.sectionViewportPosition(column) + before - 1
    y = header.height() // 2
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + 40, y))
    qtbot.mouseMove(header.viewport(), QPoint(edge + 80, y))
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge + 80, y))
    assert header.sectionSize(column) >= before + 60
    wide = header.sectionSize(column)
    window.resize(900, 650)  # the person's width stays
    _settle(qtbot)
    assert header.sectionSize(column) == wide


def test_the_side_panel_collapses_with_f9_and_comes_back(qtbot, window):
    window.resize(800, 600)
    _settle(qtbot)
    editor = window.plan_editor
    tabs_before = editor.tabs.width()
    window.activateWindow()
    editor.goals_panel.view.setFocus()
    qtbot.keyClick(editor.goals_panel.view, Qt.Key.Key_F9)
    _settle(qtbot)
    assert not editor.side_panel_shown()
    assert not editor.side_action.isChecked()
    assert editor.tabs.width() > tabs_before + 200
    qtbot.keyClick(editor.goals_panel.view, Qt.Key.Key_F9)
    _settle(qtbot)
    assert editor.side_panel_shown()
    assert editor.side_action.isChecked()


def test_skill_names_keep_a_readable_width_at_800(qtbot, window):
    window.resize(800, 600)
    editor = window.plan_editor
    editor.tabs.setCurrentWidget(editor.skills_panel)
    _settle(qtbot)
    view = editor.skills_panel.view
    assert view.columnWidth(0) >= 180
    assert view.horizontalScrollBar().value() == 0  # the names are in view, not scrolled away
