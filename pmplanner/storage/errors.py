"""The errors of the plan storage, shared by its modules.

``SaveError`` and ``PlanFileError`` are re-exported by ``plan_store``, which is
where the UI and CLI import them from.
"""

from __future__ import annotations

from pathlib import Path

from pmplanner.storage.jsonio import JsonFileError


class PlanFileError(JsonFileError):
    """A plan file that could not be loaded; ``problems`` are located, one per line."""


class NewerPlanVersionError(PlanFileError):
    """A plan file written by a newer pmplanner (its schema_version is too high).

    It is not broken: it must be left where it is, byte for byte, and never
    written over; updating pmplanner opens it.
    """


class SaveError(Exception):
    """A save that did not happen. ``str(e)`` is one sentence naming the file.

    ``path`` is the file that could not be written and ``reason`` the short
    clause that says why ("the disk is full"), for callers that build their
    own sentence.
    """

    def __init__(self, message: str, path: Path | str | None = None, reason: str = ""):
        super().__init__(message)
        self.path = Path(path) if path is not None else None
        self.reason = reason


class PlanChangedOnDisk(SaveError):
    """Another program changed the plan file since pmplanner read or wrote it.

    Nothing was written over it. ``kept`` is the copy of the other version in
    the backups folder; ``path`` the plan file. Saving with ``force=True``
    writes over it (the other version stays in ``kept``); ``reload()`` reads it.
    """

    def __init__(self, path: Path | str, kept: Path | str):
        self.kept = Path(kept)
        reason = "another program changed it since pmplanner read it"
        super().__init__(
            f"Did not save {path} because another program changed it since pmplanner "
            f"read it; its version was kept as {self.kept}.",
            path=path,
            reason=reason,
        )


class UnsavablePlanError(ValueError):
    """The plan in memory cannot be written as a file that would load again.

    ``reason`` is a clause such as ``goals[3].progress: ...``; the store turns
    it into a SaveError that names the file.
    """

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason
