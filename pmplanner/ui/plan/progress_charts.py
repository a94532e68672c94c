"""The Progress tab's charts (pyqtgraph): a skill over time, readiness, goals done per month.

Imported when the tab is first shown (pyqtgraph is heavy); what is plotted
comes from ``core.progress``. Each chart keeps its plot items as attributes
(``rating_curve``, ``expected_curve``, ``readiness_curve``, ``bars``) so the
plotted data can be read back.
"""

from __future__ import annotations

import calendar
import math
from datetime import date

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import YEAR_MONTH_ZOOM_LEVEL
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pmplanner.core.plan import MAX_RATING
from pmplanner.core.progress import (
    completed_per_month,
    in_order,
    readiness_series,
    skill_series,
    skills_seen,
)
from pmplanner.ui.plan import clock

translate = QCoreApplication.translate
DAY_SECONDS = 86_400


MIN_SPAN = 120 * DAY_SECONDS  # a few month labels, even for one check-in


def stamp(day: date) -> float:
    """Seconds since the epoch at the day's start (UTC), as DateAxisItem reads them."""
    return float(calendar.timegm(day.timetuple()))


class MonthAxis(pg.DateAxisItem):
    """Dates as years and months only.

    DateAxisItem's finer levels put a month's name and a day's number on top of
    each other ("Jan02") and, over a lone check-in, showed seconds ("59.900").
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.zoomLevels = {math.inf: YEAR_MONTH_ZOOM_LEVEL}


def _show_span(plot: pg.PlotWidget, xs: list[float], margin: float) -> None:
    """From the first x to the last with a margin, at least MIN_SPAN wide with the
    newest at the right; the last half year when there is nothing yet."""
    if xs:
        high = max(xs) + margin
        low = min(min(xs) - margin, high - MIN_SPAN)
    else:
        high = stamp(clock.today())
        low = high - 182 * DAY_SECONDS
    plot.setXRange(low, high, padding=0)


def _plot(parent: QWidget, name: str, title: str, y_max: float, height: int = 130) -> pg.PlotWidget:
    plot = pg.PlotWidget(parent, enableMenu=False, axisItems={"bottom": MonthAxis()})
    # no pixmap of the plain background, as large as the plot (pyqtgraph keeps one)
    plot.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
    plot.setObjectName(name)
    plot.setAccessibleName(title)
    plot.setProperty("chart_title", title)
    plot.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    plot.setYRange(0, y_max, padding=0.05)
    # the same room for the left labels on every chart ("100" the widest): sized to
    # its own labels, each chart put a check-in's day at a different x
    widest = QFontMetricsF(QFont()).horizontalAdvance("100")
    plot.getAxis("left").setStyle(autoExpandTextSpace=False, tickTextWidth=math.ceil(widest) + 2)
    plot.setMinimumHeight(height)  # the tab scrolls below this (see ProgressPanel)
    return plot


def _legend_above(plot: pg.PlotWidget, entries: list[tuple[pg.PlotDataItem, str]]):
    """One row of legend between the title and the plotted area, right-aligned.

    Anchored inside the plot (pyqtgraph's addLegend) it covered the newest
    points, the ones a person looks at. It takes the layout row of the top
    axis, which these charts never show.
    """
    item = plot.getPlotItem()
    legend = pg.LegendItem(colCount=len(entries), frame=False, horSpacing=4)
    legend.layout.setContentsMargins(0, 0, 0, 0)
    for curve, name in entries:  # before it joins the layout: adding moves it to (0, 0)
        legend.addItem(curve, name)
    for entry in range(len(entries) - 1):  # room between one entry's name and the next
        legend.layout.setColumnSpacing(2 * entry + 1, 16)
    legend.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    item.layout.removeItem(item.getAxis("top"))
    item.layout.addItem(legend, 1, 1)
    item.layout.setAlignment(legend, Qt.AlignmentFlag.AlignRight)
    return legend


class ProgressCharts(QWidget):
    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("progressCharts")
        self.document = document
        self.skill_combo = QComboBox(self)
        self.skill_combo.setObjectName("progressSkill")
        self.skill_combo.setAccessibleName(translate("ProgressView", "Skill to chart"))
        label = QLabel(translate("ProgressView", "S&kill:"), self)
        label.setBuddy(self.skill_combo)
        self.skill_combo.currentIndexChanged.connect(self._show_skill)

        self.ratings_plot = _plot(
            self,
            "progressRatings",
            translate("ProgressView", "Your rating against the expected level"),
            MAX_RATING,
            height=170,  # a row more, for its legend
        )
        self.ratings_plot.getAxis("left").setTickSpacing(1, 1)
        self.rating_curve = self.ratings_plot.plot([], [], symbol="o", symbolSize=6)
        self.expected_curve = self.ratings_plot.plot([], [], stepMode=None)
        self.legend = _legend_above(
            self.ratings_plot,
            [
                (self.rating_curve, translate("ProgressView", "Your rating")),
                (self.expected_curve, translate("ProgressView", "Expected")),
            ],
        )
        self.readiness_plot = _plot(
            self,
            "progressReadiness",
            translate("ProgressView", "Readiness for the target (% of its skills met)"),
            100,
        )
        self.readiness_curve = self.readiness_plot.plot([], [], symbol="o", symbolSize=6)
        self.done_plot = _plot(
            self, "progressDone", translate("ProgressView", "Goals completed per month"), 1
        )
        self.bars = pg.BarGraphItem(x=[], height=[], width=DAY_SECONDS * 20)
        self.done_plot.addItem(self.bars)

        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.skill_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.ratings_plot, 2)
        layout.addWidget(self.readiness_plot, 1)
        layout.addWidget(self.done_plot, 1)
        self._apply_palette()
        self.refresh()

    def refresh(self) -> None:
        plan = self.document.plan
        self._checkins = in_order(plan)
        chosen = self.skill_combo.currentData()
        skills = skills_seen(self._checkins)
        catalog = self.document.catalog
        self.skill_combo.blockSignals(True)
        self.skill_combo.clear()
        for skill in skills:
            self.skill_combo.addItem(catalog.skill_name(skill), skill)
        self.skill_combo.setCurrentIndex(max(0, self.skill_combo.findData(chosen)))
        self.skill_combo.blockSignals(False)
        self.skill_combo.setEnabled(bool(skills))
        self._show_skill()
        days, shares = readiness_series(self._checkins)
        self.readiness_curve.setData([stamp(d) for d in days], shares)
        # one span for both charts of check-ins, whatever the skill shown
        for plot in (self.ratings_plot, self.readiness_plot):
            _show_span(plot, [stamp(d) for d in days], 15 * DAY_SECONDS)
        months = completed_per_month(plan.goals)
        # each bar over its month's label (the date axis labels a month at its first
        # day); centred mid-month they stood between two labels, read as either month
        xs = [stamp(m) for m, _ in months]
        heights = [n for _, n in months]
        self.bars.setOpts(x=xs, height=heights)
        # the months of the bars (each 20 days wide), or the last half year when none
        # was completed yet (an empty date axis showed meaningless numbers)
        _show_span(self.done_plot, xs, 20 * DAY_SECONDS)
        top = max([1, *heights])
        self.done_plot.setYRange(0, top, padding=0.05)
        self.done_plot.getAxis("left").setTickSpacing(max(1, math.ceil(top / 5)), 1)

    def _show_skill(self, *_args) -> None:
        skill = self.skill_combo.currentData()
        if skill is None:
            self.rating_curve.setData([], [])
            self.expected_curve.setData([], [])
            return
        series = skill_series(self._checkins, skill)
        xs = [stamp(d) for d in series.days]
        self.rating_curve.setData(xs, series.ratings, connect="finite")
        self.expected_curve.setData(xs, series.expected, connect="finite")

    def _apply_palette(self) -> None:
        colours = self.palette()
        text = colours.color(QPalette.ColorRole.WindowText)
        base = colours.color(QPalette.ColorRole.Base)
        highlight = colours.color(QPalette.ColorRole.Highlight)
        self.legend.setLabelTextColor(text)
        for _sample, label in self.legend.items:
            label.setText(label.text, color=text)
        for plot in (self.ratings_plot, self.readiness_plot, self.done_plot):
            plot.setBackground(base)
            plot.setTitle(plot.property("chart_title"), color=text)
            for axis in ("left", "bottom"):
                plot.getAxis(axis).setTextPen(text)
                plot.getAxis(axis).setPen(text)
        self.rating_curve.setPen(pg.mkPen(highlight, width=2))
        self.rating_curve.setSymbolBrush(highlight)
        self.expected_curve.setPen(pg.mkPen(text, width=1, style=Qt.PenStyle.DashLine))
        self.readiness_curve.setPen(pg.mkPen(highlight, width=2))
        self.readiness_curve.setSymbolBrush(highlight)
        self.bars.setOpts(brush=highlight, pen=pg.mkPen(text))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (event.Type.PaletteChange, event.Type.ApplicationPaletteChange):
            self._apply_palette()
