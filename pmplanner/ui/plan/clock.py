"""Today's date for the plan editor.

Views call ``clock.today()`` through the module (not ``from clock import
today``) so tests can replace it with ``monkeypatch.setattr(clock, "today", ...)``.
"""

from __future__ import annotations

from datetime import date


def today() -> date:
    return date.today()


def format_date(value: date) -> str:
    """A short, unambiguous date: 5 Mar 2026."""
    return f"{value.day} {value.strftime('%b %Y')}"
