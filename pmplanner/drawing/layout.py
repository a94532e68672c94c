"""Where every card of the career map goes: plain geometry, no Qt.

Seniority runs left to right (one column per level), tracks run top to bottom
in lanes. Roles of one track at the same level stack inside the lane.

Adjacent tracks (look-alike titles and the jobs people move from) come last,
below a gap, apart from the product tracks. Many of their roles share a level
(six "Mid" jobs), so they cannot each sit in their level's column without a
lane six cards tall. Instead each related lane has headings of its own, in a
strip at its top: its roles are grouped by level, side by side, each group
under its level's name, so every related card sits under the name of its own
level (not under a product column's heading it does not belong to). A group
starts at its level's column when there is room, and wraps to a second row
only when the lane's groups would outgrow the map's width.

The gap above the related section holds the trunk of the bundled moves (see
``drawing.edges``); the section's caption sits at the top left of its first lane.
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
LEAD_GAP = 24.0  # between the lane names and the first column: a corridor for arrows
HEADER_H = 40.0  # room above the lanes for the level names
SECTION_GAP = 16.0  # between the product tracks and the adjacent ones
TRUNK_DY = 8.0  # the bundled moves' trunk, this far below the last product lane
GROUP_HEADER_H = 22.0  # a related lane's level headings, at its top
CAPTION_H = 34.0  # the related section's caption, at the top left of its first lane


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


@dataclass(frozen=True)
class Group:
    """A heading of the related section: the level of the cards beneath it."""

    rank: int
    name: str
    x: float  # left edge of its first column
    right: float  # right edge of its last card
    y: float  # top of the heading strip
    lane: int  # the lane it heads


@dataclass
class MapLayout:
    columns: list[Column]
    lanes: list[Lane]
    cards: dict[str, Rect]  # role id -> card rectangle
    column_of: dict[str, int]  # role id -> column index
    bounds: Rect
    lane_of: dict[str, int] = field(default_factory=dict)  # role id -> lane index
    groups: list[Group] = field(default_factory=list)  # the related lanes' level headings
    # y of the bundled moves' trunk (None without a related section)
    trunk_y: float | None = None

    def corridor_x(self, column: int) -> float:
        """The middle of the gap at the left of ``column``: where bundled moves run."""
        gap = COL_GAP if column else LEAD_GAP
        return self.columns[column].x - gap / 2

    def related(self, role_id: str) -> bool:
        """Whether the role sits in the related section (an adjacent track)."""
        lane = self.lane_of.get(role_id)
        return lane is not None and self.lanes[lane].adjacent

    def card(self, role_id: str) -> Rect:
        return self.cards[role_id]

    def role_at(self, x: float, y: float) -> str | None:
        for role_id, rect in self.cards.items():
            if rect.contains(x, y):
                return role_id
        return None

    def caption_box(self) -> Rect | None:
        """Where the related section's caption goes: at the top left of its first lane."""
        first = next((lane for lane in self.lanes if lane.adjacent), None)
        if first is None:
            return None
        return Rect(4, first.rect.y + 2, LABEL_W - 10, CAPTION_H)

    def label_box(self, lane: Lane) -> Rect:
        """Where a lane's name goes: its label area, below the caption if it has one."""
        box = Rect(4, lane.rect.y + 4, LABEL_W - 10, lane.rect.h - 8)
        caption = self.caption_box()
        if caption is not None and caption.y < box.bottom and caption.bottom > box.y:
            box = Rect(box.x, caption.bottom, box.w, box.bottom - caption.bottom)
        return box

    def caption_at(self, x: float, y: float) -> bool:
        """Whether (x, y) is on the related section's caption."""
        box = self.caption_box()
        return box is not None and box.contains(x, y)

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


def _group_spans(
    levels: dict[int, list[str]], col_index: dict[int, int], n_columns: int
) -> dict[int, tuple[int, int]]:
    """(first column, width) of each level's group in one related lane.

    The groups go left to right in level order, each as wide as its roles in
    as few rows as let them all fit the map's width; a group starts at its
    level's column when the groups after it still have room.
    """
    ranks = sorted(levels)
    rows = 1
    while True:
        widths = {rank: -(-len(levels[rank]) // rows) for rank in ranks}
        if sum(widths.values()) <= n_columns or all(w == 1 for w in widths.values()):
            break
        rows += 1
    spans: dict[int, tuple[int, int]] = {}
    start = 0
    for i, rank in enumerate(ranks):
        room = n_columns - sum(widths[r] for r in ranks[i:])  # the latest it may start
        start = max(start, min(col_index[rank], room))
        spans[rank] = (start, widths[rank])
        start += widths[rank]
    return spans


def _grouped(
    levels: dict[int, list[str]], spans: dict[int, tuple[int, int]]
) -> dict[str, tuple[int, int]]:
    """(column, row) of each role of a related lane: its level's group, row by row."""
    slots: dict[str, tuple[int, int]] = {}
    for rank, ids in levels.items():
        first, width = spans[rank]
        for i, role_id in enumerate(ids):
            slots[role_id] = (first + i % width, i // width)
    return slots


def build_layout(catalog: CareerCatalog) -> MapLayout:
    ranks = sorted({lv.rank for lv in catalog.levels} | {r.level for r in catalog.roles})
    col_index = {rank: i for i, rank in enumerate(ranks)}
    left = LABEL_W + LEAD_GAP
    columns = [
        Column(rank, catalog.level_name(rank), left + i * COL_W) for i, rank in enumerate(ranks)
    ]
    width = left + len(ranks) * COL_W - COL_GAP

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
    trunk_y: float | None = None
    groups: list[Group] = []
    for track_id in _lane_order(catalog):
        track = catalog.track(track_id)
        adjacent = track.kind is TrackKind.ADJACENT
        if adjacent and trunk_y is None:
            trunk_y = y + TRUNK_DY
            y += SECTION_GAP
        levels = by_track.get(track_id, {})
        progression = {rid: i for i, rid in enumerate(track.progression)}
        for ids in levels.values():
            ids.sort(key=lambda rid: (progression.get(rid, len(progression)), order[rid]))
        top = y  # where the cards start
        if adjacent:
            spans = _group_spans(levels, col_index, len(columns))
            slots = _grouped(levels, spans)
            groups += [
                Group(
                    rank,
                    catalog.level_name(rank),
                    columns[first].x,
                    columns[first + width - 1].x + CARD_W,
                    y + 2,
                    len(lanes),
                )
                for rank, (first, width) in sorted(spans.items())
            ]
            top += GROUP_HEADER_H
        else:
            slots = {
                role_id: (col_index[rank], row)
                for rank, ids in levels.items()
                for row, role_id in enumerate(ids)
            }
        rows = max((row + 1 for _col, row in slots.values()), default=1)
        lane_h = rows * ROW_H - (ROW_H - CARD_H) + 2 * LANE_PAD + (top - y)
        for role_id, (col, row) in slots.items():
            cards[role_id] = Rect(columns[col].x, top + LANE_PAD + row * ROW_H, CARD_W, CARD_H)
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
    return MapLayout(columns, lanes, cards, column_of, bounds, lane_of, groups, trunk_y)
