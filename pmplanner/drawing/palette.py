"""Colours worked out from the palette, so light and dark desktops both stay legible.

A few accents (overdue red, met green, the route's orange) keep their hue on
every palette, but their lightness is pushed until the text or line drawn in
them has enough contrast (WCAG 2: 4.5:1 for text, 3:1 for lines and marks)
against what they are drawn on.
"""

from __future__ import annotations

import functools

from PySide6.QtGui import QColor, QGuiApplication, QPalette

TEXT_CONTRAST = 4.5  # WCAG AA for normal text
MARK_CONTRAST = 3.0  # WCAG AA for lines, outlines and large text

Role = QPalette.ColorRole

# accents, as picked for a light background; `accent()` adapts them
RED = QColor("#b3261e")
AMBER = QColor("#9a6700")
GREEN = QColor("#1a7f37")


def app_palette() -> QPalette:
    return QGuiApplication.palette()


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2) of an opaque colour, 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    c = QColor(colour)
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours, 1 (same) to 21 (black on white)."""
    la, lb = luminance(a), luminance(b)
    light, dark = max(la, lb), min(la, lb)
    return (light + 0.05) / (dark + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    """The palette draws light text on a dark window."""
    palette = palette or app_palette()
    return luminance(palette.color(Role.Window)) < luminance(palette.color(Role.WindowText))


def mix(a: QColor | str, b: QColor | str, amount: float) -> QColor:
    """``a`` moved towards ``b``: ``amount`` 0 keeps a, 1 gives b (opaque)."""
    ca, cb = QColor(a), QColor(b)
    t = max(0.0, min(1.0, amount))
    return QColor(
        round(ca.red() + (cb.red() - ca.red()) * t),
        round(ca.green() + (cb.green() - ca.green()) * t),
        round(ca.blue() + (cb.blue() - ca.blue()) * t),
    )


def ensure_contrast(colour: QColor | str, background: QColor, ratio: float) -> QColor:
    """``colour`` with its hue kept, made lighter or darker until it reaches ``ratio``.

    It moves away from the background: lighter on a dark background, darker on a
    light one. If even white or black cannot reach the ratio, the best of the two
    is returned. Worked out once per colour pair (item views ask for every cell).
    """
    return QColor.fromRgba(_ensured(QColor(colour).rgba(), QColor(background).rgba(), ratio))


@functools.lru_cache(maxsize=512)
def _ensured(colour: int, background_rgba: int, ratio: float) -> int:
    c = QColor.fromRgba(colour)
    background = QColor.fromRgba(background_rgba)
    if contrast_ratio(c, background) >= ratio:
        return c.rgba()
    towards = QColor("white") if luminance(background) < 0.18 else QColor("black")
    low, high = 0.0, 1.0
    for _ in range(16):  # bisect the smallest change that is enough
        middle = (low + high) / 2
        if contrast_ratio(mix(c, towards, middle), background) >= ratio:
            high = middle
        else:
            low = middle
    best = mix(c, towards, high)
    if contrast_ratio(best, background) >= ratio:
        return best.rgba()
    other = QColor("black") if towards == QColor("white") else QColor("white")
    return max((best, other), key=lambda x: contrast_ratio(x, background)).rgba()


def accent(colour: QColor | str, palette: QPalette | None = None, role=Role.Base) -> QColor:
    """An accent text colour that reads on the palette's ``role``.

    On Base (item views) it also reads on AlternateBase, the other row colour.
    """
    palette = palette or app_palette()
    result = ensure_contrast(colour, palette.color(role), TEXT_CONTRAST)
    if role == Role.Base:
        alternate = palette.color(Role.AlternateBase)
        result = ensure_contrast(result, alternate, TEXT_CONTRAST)
        if contrast_ratio(result, palette.color(role)) < TEXT_CONTRAST:
            result = ensure_contrast(colour, palette.color(role), TEXT_CONTRAST)
    return result


def alert(palette: QPalette | None = None, role=Role.Base) -> QColor:
    """Red for overdue goals, failed saves and due follow-ups."""
    return accent(RED, palette, role)


def warning(palette: QPalette | None = None, role=Role.Base) -> QColor:
    return accent(AMBER, palette, role)


def success(palette: QPalette | None = None, role=Role.Base) -> QColor:
    return accent(GREEN, palette, role)


def muted(palette: QPalette | None = None, role=Role.Base) -> QColor:
    """Text that steps back (dropped goals, placeholders) but still reads (4.5:1)."""
    palette = palette or app_palette()
    background = palette.color(role)
    grey = mix(palette.color(Role.Text), background, 0.45)
    grey = ensure_contrast(grey, background, TEXT_CONTRAST)
    if role == Role.Base:
        grey = ensure_contrast(grey, palette.color(Role.AlternateBase), TEXT_CONTRAST)
    return grey


def dark_palette() -> QPalette:
    """A dark palette like the desktops' dark themes (for tests and screenshots).

    Under Xvfb or offscreen there is no system theme to follow; this stands in
    for one.
    """
    p = QPalette()
    window, base, text = QColor("#2b2d30"), QColor("#1e1f22"), QColor("#dfe1e5")
    colours = {
        Role.Window: window,
        Role.WindowText: text,
        Role.Base: base,
        Role.AlternateBase: QColor("#26282b"),
        Role.ToolTipBase: QColor("#3c3f41"),
        Role.ToolTipText: text,
        Role.PlaceholderText: QColor("#8c9099"),
        Role.Text: text,
        Role.Button: QColor("#393b40"),
        Role.ButtonText: text,
        Role.BrightText: QColor("#ff6b6b"),
        Role.Light: QColor("#4e5157"),
        Role.Midlight: QColor("#43454a"),
        Role.Mid: QColor("#323438"),
        Role.Dark: QColor("#191a1c"),
        Role.Shadow: QColor("#000000"),
        Role.Highlight: QColor("#2f65ca"),
        Role.HighlightedText: QColor("#ffffff"),
        Role.Link: QColor("#6ea8fe"),
        Role.LinkVisited: QColor("#b18cfe"),
    }
    for role, colour in colours.items():
        p.setColor(role, colour)
    disabled = QPalette.ColorGroup.Disabled
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        p.setColor(disabled, role, QColor("#7a7e85"))
    p.setColor(disabled, Role.Highlight, QColor("#4a4d52"))
    return p
