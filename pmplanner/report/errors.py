"""The one error the report writers raise: a sentence for the person."""

from __future__ import annotations


class ReportError(Exception):
    """A PDF or calendar file could not be made; the message names the file and says why."""
