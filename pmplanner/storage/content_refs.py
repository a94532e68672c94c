"""The ids content files may refer to (the problems themselves: ``storage.problems``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Known:
    """Ids other files may refer to; ``None`` means "not known, do not check"."""

    skills: set[str] | None = None
    tracks: set[str] | None = None
    roles: set[str] | None = None
    industries: set[str] | None = None
    environments: set[str] | None = None
    backgrounds: set[str] | None = None
