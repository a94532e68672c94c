"""The time still ahead on a route counts the years already served in the current role."""

from __future__ import annotations

from datetime import date

from pmplanner.core.route_time import (
    first_move_ahead,
    target_too_soon,
    years_ahead,
    years_until,
)


def test_years_served_count_towards_the_first_move_only(catalog):
    path = catalog.fastest_path("apm", "senior-pm")
    assert path is not None and path.steps == 2
    first, second = path.transitions
    assert years_ahead(path, None) == path.years
    assert years_ahead(path, 0.0) == path.years
    assert years_ahead(path, 1.0) == round(path.years - 1.0, 2)
    # more years served than the first move takes: never below the later moves' time
    assert years_ahead(path, first.years + 10) == second.years


def test_a_single_move_already_served_leaves_nothing_ahead(catalog):
    path = catalog.fastest_path("software-engineer", "tpm")
    assert path is not None and path.steps == 1
    assert years_ahead(path, path.years) == 0.0
    assert years_ahead(path, 40.0) == 0.0
    assert first_move_ahead(4.0, 1.5) == 2.5
    assert first_move_ahead(4.0, 9.0) == 0.0


def test_no_moves_no_time(catalog):
    path = catalog.fastest_path("pm", "pm")
    assert path is not None and years_ahead(path, 3.0) == 0.0


def test_the_target_date_is_too_soon_only_for_the_time_still_ahead(catalog):
    path = catalog.fastest_path("software-engineer", "tpm")
    assert path is not None
    today = date(2026, 1, 1)
    one_year_on = date(2027, 1, 1)
    assert abs(years_until(one_year_on, today) - 1.0) < 0.01
    assert target_too_soon(path, None, one_year_on, today)
    assert not target_too_soon(path, path.years - 0.5, one_year_on, today)
    assert not target_too_soon(path, None, None, today)
    assert not target_too_soon(None, None, one_year_on, today)
    # a year ahead and a date 365 days away: the same to a few days, no warning
    assert not target_too_soon(path, path.years - 1.0, one_year_on, today)
    assert target_too_soon(path, path.years - 1.0, date(2026, 12, 1), today)
    # a date already passed, but nothing left ahead: no warning
    assert not target_too_soon(path, path.years, date(2025, 1, 1), today)
