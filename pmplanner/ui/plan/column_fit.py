"""A table's main text column (a goal's title, a skill's name) that stays readable.

It fills the table's free width, but is never narrower than TITLE_MIN_WIDTH nor
than its longest text (up to TITLE_MAX_FIT): the table scrolls sideways
instead. Once the person drags its edge, their width is kept.

The longest text is measured once (Qt's sizeHintForColumn, which reads up to a
thousand rows), then kept up to date from the rows that come or change: adding
one goal to ten thousand measures one row, not all of them again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QHeaderView

TITLE_MIN_WIDTH = 220
TITLE_MAX_FIT = 460  # a longer text than this is elided until the column is widened


class TitleColumnFit(QObject):
    """Keeps the title column filling the table until the person sizes it by hand.

    The title is at least TITLE_MIN_WIDTH and as wide as its longest title (up to
    TITLE_MAX_FIT) even when the table then scrolls sideways: titles stay readable.
    """

    def __init__(
        self, view, column: int, min_width: int = TITLE_MIN_WIDTH, max_fit: int = TITLE_MAX_FIT
    ):
        super().__init__(view)
        self.min_width = min_width
        self.max_fit = max_fit
        self.view = view
        self.column = column
        self.by_hand = False
        self._fitting = False
        self._longest: int | None = None  # the widest text's size hint, None: measure again
        header = view.horizontalHeader()
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized)
        header.sectionCountChanged.connect(lambda *_: self.fit())
        view.viewport().installEventFilter(self)
        header.sectionMoved.connect(lambda *_: self.fit())
        model = view.model()
        model.rowsInserted.connect(self._rows_inserted)
        model.dataChanged.connect(self._data_changed)
        for signal in (model.modelReset, model.rowsRemoved, model.layoutChanged):
            signal.connect(self._measure_again)

    def _measure_again(self, *_args) -> None:
        self._longest = None
        self.fit()

    def _rows_inserted(self, _parent, first: int, last: int) -> None:
        self._measure_rows(first, last)
        self.fit()

    def _data_changed(self, top_left, bottom_right, *_roles) -> None:
        if top_left.column() <= self.column <= bottom_right.column():
            self._measure_rows(top_left.row(), bottom_right.row())
        self.fit()

    def _measure_rows(self, first: int, last: int) -> None:
        if self._longest is None:
            return  # the next fit measures them all
        if last - first > 200:
            self._longest = None
            return
        model = self.view.model()
        for row in range(first, last + 1):
            hint = self.view.sizeHintForIndex(model.index(row, self.column)).width()
            self._longest = max(self._longest, hint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, section: int, _old: int, _new: int) -> None:
        if self._fitting:
            return
        if section == self.column and QApplication.mouseButtons():
            self.by_hand = True  # dragged: keep the person's width
        else:
            self.fit()  # another column changed or was shown/hidden: refit the title

    def fit(self) -> None:
        if self.by_hand or self._fitting:
            return
        header = self.view.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self.column and not header.isSectionHidden(c)
        )
        if self._longest is None:
            self._longest = self.view.sizeHintForColumn(self.column)
        longest = min(self._longest + 8, self.max_fit)
        width = max(self.min_width, longest, self.view.viewport().width() - others)
        self._fitting = True
        try:
            header.resizeSection(self.column, width)
        finally:
            self._fitting = False
