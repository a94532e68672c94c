"""The tracks' scores as horizontal bars (pyqtgraph), best at the top.

Imported only when the results page is built: pyqtgraph costs ~0.7 s to
import. Background, axes and labels follow the palette (so light and dark both
read well); each bar has its track's colour with an outline in the text colour.
What is drawn (the bars, their order, colours, scale and labels) comes from
``drawing.quiz_chart.chart_bars``, which the printed plan's chart draws too.
"""

from __future__ import annotations

from itertools import pairwise

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QGraphicsView, QSizePolicy, QVBoxLayout, QWidget

from pmplanner.drawing.quiz_chart import SCALE_MAX, TICKS, Bar
from pmplanner.wording.formats import number
from pmplanner.wording.quiz import score_text

BAR_HEIGHT = 0.6
ROW_PX = 38  # height of one bar's row
AXIS_PX = 56  # room for the bottom axis and its label


translate = QCoreApplication.translate


class ScoreChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quizChart")
        self.setAccessibleName(translate("QuizResults", "How well each track fits, out of 100"))
        self.bars: list[Bar] = []
        self.plot = pg.PlotWidget(self, enableMenu=False)
        # no pixmap of the plain background, as large as the plot (pyqtgraph keeps one)
        self.plot.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        self.plot.setObjectName("quizChartPlot")
        self.plot.setAccessibleName(self.accessibleName())
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.item = self.plot.getPlotItem()
        self.item.getViewBox().invertY(True)  # the best track on top
        # the scale ends at 100 (the room right of it is for the value labels)
        self.item.getAxis("bottom").setTicks(
            [
                [(v, number(v)) for v in TICKS],
                [((a + b) / 2, "") for a, b in pairwise(TICKS)],
            ]
        )
        self._bar_item: pg.BarGraphItem | None = None
        self._texts: list[pg.TextItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._apply_palette()

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        if self._bar_item is not None:
            self.item.removeItem(self._bar_item)
            self._bar_item = None
        for text in self._texts:
            self.item.removeItem(text)
        self._texts = []
        rows = list(range(len(self.bars)))
        self.item.getAxis("left").setTicks(
            [[(i, b.label) for i, b in zip(rows, self.bars, strict=True)]]
        )
        self.setFixedHeight(max(1, len(self.bars)) * ROW_PX + AXIS_PX)
        # the ranking in words, for people who do not see the chart
        description = "; ".join(score_text(b.label, b.value) for b in self.bars)
        self.setAccessibleDescription(description)
        self.plot.setAccessibleDescription(description)
        if self.bars:
            self._bar_item = pg.BarGraphItem(
                x0=[0.0] * len(rows),
                y=rows,
                height=BAR_HEIGHT,
                width=[b.share * SCALE_MAX for b in self.bars],
                brushes=[pg.mkBrush(b.colour) for b in self.bars],
            )
            self.item.addItem(self._bar_item)
            for row, bar in zip(rows, self.bars, strict=True):
                text = pg.TextItem(bar.value_text, anchor=(0, 0.5))
                text.setPos(bar.share * SCALE_MAX + 1.5, row)
                self.item.addItem(text)
                self._texts.append(text)
        # room on the right for the value labels; bars never move under the mouse
        self.item.setXRange(0, SCALE_MAX * 1.12, padding=0)
        self.item.setYRange(-0.6, max(0, len(rows) - 1) + 0.6, padding=0)
        self._apply_palette()

    # -- colours follow the palette ---------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        self.plot.setBackground(base)
        font = QFont(self.font())
        for name in ("left", "bottom"):
            axis = self.item.getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
            axis.setTickFont(font)
        self.item.setLabel(
            "bottom", translate("QuizResults", "Fit (out of 100)"), color=text.name()
        )
        if self._bar_item is not None:
            self._bar_item.setOpts(pen=pg.mkPen(text, width=1))
        for item in self._texts:
            item.setColor(text)
