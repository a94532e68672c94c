"""The map from the keyboard: Tab reaches it, arrows move between roles, Enter opens one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pmplanner.drawing.layout import build_layout
from pmplanner.ui.map import navigation

Key = Qt.Key


def focused(qtbot, area, widget) -> None:
    area.activateWindow()
    qtbot.waitUntil(lambda: area.isActiveWindow())
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def press(qtbot, area, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the focus is, as a person's keyboard would send it."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


# -- where a move goes (plain geometry) --------------------------------------------
def test_arrows_go_to_the_nearest_card_that_way(catalog):
    layout = build_layout(catalog)
    roles = list(layout.cards)
    assert navigation.move(layout, "apm", "right", roles) == "pm"
    assert navigation.move(layout, "pm", "left", roles) == "apm"
    assert navigation.move(layout, "apm", "down", roles) == "atpm"  # same column, next lane
    assert navigation.move(layout, "atpm", "up", roles) == "apm"
    assert navigation.move(layout, "apm", "left", roles) is None  # nothing further left
    assert navigation.move(layout, "apm", "up", roles) is None


def test_home_end_and_page_keys_follow_lanes(catalog):
    layout = build_layout(catalog)
    roles = list(layout.cards)
    assert navigation.move(layout, "senior-pm", "home", roles) == "apm"
    assert navigation.move(layout, "senior-pm", "end", roles) == "cpo"
    below = navigation.move(layout, "senior-pm", "lane_down", roles)
    assert layout.lane_of[below] == layout.lane_of["senior-pm"] + 1
    assert navigation.move(layout, "apm", "lane_up", roles) is None
    order = navigation.reading_order(layout, roles)
    assert navigation.move(layout, "senior-pm", "first", roles) == order[0]
    assert navigation.move(layout, "senior-pm", "last", roles) == order[-1]


def test_a_move_skips_roles_left_out(catalog):
    layout = build_layout(catalog)
    shown = [r for r in layout.cards if r != "pm"]
    assert navigation.move(layout, "apm", "right", shown) == "senior-pm"
    assert (
        navigation.move(layout, None, "right", shown) == navigation.reading_order(layout, shown)[0]
    )


# -- the map area from the keyboard --------------------------------------------------
def test_tab_reaches_the_map_then_the_search(qtbot, area):
    area.select_role("pm")
    focused(qtbot, area, area.export_button)
    press(qtbot, area, Key.Key_Tab)
    assert QApplication.focusWidget() is area.canvas.view
    press(qtbot, area, Key.Key_Tab)
    assert QApplication.focusWidget() is area.search.edit
    press(qtbot, area, Key.Key_Tab)
    assert QApplication.focusWidget() is area.side_tabs.tabBar()
    press(qtbot, area, Key.Key_Tab)  # the buttons come before the links in the text
    assert QApplication.focusWidget() is area.details.current_button
    press(qtbot, area, Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, area, Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is area.search.edit
    press(qtbot, area, Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is area.canvas.view


def test_arrow_keys_move_the_selection_and_tell_the_screen_reader(qtbot, area, document):
    document.set_profile_field("current_role", "apm")
    view = area.canvas.view
    focused(qtbot, area, view)
    assert area.content.cards.focused  # the selected card gets the focus ring
    press(qtbot, area, Key.Key_Right)  # nothing selected: start at the current role
    assert area.selected == "apm"
    press(qtbot, area, Key.Key_Right)
    assert area.selected == "pm"
    assert area.details.role_id == "pm"
    assert view.accessibleName() == "Career map: Product Manager"
    assert "General product management" in view.accessibleDescription()
    layout = area.content.layout
    press(qtbot, area, Key.Key_Down)
    assert (area.selected, layout.column_of[area.selected]) == ("tpm", layout.column_of["pm"])
    press(qtbot, area, Key.Key_Home)
    assert area.selected == "atpm"
    press(qtbot, area, Key.Key_PageUp)  # the lane above with roles in it
    assert layout.lane_of[area.selected] == layout.lane_of["atpm"] - 1
    press(qtbot, area, Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert area.selected == "apm"
    assert "your current role" in view.accessibleDescription()
    press(qtbot, area, Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert area.selected == navigation.reading_order(layout, layout.cards)[-1]


def test_the_selected_card_is_kept_in_view(qtbot, area):
    canvas = area.canvas
    area.select_role("apm", centre=True)
    for _ in range(3):
        canvas.zoom(1.6)
    view = canvas.view
    focused(qtbot, area, view)
    for _ in range(6):
        press(qtbot, area, Key.Key_Right)
        card = area.content.card_rect(area.selected)
        assert canvas.visible_rect().contains(card), area.selected
    assert area.selected == "cpo"


def test_enter_opens_the_details_and_escape_comes_back(qtbot, area, document):
    document.set_skill_rating(document.catalog.role("senior-pm").skills[0].skill, 0)
    area.select_role("senior-pm")
    area.side_tabs.setCurrentIndex(1)
    focused(qtbot, area, area.canvas.view)
    press(qtbot, area, Key.Key_Return)
    assert area.side_tabs.currentIndex() == 0
    assert QApplication.focusWidget() is area.details.current_button
    press(qtbot, area, Key.Key_Tab)
    assert QApplication.focusWidget() is area.details.target_button
    press(qtbot, area, Key.Key_Space)
    assert document.plan.profile.target_role == "senior-pm"
    focused(qtbot, area, area.details.gaps_button)
    press(qtbot, area, Key.Key_Escape)
    assert QApplication.focusWidget() is area.canvas.view


def test_zoom_and_fit_keys(qtbot, area):
    canvas = area.canvas
    focused(qtbot, area, canvas.view)
    whole = canvas.visible_rect().width()
    press(qtbot, area, Key.Key_Plus)
    assert canvas.visible_rect().width() < whole * 0.9
    press(qtbot, area, Key.Key_Minus)
    press(qtbot, area, Key.Key_Minus)
    press(qtbot, area, Key.Key_0)
    assert abs(canvas.visible_rect().width() - whole) < 1


def test_a_track_filter_keeps_the_keyboard_on_the_shown_roles(qtbot, area):
    area.track_filter.setCurrentIndex(area.track_filter.findData("technical"))
    area.select_role("atpm")
    focused(qtbot, area, area.canvas.view)
    for _ in range(5):
        press(qtbot, area, Key.Key_Right)
        assert area.selected not in area.content.cards.dimmed
    assert area.selected != "atpm"
