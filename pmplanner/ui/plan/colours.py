"""The few colours the plan editor uses to make things stand out.

Worked out from the application's palette each time they are asked for, so a
table repainted after the palette changed (light to dark) stays legible: each
accent keeps its hue and gets at least 4.5:1 contrast against the rows.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from pmplanner.drawing import palette


def overdue() -> QColor:
    """Red: overdue goals, due follow-ups."""
    return palette.alert()


def gap() -> QColor:
    """Red: a skill two or more levels below what the role expects."""
    return palette.alert()


def small_gap() -> QColor:
    """Amber: a gap of one level."""
    return palette.warning()


def met() -> QColor:
    """Green: a skill at the expected level."""
    return palette.success()


def muted() -> QColor:
    """Dropped goals, placeholders: steps back but still reads."""
    return palette.muted()
