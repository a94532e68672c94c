"""Today's date for the plan editor.

Views call ``clock.today()`` through the module (not ``from clock import
today``) so tests can replace it with ``monkeypatch.setattr(clock, "today", ...)``.
"""

from __future__ import annotations

from datetime import date

from pmplanner.wording import labels


def today() -> date:
    return date.today()


def format_date(value: date) -> str:
    """A date as the person's locale writes it, with the whole year (see labels)."""
    return labels.format_date(value)
