"""A built career map over the built-in content and an empty plan."""

from __future__ import annotations

import pytest

from pmplanner.core.plan import Plan
from pmplanner.ui.plan.document import PlanDocument


@pytest.fixture
def document(qtbot, catalog):
    doc = PlanDocument(Plan(), catalog, store=None)
    yield doc
    doc.close()


@pytest.fixture
def area(qtbot, document):
    from pmplanner.ui.map.area import CareerMapArea

    widget = CareerMapArea(document)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitExposed(widget)
    widget.build()
    viewbox = widget.canvas.viewbox
    qtbot.waitUntil(lambda: viewbox.boundingRect().width() > 500)
    widget.canvas.fit_all()
    return widget


def click_role(qtbot, area, role_id: str) -> None:
    """Click the middle of a role's card (DESIGN.md testing pattern 8)."""
    from PySide6.QtCore import Qt

    canvas = area.canvas
    centre = area.content.card_rect(role_id).center()
    pos = canvas.view.mapFromScene(canvas.viewbox.mapViewToScene(centre))
    qtbot.mouseClick(canvas.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


@pytest.fixture
def data_dir(tmp_path):
    """A data folder holding a plan from Associate PM to Senior PM."""
    from pmplanner.core.plan import Plan
    from pmplanner.storage.plan_store import PlanStore

    path = tmp_path / "data"
    plan = Plan()
    plan.profile.current_role = "apm"
    plan.profile.target_role = "senior-pm"
    PlanStore(path).save(plan)
    return path


def open_map(qtbot, open_main_window, data_dir, size):
    """The real window at ``size`` showing the map at Fit, painted as a screenshot is."""
    window = open_main_window(data_dir)
    window.resize(*size)
    window.show_area(1)
    area = window.career_map
    canvas = area.canvas
    qtbot.waitUntil(lambda: canvas.viewbox.boundingRect().width() > 200)
    qtbot.wait(100)  # the window's layout settles
    canvas.fit_all()
    window.grab()  # paints everything, as a screenshot does
    return window, area
