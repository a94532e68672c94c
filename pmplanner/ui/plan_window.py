"""The main window as the menus' actions see it.

``file_actions``, ``report_actions`` and the quiz take one of these;
``MainWindow`` derives from it. So the actions need not import
``main_window``, which imports them: no cycle.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QTabWidget

if TYPE_CHECKING:
    from pmplanner.ui.map.area import CareerMapArea
    from pmplanner.ui.plan.document import PlanDocument


class PlanWindow(QMainWindow):
    """A main window holding the plan's document (None until it is loaded)."""

    data_dir: Path  # the user data folder
    document: PlanDocument | None
    last_save_error: str  # why the latest save failed, one sentence ("" when it did not)
    areas: QTabWidget  # my plan, the career map
    career_map: CareerMapArea | None  # None until the plan is loaded

    def build_map(self) -> None:
        """Build the career map's canvas if it is not built yet (MainWindow does)."""
