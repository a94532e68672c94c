"""Starting the real main window, the way every window test does it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pmplanner.ui.main_window import MainWindow

OpenWindow = Callable[..., MainWindow]


def _shown(qtbot, data_dir: Path, size: tuple[int, int] | None) -> MainWindow:
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    return window


@pytest.fixture
def open_main_window(qtbot) -> OpenWindow:
    """``open_main_window(data_dir, map=False, size=None, active=False)``: the
    window shown (at ``size``, before showing, when given) with its plan loaded;
    ``map`` builds the career map too, ``active`` waits until the window has the
    keyboard focus.

    qtbot closes and deletes each window when the test ends; closing one saves
    its plan and closes its document, as Quit does.
    """

    def open_window(
        data_dir: Path,
        map: bool = False,
        size: tuple[int, int] | None = None,
        active: bool = False,
    ) -> MainWindow:
        window = _shown(qtbot, data_dir, size)
        with qtbot.waitSignal(window.document_loaded, timeout=10_000):
            window.load_plan()
        if map:
            window.build_map()
        if active:
            qtbot.waitExposed(window)
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
        return window

    return open_window


@pytest.fixture
def start_main_window(qtbot) -> OpenWindow:
    """``start_main_window(data_dir)``: the window shown and asked to load its plan,
    whatever comes of it (a plan that cannot be read asks first; the window may
    close without a document). Nothing is waited for."""

    def start_window(data_dir: Path, size: tuple[int, int] | None = None) -> MainWindow:
        window = _shown(qtbot, data_dir, size)
        window.load_plan()
        return window

    return start_window


def make_every_tab(window: MainWindow) -> None:
    """Make the plan's tabs that are made when first opened (Skills, Contacts,
    Progress), for checks that walk every widget of the window."""
    assert window.plan_editor is not None
    tabs = window.plan_editor.tabs
    for index in range(tabs.count()):
        tabs.widget(index)
