"""Today's date for the plan editor.

Views call ``clock.today()`` through the module (not ``from clock import
today``) so tests can replace it with ``monkeypatch.setattr(clock, "today", ...)``.
Dates are written by ``wording.formats``.
"""

from __future__ import annotations

from datetime import date


def today() -> date:
    return date.today()
