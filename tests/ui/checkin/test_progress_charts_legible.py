"""The Progress charts read from the real widgets, at the window sizes people use.

A year of monthly check-ins over five skills: each chart is checked for what
would hide or garble what a person looks at (a legend over the newest points).
"""

from __future__ import annotations

import itertools
import math
import re
from datetime import UTC, date, datetime

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPicture
from PySide6.QtTest import QTest

from pmplanner.core.checkins import CheckIn, add_months
from pmplanner.core.plan import MAX_RATING, Goal, GoalStatus, Plan, Profile
from pmplanner.storage.plan_store import serialize_plan
from pmplanner.ui.plan import clock

from .test_progress_tab import open_progress

TODAY = date(2026, 4, 20)
SIZES = [(1200, 800), (800, 600)]
EXPECTED = {
    "communication": 4,
    "stakeholder-management": 4,
    "prioritisation": 4,
    "data-analysis": 3,
    "mentoring": 2,
}
RATINGS = {  # month by month, as a person rated themselves
    "communication": [2, 2, 3, 3, 3, 4, 4, 4, 5, 5],
    "stakeholder-management": [1, 2, 2, 2, 3, 3, 3, 4, 4, 4],
    "prioritisation": [3, 3, 3, 3, 4, 4, 4, 4, 4, 4],
    "data-analysis": [1, 1, 1, 2, 2, 2, 2, 2, 3, 3],  # the newest points low: bottom right
    "mentoring": [0, 0, 1, 1, 1, 1, 2, 2, 2, 2],
}


def year_of_check_ins() -> Plan:
    start = date(2025, 7, 3)
    checkins = [
        CheckIn(
            day=add_months(start, i),
            target_role="senior-pm",
            target_title="Senior Product Manager",
            expected=EXPECTED,
            ratings={skill: levels[i] for skill, levels in RATINGS.items()},
        )
        for i in range(10)
    ]
    months = [add_months(date(2025, 7, 1), i // 2) for i in range(16)]
    goals = [
        Goal(
            title=f"Goal {i}",
            status=GoalStatus.DONE,
            progress=100,
            completed=datetime(m.year, m.month, 5 + i % 20, 10, tzinfo=UTC),
        )
        for i, m in enumerate(months)
    ]
    return Plan(profile=Profile(target_role="senior-pm"), goals=goals, checkins=checkins)


def the_last_month_only() -> Plan:
    plan = year_of_check_ins()
    plan.checkins = plan.checkins[-1:]
    plan.goals = plan.goals[-1:]
    return plan


def nothing_yet() -> Plan:
    return Plan(profile=Profile(target_role="senior-pm"))


def write_plan(tmp_path, monkeypatch, plan: Plan):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    path = tmp_path / "data"
    path.mkdir()
    (path / "plan.json").write_bytes(serialize_plan(plan))
    return path


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    return write_plan(tmp_path, monkeypatch, year_of_check_ins())


def plots(charts) -> list[pg.PlotWidget]:
    return [charts.ratings_plot, charts.readiness_plot, charts.done_plot]


def legends(plot: pg.PlotWidget) -> list[pg.LegendItem]:
    return [item for item in plot.scene().items() if isinstance(item, pg.LegendItem)]


def plotted_marks(plot: pg.PlotWidget) -> list[QRectF]:
    """Scene rectangles of every plotted point (its symbol) and of points along each
    line between two plotted points, and of every bar."""
    box = plot.getPlotItem().vb
    marks: list[QRectF] = []

    def mark(x: float, y: float, size: float) -> None:
        centre = box.mapViewToScene(QPointF(x, y))
        marks.append(QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size))

    for curve in plot.getPlotItem().listDataItems():
        if isinstance(curve, pg.BarGraphItem):
            opts = curve.opts
            for x, height in zip(opts["x"], opts["height"], strict=True):
                corner = box.mapViewToScene(QPointF(x - opts["width"] / 2, 0))
                top = box.mapViewToScene(QPointF(x + opts["width"] / 2, height))
                marks.append(QRectF(corner, top).normalized())
            continue
        xs, ys = curve.getData()
        if xs is None:
            continue
        size = curve.opts["symbolSize"] if curve.opts["symbol"] else 2
        points = [(x, y) for x, y in zip(xs, ys, strict=True) if math.isfinite(y)]
        for x, y in points:
            mark(x, y, size)
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            for step in range(1, 20):
                t = step / 20
                mark(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, 2)
    return marks


def laid_out(qtbot, charts) -> None:
    """Wait until the charts, built when the tab was first shown, are laid out and drawn."""

    def ready(plot: pg.PlotWidget) -> bool:
        return (
            plot.isVisible()
            and plot.height() >= plot.minimumHeight() > 0
            and plot.viewport().size() == plot.contentsRect().size()
        )

    def settled() -> bool:  # in its scroll area, as wide as the area shows
        return all(ready(p) for p in plots(charts)) and (
            charts.width() == charts.parentWidget().width()
        )

    qtbot.waitUntil(settled)
    # painted as on screen until nothing moves: the ranges follow the data when
    # drawn, and an axis sizes itself to its labels when first painted
    last: list[QRectF] = []

    def steady() -> bool:
        for plot in plots(charts):
            plot.grab()
        now = [plot.getPlotItem().vb.sceneBoundingRect() for plot in plots(charts)]
        same = now == last
        last[:] = now
        return same

    qtbot.waitUntil(steady)


def each_skill(qtbot, charts):
    """Every skill in the chart's list, chosen with the keyboard as a person would."""
    combo = charts.skill_combo
    combo.setFocus()
    combo.setCurrentIndex(0)
    for index in range(combo.count()):
        if index:
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() == index
        yield combo.currentData()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_legend_covers_a_plotted_point_or_line(qtbot, data_dir, open_main_window, size):
    window = open_main_window(data_dir, size=size)
    charts = open_progress(qtbot, window).charts
    laid_out(qtbot, charts)
    assert legends(charts.ratings_plot), "the ratings chart says which line is which"
    assert charts.skill_combo.count() == len(EXPECTED)
    covered = []
    for skill in each_skill(qtbot, charts):
        for plot in plots(charts):
            plot.grab()  # painted as on screen: the ranges follow the data when drawn
            for legend in legends(plot):
                assert legend.isVisible()
                area = legend.sceneBoundingRect()
                shown = plot.mapFromScene(area).boundingRect()
                assert plot.viewport().rect().contains(shown), "the legend is shown whole"
                hidden = [m for m in plotted_marks(plot) if m.intersects(area)]
                if hidden:
                    covered.append((skill, plot.objectName(), len(hidden)))
    assert covered == []


def tick_labels(axis: pg.AxisItem) -> list[tuple[QRectF, str]]:
    """The tick labels the axis draws, where it draws them (as its paint() works them out)."""
    picture = QPicture()
    painter = QPainter(picture)
    try:
        if axis.style["tickFont"]:
            painter.setFont(axis.style["tickFont"])
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [] if specs is None else [(rect, text) for rect, _flags, text in specs[2]]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_tick_labels_and_titles_are_whole_and_apart(qtbot, data_dir, open_main_window, size):
    window = open_main_window(data_dir, size=size)
    charts = open_progress(qtbot, window).charts
    laid_out(qtbot, charts)
    crowded = []
    for plot in plots(charts):
        for side in ("left", "bottom"):
            labels = tick_labels(plot.getAxis(side))
            assert len(labels) >= 3, (plot.objectName(), side, labels)
            for n, (one, text) in enumerate(labels):
                for other, other_text in labels[n + 1 :]:
                    if one.intersects(other):
                        crowded.append((plot.objectName(), text, other_text))
        title = plot.getPlotItem().titleLabel
        assert title.item.boundingRect().width() <= plot.width(), "the title is not cut"
    assert crowded == []
    # every level of the rating scale is labelled, 0 to 5
    levels = [text for _, text in tick_labels(charts.ratings_plot.getAxis("left"))]
    assert sorted(levels, key=int) == [str(n) for n in range(MAX_RATING + 1)]


def test_at_800x600_the_progress_tab_fits_the_window_and_its_charts_scroll(
    qtbot, data_dir, open_main_window
):
    window = open_main_window(data_dir, size=(800, 600))
    panel = open_progress(qtbot, window)
    charts = panel.charts
    laid_out(qtbot, charts)
    # the window did not grow past the screen to make room for the charts
    assert window.minimumSizeHint().height() <= 600
    assert window.size() == QSize(800, 600)
    # each chart keeps its height (its labels apart, as tested above); what does not fit scrolls
    for plot in plots(charts):
        assert plot.height() >= plot.minimumHeight() > 0
    bar = panel.chart_scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    # the wheel over a chart scrolls the charts (the charts themselves do not zoom)
    view = charts.ratings_plot
    x_range = view.getPlotItem().vb.viewRange()[0]
    centre = view.viewport().mapTo(window, view.viewport().rect().center())
    QTest.wheelEvent(window.windowHandle(), QPointF(centre), QPoint(0, -120))
    assert bar.value() > 0
    view.grab()
    assert view.getPlotItem().vb.viewRange()[0] == x_range


def test_at_1200x800_the_three_charts_show_whole_without_scrolling(
    qtbot, data_dir, open_main_window
):
    window = open_main_window(data_dir, size=(1200, 800))
    panel = open_progress(qtbot, window)
    laid_out(qtbot, panel.charts)
    assert window.size() == QSize(1200, 800)
    assert panel.chart_scroll.verticalScrollBar().maximum() == 0
    shown = panel.chart_scroll.viewport()
    for plot in plots(panel.charts):
        where = QRect(plot.mapTo(shown, QPoint(0, 0)), plot.size())
        assert shown.rect().contains(where), plot.objectName()
    # and the list of check-ins below still shows several rows
    rows = panel.list
    assert rows.viewport().height() >= 5 * rows.sizeHintForRow(0)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_each_month_bar_stands_over_its_month_label(qtbot, data_dir, open_main_window, size):
    window = open_main_window(data_dir, size=size)
    charts = open_progress(qtbot, window).charts
    laid_out(qtbot, charts)
    axis = charts.done_plot.getAxis("bottom")
    box = charts.done_plot.getPlotItem().vb
    labels = [(axis.mapRectToScene(rect).center().x(), text) for rect, text in tick_labels(axis)]
    bars = charts.bars.opts
    months = [add_months(date(2025, 7, 1), i) for i in range(8)]  # July to February
    assert len(bars["x"]) == len(months)
    half = (box.mapViewToScene(QPointF(bars["width"], 0)) - box.mapViewToScene(QPointF(0, 0))).x()
    half /= 2
    for month, x in zip(months, bars["x"], strict=True):
        centre = box.mapViewToScene(QPointF(x, 0)).x()
        under = [text for at, text in labels if abs(at - centre) < half]
        # the months as the other charts name them: January by its year
        assert under == [str(month.year) if month.month == 1 else month.strftime("%b")], month


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_check_in_stands_at_the_same_place_in_both_charts_of_check_ins(
    qtbot, data_dir, open_main_window, size
):
    """Ratings and readiness come from the same check-ins, one chart above the other:
    a day sits at the same x in both, so the eye can go straight down."""
    window = open_main_window(data_dir, size=size)
    charts = open_progress(qtbot, window).charts
    laid_out(qtbot, charts)

    def across(plot: pg.PlotWidget, curve: pg.PlotDataItem) -> list[int]:
        box = plot.getPlotItem().vb
        xs, _ = curve.getData()
        scene = [box.mapViewToScene(QPointF(x, 0)) for x in xs]
        return [plot.mapTo(window, plot.mapFromScene(p)).x() for p in scene]

    ratings = across(charts.ratings_plot, charts.rating_curve)
    readiness = across(charts.readiness_plot, charts.readiness_curve)
    assert len(ratings) == 10
    assert all(abs(a - b) <= 1 for a, b in zip(ratings, readiness, strict=True)), (
        ratings,
        readiness,
    )


MONTH_OR_YEAR = re.compile(r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d{4})")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("plan", [the_last_month_only, nothing_yet], ids=lambda p: p.__name__)
def test_with_one_check_in_or_none_the_time_axes_name_months(
    qtbot, tmp_path, monkeypatch, open_main_window, size, plan
):
    """A lone check-in (or goals done in one month only, or none at all) once gave the
    time axis a span of a few seconds or days: "59.900 00:00:00 00.099", "Jan02"."""
    window = open_main_window(write_plan(tmp_path, monkeypatch, plan()), size=size)
    charts = open_progress(qtbot, window).charts
    laid_out(qtbot, charts)
    for plot in plots(charts):
        labels = tick_labels(plot.getAxis("bottom"))
        texts = [text for _, text in labels]
        assert len(texts) >= 3, (plot.objectName(), texts)
        assert all(MONTH_OR_YEAR.fullmatch(t) for t in texts), (plot.objectName(), texts)
        for n, (one, text) in enumerate(labels):
            for other, other_text in labels[n + 1 :]:
                assert not one.intersects(other), (plot.objectName(), text, other_text)
    # the lone check-in and the lone month of goals are in view
    for plot, item in ((charts.ratings_plot, charts.rating_curve), (charts.done_plot, None)):
        (low, high), _ = plot.getPlotItem().vb.viewRange()
        xs = charts.bars.opts["x"] if item is None else item.getData()[0]
        assert all(low < x < high for x in ([] if xs is None else xs))
