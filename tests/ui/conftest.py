"""Starting the real main window, the way every window test does it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pmplanner.ui.main_window import MainWindow

OpenWindow = Callable[..., MainWindow]


@pytest.fixture
def open_main_window(qtbot) -> OpenWindow:
    """``open_main_window(data_dir, map=False)``: the window with its plan loaded.

    qtbot closes and deletes each window when the test ends; closing one saves
    its plan and closes its document, as Quit does.
    """

    def open_window(data_dir: Path, map: bool = False) -> MainWindow:
        window = MainWindow(data_dir)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.document_loaded, timeout=10_000):
            window.load_plan()
        if map:
            window.build_map()
        return window

    return open_window
