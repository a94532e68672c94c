"""The map as an image: the asked width, PNG or SVG, the route drawn."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtGui import QImage


def test_area_exports_png_of_the_asked_width(qtbot, area, tmp_path):
    out = area.export_image(tmp_path / "map.png", 900)
    image = QImage(str(out))
    assert image.width() == 900
    assert image.height() > 300


def test_area_exports_svg_of_the_asked_width(qtbot, area, document, tmp_path):
    document.set_profile_field("current_role", "pm")
    document.set_profile_field("target_role", "cpo")
    out = area.export_image(tmp_path / "map.svg", 1400)
    root = ET.parse(out).getroot()
    assert root.get("width") == "1400"
    title = root.find("{http://www.w3.org/2000/svg}title").text
    assert "Product Manager → Chief Product Officer" in title
    assert ">Senior Product<" in out.read_text(encoding="utf-8")  # a wrapped card title


def test_export_button_asks_for_file_and_width(qtbot, area, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "chosen"), "SVG image (*.svg)"),
    )
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (800, True))
    qtbot.mouseClick(area.export_button, Qt.MouseButton.LeftButton)
    root = ET.parse(tmp_path / "chosen.svg").getroot()
    assert root.get("width") == "800"
