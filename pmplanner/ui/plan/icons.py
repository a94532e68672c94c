"""The plan editor's icons, drawn from SVG so they stay sharp at any scale.

QIcon renders an SVG at the size and device pixel ratio it is asked for, so
a 200 % screen gets a crisp icon instead of a scaled-up bitmap.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from pmplanner.paths import resources_dir


def icon_path(name: str) -> str:
    return str(resources_dir() / "icons" / f"{name}.svg")


@cache
def warning() -> QIcon:
    """The mark beside an overdue due date or a due follow-up."""
    return QIcon(icon_path("warning"))
