"""What the plan file held when pmplanner last read or wrote it.

Another program (a sync tool, an editor, a second computer) may rewrite
plan.json while pmplanner runs. The store remembers the file's size,
modification time and a hash of its bytes; before a save it compares: the
cheap ``stat`` first, the hash only when the stat differs (a ``touch`` or a
copy of the same bytes is not a change).
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from pmplanner.storage.atomic import describe_os_error
from pmplanner.storage.backups import BackupRotation
from pmplanner.storage.errors import PlanChangedOnDisk, SaveError
from pmplanner.storage.jsonio import JsonFileError, read_file_bytes


def digest_of(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


@dataclass(frozen=True)
class DiskStamp:
    """The file as pmplanner knows it; ``size`` -1 means there was no file."""

    size: int
    mtime_ns: int
    digest: bytes

    @classmethod
    def of(cls, info: os.stat_result, data: bytes) -> DiskStamp:
        return cls(info.st_size, info.st_mtime_ns, digest_of(data))

    @property
    def absent(self) -> bool:
        return self.size < 0

    def same_stat(self, info: os.stat_result) -> bool:
        return (info.st_size, info.st_mtime_ns) == (self.size, self.mtime_ns)


ABSENT = DiskStamp(-1, -1, b"")


def stat_or_none(path: Path) -> os.stat_result | None:
    """``os.stat`` (following a symlink), None when there is no file; other errors raise."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None


def read_changed(path: Path, known: DiskStamp) -> tuple[os.stat_result, bytes] | None:
    """The file's stat and bytes when they differ from ``known``; None when not.

    A file that disappeared is not a change to keep (there is nothing to keep),
    nor is a FIFO or device put in its place (never opened: the writer refuses
    it). Raises OSError when the file cannot be looked at, JsonFileError when
    it cannot be read (too big, replaced by a FIFO in between…).
    """
    info = stat_or_none(path)
    if info is None or not stat.S_ISREG(info.st_mode):
        return None
    if not known.absent and known.same_stat(info):
        return None
    data = read_file_bytes(path)
    if not known.absent and digest_of(data) == known.digest:
        return None
    return info, data


class ForeignChangeGuard:
    """What one plan file held when last read or written, and the other versions kept.

    ``known`` None means unknown (before open, after an unreadable file): then
    nothing is compared and nothing is refused.
    """

    def __init__(self, path: Path, rotation: BackupRotation):
        self.path = path
        self.rotation = rotation
        self.known: DiskStamp | None = None
        # another program's version already kept in the backups: (its hash, the copy)
        self._kept: tuple[bytes, Path] | None = None

    def forget(self) -> None:
        self.known = None

    def remember_absent(self) -> None:
        self.known = ABSENT

    def remember(self, info: os.stat_result, data: bytes) -> None:
        self.known = DiskStamp.of(info, data)
        self._kept = None

    def remember_written(self, data: bytes) -> None:
        try:
            info = os.stat(self.path)
        except OSError:
            self.known = None  # cannot tell what is there: compare nothing
            return
        self.remember(info, data)

    def remember_if_holds(self, data: bytes) -> None:
        """After a failed write: if the file holds ``data`` after all, it is ours."""
        try:
            info = os.stat(self.path)
            held = read_file_bytes(self.path)
        except (OSError, JsonFileError):
            return
        if held == data:
            self.remember(info, data)

    def changed(self) -> bool:
        """Whether the file differs from what was last read or written (False if unknown)."""
        if self.known is None:
            return False
        try:
            return read_changed(self.path, self.known) is not None
        except (OSError, JsonFileError):
            return False

    def keep_other_version(self, *, overwrite: bool) -> None:
        """Before a save: keep another program's version in the backups.

        Raises PlanChangedOnDisk (with the copy) unless ``overwrite``, and
        SaveError when the file cannot be read or the copy cannot be written.
        The same other version is copied once however often this is asked.
        """
        if self.known is None:
            return
        try:
            changed = read_changed(self.path, self.known)
        except (OSError, JsonFileError) as exc:
            reason = describe_os_error(exc) if isinstance(exc, OSError) else "; ".join(exc.problems)
            raise SaveError(
                f"Could not save {self.path} because it could not be read to check whether "
                f"another program changed it: {reason}.",
                path=self.path,
                reason=reason,
            ) from exc
        if changed is None:
            return
        digest = digest_of(changed[1])
        if self._kept is not None and self._kept[0] == digest:
            kept = self._kept[1]
        else:
            kept = self.rotation.keep_changed_elsewhere(self.path, changed[1])
            self._kept = (digest, kept)
        if not overwrite:
            raise PlanChangedOnDisk(self.path, kept)
