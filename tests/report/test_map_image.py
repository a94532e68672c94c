"""export_map_image: the whole map as PNG or SVG, in a fresh process, headless."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QColor, QImage

from pmplanner.drawing.style import PATH

SCRIPT = """
import json, sys
from pmplanner.core.plan import Plan
from pmplanner.report.map_image import export_map_image
from pmplanner.storage.content import load_builtin_content
out, width, profile = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
plan = Plan()
plan.profile.current_role = profile.get("current")
plan.profile.target_role = profile.get("target")
print(export_map_image(load_builtin_content(), plan, out, int(width) if width else None))
"""


def export(out, width=None, **profile):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(out), str(width or ""), json.dumps(profile)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    return out


def route_pixels(image: QImage) -> int:
    """Pixels in the route's colour (sampled every other pixel)."""
    target = QColor(PATH).rgb() & 0xFFFFFF
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) & 0xFFFFFF == target
    )


def test_png_has_the_asked_width_and_draws_the_route(qapp, tmp_path):
    plain = QImage(str(export(tmp_path / "plain.png", 1200)))
    routed = QImage(str(export(tmp_path / "route.png", 1200, current="pm", target="cpo")))
    assert plain.width() == routed.width() == 1200
    assert plain.height() == routed.height() > 600
    # the legend has a little of the route colour; the highlighted route a lot more
    assert route_pixels(routed) > 3 * route_pixels(plain) + 200


def test_png_default_width_is_the_map_at_natural_size(qapp, tmp_path):
    image = QImage(str(export(tmp_path / "map.png")))
    assert 1500 < image.width() < 2500


def test_svg_has_the_asked_width(tmp_path):
    out = export(tmp_path / "map.svg", 1600, current="apm", target="vp-product")
    root = ET.parse(out).getroot()
    assert root.get("width") == "1600"
    assert root.get("viewBox").split()[2] == "1600"
    title = root.find("{http://www.w3.org/2000/svg}title").text
    assert "Associate Product Manager → VP of Product" in title
    assert not list(tmp_path.glob(".*part"))  # no leftover temporary file


@pytest.mark.parametrize(("name", "width"), [("map.jpg", 800), ("map.png", 50)])
def test_refuses_other_formats_and_silly_widths(qapp, tmp_path, catalog, name, width):
    from pmplanner.core.plan import Plan
    from pmplanner.report.map_image import ExportError, export_map_image

    with pytest.raises(ExportError):
        export_map_image(catalog, Plan(), tmp_path / name, width)
    assert not (tmp_path / name).exists()
