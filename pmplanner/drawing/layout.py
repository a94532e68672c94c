"""Where every card of the career map goes: plain geometry, no Qt.

Seniority runs left to right (one column per level), tracks run top to bottom
in lanes. Roles of one track at the same level stack inside the lane. Adjacent
tracks (look-alike and neighbouring titles) come last, below a gap, so they are
shown apart from the product tracks; they are not product levels, so their
cards sit side by side in level order (from their own level's column on, the
card names its level) instead of piling up in one column.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from pmplanner.core.careers import TrackKind
from pmplanner.core.catalog import CareerCatalog

CARD_W = 168.0
CARD_H = 84.0  # room for a title of three lines and the level line
COL_GAP = 44.0
COL_W = CARD_W + COL_GAP
ROW_H = CARD_H + 12.0
LANE_PAD = 8.0
LABEL_W = 132.0  # room at the left of each lane for the track's (short) name
HEADER_H = 40.0  # room above the lanes for the level names
SECTION_GAP = 56.0  # between the product tracks and the adjacent ones


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def united(self, other: Rect) -> Rect:
        x, y = min(self.x, other.x), min(self.y, other.y)
        return Rect(x, y, max(self.right, other.right) - x, max(self.bottom, other.bottom) - y)


@dataclass(frozen=True)
class Lane:
    track_id: str
    name: str
    colour: str
    adjacent: bool
    rect: Rect  # the whole lane, label area included
    label: str = ""  # the short name drawn at the left (the full name on hover)


@dataclass(frozen=True)
class Column:
    rank: int
    name: str
    x: float  # left edge of the cards in this column


@dataclass
class MapLayout:
    columns: list[Column]
    lanes: list[Lane]
    cards: dict[str, Rect]  # role id -> card rectangle
    column_of: dict[str, int]  # role id -> column index
    # where the adjacent tracks start (None when there are none): a caption goes here
    adjacent_top: float | None
    bounds: Rect
    lane_of: dict[str, int] = field(default_factory=dict)  # role id -> lane index

    def card(self, role_id: str) -> Rect:
        return self.cards[role_id]

    def role_at(self, x: float, y: float) -> str | None:
        for role_id, rect in self.cards.items():
            if rect.contains(x, y):
                return role_id
        return None

    def lane_label_at(self, x: float, y: float) -> Lane | None:
        """The lane whose name is drawn at (x, y), in the label area at the left."""
        if not 0 <= x <= LABEL_W:
            return None
        for lane in self.lanes:
            if lane.rect.y <= y <= lane.rect.bottom:
                return lane
        return None

    def bounds_of(self, role_ids: list[str] | set[str]) -> Rect | None:
        rects = [self.cards[r] for r in role_ids if r in self.cards]
        if not rects:
            return None
        box = rects[0]
        for rect in rects[1:]:
            box = box.united(rect)
        return box


def _lane_order(catalog: CareerCatalog) -> list[str]:
    product = [t.id for t in catalog.tracks if t.kind is not TrackKind.ADJACENT]
    adjacent = [t.id for t in catalog.tracks if t.kind is TrackKind.ADJACENT]
    return product + adjacent


def _shelf(
    levels: dict[int, list[str]], col_index: dict[int, int], n_columns: int
) -> dict[str, tuple[int, int]]:
    """(column, row) of each role of an adjacent lane: side by side in level order."""
    slots: dict[str, tuple[int, int]] = {}
    row, next_col = 0, 0
    for rank in sorted(levels):
        for role_id in levels[rank]:
            col = max(col_index[rank], next_col)
            if col >= n_columns:
                row, col = row + 1, col_index[rank]
            slots[role_id] = (col, row)
            next_col = col + 1
    return slots


def build_layout(catalog: CareerCatalog) -> MapLayout:
    ranks = sorted({lv.rank for lv in catalog.levels} | {r.level for r in catalog.roles})
    col_index = {rank: i for i, rank in enumerate(ranks)}
    columns = [
        Column(rank, catalog.level_name(rank), LABEL_W + i * COL_W) for i, rank in enumerate(ranks)
    ]
    width = LABEL_W + len(ranks) * COL_W - COL_GAP

    # Within a lane and a level, roles keep the order of the track's progression
    # (then of the content file), so the ladder reads naturally.
    order = {role.id: i for i, role in enumerate(catalog.roles)}
    by_track: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for role in catalog.roles:
        by_track[role.track][role.level].append(role.id)

    lanes: list[Lane] = []
    cards: dict[str, Rect] = {}
    column_of: dict[str, int] = {}
    lane_of: dict[str, int] = {}
    y = HEADER_H
    adjacent_top: float | None = None
    for track_id in _lane_order(catalog):
        track = catalog.track(track_id)
        adjacent = track.kind is TrackKind.ADJACENT
        if adjacent and adjacent_top is None:
            y += SECTION_GAP
            adjacent_top = y - SECTION_GAP / 2
        levels = by_track.get(track_id, {})
        progression = {rid: i for i, rid in enumerate(track.progression)}
        for ids in levels.values():
            ids.sort(key=lambda rid: (progression.get(rid, len(progression)), order[rid]))
        if adjacent:
            slots = _shelf(levels, col_index, len(columns))
        else:
            slots = {
                role_id: (col_index[rank], row)
                for rank, ids in levels.items()
                for row, role_id in enumerate(ids)
            }
        rows = max((row + 1 for _col, row in slots.values()), default=1)
        lane_h = rows * ROW_H - (ROW_H - CARD_H) + 2 * LANE_PAD
        for role_id, (col, row) in slots.items():
            cards[role_id] = Rect(columns[col].x, y + LANE_PAD + row * ROW_H, CARD_W, CARD_H)
            column_of[role_id] = col
            lane_of[role_id] = len(lanes)
        lanes.append(
            Lane(
                track_id,
                track.name,
                track.colour,
                adjacent,
                Rect(0, y, width, lane_h),
                track.short_name or track.name,
            )
        )
        y += lane_h
    bounds = Rect(0, 0, width, y)
    return MapLayout(columns, lanes, cards, column_of, adjacent_top, bounds, lane_of)
