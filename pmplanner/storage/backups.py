"""Rotating backups of the plan file, in ``<data dir>/backups/``.

Policy (the person may autosave every few seconds, so the rotation must not
end up holding only the last half minute of history):

- Before a save replaces ``plan.json``, the old file is copied to
  ``backups/plan-<UTC time>Z.json`` when the newest backup is at least
  ``MIN_INTERVAL`` (5 minutes) old, and only if the old file differs from that
  backup. So the backups are snapshots at least 5 minutes apart, whatever the
  autosave rate. The first save of each session and a restore always back up
  first (``force``): the file as it was found (in its old schema, after a
  migration) is kept, and a restore can be undone.
- Kept: the ``KEEP_RECENT`` (10) newest backups, which cover at least the last
  50 minutes of editing, plus the oldest backup of each of the last
  ``KEEP_DAILY_DAYS`` (14) days: how the plan looked when that day's work
  began. Everything else is deleted, and only after the new backup was written
  (atomically, like the plan), so the last good copy always exists.
- Backups are listed newest first by the time in their name; a backup is
  validated before it is offered or restored (``valid_backups``).
- A version of the plan written by another program, found just before a save
  would have replaced it, is always kept (``keep_changed_elsewhere``), whatever
  the spacing, as ``plan-<UTC time>Z-changed-elsewhere.json``; it is listed
  and offered like any backup and never pruned.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pmplanner.storage.atomic import atomic_write_bytes, describe_os_error
from pmplanner.storage.errors import SaveError

BACKUP_DIR_NAME = "backups"
MIN_INTERVAL = timedelta(minutes=5)
KEEP_RECENT = 10
KEEP_DAILY_DAYS = 14

_TIME_FORMAT = "%Y%m%dT%H%M%S.%f"
CHANGED_ELSEWHERE = "-changed-elsewhere"
_NAME = re.compile(
    r"^plan-(\d{8}T\d{6}\.\d{6})Z(?:-(\d+))?(" + re.escape(CHANGED_ELSEWHERE) + r")?\.json$"
)


def utc_now() -> datetime:
    return datetime.now(UTC)


def backup_time(path: Path | str) -> datetime | None:
    """When the backup at ``path`` was made (UTC), from its name; None if not a backup."""
    match = _NAME.match(Path(path).name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), _TIME_FORMAT).replace(tzinfo=UTC)


def is_changed_elsewhere(path: Path | str) -> bool:
    """Whether the backup at ``path`` is another program's version, kept before a save."""
    match = _NAME.match(Path(path).name)
    return match is not None and match.group(3) is not None


def _sort_key(path: Path) -> tuple[str, int]:
    match = _NAME.match(path.name)
    assert match is not None
    return match.group(1), int(match.group(2) or 0)


class BackupRotation:
    """The backups folder of one plan file."""

    def __init__(self, folder: Path | str, clock: Callable[[], datetime] = utc_now):
        self.folder = Path(folder)
        self.clock = clock

    def files(self) -> list[Path]:
        """All backups, newest first (not validated)."""
        try:
            names = os.listdir(self.folder)
        except OSError:
            return []
        found = [self.folder / n for n in names if _NAME.match(n)]
        return sorted(found, key=_sort_key, reverse=True)

    def valid_backups(self, is_valid: Callable[[Path], bool]) -> list[Path]:
        """Backups that pass ``is_valid``, newest first."""
        return [p for p in self.files() if is_valid(p)]

    def backup_before_replace(self, current: Path, *, force: bool = False) -> Path | None:
        """Copy ``current`` to a new backup if one is due; return it, or None.

        Raises SaveError (naming ``current``) if the copy cannot be made; the
        caller must then not replace ``current``.
        """
        now = self.clock()
        existing = self.files()
        newest = existing[0] if existing else None
        if newest is not None and not force:
            made = backup_time(newest)
            if made is not None and timedelta(0) <= now - made < MIN_INTERVAL:
                return None
        try:
            if not stat.S_ISREG(os.stat(current).st_mode):
                return None  # a FIFO or device is never opened; the writer refuses it
            raw = current.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            reason = describe_os_error(exc)
            raise SaveError(
                f"Could not save {current} because it could not be read to keep a backup "
                f"of it: {reason}.",
                path=current,
                reason=reason,
            ) from exc
        if newest is not None and _same_bytes(newest, raw):
            return newest
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            reason = describe_os_error(exc)
            raise SaveError(
                f"Could not save {current} because the backup folder {self.folder} "
                f"could not be made: {reason}.",
                path=self.folder,
                reason=reason,
            ) from exc
        dest = self._new_path(now)
        try:
            atomic_write_bytes(dest, raw)
        except SaveError as exc:
            raise SaveError(
                f"Could not save {current} because its backup copy {dest} could not be "
                f"written: {exc.reason}.",
                path=dest,
                reason=exc.reason,
            ) from exc
        self.prune()
        return dest

    def keep_changed_elsewhere(self, current: Path, raw: bytes) -> Path:
        """Keep ``raw``, another program's version of ``current``; return the copy.

        Raises SaveError (naming ``current``) when it cannot be kept.
        """
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            dest = self._new_path(self.clock(), CHANGED_ELSEWHERE)
            atomic_write_bytes(dest, raw)
        except (OSError, SaveError) as exc:
            reason = exc.reason if isinstance(exc, SaveError) else describe_os_error(exc)
            raise SaveError(
                f"Did not save {current} because another program changed it and its "
                f"version could not be kept in {self.folder}: {reason}.",
                path=current,
                reason=reason,
            ) from exc
        return dest

    def _new_path(self, now: datetime, tag: str = "") -> Path:
        stamp = now.astimezone(UTC).strftime(_TIME_FORMAT)
        dest = self.folder / f"plan-{stamp}Z{tag}.json"
        counter = 1
        while dest.exists():
            dest = self.folder / f"plan-{stamp}Z-{counter}{tag}.json"
            counter += 1
        return dest

    def to_keep(self, backups: list[Path]) -> set[Path]:
        """Which of ``backups`` (newest first) the policy keeps."""
        keep = set(backups[:KEEP_RECENT])
        keep |= {p for p in backups if is_changed_elsewhere(p)}
        today = self.clock().astimezone(UTC).date()
        days_seen: set[object] = set()
        for path in reversed(backups):  # oldest first: keep the first of each day
            made = backup_time(path)
            if made is None:
                keep.add(path)
                continue
            day = made.date()
            if (today - day).days < KEEP_DAILY_DAYS and day not in days_seen:
                days_seen.add(day)
                keep.add(path)
        return keep

    def prune(self) -> list[Path]:
        """Delete the backups the policy no longer keeps; return them."""
        backups = self.files()
        keep = self.to_keep(backups)
        removed = []
        for path in backups:
            if path in keep:
                continue
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass  # an extra old backup is harmless; try again next time
        return removed


def _same_bytes(path: Path, raw: bytes) -> bool:
    try:
        return path.stat().st_size == len(raw) and path.read_bytes() == raw
    except OSError:
        return False
