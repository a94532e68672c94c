"""The drawn map of one catalog: cards, arrows, the plan's marks and route.

Plain Qt graphics items under one container item, so the same drawing goes
into the on-screen pyqtgraph ViewBox and into the image exporter's scene.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeGuard

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from pmplanner.core.catalog import CareerCatalog, CareerPath
from pmplanner.core.readiness import readiness
from pmplanner.drawing import style
from pmplanner.drawing.backdrop import Backdrop
from pmplanner.drawing.cards import CardLayer
from pmplanner.drawing.edges import EdgeLayer
from pmplanner.drawing.layout import MapLayout, Rect, build_layout
from pmplanner.drawing.pinned import PinnedNames


class _Container(QGraphicsItem):
    """Holds the map's items; draws nothing itself."""

    def __init__(self):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter, option, widget=None) -> None:  # pragma: no cover - no contents
        pass


def to_qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class MapContent:
    def __init__(self, catalog: CareerCatalog, theme: style.MapTheme = style.LIGHT):
        self.catalog = catalog
        self.theme = theme
        self.layout: MapLayout = build_layout(catalog)
        self.root = _Container()
        self.backdrop = Backdrop(self.layout, self.root, theme)
        self.cards = CardLayer(catalog, self.layout, self.root, theme)
        self.edges = EdgeLayer(self.layout, catalog.transitions, self.root, theme)
        self.pinned = PinnedNames(self.layout, self.root, theme)
        self.route: CareerPath | None = None

    def set_theme(self, theme: style.MapTheme) -> None:
        """Draw with ``theme``'s colours (the window's palette changed)."""
        self.theme = theme
        for layer in (self.backdrop, self.cards, self.edges, self.pinned):
            layer.set_theme(theme)

    @property
    def bounds(self) -> QRectF:
        return to_qrect(self.layout.bounds)

    def card_rect(self, role_id: str) -> QRectF:
        return to_qrect(self.layout.card(role_id))

    def has_role(self, role_id: str | None) -> TypeGuard[str]:
        return role_id is not None and role_id in self.layout.cards

    def set_marks(self, current: str | None, target: str | None) -> None:
        self.cards.update_state(
            current=current if self.has_role(current) else None,
            target=target if self.has_role(target) else None,
        )

    def set_route(self, path: CareerPath | None) -> None:
        self.route = path
        self.edges.set_highlight(path.transitions if path else ())
        self.cards.update_state(path_roles=set(path.roles) if path else set())

    def set_readiness(self, ratings: Mapping[str, int] | None) -> None:
        """Colour cards by readiness from ``ratings``; None switches the overlay off."""
        if ratings is None:
            self.cards.update_state(readiness=None)
            return
        self.cards.update_state(
            readiness={role.id: readiness(role, ratings) for role in self.catalog.roles}
        )

    def set_dimmed(self, role_ids: set[str]) -> None:
        self.cards.update_state(dimmed=set(role_ids))
        self.edges.set_dimmed(set(role_ids))

    def select(self, role_id: str | None) -> None:
        chosen = role_id if self.has_role(role_id) else None
        self.cards.update_state(selected=chosen)
        self.edges.select(chosen)
