"""The time a route still takes, counting the years already served in the current role.

A move's years are how long people usually spend in the role before it, so the
years the person has already spent in their current role count towards the
route's first move (never below zero); the later moves are still all ahead.
"""

from __future__ import annotations

from datetime import date

from pmplanner.core.catalog import CareerPath

DAYS_A_YEAR = 365.25


def first_move_ahead(first_move_years: float, years_served: float | None) -> float:
    """What is left of the first move: its usual years minus the years served, at least 0."""
    return max(0.0, first_move_years - (years_served or 0.0))


def years_ahead(path: CareerPath, years_served: float | None) -> float:
    """The route's usual years still ahead; 0 for a route of no moves."""
    if not path.transitions:
        return 0.0
    first, *rest = path.transitions
    return round(first_move_ahead(first.years, years_served) + sum(t.years for t in rest), 2)


def years_until(target_date: date, today: date) -> float:
    """The years from ``today`` to ``target_date`` (negative when it has passed)."""
    return (target_date - today).days / DAYS_A_YEAR


def target_too_soon(
    path: CareerPath | None, years_served: float | None, target_date: date | None, today: date
) -> bool:
    """The target date comes before the route's time still ahead has passed (to a few
    days: a year ahead and a target date a year away is no warning)."""
    if path is None or target_date is None or not path.transitions:
        return False
    ahead = years_ahead(path, years_served)
    return ahead > 0 and round(years_until(target_date, today), 2) < ahead
