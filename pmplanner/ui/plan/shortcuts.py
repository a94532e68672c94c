"""Keyboard shortcuts as the person reads them in tooltips and hints."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence


def shortcut_text(shortcuts: list[QKeySequence]) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    joiner = QCoreApplication.translate("ListPanel", " or ")
    return joiner.join(s.toString(native) for s in shortcuts)
