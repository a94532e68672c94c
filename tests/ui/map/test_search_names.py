"""Search by the names people use: abbreviations and other titles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.mark.parametrize(
    ("typed", "role_id"),
    [
        ("tpm", "tpm"),
        ("TPM", "tpm"),
        ("apm", "apm"),
        ("gpm", "group-pm"),
        ("vp", "vp-product"),
        ("cpo", "cpo"),
        ("head of product", "director-product"),
        ("staff pm", "staff-pm"),
        ("lead pm", "staff-pm"),
        ("po", "product-owner"),
        ("growth pm", "growth-pm"),
        ("ai pm", "ai-pm"),
        ("pmm", "product-marketing-manager"),
    ],
)
def test_an_abbreviation_or_other_name_finds_the_role_first(qtbot, area, typed, role_id):
    qtbot.keyClicks(area.search.edit, typed)
    assert area.search.matches()[0] == role_id
    qtbot.keyClick(area.search.edit, Qt.Key.Key_Return)
    assert area.selected == role_id


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("head of product", "Director of Product (also called Head of Product)"),
        ("lead pm", "Staff Product Manager (also called Lead PM)"),
        ("tpm", "Technical PM (also called TPM)"),
        ("apm", "Associate Product Manager"),  # its title's initials: nothing to add
        ("director of product", "Director of Product"),
    ],
)
def test_a_role_found_by_another_name_says_which(qtbot, area, typed, shown):
    qtbot.keyClicks(area.search.edit, typed)
    first = area.search.results.item(0).text()
    assert first.startswith(shown + " · "), first


def test_a_match_cut_by_a_narrow_list_reads_whole_on_hover(qtbot, area):
    qtbot.keyClicks(area.search.edit, "head of product")
    item = area.search.results.item(0)
    assert item.text() in item.toolTip() and "General product management" in item.toolTip()
