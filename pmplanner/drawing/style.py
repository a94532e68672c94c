"""Colours, pens and fonts of the career map, shared by the screen and the exporter.

A ``MapTheme`` holds every colour the map draws with. ``LIGHT`` is the map's
own light look (exported images and prints always use it); on screen the map
follows the window's palette through ``theme_for``, so a dark desktop gets a
dark map. Track colours stay as accents; text drawn on them gets its contrast
worked out (``ui.palette``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QTransform

from pmplanner.drawing import palette as pal

# The light look, kept as module constants for the exporter
BACKGROUND = QColor("#f6f8fa")
LANE_EVEN = QColor("#ffffff")
LANE_ODD = QColor("#eef1f4")
GRID_TEXT = QColor("#57606a")
CARD_TEXT = QColor("#1f2328")
CARD_SUBTEXT = QColor("#57606a")
EDGE = QColor("#6e7781")
EDGE_DIM = QColor(110, 119, 129, 50)
PATH = QColor("#e8590c")  # the highlighted route
SELECTED = QColor("#0969da")
CURRENT = QColor("#1f2328")
TARGET = QColor("#e8590c")
LOOK_ALIKE = QColor("#6e7781")

# readiness overlay: share of key skills at or above the expected level
# QT_TRANSLATE_NOOP returns its text (PySide6's stub says object)
READINESS_STEPS = cast(
    tuple[tuple[float, QColor, str], ...],
    (
        (1.0, QColor("#a6e3b0"), QT_TRANSLATE_NOOP("CareerMap", "all key skills")),
        (0.75, QColor("#d3f0c2"), QT_TRANSLATE_NOOP("CareerMap", "75% or more")),
        (0.5, QColor("#fff1b8"), QT_TRANSLATE_NOOP("CareerMap", "50% or more")),
        (0.25, QColor("#ffd8a8"), QT_TRANSLATE_NOOP("CareerMap", "25% or more")),
        (0.0, QColor("#ffc9c9"), QT_TRANSLATE_NOOP("CareerMap", "under 25%")),
    ),
)
TINT = 0.82  # how far a track's colour is mixed towards the card background


@dataclass(frozen=True, eq=False)
class MapTheme:
    name: str
    background: QColor
    lane_even: QColor
    lane_odd: QColor
    grid_text: QColor
    card_text: QColor
    card_subtext: QColor
    edge: QColor
    edge_dim: QColor
    path: QColor
    selected: QColor
    current: QColor
    target: QColor
    look_alike: QColor
    legend_fill: QColor
    legend_border: QColor
    card_base: QColor  # what track colours are mixed with for card fills
    readiness: tuple[tuple[float, QColor, str], ...] = READINESS_STEPS
    unrated: QColor = field(default_factory=lambda: QColor("#e4e7eb"))  # no key skill rated
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def dark(self) -> bool:
        return pal.luminance(self.background) < 0.18

    def tint(self, colour: QColor | str) -> QColor:
        """A card's fill for a track colour."""
        return self._cached(("tint", QColor(colour).rgba()), lambda: self._tint(colour))

    def _tint(self, colour) -> QColor:
        return pal.mix(colour, self.card_base, TINT if not self.dark else 0.7)

    def readiness_colour(self, share: float | None) -> QColor:
        """The fill for a share of rated key skills met; None: nothing rated yet."""
        if share is None:
            return self.unrated
        for floor, colour, _label in self.readiness:
            if share >= floor - 1e-9:
                return colour
        return self.readiness[-1][1]

    def text_on(self, fill: QColor) -> QColor:
        """Card text on ``fill``: the theme's text colour, or one that reads (4.5:1)."""
        return self._cached(
            ("text", QColor(fill).rgba()),
            lambda: pal.ensure_contrast(self.card_text, QColor(fill), pal.TEXT_CONTRAST),
        )

    def subtext_on(self, fill: QColor) -> QColor:
        return self._cached(
            ("sub", QColor(fill).rgba()),
            lambda: pal.ensure_contrast(self.card_subtext, QColor(fill), pal.TEXT_CONTRAST),
        )

    def badge_text(self, fill: QColor) -> QColor:
        """Black or white, whichever reads better on a badge of ``fill``."""
        black, white = QColor("#000000"), QColor("#ffffff")
        return max((white, black), key=lambda c: pal.contrast_ratio(c, fill))

    def lane_text(self, track_colour: QColor | str, lane_fill: QColor) -> QColor:
        """A track's name in its own colour, made to read on its lane."""
        key = ("lane", QColor(track_colour).rgba(), lane_fill.rgba())
        return self._cached(
            key, lambda: pal.ensure_contrast(track_colour, lane_fill, pal.TEXT_CONTRAST)
        )

    def _cached(self, key, make) -> QColor:
        value = self._cache.get(key)
        if value is None:
            value = self._cache[key] = make()
        return value


LIGHT = MapTheme(
    name="light",
    background=BACKGROUND,
    lane_even=LANE_EVEN,
    lane_odd=LANE_ODD,
    grid_text=GRID_TEXT,
    card_text=CARD_TEXT,
    card_subtext=CARD_SUBTEXT,
    edge=EDGE,
    edge_dim=EDGE_DIM,
    path=PATH,
    selected=SELECTED,
    current=CURRENT,
    target=TARGET,
    look_alike=LOOK_ALIKE,
    legend_fill=QColor(255, 255, 255, 235),
    legend_border=QColor("#d0d7de"),
    card_base=QColor("#ffffff"),
)


def dark_theme(palette: QPalette) -> MapTheme:
    """The map in a dark palette's colours; accents keep their hue but stay visible."""
    role = QPalette.ColorRole
    base = palette.color(role.Base)
    text = palette.color(role.Text)
    background = pal.mix(base, palette.color(role.Window), 0.3)
    mark = pal.MARK_CONTRAST
    edge = pal.ensure_contrast(pal.mix(text, background, 0.45), background, mark)
    edge_dim = QColor(edge)
    edge_dim.setAlpha(60)
    path = pal.ensure_contrast(PATH, background, mark)
    legend_fill = QColor(palette.color(role.Window))
    legend_fill.setAlpha(240)
    readiness = tuple(
        (floor, pal.mix(colour, base, 0.68), label) for floor, colour, label in READINESS_STEPS
    )
    return MapTheme(
        name="dark",
        background=background,
        lane_even=pal.mix(background, text, 0.03),
        lane_odd=pal.mix(background, text, 0.07),
        grid_text=pal.ensure_contrast(pal.mix(text, background, 0.3), background, 4.5),
        card_text=text,
        card_subtext=pal.mix(text, base, 0.25),
        edge=edge,
        edge_dim=edge_dim,
        path=path,
        # the selected role's moves are thin dotted lines: text contrast, not a mark's
        selected=pal.ensure_contrast(
            palette.color(role.Highlight), pal.mix(background, text, 0.07), pal.TEXT_CONTRAST
        ),
        current=pal.ensure_contrast(text, background, mark),
        target=path,
        look_alike=edge,
        legend_fill=legend_fill,
        legend_border=pal.mix(text, background, 0.7),
        card_base=base,
        readiness=readiness,
        unrated=pal.mix(base, text, 0.14),
    )


def theme_for(palette: QPalette) -> MapTheme:
    """The theme the on-screen map uses in ``palette``."""
    return dark_theme(palette) if pal.is_dark(palette) else LIGHT


def readiness_colour(share: float | None) -> QColor:
    return LIGHT.readiness_colour(share)


def tint(colour: QColor | str, amount: float = TINT) -> QColor:
    """``colour`` mixed with white: ``amount`` 0 keeps it, 1 gives white."""
    return pal.mix(colour, QColor("#ffffff"), amount)


def font(pixel_size: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(max(1, round(pixel_size)))
    f.setBold(bold)
    return f


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def scale_of(transform: QTransform) -> float:
    """How many device pixels one map unit spans under ``transform`` (no shear)."""
    return float((transform.m11() ** 2 + transform.m12() ** 2) ** 0.5)


def print_canvas(width: float, height: float, scale: float) -> tuple[QImage, QPainter]:
    """A white picture for print, ``scale`` pixels per unit, and a smooth painter on
    it drawing in units (the caller ends the painter)."""
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.scale(scale, scale)
    return image, painter
