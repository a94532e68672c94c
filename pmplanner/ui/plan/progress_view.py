"""The Progress tab: charts over time (built when first shown) and the list of check-ins.

The charts (ui/plan/progress_charts.py, pyqtgraph) are imported the first
time the tab is shown, so start-up never pays for them. Below them, every
check-in, newest first, with what changed since the one before; a check-in
can be deleted on purpose (Delete, undoable).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmplanner.core.checkin_snapshot import readiness_share
from pmplanner.core.progress import CheckInChanges, changes
from pmplanner.ui.plan.checkin_edits import delete_check_in
from pmplanner.ui.plan.evidence_view import EvidencePanel
from pmplanner.ui.plan.shown_refresh import ShownRefresh
from pmplanner.ui.plan.tooltips import plain_tooltip
from pmplanner.wording import counts
from pmplanner.wording.formats import format_date, number, percent

if TYPE_CHECKING:
    from pmplanner.ui.plan.progress_charts import ProgressCharts

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ProgressPanel(QWidget):
    check_in_requested = Signal()

    def __init__(self, document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("progressPanel")
        self.document = document
        self.charts: ProgressCharts | None = None  # once the tab has been shown
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setObjectName("progressHeading")
        self.check_in_button = QPushButton(self.tr("Check In…"), self)
        self.check_in_button.setObjectName("progressCheckIn")
        self.check_in_button.clicked.connect(self.check_in_requested)
        self.delete_button = QPushButton(self.tr("Delete Check-in"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected check-in (undo brings it back)"))
        self.delete_button.clicked.connect(self.delete_selected)

        self.list = QTreeWidget(self)
        self.list.setObjectName("checkInList")
        self.list.setAccessibleName(self.tr("Check-ins"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels(
            [self.tr("Date"), self.tr("Target"), self.tr("Readiness"), self.tr("What changed")]
        )
        self.list.header().setAccessibleName(self.tr("Check-in columns"))
        self.list.setColumnWidth(0, 110)
        self.list.setColumnWidth(1, 190)
        self.list.setColumnWidth(2, 80)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        delete_key = QKeySequence(QKeySequence.StandardKey.Delete)
        self.list.addAction(self._delete_action(delete_key))

        # The charts scroll rather than set the window's least height: three charts
        # tall enough to read grew the window past 600 px, off an 800x600 screen.
        self.chart_scroll = QScrollArea(self)
        self.chart_scroll.setObjectName("progressChartScroll")
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        check_ins = QWidget(self)
        check_ins_layout = QVBoxLayout(check_ins)
        check_ins_layout.setContentsMargins(4, 4, 4, 4)
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        buttons.addWidget(self.check_in_button)
        buttons.addWidget(self.delete_button)
        check_ins_layout.addLayout(buttons)
        check_ins_layout.addWidget(self.list)
        self.evidence_panel = EvidencePanel(document, self)
        below = QTabWidget(self)
        below.setObjectName("progressLists")
        below.setAccessibleName(self.tr("Check-ins and evidence"))
        below.addTab(check_ins, self.tr("Check-ins"))
        below.addTab(self.evidence_panel, self.tr("Evidence"))
        self.lists = below
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.chart_scroll)
        self.splitter.addWidget(below)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

        self.freshness = ShownRefresh(self, document, self.refresh)
        self._update_buttons()

    def _delete_action(self, keys: QKeySequence):
        from PySide6.QtGui import QAction

        action = QAction(self.tr("Delete Check-in"), self.list)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(self.delete_selected)
        return action

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.charts is None:
            self.build_charts()
        self.freshness.shown()

    def build_charts(self) -> None:
        from pmplanner.ui.plan.progress_charts import ProgressCharts

        charts = ProgressCharts(self.document)
        self.chart_scroll.setWidget(charts)
        self.charts = charts
        # the charts whole when the lists keep their least height, else as much as fits
        total = sum(self.splitter.sizes())
        wanted = charts.minimumSizeHint().height()
        self.splitter.setSizes([wanted, max(0, total - wanted)])

    def refresh(self) -> None:
        if self.document.is_closed:
            return
        self.freshness.done()
        if self.charts is not None:
            self.charts.refresh()
        found = changes(self.document.plan)
        self.heading.setText(
            counts.check_ins(len(found)) if found else self.tr("No check-ins yet.")
        )
        selected = self.selected_id()
        self.list.clear()
        items = [self._item(entry) for entry in found]
        self.list.addTopLevelItems(items)
        for item in items:
            if item.data(0, ID_ROLE) == selected:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def _item(self, entry: CheckInChanges) -> QTreeWidgetItem:
        check_in = entry.check_in
        catalog = self.document.catalog
        lines = []
        for change in entry.ratings:
            was = "–" if change.before is None else number(change.before)
            now = "–" if change.after is None else number(change.after)
            lines.append(f"{catalog.skill_name(change.skill)} {was} → {now}")
        if entry.completed:
            titles = ", ".join(g.title or self.tr("Untitled goal") for g in entry.completed)
            lines.append(self.tr("Done: {goals}").format(goals=titles))
        if check_in.wins:
            lines.append(self.tr("Wins: {wins}").format(wins=check_in.wins.splitlines()[0]))
        if not lines:
            lines.append(self.tr("First check-in") if entry.first else self.tr("No changes"))
        target = check_in.target_title or self.tr("No target role")
        item = QTreeWidgetItem(
            [
                format_date(check_in.day),
                target,
                percent(round(readiness_share(check_in) * 100)) if check_in.expected else "–",
                " · ".join(lines),
            ]
        )
        item.setData(0, ID_ROLE, check_in.id)
        tip = [*lines]
        if check_in.reflection:
            tip.append(check_in.reflection)
        item.setToolTip(3, plain_tooltip("\n".join(tip)))
        return item

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(0, ID_ROLE)

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.list.currentItem() is not None)

    def delete_selected(self) -> None:
        check_in_id = self.selected_id()
        if check_in_id is not None:
            delete_check_in(self.document, check_in_id)
