"""File > Export map image: ask where and how wide, then save what the map shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from pmplanner.report.map_image import ExportError
from pmplanner.ui.safe_text import literal
from pmplanner.ui.save_target import choose_save_path

DEFAULT_WIDTH = 2000


def _complete(name: str, chosen_filter: str) -> Path:
    """``name`` with the chosen image type's suffix where it has neither."""
    if Path(name).suffix.lower() in (".png", ".svg"):
        return Path(name)
    return Path(name + (".svg" if "svg" in chosen_filter.lower() else ".png"))


def ask_and_export(area: QWidget, export: Callable[[Path, int], Path]) -> Path | None:
    """Ask over ``area`` for a file and a width, then ``export(path, width)``.

    Returns the file written, or None.
    """
    translate = QCoreApplication.translate
    chosen = choose_save_path(
        area,
        lambda at: QFileDialog.getSaveFileName(
            area,
            translate("CareerMapArea", "Export the career map"),
            at,
            translate("CareerMapArea", "PNG image (*.png);;SVG image (*.svg)"),
        ),
        "career-map.png",
        _complete,
    )
    if chosen is None:
        return None
    path, _filter = chosen
    width, ok = QInputDialog.getInt(
        area,
        translate("CareerMapArea", "Image width"),
        translate("CareerMapArea", "Width in pixels:"),
        DEFAULT_WIDTH,
        200,
        20000,
        100,
    )
    if not ok:
        return None
    try:
        return export(path, width)
    except (ExportError, OSError) as error:
        QMessageBox.warning(
            area, translate("CareerMapArea", "Map not exported"), literal(str(error))
        )
        return None
