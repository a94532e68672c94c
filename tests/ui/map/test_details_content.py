"""The details say all the content knows: notes, the time split, what each move
takes; and any key skill of any role can be rated from them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.map.conftest import click_role


def test_notes_and_what_each_move_takes_are_shown(qtbot, area, catalog):
    click_role(qtbot, area, "tpm")
    text = area.details.body.text()
    assert "Good to know" in text
    assert "Technical Program Manager" in text  # the look-alike warning of the TPM role
    click_role(qtbot, area, "apm")
    text = area.details.body.text()
    move = next(t for t in catalog.transitions if t.from_role == "apm" and t.to_role == "pm")
    assert move.requirements and "What it takes:" in text
    for requirement in move.requirements:
        assert requirement.replace("'", "&#x27;") in text or requirement in text


def test_the_group_pm_time_split_is_drawn_as_a_bar_with_its_key(qtbot, area, catalog):
    click_role(qtbot, area, "group-pm")
    text = area.details.body.text()
    assert "Where the time goes" in text
    for share in catalog.role("group-pm").time_split:
        assert f"width='{share.percent}%'" in text  # one cell of the bar per share
        assert f"{share.activity}: {share.percent} %" in text
    click_role(qtbot, area, "pm")
    assert "Where the time goes" not in area.details.body.text()


def test_the_time_split_uses_the_maps_track_colours(qtbot, area, catalog):
    """People management in the people leads' colour, product leadership in the
    product leaders' colour, as on the map; the person's own work in grey."""
    click_role(qtbot, area, "group-pm")
    text = area.details.body.text()
    shares = {share.activity: share.percent for share in catalog.role("group-pm").time_split}
    for track_id, activity in (
        ("people-management", "People management"),
        ("product-leadership", "Product leadership"),
    ):
        colour = catalog.track(track_id).colour
        assert f"width='{shares[activity]}%' bgcolor='{colour}'" in text, activity
    from pmplanner.drawing import palette

    grey = palette.muted(role=palette.Role.Window).name()
    assert f"bgcolor='{grey}'" in text  # individual contribution: no track's colour


def test_any_skill_of_any_role_is_rated_from_the_details_as_one_undo_step(
    qtbot, area, document, catalog
):
    role = catalog.role("director-product")  # neither current nor target
    click_role(qtbot, area, role.id)
    ratings = area.details.ratings
    assert ratings.isVisible()
    assert list(ratings.combos) == [req.skill for req in role.skills]
    skill = role.skills[-1].skill
    combo = ratings.combos[skill]
    assert combo.currentText() == "Not rated"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the first level: 0
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # 1
    assert document.plan.skill_ratings[skill] == 1
    assert ratings.combos[skill] is combo  # the same control: the focus stays
    assert "1 – " in combo.currentText()
    assert "not rated" in area.details.body.text()
    document.undo_stack.undo()
    assert document.plan.skill_ratings[skill] == 0
    document.undo_stack.undo()
    assert skill not in document.plan.skill_ratings
    assert combo.currentText() == "Not rated"


def test_key_skills_are_grouped_by_competency_area(qtbot, area, catalog):
    from pmplanner.ui.map.details import skill_areas
    from pmplanner.wording.labels import competency_area_name

    role = catalog.role("group-pm")
    groups = skill_areas(catalog, role)
    assert 2 <= len(groups) <= 6  # a few areas, not a flat list of a dozen skills
    assert sum(len(reqs) for _area, reqs in groups) == len(role.skills)
    click_role(qtbot, area, "group-pm")
    text = area.details.body.text()
    positions = [text.index(competency_area_name(a)) for a, _r in groups]
    assert positions == sorted(positions)
    assert "People management" in {competency_area_name(a) for a, _r in groups}
    for area_id, reqs in groups:
        heading = text.index(competency_area_name(area_id))
        for req in reqs:
            assert text.index(catalog.skill_name(req.skill), heading) > heading
