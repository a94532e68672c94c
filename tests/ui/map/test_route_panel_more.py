"""The route panel: each step with what it takes, and a warning when the target
date comes sooner than the route usually takes."""

from __future__ import annotations

from datetime import date

import pytest

from pmplanner.ui.plan import clock
from tests.ui.map.conftest import click_role

TODAY = date(2026, 5, 1)


@pytest.fixture
def today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def test_the_steps_of_the_shown_route_say_what_each_move_takes(qtbot, area, document, catalog):
    document.set_profile_field("current_role", "apm")
    document.set_profile_field("target_role", "senior-pm")
    steps = area.route_panel.steps
    assert not steps.isHidden()
    text = steps.text()
    for move in area.shown_route.transitions:
        assert catalog.role(move.to_role).title in text
        for requirement in move.requirements:
            assert requirement in text
    assert text.count("What it takes:") == len(area.shown_route.transitions)


def test_the_steps_say_what_the_content_knows_of_each_role_reached(qtbot, area, document, catalog):
    """Each step's role notes ("good to know") and, reaching Group PM, its time split."""
    document.set_profile_field("current_role", "pm")
    document.set_profile_field("target_role", "group-pm")
    text = area.route_panel.steps.text()
    for role_id in area.shown_route.roles[1:]:
        for note in catalog.role(role_id).notes:
            assert note in text, (role_id, note)
    assert "group-pm" in area.shown_route.roles
    assert "Where the time goes:" in text
    for share in catalog.role("group-pm").time_split:
        assert f"{share.activity}: {share.percent} %" in text


def test_a_target_date_sooner_than_the_route_is_warned_about(qtbot, area, document, today):
    document.set_profile_field("current_role", "apm")
    document.set_profile_field("target_role", "director-product")  # about 7 years
    summary = area.route_panel.summary
    assert "⚠" not in summary.text()  # no target date: nothing to warn about
    document.set_profile_field("target_date", date(2028, 5, 1))
    assert "⚠" in summary.text()
    assert "about 2 years away" in summary.text() and "about 7 years" in summary.text()
    document.set_profile_field("target_date", date(2034, 5, 1))
    assert "⚠" not in summary.text()
    document.set_profile_field("target_date", date(2026, 1, 1))
    assert "⚠" in summary.text() and "has passed" in summary.text()


def test_years_served_count_in_the_details_of_the_current_role(qtbot, area, document, today):
    document.set_profile_field("current_role", "software-engineer")
    document.set_profile_field("target_role", "tpm")
    click_role(qtbot, area, "software-engineer")
    body = area.details.body.text()
    assert "still ahead" not in body and "You so far" not in body
    document.set_profile_field("years_in_current_role", 1.5)
    body = area.details.body.text()
    assert "You so far: 1.5 years" in body
    tpm = area.catalog.role("tpm").title
    move = next(t for t in area.catalog.next_steps("software-engineer") if t.to_role == "tpm")
    assert f"{tpm}</a>" in body and f"({move.years - 1.5:g} years still ahead)" in body
    click_role(qtbot, area, "tpm")  # not the current role: the usual years only
    assert "still ahead" not in area.details.body.text()


def test_years_served_beyond_a_move_read_as_covered_not_zero(qtbot, area, document, today):
    document.set_profile_field("current_role", "software-engineer")
    document.set_profile_field("target_role", "tpm")
    move = next(t for t in area.catalog.next_steps("software-engineer") if t.to_role == "tpm")
    document.set_profile_field("years_in_current_role", move.years + 2)
    click_role(qtbot, area, "software-engineer")
    body = area.details.body.text()
    assert "your years in role cover it" in body
    assert "0 years still ahead" not in body and "still ahead)" not in body


def test_the_listed_routes_count_the_years_already_served(qtbot, area, document, today):
    """The list of routes agrees with the summary above it: the time still ahead."""
    document.set_profile_field("current_role", "software-engineer")
    document.set_profile_field("target_role", "senior-tpm")
    listed = area.route_panel.list
    assert listed.count() >= 1 and "still ahead" not in listed.item(0).text()
    document.set_profile_field("years_in_current_role", 1.0)
    first = listed.item(0).text()
    fastest = area.shown_route
    assert "still ahead" in first, first
    assert f"{fastest.years - 1:g} years still ahead" in first
    assert f"{fastest.years - 1:g} years" in area.route_panel.summary.text()


def test_a_target_date_a_few_weeks_short_says_so_in_months(qtbot, area, document, today):
    """Years that round the same ("2.5 years away … 2.5 years more") read as a
    contradiction: then the warning counts months."""
    from datetime import timedelta

    document.set_profile_field("current_role", "pm")
    document.set_profile_field("target_role", "group-pm")
    route_years = area.shown_route.years
    short = today + timedelta(days=round(route_years * 365.25) - 16)  # about two weeks short
    document.set_profile_field("target_date", short)
    text = area.route_panel.summary.text()
    assert "⚠" in text
    months_left = round((short - today).days / 365.25 * 12)
    assert f"about {months_left} months away" in text, text
    assert f"about {round(route_years * 12)} months more" in text, text
