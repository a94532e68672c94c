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
