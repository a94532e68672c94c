"""Zoomed in and moved along, the lane names and level headings stay at the view's
left and top edges, whole; at Fit (where the map shows its own) nothing is pinned."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.map.conftest import open_map


def test_zoomed_in_the_lane_names_and_levels_stay_in_view(qtbot, open_main_window, data_dir):
    window, area = open_map(qtbot, open_main_window, data_dir, (1200, 800))
    pinned = area.content.pinned
    assert pinned.painted_lanes == {} and pinned.painted_levels == {}  # at Fit: the map's own
    canvas = area.canvas
    canvas.view.setFocus()
    for _ in range(3):
        qtbot.keyClick(canvas.view, Qt.Key.Key_Plus)
    canvas.pan(0.4, 0.3)  # as the arrow keys and the scroll bars move the map
    window.grab()
    view = canvas.visible_rect()
    layout = area.content.layout
    assert view.left() > 6 and view.top() > 40  # the map's own names are out of view
    viewport = canvas.view.viewport().rect()
    px = viewport.height() / view.height()  # pixels per map unit

    def shown(lane) -> float:  # how tall the lane is in view, in pixels
        return (min(lane.rect.bottom, view.bottom()) - max(lane.rect.y, view.top())) * px

    in_view = {lane.track_id for lane in layout.lanes if shown(lane) >= 40}
    assert in_view and in_view <= set(pinned.painted_lanes)
    for track_id, (band, lines) in pinned.painted_lanes.items():
        assert lines and not any(line.endswith("…") for line in lines), (track_id, lines)
        assert abs(band.left() - viewport.left()) <= 2, track_id  # at the view's left edge
    columns = {
        c.name for c in layout.columns if c.x + 168 > view.left() + 100 and c.x < view.right()
    }
    assert set(pinned.painted_levels) >= columns - {""} and pinned.painted_levels
    for box in pinned.painted_levels.values():
        assert abs(box.top() - viewport.top()) <= 2  # at the view's top edge
    canvas.fit_all()
    window.grab()
    assert pinned.painted_lanes == {} and pinned.painted_levels == {}
