"""Moving the selection between cards with the keyboard: plain geometry, no Qt.

The arrow keys go to the nearest card in that direction, as the eye sees the
map (seniority left to right, tracks top to bottom), rather than along the
arrows: a role's moves are listed in its details ("Leads to", "Comes from"),
one Tab away, and links there follow the routes. Home and End go to the
first and last role of the lane, Page Up and Page Down to the lane above and
below; with Ctrl, Home and End go to the first and last role of the map.
"""

from __future__ import annotations

from collections.abc import Iterable

from pmplanner.drawing.layout import MapLayout

# the cross-axis distance counts this much more than the distance ahead, so
# the card straight to the right beats a nearer one that is two lanes down
CROSS_WEIGHT = 2.0
DIRECTIONS = {"left": (-1, 0), "right": (1, 0), "up": (0, -1), "down": (0, 1)}
MOVES = (*DIRECTIONS, "home", "end", "first", "last", "lane_up", "lane_down")


def reading_order(layout: MapLayout, roles: Iterable[str]) -> list[str]:
    """Roles lane by lane, top to bottom, and left to right within a lane."""
    return sorted(
        (r for r in roles if r in layout.cards),
        key=lambda r: (layout.lane_of.get(r, 0), layout.cards[r].y, layout.cards[r].x),
    )


def nearest(layout: MapLayout, role_id: str, direction: str, roles: Iterable[str]) -> str | None:
    """The card nearest to ``role_id`` in ``direction`` ("left", "right", "up", "down")."""
    dx, dy = DIRECTIONS[direction]
    here = layout.cards[role_id]
    best, best_score = None, float("inf")
    for other in roles:
        if other == role_id or other not in layout.cards:
            continue
        card = layout.cards[other]
        ahead = (card.cx - here.cx) * dx + (card.cy - here.cy) * dy
        if ahead <= 1.0:  # not in that direction (the same column or lane)
            continue
        cross = abs((card.cx - here.cx) * dy) + abs((card.cy - here.cy) * dx)
        score = ahead + CROSS_WEIGHT * cross
        if score < best_score:
            best, best_score = other, score
    return best


def _lane_roles(layout: MapLayout, lane: int, roles: list[str]) -> list[str]:
    return [r for r in roles if layout.lane_of.get(r) == lane]


def move(layout: MapLayout, role_id: str | None, how: str, roles: Iterable[str]) -> str | None:
    """Where the selection goes from ``role_id`` for ``how`` (one of MOVES).

    ``roles`` are the cards that can be chosen (a track filter leaves some
    out). With nothing selected yet, any move starts at the first role.
    Returns None when there is nowhere to go (the selection stays).
    """
    order = reading_order(layout, roles)
    if not order:
        return None
    if role_id not in layout.cards or role_id not in order:
        return order[-1] if how == "last" else order[0]
    if how in DIRECTIONS:
        return nearest(layout, role_id, how, order)
    if how == "first":
        return order[0]
    if how == "last":
        return order[-1]
    lane = layout.lane_of.get(role_id, 0)
    if how in ("home", "end"):
        same = sorted(_lane_roles(layout, lane, order), key=lambda r: layout.cards[r].x)
        return same[0] if how == "home" else same[-1]
    if how in ("lane_up", "lane_down"):
        step = -1 if how == "lane_up" else 1
        lanes = sorted({layout.lane_of[r] for r in order if r in layout.lane_of})
        later = [n for n in lanes if (n - lane) * step > 0]
        if not later:
            return None
        target = min(later, key=lambda n: abs(n - lane))
        x = layout.cards[role_id].cx
        return min(
            _lane_roles(layout, target, order),
            key=lambda r: (abs(layout.cards[r].cx - x), layout.cards[r].y),
        )
    raise ValueError(how)
