"""The "Due now" panel: a bar (a dock, at the top) listing what is due, one click each.

Shown (non-modal) when a plan opens with a check-in due, overdue goals or
follow-ups due; a click opens the check-in, or selects the goal or the contact.
It follows the plan's edits and can be closed; View > Due Now (Ctrl+Shift+D)
brings it back, with "Nothing is due" when that is so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QWidget

from pmplanner.core.due_now import DueNow, due_now
from pmplanner.ui.plan import clock
from pmplanner.ui.plan.tooltips import plain_tooltip
from pmplanner.wording.formats import format_date

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
VISIBLE_ROWS = 4  # the bar's height: more scroll


class DueNowDock(QDockWidget):
    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(self.tr("Due now"), parent or window)
        self.setObjectName("dueNowDock")
        self.window_ = window
        self.list = QListWidget(self)
        self.list.setObjectName("dueNowList")
        self.list.setAccessibleName(self.tr("Due now"))
        self.setWidget(self.list)
        self.list.itemClicked.connect(self.open_item)
        self.list.itemActivated.connect(self.open_item)  # Enter, by keyboard
        # a burst of edits (an undo of many) refreshes once, on the next turn
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)
        window.document.changed.connect(self._timer.start)
        self.refresh()

    def due(self) -> DueNow:
        return due_now(self.window_.document.plan, clock.today())

    def refresh(self) -> None:
        self._timer.stop()
        document = self.window_.document
        if document is None or document.is_closed:
            return
        due = self.due()
        self.list.clear()
        if due.check_in is not None:
            if document.plan.checkins:
                text = self.tr("Check-in due since {date}").format(date=format_date(due.check_in))
            else:
                text = self.tr("Take your first check-in")
            self._add(text, "checkin", "")
        for goal in due.goals:
            title = goal.title or self.tr("Untitled goal")
            text = self.tr("Overdue since {date}: {goal}").format(
                date=format_date(goal.due), goal=title
            )
            self._add(text, "goal", goal.id)
        for contact in due.follow_ups:
            name = contact.name or self.tr("Unnamed contact")
            text = self.tr("Follow up with {name} (due {date})").format(
                name=name, date=format_date(contact.next_follow_up)
            )
            self._add(text, "contact", contact.id)
        if not due:
            self._add(self.tr("Nothing is due. Well done."), "", "")
        self._fit_rows()

    def _fit_rows(self) -> None:
        """As tall as its items, up to VISIBLE_ROWS (then it scrolls): one line takes one."""
        rows = max(1, min(self.list.count(), VISIBLE_ROWS))
        row = self.list.sizeHintForRow(0) if self.list.count() else -1
        row = row if row > 0 else self.list.fontMetrics().lineSpacing()
        self.list.setFixedHeight(rows * row + 2 * self.list.frameWidth() + 4)

    def _add(self, text: str, kind: str, item_id: str) -> None:
        item = QListWidgetItem(text, self.list)
        item.setData(KIND_ROLE, kind)
        item.setData(ID_ROLE, item_id)
        item.setToolTip(plain_tooltip(text))  # it holds the person's text

    def open_item(self, item: QListWidgetItem) -> None:
        window = self.window_
        kind, item_id = item.data(KIND_ROLE), item.data(ID_ROLE)
        if kind == "checkin":
            window.open_check_in()
            return
        if kind not in ("goal", "contact"):
            return
        editor = window.plan_editor
        window.areas.setCurrentWidget(editor)
        panel = editor.goals_panel if kind == "goal" else editor.contacts_panel
        editor.tabs.setCurrentWidget(panel)
        panel.select(item_id)


def offer_due_now(window) -> DueNowDock | None:
    """Show the panel when something is due (at start); None when nothing is."""
    document = window.document
    if document is None or not due_now(document.plan, clock.today()):
        return None
    return show_due_now(window)


def show_due_now(window) -> DueNowDock | None:
    """Show the panel (View > Due Now), made the first time; None without a plan."""
    document = window.document
    if document is None or document.is_closed:
        return None
    dock = window.findChild(DueNowDock)
    if dock is None:
        dock = DueNowDock(window)
        window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, dock)
    dock.show()
    dock.raise_()
    return dock
