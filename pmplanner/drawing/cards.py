"""Every role card, lane band and level heading of the map, drawn by one item.

One item instead of thousands keeps building and repainting a large ladder
fast: only the cards in the exposed area are painted, in device pixels, so
text keeps a readable size at every zoom (it grows and shrinks with the map
within limits, and is left out when a card is too small to hold it). When
zoomed far out the cards are drawn in batches, one call per colour.
"""

from __future__ import annotations

import bisect
import html
from collections import defaultdict

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject

from pmplanner.core.careers import Role
from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.readiness import Readiness
from pmplanner.drawing import style
from pmplanner.drawing.layout import CARD_W, MapLayout, Rect
from pmplanner.drawing.titles import TITLE_MIN_PX, FittedTitle, fit_title
from pmplanner.wording import counts

# below this many device pixels of card width, cards are drawn without text
DETAIL_MIN_WIDTH = 56.0
# with more cards than this in view, the batched overview is used (titles only)
DETAIL_MAX_CARDS = 150
# with more cards than this in view, the overview leaves the titles out too
TITLE_MAX_CARDS = 600
# below DETAIL_MIN_WIDTH a card still shows its title, elided, down to this width
TITLE_MIN_WIDTH = 44.0


def _qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


class CardLayer(QGraphicsObject):
    def __init__(self, catalog: CareerCatalog, layout: MapLayout, parent=None, theme=style.LIGHT):
        super().__init__(parent)
        self.catalog = catalog
        self.layout = layout
        self.theme = theme
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setZValue(10)
        self.selected: str | None = None
        self.hovered: str | None = None
        self.current: str | None = None
        self.target: str | None = None
        self.path_roles: set[str] = set()
        self.dimmed: set[str] = set()
        self.readiness: dict[str, Readiness] | None = None  # None: overlay off
        self.focused = False  # the view has the keyboard focus: ring the selected card
        self._roles = {r.id: r for r in catalog.roles}
        self._track_colour = {t.id: QColor(t.colour) for t in catalog.tracks}
        self._level_names = {
            r.id: catalog.level_name(r.level) for r in catalog.roles
        }  # shown on each card
        self._wrap_cache: dict[tuple[object, ...], tuple[FittedTitle, str]] = {}
        # what the last paint drew, in device pixels: role id -> (card, title lines,
        # bottom of the title); role id -> badge (read by tests, as a person reads it)
        self.painted: dict[str, tuple[QRectF, list[str], float]] = {}
        self.painted_badges: dict[str, QRectF] = {}
        self.painted_subtitles: dict[str, str] = {}  # role id -> the bottom line drawn
        self._static_cache: dict[tuple[object, ...], tuple[float, list[str], QStaticText]] = {}
        self._groups: dict[tuple[int, int], list[QRectF]] | None = None
        self._by_top = sorted(
            (r.y, r.x, r.bottom, r.right, role_id) for role_id, r in layout.cards.items()
        )
        self._tops = [entry[0] for entry in self._by_top]
        self._tallest = max((r.h for r in layout.cards.values()), default=0.0)
        b = layout.bounds
        self._bounds = QRectF(b.x - 40, b.y - 40, b.w + 80, b.h + 80)

    # -- state ----------------------------------------------------------------
    def update_state(self, **changes) -> None:
        """Set any of selected, hovered, current, target, path_roles, dimmed, readiness,
        focused."""
        for name, value in changes.items():
            if not hasattr(self, name):
                raise AttributeError(name)
            setattr(self, name, value)
        if {"dimmed", "readiness"} & changes.keys():
            self._groups = None
        self.update()

    def set_theme(self, theme: style.MapTheme) -> None:
        self.theme = theme
        self._groups = None
        self.update()

    def fill_colour(self, role_id: str) -> QColor:
        """The colour a card is filled with: its track's, or its readiness when shown."""
        if self.readiness is not None and role_id in self.readiness:
            return self.theme.readiness_colour(self.readiness[role_id].share)
        return self.theme.tint(self._track_colour[self._roles[role_id].track])

    def text_colour(self, role_id: str) -> QColor:
        """The colour of a card's title: reads on its fill (4.5:1 at least)."""
        return self.theme.text_on(self.fill_colour(role_id))

    def cards_in(self, area: QRectF) -> list[str]:
        """Ids of the cards that touch ``area``, found by their top edge (bisect)."""
        top, bottom, left, right = area.top(), area.bottom(), area.left(), area.right()
        lo = bisect.bisect_left(self._tops, top - self._tallest)
        hi = bisect.bisect_right(self._tops, bottom)
        return [
            role_id
            for _y, x, bottom_y, right_x, role_id in self._by_top[lo:hi]
            if bottom_y >= top and x <= right and right_x >= left
        ]

    def role_at(self, pos: QPointF) -> str | None:
        return self.layout.role_at(pos.x(), pos.y())

    # -- QGraphicsItem --------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        exposed = option.exposedRect if option.exposedRect.isValid() else self._bounds
        transform = painter.transform()
        scale = style.scale_of(transform)
        visible = self.cards_in(exposed)
        if scale * CARD_W < DETAIL_MIN_WIDTH or len(visible) > DETAIL_MAX_CARDS:
            self._paint_overview(painter, visible)
            if scale * CARD_W >= TITLE_MIN_WIDTH and len(visible) <= TITLE_MAX_CARDS:
                self._paint_titles(painter, transform, scale, visible)
            return
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        for role_id in visible:
            self._paint_card(painter, transform, scale, role_id)
        painter.restore()

    # -- cards ----------------------------------------------------------------
    def _paint_overview(self, painter: QPainter, visible: list[str]) -> None:
        if self._groups is None:
            groups: dict[tuple[int, int], list[QRectF]] = defaultdict(list)
            for role_id, rect in self.layout.cards.items():
                role = self._roles[role_id]
                fill = QColor(self.fill_colour(role_id))
                edge = QColor(self._track_colour[role.track])
                if role_id in self.dimmed:
                    fill.setAlpha(70)
                    edge.setAlpha(70)
                groups[(fill.rgba(), edge.rgba())].append(_qrect(rect))
            self._groups = groups
        for (fill_rgba, edge_rgba), rects in self._groups.items():
            painter.setBrush(QColor.fromRgba(fill_rgba))
            pen = QPen(QColor.fromRgba(edge_rgba), 1)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawRects(rects)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for role_id, colour, width in self._outlines():
            pen = QPen(colour, width)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawRect(_qrect(self.layout.cards[role_id]))

    def _paint_titles(
        self, painter: QPainter, transform: QTransform, scale: float, visible: list[str]
    ) -> None:
        """The title of each card, fitted into its lines, from cached static text (fast)."""
        px = style.clamp(12 * scale, TITLE_MIN_PX, 14)
        painter.save()
        painter.resetTransform()
        pad = style.clamp(7 * scale, 3, 9)
        for role_id in visible:
            painter.setPen(self.text_colour(role_id))
            rect = transform.mapRect(_qrect(self.layout.cards[role_id]))
            width = rect.width() - 2 * pad - 4
            key = ("static", role_id, round(px, 1), round(width), round(rect.height()))
            cached = self._static_cache.get(key)
            if cached is None:
                if len(self._static_cache) > 4000:
                    self._static_cache.clear()
                role = self._roles[role_id]
                size, lines, _pitch, _rank = fit_title(
                    role.title,
                    width,
                    rect.height() - pad * 1.4,
                    px,
                    other_names=role.also_called,
                    tight=False,  # static text keeps the font's own line spacing
                )
                text = QStaticText("<br>".join(html.escape(line) for line in lines))
                text.setTextFormat(Qt.TextFormat.RichText)
                text.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
                cached = self._static_cache[key] = (size, lines, text)
            size, lines, text = cached
            painter.setFont(style.font(size, bold=True))
            painter.drawStaticText(QPointF(rect.x() + pad + 4, rect.y() + pad * 0.7), text)
            bottom = rect.y() + pad * 0.7 + len(lines) * QFontMetricsF(painter.font()).lineSpacing()
            self.painted[role_id] = (rect, lines, bottom)
        painter.restore()

    def _outlines(self) -> list[tuple[str, QColor, float]]:
        theme = self.theme
        out = [(r, theme.path, 2.5) for r in self.path_roles if r in self.layout.cards]
        for role_id, colour, width in (
            (self.current, theme.current, 3.0),
            (self.target, theme.target, 3.0),
            (self.selected, theme.selected, 4.0 if self.focused else 3.0),
        ):
            if role_id in self.layout.cards:
                out.append((role_id, colour, width))
        return out

    def _paint_card(
        self, painter: QPainter, transform: QTransform, scale: float, role_id: str
    ) -> None:
        theme = self.theme
        role = self._roles[role_id]
        rect = transform.mapRect(_qrect(self.layout.cards[role_id]))
        track_colour = self._track_colour[role.track]
        radius = style.clamp(6 * scale, 2, 8)
        stripe = style.clamp(6 * scale, 3, 7)
        painter.setOpacity(0.28 if role_id in self.dimmed else 1.0)

        if role_id == self.selected and self.focused:
            # the keyboard focus: a thick ring with a gap, clear on any fill
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(theme.selected, 3.5))
            painter.drawRoundedRect(rect.adjusted(-6, -6, 6, 6), radius + 5, radius + 5)
            painter.setPen(QPen(theme.background, 2))
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), radius + 2, radius + 2)
        elif role_id == self.selected or role_id == self.hovered:
            ring = QPen(theme.selected if role_id == self.selected else theme.edge, 2.5)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), radius + 3, radius + 3)

        if role_id in self.path_roles:
            border = QPen(theme.path, 3)
        elif role.look_alike:
            border = QPen(track_colour, 1.5, Qt.PenStyle.DashLine)
        else:
            border = QPen(track_colour, 1.2)
        if role_id == self.current:
            border = QPen(theme.current, 3)
        painter.setPen(border)
        painter.setBrush(self.fill_colour(role_id))
        painter.drawRoundedRect(rect, radius, radius)
        rated = self._rated_share(role_id)
        if rated is not None:  # the key skills not rated yet: the card's right part, grey
            outline = QPainterPath()
            outline.addRoundedRect(rect, radius, radius)
            painter.save()
            painter.setClipPath(outline, Qt.ClipOperation.IntersectClip)
            split = rect.x() + rect.width() * rated
            painter.fillRect(
                QRectF(split, rect.y(), rect.right() - split, rect.height()), self.theme.unrated
            )
            painter.restore()
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track_colour)
        inset = border.widthF() / 2
        painter.drawRect(
            QRectF(rect.x() + inset, rect.y() + radius, stripe, rect.height() - 2 * radius)
        )

        self._paint_text(painter, scale, role_id, rect.adjusted(stripe + inset, 0, 0, 0))
        painter.setOpacity(1.0)

    def _paint_text(self, painter: QPainter, scale: float, role_id: str, rect: QRectF) -> None:
        role = self._roles[role_id]
        pad = style.clamp(7 * scale, 3, 9)
        inset = style.clamp(4.9 * scale, 1.5, 6.3)  # above and below the text
        box = rect.adjusted(pad, inset, -pad, -inset)
        title_px = style.clamp(13 * scale, 9, 15)
        sub_px = style.clamp(11 * scale, 8, 13)
        if box.height() < TITLE_MIN_PX * 1.1 or box.width() < 24:
            return
        sub_h = sub_px * 1.35
        badge = self._badge_text(role_id)
        # the bottom line (level, badge) when the title fits above it; else, with a
        # badge, the badge as a small pill without words (as the legend shows it)
        # under the title; else the title has the whole card (the column heading
        # names the level)
        size_key = (round(title_px, 1), round(box.width()), round(box.height()))
        key = (role_id, *size_key, badge is not None)
        cached = self._wrap_cache.get(key)
        if cached is None:
            if len(self._wrap_cache) > 4000:
                self._wrap_cache.clear()
            cached = self._fit(role, box, title_px, sub_h, badge is not None)
            self._wrap_cache[key] = cached
        (size, lines, line_h, _rank), mode = cached
        title_font = style.font(size, bold=True)
        painter.setFont(title_font)
        painter.setPen(self.text_colour(role_id))
        y = box.y()
        for line in lines:
            painter.drawText(
                QRectF(box.x(), y, box.width(), line_h),
                Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextDontClip,
                line,
            )
            y += line_h
        self.painted[role_id] = (rect, lines, y)
        bottom = QRectF(box.x(), box.bottom() - sub_h, box.width(), sub_h)
        sub_width = box.width()
        if badge is not None:
            words_px = min(sub_px, bottom.height() / 1.45)
            words = QFontMetricsF(style.font(words_px, bold=True)).horizontalAdvance(badge[0])
            if mode == "compact" or words + words_px > bottom.width():  # no words cut short
                height = _compact_height(sub_h)
                strip = QRectF(box.x(), box.bottom() - height, box.width(), height)
                pill = self._badge(painter, height / 1.45, strip, "", badge[1], height * 2.2)
            else:
                pill = self._badge(painter, sub_px, bottom, *badge)
            self.painted_badges[role_id] = pill
            sub_width = pill.left() - box.x() - 4
        if mode != "above" or sub_width < 20:
            return
        painter.setFont(style.font(sub_px))
        painter.setPen(self.theme.subtext_on(self.fill_colour(role_id)))
        line = QFontMetricsF(painter.font()).elidedText(
            self._subtitle(role_id), Qt.TextElideMode.ElideRight, sub_width
        )
        painter.drawText(
            QRectF(box.x(), bottom.y(), sub_width, sub_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            line,
        )
        self.painted_subtitles[role_id] = line

    @staticmethod
    def _fit(
        role: Role, box: QRectF, title_px: float, sub_h: float, badge: bool
    ) -> tuple[FittedTitle, str]:
        """The title's lines and where the bottom line goes: "above" (the title over
        the level line and badge), "compact" (over a small badge without words) or
        "whole" (the title has the card)."""
        names = role.also_called
        above = fit_title(role.title, box.width(), box.height() - sub_h, title_px, True, names)
        if above.rank == 0 or (badge and not _elided(above)):
            return above, "above"
        if badge:
            height = box.height() - _compact_height(sub_h)
            compact = fit_title(role.title, box.width(), height, title_px, True, names)
            return (compact, "compact") if compact.rank < above.rank else (above, "above")
        whole = fit_title(role.title, box.width(), box.height(), title_px, True, names)
        return (whole, "whole") if whole.rank < above.rank else (above, "above")

    def _badge_text(self, role_id: str) -> tuple[str, QColor] | None:
        if role_id == self.current:
            return QCoreApplication.translate("CareerMap", "You are here"), self.theme.current
        if role_id == self.target:
            return QCoreApplication.translate("CareerMap", "Target"), self.theme.target
        return None

    def _rated_share(self, role_id: str) -> float | None:
        """With the readiness overlay, the share of the role's key skills rated when
        some but not all are (the card is coloured that far); else None."""
        if self.readiness is None or role_id not in self.readiness:
            return None
        ready = self.readiness[role_id]
        if not ready.total or not ready.rated or not ready.unrated:
            return None
        return ready.rated / ready.total

    def _subtitle(self, role_id: str) -> str:
        role = self._roles[role_id]
        if self.readiness is not None and role_id in self.readiness:
            # the readiness first (the column heading names the level)
            ready = self.readiness[role_id]
            if ready.total and not ready.rated:
                return QCoreApplication.translate("CareerMap", "not rated")
            text = QCoreApplication.translate("CareerMap", "ready {met}/{total}").format(
                met=ready.met, total=ready.rated
            )
            if ready.unrated:
                text += " · " + counts.skills_not_rated(ready.unrated)
            return text
        if role.look_alike:  # its level is its lane's heading, just above
            return QCoreApplication.translate("CareerMap", "≈ look-alike title")
        return self._level_names[role_id]

    def _badge(
        self,
        painter: QPainter,
        px: float,
        line: QRectF,
        text: str,
        colour,
        min_width: float = 0.0,
    ) -> QRectF:
        """A pill at the right of the card's bottom line, below the title; its rectangle."""
        px = min(px, line.height() / 1.45)
        painter.setFont(style.font(px, bold=True))
        metrics = QFontMetricsF(painter.font())
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, line.width() - px)
        width = max(min_width, metrics.horizontalAdvance(text) + px)
        height = min(line.height(), px * 1.45)
        pill = QRectF(line.right() - width, line.bottom() - height, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        if text:
            painter.setPen(self.theme.badge_text(QColor(colour)))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        return pill


def _elided(fitted: FittedTitle) -> bool:
    return any(line.endswith("…") for line in fitted.lines)


def _compact_height(sub_h: float) -> float:
    """A badge without words: half the bottom line's height, at least a few pixels."""
    return max(5.0, sub_h * 0.5)
