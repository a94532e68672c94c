"""The Plan menu's settings: how often to check in, when the calendar reminds.

Each choice is a document edit (one undo step); the checks follow the plan
each time the menu opens.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from pmplanner.core.rhythm import Alarm, Rhythm  # not checkins: no pydantic before the paint
from pmplanner.wording.noop import QT_TRANSLATE_NOOP

RHYTHMS = {
    Rhythm.MONTHLY: QT_TRANSLATE_NOOP("PlanMenu", "&Monthly"),
    Rhythm.SIX_WEEKS: QT_TRANSLATE_NOOP("PlanMenu", "Every &6 weeks"),
    Rhythm.QUARTERLY: QT_TRANSLATE_NOOP("PlanMenu", "&Quarterly"),
}
ALARMS = {
    Alarm.NONE: QT_TRANSLATE_NOOP("PlanMenu", "&No reminder"),
    Alarm.ON_THE_DAY: QT_TRANSLATE_NOOP("PlanMenu", "On the &day"),
    Alarm.DAY_BEFORE: QT_TRANSLATE_NOOP("PlanMenu", "A day &before"),
    Alarm.WEEK_BEFORE: QT_TRANSLATE_NOOP("PlanMenu", "A &week before"),
}


def _choices(window, menu: QMenu, setting: str, labels: dict) -> QMenu:
    group = QActionGroup(menu)
    actions: dict[str, QAction] = {}
    for value, label in labels.items():
        action = QAction(QCoreApplication.translate("PlanMenu", label), menu, checkable=True)
        action.setData(value.value)
        action.setObjectName(f"{setting}:{value.value}")
        group.addAction(action)
        menu.addAction(action)
        actions[value.value] = action

        def choose(_checked=False, value=value) -> None:
            if window.document is not None:
                window.document.set_plan_setting(setting, value)

        action.triggered.connect(choose)

    def sync() -> None:
        document = window.document
        enabled = document is not None and not document.is_closed
        for action in actions.values():
            action.setEnabled(enabled)
        if enabled:
            actions[str(getattr(document.plan, setting))].setChecked(True)

    menu.aboutToShow.connect(sync)
    return menu


def add_plan_settings(window, plan_menu: QMenu) -> None:
    tr = QCoreApplication.translate
    rhythm = plan_menu.addMenu(tr("PlanMenu", "Check-in &Rhythm"))
    rhythm.setObjectName("rhythmMenu")
    _choices(window, rhythm, "check_in_rhythm", RHYTHMS)
    reminders = plan_menu.addMenu(tr("PlanMenu", "Calendar Re&minders"))
    reminders.setObjectName("remindersMenu")
    _choices(window, reminders, "reminder_alarm", ALARMS)
