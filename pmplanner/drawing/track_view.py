"""Showing one track of the map: which roles stay bright, and what is brought into view."""

from __future__ import annotations

from pmplanner.core.catalog import CareerCatalog
from pmplanner.drawing.layout import MapLayout, Rect


def track_roles(catalog: CareerCatalog, track_id: str) -> set[str]:
    """The track's roles and those its progression names (they stay bright)."""
    shown = {r.id for r in catalog.roles if r.track == track_id}
    return shown | set(catalog.track(track_id).progression)


def track_box(catalog: CareerCatalog, layout: MapLayout, shown: set[str]) -> Rect | None:
    """What to bring into view: the roles shown, where their moves lead, and (from the
    map's left edge) the lane names."""
    leads_to = {t.to_role for t in catalog.transitions if t.from_role in shown}
    box = layout.bounds_of(shown | leads_to)
    return None if box is None else Rect(0, box.y, box.right, box.h)
