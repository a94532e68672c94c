"""The few colours the plan editor uses to make things stand out."""

from __future__ import annotations

from PySide6.QtGui import QColor

OVERDUE = QColor("#b3261e")  # red: overdue goals, due follow-ups
GAP = QColor("#b3261e")
SMALL_GAP = QColor("#9a6700")  # amber: a gap of one level
MET = QColor("#1a7f37")  # green: skill at the expected level
MUTED = QColor("#6e7781")  # dropped goals, placeholders
