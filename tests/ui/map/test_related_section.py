"""The related roles (look-alike titles, the jobs people move from) read as a person
reads them: each card under its own level's name, the moves in from them bundled
into one tree so the gap above them stays readable, one click bringing out a
role's own moves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainterPathStroker

from pmplanner.drawing.backdrop import related_captions, related_explained
from tests.ui.map.conftest import open_map
from tests.ui.map.test_readable import SIZES


def _heading_over(area, role_id: str) -> str | None:
    """The nearest heading a person finds above a card: a related lane's own level
    heading when one is painted above the card, else the product column's."""
    card = area.content.card_rect(role_id)
    lane = area.content.layout.lane_of[role_id]
    above = [
        (box, text)
        for (group_lane, _rank), (box, text) in area.content.backdrop.painted_groups.items()
        if group_lane == lane
        and box.left() <= card.center().x() <= box.right()
        and box.bottom() <= card.top() + 0.5
    ]
    if above:
        return max(above, key=lambda item: item[0].bottom())[1]
    column = area.content.layout.column_of[role_id]
    return area.content.layout.columns[column].name


@pytest.mark.parametrize("size", SIZES)
def test_every_related_card_sits_under_its_own_level_name(qtbot, open_main_window, data_dir, size):
    _window, area = open_map(qtbot, open_main_window, data_dir, size)
    layout, catalog = area.content.layout, area.catalog
    related = [r for r in layout.cards if layout.related(r)]
    assert "product-owner" in related and len(related) >= 8
    for role_id in related:
        level = catalog.level_name(catalog.role(role_id).level)
        assert _heading_over(area, role_id) == level, role_id
    # the product tracks keep their column headings
    for role_id in ("apm", "cpo", "tpm"):
        assert _heading_over(area, role_id) == catalog.level_name(catalog.role(role_id).level)
    # the section's caption reads whole, and says what the section is on hover
    caption = area.content.backdrop.painted_caption
    assert " ".join(caption) in related_captions()
    assert not any(line.endswith("…") for line in caption)


def test_the_caption_explains_the_section_on_hover(qtbot, open_main_window, data_dir):
    _window, area = open_map(qtbot, open_main_window, data_dir, (1200, 800))
    canvas = area.canvas
    box = area.content.layout.caption_box()
    point = canvas.viewbox.mapViewToScene(QPointF(box.cx, box.cy))
    qtbot.mouseMove(canvas.view.viewport(), canvas.view.mapFromScene(point))
    qtbot.waitUntil(lambda: canvas.view.viewport().toolTip() == related_explained())


def _crossings(area) -> int:
    """How many lines a person sees crossing from the related section into the
    product tracks, counted on a screenshot of the map: along the strip from the
    last product lane's bottom margin (below its cards) to just above the trunk."""
    from pmplanner.drawing.layout import LANE_PAD

    layout, canvas = area.content.layout, area.canvas
    last_product = [lane for lane in layout.lanes if not lane.adjacent][-1].rect
    top, bottom = last_product.bottom - LANE_PAD + 1.5, layout.trunk_y - 3
    image = canvas.view.viewport().grab().toImage()

    def at(x: float, y: float):
        return canvas.view.mapFromScene(canvas.viewbox.mapViewToScene(QPointF(x, y)))

    left, right = at(0, top), at(layout.bounds.right, bottom)
    assert right.y() - left.y() >= 3  # a strip some pixels tall
    rows = range(left.y(), right.y() + 1)
    # each row's own background: the lightness most of its pixels have
    background = {}
    for y in rows:
        values = [QColor(image.pixel(x, y)).lightness() for x in range(left.x(), right.x())]
        background[y] = max(set(values), key=values.count)
    ink = [
        any(abs(QColor(image.pixel(x, y)).lightness() - background[y]) > 8 for y in rows)
        for x in range(left.x(), right.x())
    ]
    runs, inside, gap = 0, False, 0
    for dark in ink:  # dark runs, a run ending after three pale pixels
        if dark and not inside:
            runs, inside = runs + 1, True
        gap = 0 if dark else gap + 1
        if gap > 3:
            inside = False
    return runs


def test_moves_in_from_related_roles_cross_the_gap_as_one_line_per_column(
    qtbot, open_main_window, data_dir
):
    _window, area = open_map(qtbot, open_main_window, data_dir, (1200, 800))
    edges, layout = area.content.edges, area.content.layout
    bundled = [t for t in edges.transitions if layout.related(t.from_role)]
    bundled = [t for t in bundled if not layout.related(t.to_role)]
    assert len(bundled) >= 12
    pairs = {(t.from_role, t.to_role) for t in bundled}
    assert {(t.from_role, t.to_role) for t in edges.bundled_moves} == pairs
    target_columns = {layout.column_of[t.to_role] for t in bundled}
    assert _crossings(area) == len(target_columns) < len(bundled)


def test_selecting_a_related_role_brings_out_its_own_moves(qtbot, area):
    from tests.ui.map.conftest import click_role

    edges = area.content.edges
    bundled = [i for i, t in enumerate(edges.transitions) if edges._edges[i].bundled]
    assert all(edges.edge_style(i)[0] == "bundled" for i in bundled)
    assert edges.bundle_style()[0] == "normal"
    click_role(qtbot, area, "software-engineer")
    own = [i for i in bundled if edges.transitions[i].from_role == "software-engineer"]
    assert len(own) == 3  # Associate TPM, TPM and Platform PM
    assert all(edges.edge_style(i)[0] == "chosen" for i in own)
    assert all(edges.edge_style(i)[0] == "bundled" for i in bundled if i not in own)
    assert edges.bundle_style()[0] == "faint"
    # Escape (a click on the background) brings the bundle back
    area.select_role(None)
    assert edges.bundle_style()[0] == "normal"
    assert all(edges.edge_style(i)[0] == "bundled" for i in own)


def test_showing_one_track_fades_the_bundle_with_the_other_tracks(qtbot, area):
    edges = area.content.edges
    combo = area.track_filter
    combo.setCurrentIndex(combo.findData("technical"))
    assert edges.bundle_style()[0] == "faint"
    assert len(edges.bundled_moves) >= 12  # still drawn, faint, like the other moves
    combo.setCurrentIndex(combo.findData(""))
    assert edges.bundle_style()[0] == "normal"


def _cards_crossed(area, path, ends) -> list[str]:
    """The cards other than ``ends`` that a drawn line passes over."""
    layout = area.content.layout
    crossed = []
    for role_id, rect in layout.cards.items():
        if role_id in ends:
            continue
        inner = QRectF(rect.x + 1, rect.y + 1, rect.w - 2, rect.h - 2)
        # a line crosses a card when the line's outline (stroked thin) meets it
        stroker = QPainterPathStroker()
        stroker.setWidth(0.5)
        if stroker.createStroke(path).intersects(inner):
            crossed.append(role_id)
    return crossed


@pytest.mark.parametrize("role_id", ["product-owner", "software-engineer", "business-analyst"])
def test_a_selected_related_roles_moves_run_along_the_gaps_over_no_card(qtbot, area, role_id):
    from tests.ui.map.conftest import click_role

    click_role(qtbot, area, role_id)
    edges = area.content.edges
    chosen = [i for i in range(len(edges.transitions)) if edges.edge_style(i)[0] == "chosen"]
    assert chosen
    for i in chosen:
        move = edges.transitions[i]
        crossed = _cards_crossed(area, edges._edges[i].path, {move.from_role, move.to_role})
        assert crossed == [], (move.from_role, move.to_role, crossed)


def test_a_route_from_a_related_role_is_drawn_over_no_card(qtbot, area):
    """Software Engineer → Technical PM → Senior TPM: the highlight runs along the
    gaps and enters each card from its left, never reading as a move back."""
    catalog = area.catalog
    steps = [("software-engineer", "tpm"), ("tpm", "senior-tpm")]
    moves = tuple(
        next(t for t in catalog.transitions if (t.from_role, t.to_role) == step) for step in steps
    )
    area.content.edges.set_highlight(moves)
    path = area.content.edges.highlight.path()
    assert _cards_crossed(area, path, {"software-engineer", "tpm", "senior-tpm"}) == []
    first = area.content.layout.cards["tpm"]
    end = path.elementAt(5)  # the first move ends on Technical PM's left side
    assert abs(end.x - first.x) < 0.5 and first.y < end.y < first.bottom


@pytest.mark.parametrize("track_id", ["technical", "neighbouring"])
def test_showing_one_track_keeps_its_lane_name_and_where_it_leads_in_view(qtbot, area, track_id):
    """The Track box zooms to the track's roles with their lane's name at the left,
    and the roles their moves lead to (for the jobs people move from: the product
    roles they move into)."""
    combo = area.track_filter
    combo.setCurrentIndex(combo.findData(track_id))
    view = area.canvas.visible_rect()
    layout = area.content.layout
    lane = next(ln for ln in layout.lanes if ln.track_id == track_id)
    assert view.left() <= 4 and view.top() <= lane.rect.y + 4  # the lane's name
    shown = [r.id for r in area.catalog.roles if r.track == track_id]
    leads_to = {t.to_role for t in area.catalog.transitions if t.from_role in shown}
    for role_id in [*shown, *leads_to]:
        card = layout.cards[role_id]
        assert view.contains(QPointF(card.cx, card.cy)), role_id


def test_the_legend_explains_the_bundle_only_when_the_map_draws_one(catalog):
    from pmplanner.core.careers import TrackKind
    from pmplanner.core.catalog import CareerCatalog
    from pmplanner.drawing.legend import _columns

    def kinds(cat):
        return {kind for column in _columns(cat, False) for kind, _label, _d in column}

    assert "bundle" in kinds(catalog)
    tracks = [t for t in catalog.tracks if t.kind is not TrackKind.ADJACENT]
    kept = {t.id for t in tracks}
    roles = [r for r in catalog.roles if r.track in kept]
    ids = {r.id for r in roles}
    moves = [t for t in catalog.transitions if t.from_role in ids and t.to_role in ids]
    product_only = CareerCatalog(catalog.levels, tracks, roles, moves, skills=catalog.skills)
    assert "bundle" not in kinds(product_only)


def test_a_look_alike_cards_bottom_line_reads_whole(qtbot, open_main_window, data_dir):
    """Its level is the heading above it; the card itself says it is a look-alike."""
    _window, area = open_map(qtbot, open_main_window, data_dir, (1200, 800))
    subtitles = area.content.cards.painted_subtitles
    look_alikes = [r.id for r in area.catalog.roles if r.look_alike]
    assert look_alikes
    for role_id in look_alikes:
        assert "look-alike" in subtitles[role_id], role_id
        assert not subtitles[role_id].endswith("…"), subtitles[role_id]
