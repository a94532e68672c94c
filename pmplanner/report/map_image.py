"""The career map as a PNG or SVG file, with the plan's route highlighted.

Draws the same items as the on-screen map (``ui.map.scene``) into a plain
QGraphicsScene, so no window and no pyqtgraph are needed: an offscreen
QApplication is enough (one is created when none exists).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsScene

from pmplanner.core.catalog import CareerCatalog, CareerPath
from pmplanner.core.plan import Plan
from pmplanner.core.routes import plan_routes
from pmplanner.drawing import style
from pmplanner.drawing.legend import legend_size, paint_legend
from pmplanner.drawing.map_scene import MapContent
from pmplanner.storage.atomic import atomic_write_bytes
from pmplanner.storage.errors import SaveError
from pmplanner.wording import counts

MARGIN = 24
TITLE_H = 34
LEGEND_GAP = 16
FORMATS = (".png", ".svg")

_app: QApplication | None = None  # kept alive when this module made it


class ExportError(Exception):
    """The image could not be written; the message is one sentence for the person."""


def ensure_app() -> None:
    """An application object for drawing; offscreen when none is running."""
    global _app
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QApplication([])


def export_map_image(
    catalog: CareerCatalog, plan: Plan, out_path: Path | str, width: int | None = None
) -> Path:
    """Write the whole map with ``plan``'s fastest current->target route highlighted."""
    ensure_app()
    content = MapContent(catalog)
    current, target = plan.profile.current_role, plan.profile.target_role
    content.set_marks(current, target)
    content.set_route(plan_routes(catalog, current, target).fastest)
    return render_map(content, out_path, width)


def title_for(content: MapContent) -> str:
    catalog, cards = content.catalog, content.cards
    parts = [QCoreApplication.translate("CareerMap", "Career map")]
    if cards.current and cards.target:
        names = f"{catalog.role(cards.current).title} → {catalog.role(cards.target).title}"
        if content.route is not None:
            parts.append(
                QCoreApplication.translate(
                    "CareerMap", "{names}: {years} on the highlighted route"
                ).format(names=names, years=counts.years(content.route.years))
            )
        else:
            parts.append(
                QCoreApplication.translate("CareerMap", "{names}: no known route").format(
                    names=names
                )
            )
    return " · ".join(parts)


def render_map(
    content: MapContent, out_path: Path | str, width: int | None = None, readiness: bool = False
) -> Path:
    """Render ``content`` (as it is: marks, route, overlay) to a PNG or SVG file.

    The image is made in memory, then written atomically: on any failure
    ExportError (one sentence naming the file) and an earlier file at
    ``out_path`` stays byte for byte.
    """
    out_path = Path(out_path)
    suffix = out_path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(
            QCoreApplication.translate(
                "CareerMap", "The map can be saved as .png or .svg, not as {suffix!r}."
            ).format(suffix=out_path.suffix)
        )
    bounds = content.bounds
    if width is None:
        width = round(bounds.width()) + 2 * MARGIN
    if width < 200 or width > 20000:
        raise ExportError(
            QCoreApplication.translate(
                "CareerMap", "The image width must be between 200 and 20000 pixels."
            )
        )
    scale = (width - 2 * MARGIN) / bounds.width()
    legend = legend_size(content.catalog, readiness)
    legend_scale = min(1.0, (width - 2 * MARGIN) / legend.width())
    map_h = bounds.height() * scale
    height = round(MARGIN + TITLE_H + map_h + LEGEND_GAP + legend.height() * legend_scale + MARGIN)

    scene = QGraphicsScene()
    scene.addItem(content.root)
    try:
        if suffix == ".png":
            data = _png_bytes(scene, content, width, height, map_h, legend_scale, readiness)
        else:
            data = _svg_bytes(scene, content, width, height, map_h, legend_scale, readiness)
    finally:
        scene.removeItem(content.root)
    if data is None:
        raise ExportError(_could_not_write(out_path))
    try:
        atomic_write_bytes(out_path, data)
    except SaveError as exc:
        raise ExportError(str(exc)) from None
    return out_path


def _could_not_write(path: Path) -> str:
    return QCoreApplication.translate("CareerMap", "Could not write {path}.").format(path=path)


def _image(scene, content, width, height, map_h, legend_scale, readiness) -> QImage | None:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():  # too big for memory
        return None
    image.fill(style.BACKGROUND)
    painter = QPainter(image)
    _paint(painter, scene, content, width, map_h, legend_scale, readiness)
    painter.end()
    return image


def _png_bytes(scene, content, width, height, map_h, legend_scale, readiness) -> bytes | None:
    image = _image(scene, content, width, height, map_h, legend_scale, readiness)
    if image is None:
        return None
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # the stub says the format is bytes; PySide6 takes only a str
    saved = image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data()) if saved else None


def _paint(painter, scene, content, width, map_h, legend_scale, readiness) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(QRectF(0, 0, width, MARGIN + TITLE_H + map_h + 4000), style.BACKGROUND)
    painter.setPen(QColor(style.CARD_TEXT))
    painter.setFont(style.font(17, bold=True))
    painter.drawText(
        QRectF(MARGIN, MARGIN, width - 2 * MARGIN, TITLE_H - 8),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        title_for(content),
    )
    target = QRectF(MARGIN, MARGIN + TITLE_H, width - 2 * MARGIN, map_h)
    scene.render(painter, target, content.bounds, Qt.AspectRatioMode.KeepAspectRatio)
    painter.save()
    painter.translate(MARGIN, MARGIN + TITLE_H + map_h + LEGEND_GAP)
    painter.scale(legend_scale, legend_scale)
    paint_legend(painter, QPointF(0, 0), content.catalog, readiness)
    painter.restore()


def _svg_bytes(scene, content, width, height, map_h, legend_scale, readiness) -> bytes:
    from PySide6.QtSvg import QSvgGenerator

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(title_for(content))
    generator.setDescription(
        QCoreApplication.translate("CareerMap", "Career map exported by pmplanner")
    )
    painter = QPainter(generator)
    _paint(painter, scene, content, width, map_h, legend_scale, readiness)
    painter.end()
    buffer.close()
    text = bytes(data.data()).decode("utf-8")
    # QSvgGenerator gives the size in millimetres; the asked width is pixels
    return _pixel_size(text, width, height).encode("utf-8")


def _pixel_size(svg: str, width: int, height: int) -> str:
    import re

    head, sep, rest = svg.partition("<svg")
    tag, close, tail = rest.partition(">")
    tag = re.sub(r'\swidth="[^"]*"', f' width="{width}"', tag, count=1)
    tag = re.sub(r'\sheight="[^"]*"', f' height="{height}"', tag, count=1)
    return head + sep + tag + close + tail


def map_picture(
    catalog: CareerCatalog,
    current: str | None,
    target: str | None,
    route: CareerPath | None,
    width: int = 1800,
) -> QImage | None:
    """The whole map (title, map, legend) with the route highlighted, for a printed page.

    Never a crop: the whole width of the map, ``width`` pixels wide.
    """
    ensure_app()
    content = MapContent(catalog)
    content.set_marks(current, target)
    content.set_route(route)
    bounds = content.bounds
    scale = (width - 2 * MARGIN) / bounds.width()
    legend = legend_size(catalog, False)
    legend_scale = min(1.0, (width - 2 * MARGIN) / legend.width())
    map_h = bounds.height() * scale
    height = round(MARGIN + TITLE_H + map_h + LEGEND_GAP + legend.height() * legend_scale + MARGIN)
    scene = QGraphicsScene()
    scene.addItem(content.root)
    try:
        return _image(scene, content, width, height, map_h, legend_scale, False)
    finally:
        scene.removeItem(content.root)
