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
