"""The career map: selecting, searching, setting the plan from the map, undo."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt

from pmplanner.core.routes import is_detour
from pmplanner.drawing.layout import CARD_W
from tests.ui.map.conftest import click_role


def test_click_on_a_role_selects_it_and_shows_its_details(qtbot, area, catalog):
    click_role(qtbot, area, "senior-pm")

    assert area.selected == "senior-pm"
    assert area.content.cards.selected == "senior-pm"
    assert area.details.role_id == "senior-pm"
    assert "Senior Product Manager" in area.details.heading.text()
    body = area.details.body.text()
    assert catalog.role("senior-pm").summary in body
    assert "Leads to" in body and "role:group-pm" in body  # clickable next steps
    assert "Comes from" in body and "role:pm" in body
    assert area.details.current_button.isVisible()


def test_click_on_empty_map_keeps_the_selection_and_a_link_selects(qtbot, area):
    click_role(qtbot, area, "pm")
    area.details.body.linkActivated.emit("role:tpm")
    assert area.selected == "tpm"


def test_search_and_enter_centres_and_selects_the_role(qtbot, area):
    canvas = area.canvas
    canvas.centre_on(area.content.card_rect("cpo"))
    far = area.content.card_rect("project-manager")
    assert not canvas.visible_rect().contains(far.center())

    qtbot.keyClicks(area.search.edit, "project man")
    assert area.search.matches() == ["project-manager"]
    qtbot.keyClick(area.search.edit, Qt.Key.Key_Return)

    assert area.selected == "project-manager"
    assert canvas.visible_rect().contains(far)


def test_finding_a_role_at_the_maps_edge_shows_no_empty_half_view(qtbot, area):
    """Software Engineer sits on the bottom lane: the view stops at the map's edge."""
    canvas = area.canvas
    qtbot.keyClicks(area.search.edit, "software engineer")
    qtbot.keyClick(area.search.edit, Qt.Key.Key_Return)
    assert area.selected == "software-engineer"
    view, bounds = canvas.visible_rect(), area.content.bounds
    assert view.contains(area.content.card_rect("software-engineer"))
    assert view.bottom() <= bounds.bottom() + 1 and view.top() >= bounds.top() - 1


def test_search_lists_every_match_and_arrow_keys_pick(qtbot, area, catalog):
    qtbot.keyClicks(area.search.edit, "director")
    expected = {
        r.id
        for r in catalog.roles
        if any("director" in name.casefold() for name in [r.title, *r.also_called])
    }
    assert set(area.search.matches()) == expected
    qtbot.keyClick(area.search.edit, Qt.Key.Key_Down)
    qtbot.keyClick(area.search.edit, Qt.Key.Key_Return)
    assert area.selected == area.search.matches()[1]


def test_current_and_target_from_details_highlight_the_core_path_and_undo(
    qtbot, area, document, catalog
):
    click_role(qtbot, area, "apm")
    qtbot.mouseClick(area.details.current_button, Qt.MouseButton.LeftButton)
    click_role(qtbot, area, "cpo")
    qtbot.mouseClick(area.details.target_button, Qt.MouseButton.LeftButton)

    assert document.plan.profile.current_role == "apm"
    assert document.plan.profile.target_role == "cpo"
    fastest = catalog.fastest_path("apm", "cpo")
    assert area.shown_route.roles == fastest.roles
    assert area.content.cards.path_roles == set(fastest.roles)
    assert area.content.edges.highlighted == fastest.transitions
    assert (area.content.cards.current, area.content.cards.target) == ("apm", "cpo")
    assert f"{fastest.years:g} years" in area.route_panel.summary.text()
    listed = [
        p
        for i, p in enumerate(catalog.paths("apm", "cpo", 200))
        if i == 0 or not is_detour(catalog, p)
    ]
    assert area.route_panel.list.count() == min(12, len(listed))

    document.undo_stack.undo()
    assert document.plan.profile.target_role is None
    assert area.content.cards.target is None
    assert area.content.cards.path_roles == set()
    assert area.content.edges.highlighted == ()
    document.undo_stack.undo()
    assert area.content.cards.current is None


def test_other_routes_and_the_branch_comparison_can_be_shown(qtbot, area, document, catalog):
    document.set_profile_field("current_role", "pm")
    document.set_profile_field("target_role", "cpo")
    panel = area.route_panel
    panel.list.setCurrentRow(3)
    assert area.shown_route == area.routes.paths[3]
    assert not is_detour(catalog, area.shown_route)
    assert area.content.cards.path_roles == set(area.shown_route.roles)

    assert not panel.compare.isHidden()
    compare = panel.compare.text()
    assert "People management" in compare and "Product leadership" in compare
    panel.compare.linkActivated.emit("branch:people-management")
    tracks = {catalog.role(r).track for r in area.shown_route.roles}
    assert "people-management" in tracks and "product-leadership" not in tracks


def test_add_goals_for_gaps_is_one_undo_step(qtbot, area, document, catalog):
    click_role(qtbot, area, "pm")
    assert not area.details.gaps_button.isEnabled()  # nothing rated: no gaps known yet
    document.set_skill_rating(catalog.role("pm").skills[0].skill, 5)
    for req in catalog.role("pm").skills[1:]:
        document.set_skill_rating(req.skill, 0)
    gaps = len(catalog.role("pm").skills) - 1
    assert f"({gaps})" in area.details.gaps_button.text()
    qtbot.mouseClick(area.details.gaps_button, Qt.MouseButton.LeftButton)

    assert len(document.plan.goals) == gaps
    assert {g.skills[0] for g in document.plan.goals} == {
        s.skill for s in catalog.role("pm").skills[1:]
    }
    assert not area.details.gaps_button.isEnabled()  # every gap has an open goal now
    document.undo_stack.undo()
    assert document.plan.goals == []
    assert area.details.gaps_button.isEnabled()


def test_readiness_overlay_follows_a_changed_self_rating(qtbot, area, document, catalog):
    from pmplanner.drawing.style import readiness_colour

    role = catalog.role("apm")
    cards = area.content.cards
    track_fill = cards.fill_colour("apm")
    area.readiness_toggle.setChecked(True)
    assert cards.fill_colour("apm") == area.content.theme.unrated  # nothing rated: not 0
    assert cards.fill_colour("apm") != readiness_colour(0.0)
    assert cards.fill_colour("apm") != track_fill

    for req in role.skills:
        document.set_skill_rating(req.skill, req.level)
    assert cards.fill_colour("apm") == readiness_colour(1.0)
    document.undo_stack.undo()  # the last skill is not rated again: the rest are all met
    assert cards.fill_colour("apm") == readiness_colour(1.0)
    assert cards.readiness["apm"].unrated == 1
    document.set_skill_rating(role.skills[-1].skill, 0)
    share = (len(role.skills) - 1) / len(role.skills)
    assert cards.fill_colour("apm") == readiness_colour(share)

    area.readiness_toggle.setChecked(False)
    assert cards.fill_colour("apm") == track_fill


def test_plan_replaced_moves_the_marks(qtbot, area, document):
    from pmplanner.core.plan import Plan

    plan = Plan()
    plan.profile.current_role = "tpm"
    plan.profile.target_role = "senior-tpm"
    document.replace_plan(plan)
    assert (area.content.cards.current, area.content.cards.target) == ("tpm", "senior-tpm")
    assert area.shown_route.roles == ("tpm", "senior-tpm")


def test_track_filter_dims_other_tracks(qtbot, area, catalog):
    index = area.track_filter.findData("people-management")
    area.track_filter.setCurrentIndex(index)
    dimmed = area.content.cards.dimmed
    assert "group-pm" not in dimmed and "vp-product" not in dimmed  # vp: in its progression
    assert "apm" in dimmed and "tpm" in dimmed
    area.track_filter.setCurrentIndex(0)
    assert area.content.cards.dimmed == set()


def test_keys_zoom_pan_and_fit_within_limits(qtbot, area):
    canvas = area.canvas
    view = canvas.view
    whole = canvas.visible_rect()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    zoomed = canvas.visible_rect()
    assert zoomed.width() < whole.width() * 0.9
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert canvas.visible_rect().center().x() > zoomed.center().x()
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert abs(canvas.visible_rect().width() - whole.width()) < 1
    for _ in range(40):
        canvas.zoom(2.0)
    assert canvas.visible_rect().width() >= 1.5 * CARD_W - 1  # never closer than the limit
    for _ in range(40):
        canvas.zoom(0.5)
    assert canvas.visible_rect().intersects(area.content.bounds)  # never lost


def test_hover_shows_a_tooltip(qtbot, area):
    canvas = area.canvas
    centre = area.content.card_rect("group-pm").center()
    canvas._moved(canvas.viewbox.mapViewToScene(centre))
    assert "Group Product Manager" in canvas.view.viewport().toolTip()
    assert area.content.cards.hovered == "group-pm"


def test_area_without_build_imports_no_pyqtgraph():
    code = (
        "import sys\n"
        "import pmplanner.ui.map.area\n"
        "import pmplanner.report.map_image\n"
        "print('pyqtgraph' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_with_few_skills_rated_a_card_is_coloured_only_as_far_as_they_reach(
    qtbot, area, document, catalog
):
    """Two of a role's key skills rated and met read "ready" only on that share of the
    card; the rest of it is the grey of "not rated yet", as the legend says."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QColor

    from pmplanner.drawing.style import readiness_colour
    from pmplanner.wording import counts

    role = catalog.role("senior-pm")
    assert len(role.skills) >= 6
    for req in role.skills[:2]:
        document.set_skill_rating(req.skill, req.level)
    area.readiness_toggle.setChecked(True)
    canvas = area.canvas
    image = canvas.view.viewport().grab().toImage()
    card = area.content.card_rect("senior-pm")

    def pixel(x_share: float) -> QColor:
        scene = canvas.viewbox.mapViewToScene(
            QPointF(card.left() + card.width() * x_share, card.top() + 2.5)
        )
        at: QPoint = canvas.view.mapFromScene(scene)
        return QColor(image.pixel(at.x(), at.y()))

    def near(a: QColor, b: QColor) -> bool:
        return (
            max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < 12
        )

    rated_share = 2 / len(role.skills)
    assert near(pixel(rated_share * 0.6 + 0.04), readiness_colour(1.0))  # the rated part
    assert near(pixel(0.9), area.content.theme.unrated)  # the rest: not rated yet
    text = area.content.cards._subtitle("senior-pm")
    assert text == "ready 2/2 · " + counts.skills_not_rated(len(role.skills) - 2)


def test_the_map_keeps_no_picture_of_its_background_and_paints_a_new_one(qtbot, area):
    """pyqtgraph keeps the view's background in a pixmap as large as the view (~1.7 MB
    at 1200x800, far more full screen); the map's background is one flat colour,
    painted each time instead, and a new theme's colour shows at once."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QGraphicsView

    from pmplanner.drawing.style import dark_theme

    view = area.canvas.view
    assert view.cacheMode() == QGraphicsView.CacheModeFlag.CacheNone
    palette = QPalette(area.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    theme = dark_theme(palette)
    area.canvas.set_theme(theme)
    corner = view.viewport().grab().toImage().pixelColor(3, 3)  # outside the map's lanes
    assert corner.rgb() == theme.background.rgb()
