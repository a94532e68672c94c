"""Tooltips that show the person's text as typed (see ui.safe_text)."""

from pmplanner.ui.safe_text import literal as plain_tooltip

__all__ = ["plain_tooltip"]
