"""Compare two roles side by side, from a role's details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pmplanner.ui.map.compare_dialog import CompareDialog
from tests.ui.map.conftest import click_role


def _dialog(qtbot) -> CompareDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CompareDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, CompareDialog)
    return dialog


def test_compare_from_the_details_shows_both_roles_side_by_side(qtbot, area, document, catalog):
    document.set_profile_field("current_role", "apm")
    document.set_profile_field("target_role", "group-pm")
    document.set_skill_rating(catalog.role("pm").skills[0].skill, 1)
    click_role(qtbot, area, "pm")
    qtbot.mouseClick(area.details.compare_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    try:
        assert dialog.first_combo.currentData() == "pm"
        assert dialog.second_combo.currentData() == "group-pm"  # the target role
        text = dialog.table.text()
        assert "Product Manager" in text and "Group Product Manager" in text
        for row in dialog.comparison.skills:
            assert row.name in text
        assert "(−" in text  # the person's gap on the rated skill
        assert "not rated" in text
        assert "Associate Product Manager → Product Manager" in text  # the route to each
        dialog.second_combo.setCurrentIndex(dialog.second_combo.findData("tpm"))
        assert "Technical PM" in dialog.table.text()
        assert dialog.comparison.sides[1].role.id == "tpm"
    finally:
        dialog.close()


def test_the_route_to_each_counts_the_years_already_served(qtbot, area, document):
    document.set_profile_field("current_role", "software-engineer")
    document.set_profile_field("target_role", "tpm")
    document.set_profile_field("years_in_current_role", 3.0)
    click_role(qtbot, area, "software-engineer")
    qtbot.mouseClick(area.details.compare_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    try:
        dialog.first_combo.setCurrentIndex(dialog.first_combo.findData("tpm"))
        move = next(t for t in area.catalog.next_steps("software-engineer") if t.to_role == "tpm")
        text = dialog.table.text()
        ahead = f"{move.years - 3:g} year"
        assert f"about {ahead}" in text and "still ahead" in text, text
    finally:
        dialog.close()
