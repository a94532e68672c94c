"""The map read as a person reads it: the real window at three sizes, titles and
lane names read from what the items painted, the legend and badges placed
beside the cards, zoom that keeps the top lane, the selected role's moves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from pmplanner.core.plan import Plan
from pmplanner.drawing.titles import short_forms, short_title
from pmplanner.storage.plan_store import PlanStore
from tests.ui.map.conftest import open_map

SIZES = [(1200, 800), (1024, 700), (800, 600)]


def _in_window(window, widget, rect) -> QRect:
    top_left = widget.mapTo(window, QPoint(round(rect.left()), round(rect.top())))
    return QRect(top_left.x(), top_left.y(), round(rect.width()), round(rect.height()))


def _read(lines: list[str]) -> str:
    """The words a person reads in a card's lines (a hyphen at a line's end joins)."""
    text = ""
    for line in lines:
        text += line[:-1] if line.endswith("-") else line + " "
    return text.strip()


@pytest.mark.parametrize("size", SIZES)
def test_every_title_and_lane_name_reads_whole_at_fit(qtbot, open_main_window, data_dir, size):
    _window, area = open_map(qtbot, open_main_window, data_dir, size)
    cards = area.content.cards
    assert set(cards.painted) == set(area.content.layout.cards)  # every card has its title
    for role_id, (rect, lines, bottom) in cards.painted.items():
        assert lines, role_id
        assert not any(line.endswith("…") for line in lines), (role_id, lines)
        role = area.catalog.role(role_id)
        forms = {role.title, short_title(role.title), *short_forms(role.title, role.also_called)}
        assert _read(lines) in forms, (role_id, lines)  # the title, or the content's short form
        assert bottom <= rect.bottom() + 0.5, (role_id, lines)  # inside its card
    labels = area.content.backdrop.painted_labels
    assert set(labels) == {lane.track_id for lane in area.content.layout.lanes}
    for track_id, lines in labels.items():
        assert not any(line.endswith("…") for line in lines), (track_id, lines)


def test_at_800_by_600_a_title_in_its_short_form_reads_whole_on_hover(
    qtbot, open_main_window, data_dir
):
    """The smallest window gives some cards the content's short form ("APM" beside the
    "You are here" badge); the card's tooltip names the role in full."""
    _window, area = open_map(qtbot, open_main_window, data_dir, (800, 600))
    cards = area.content.cards
    shortened = [
        role_id
        for role_id, (_rect, lines, _bottom) in cards.painted.items()
        if _read(lines) != area.catalog.role(role_id).title
    ]
    assert "apm" in shortened
    for role_id in shortened:
        assert area.catalog.role(role_id).title in area.canvas.tooltip_for(role_id), role_id


@pytest.mark.parametrize("size", SIZES)
def test_the_legend_and_badges_cover_no_card_or_title(qtbot, open_main_window, data_dir, size):
    window, area = open_map(qtbot, open_main_window, data_dir, size)
    canvas, cards = area.canvas, area.content.cards
    viewport = canvas.view.viewport()
    legend = canvas.legend
    assert legend.isVisible()
    legend_rect = _in_window(window, legend, legend.rect())
    for role_id, (rect, _lines, _bottom) in cards.painted.items():
        card = _in_window(window, viewport, rect)
        assert not legend_rect.intersects(card), role_id
    assert set(cards.painted_badges) == {"apm", "senior-pm"}
    for role_id, badge in cards.painted_badges.items():
        rect, _lines, title_bottom = cards.painted[role_id]
        assert badge.top() >= title_bottom - 0.5, role_id  # below the title, not over it
        assert rect.contains(badge), role_id  # on the card, not over its neighbours


def test_the_legend_folds_and_the_map_grows(qtbot, open_main_window, data_dir):
    _window, area = open_map(qtbot, open_main_window, data_dir, (1200, 800))
    legend, view = area.canvas.legend, area.canvas.view
    assert legend.entries.isVisible()  # a roomy window starts with it unfolded
    before = view.height()
    qtbot.mouseClick(legend.fold_button, Qt.MouseButton.LeftButton)
    assert not legend.entries.isVisible()
    qtbot.waitUntil(lambda: view.height() > before + 40)
    qtbot.mouseClick(legend.fold_button, Qt.MouseButton.LeftButton)
    assert legend.entries.isVisible()
    assert legend.chosen_by_person  # from now on the window's size does not fold it


def test_lane_names_are_short_and_the_full_name_shows_on_hover(qtbot, open_main_window, data_dir):
    _window, area = open_map(qtbot, open_main_window, data_dir, (1200, 800))
    canvas = area.canvas
    lane = next(ln for ln in area.content.layout.lanes if ln.track_id == "ux")
    assert lane.label == "UX PM" and lane.name == "User Experience Product Manager"
    point = canvas.viewbox.mapViewToScene(
        area.content.card_rect("apm").topLeft().__class__(30, lane.rect.cy)
    )
    qtbot.mouseMove(canvas.view.viewport(), canvas.view.mapFromScene(point))
    qtbot.waitUntil(lambda: canvas.view.viewport().toolTip() == lane.name)


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier),
        (Qt.Key.Key_Plus, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Equal, Qt.KeyboardModifier.NoModifier),
    ],
)
def test_plus_zooms_with_or_without_shift_and_keeps_the_top_lane(
    qtbot, open_main_window, data_dir, key, modifier
):
    _window, area = open_map(qtbot, open_main_window, data_dir, (1200, 800))
    canvas = area.canvas
    canvas.view.setFocus()
    whole = canvas.visible_rect()
    qtbot.keyClick(canvas.view, key, modifier)
    zoomed = canvas.visible_rect()
    assert zoomed.width() < whole.width() * 0.9
    top_lane = area.content.layout.lanes[0].rect
    assert zoomed.top() <= top_lane.y and zoomed.bottom() >= top_lane.bottom


def test_selecting_a_role_brings_out_its_moves_and_fades_the_rest(qtbot, area):
    from tests.ui.map.conftest import click_role

    edges = area.content.edges
    own = [i for i, t in enumerate(edges.transitions) if "pm" in (t.from_role, t.to_role)]
    others = [i for i in range(len(edges.transitions)) if i not in own]
    assert own and others
    product = [
        i
        for i in others
        if not edges._edges[i].quiet  # moves between PM roles: plain before a selection
    ]
    bundled = [i for i in others if edges._edges[i].bundled]  # in from related roles
    assert {edges.edge_style(i)[0] for i in product} == {"normal"}
    click_role(qtbot, area, "pm")
    assert area.selected == "pm"
    for i in own:
        state, colour, width = edges.edge_style(i)
        assert state == "chosen" and width > 1 and colour == area.content.theme.selected
    for i in others:
        state, colour, width = edges.edge_style(i)
        assert state in ("faint", "bundled") and colour.alpha() < 100 and width == 1
        assert (state == "bundled") == (i in bundled)
    assert edges.bundle_style()[0] == "faint"  # the bundle fades with the rest
    area.select_role(None)
    assert {edges.edge_style(i)[0] for i in product} == {"normal"}


@pytest.fixture
def busy_data_dir(tmp_path):
    """A plan months in: a route across tracks (Software Engineer to Director of
    Technical Products) and overdue goals, so the Due now bar opens at start."""
    from datetime import date, timedelta

    from pmplanner.core.plan import Goal, GoalKind

    path = tmp_path / "busy"
    plan = Plan()
    plan.profile.current_role = "software-engineer"
    plan.profile.target_role = "director-technical-products"
    today = date.today()
    plan.goals = [
        Goal(kind=GoalKind.COURSE, title=f"Overdue course {n}", due=today - timedelta(days=n))
        for n in range(1, 6)
    ]
    PlanStore(path).save(plan)
    return path


@pytest.mark.parametrize("size", SIZES)
def test_with_the_due_now_bar_open_the_current_and_target_titles_read_whole(
    qtbot, open_main_window, busy_data_dir, size
):
    """The cards a person looks for first keep their titles whole: when a title and
    the "You are here" or "Target" badge do not both fit, the badge becomes a small
    pill without words (as the legend shows it), still below the title."""
    from pmplanner.ui.plan.due_now import DueNowDock

    window = open_main_window(busy_data_dir)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.findChild(DueNowDock) is not None)
    dock = window.findChild(DueNowDock)
    assert dock.isVisible()
    window.show_area(1)
    area = window.career_map
    canvas = area.canvas
    qtbot.waitUntil(lambda: canvas.viewbox.boundingRect().width() > 200)
    qtbot.wait(100)
    canvas.fit_all()
    window.grab()
    cards = area.content.cards
    for role_id, (rect, lines, bottom) in cards.painted.items():
        assert not any(line.endswith("…") for line in lines), (role_id, lines)
        assert bottom <= rect.bottom() + 0.5, (role_id, lines)
    assert set(cards.painted_badges) == {"software-engineer", "director-technical-products"}
    for role_id, badge in cards.painted_badges.items():
        rect, _lines, title_bottom = cards.painted[role_id]
        assert badge.top() >= title_bottom - 0.5, role_id
        assert rect.contains(badge), role_id


def test_a_marked_cards_hover_names_its_mark(qtbot, open_main_window, data_dir):
    """The words a small card's badge has no room for are in its tooltip."""
    _window, area = open_map(qtbot, open_main_window, data_dir, (800, 600))
    tip = area.canvas.tooltip_for
    assert tip("apm").startswith("<i>You are here</i>")
    assert tip("senior-pm").startswith("<i>Your target</i>")
    assert "You are here" not in tip("pm") and "Your target" not in tip("pm")
