"""The person's plan on disk: open, save, back up, restore, import and export.

API used by the UI and CLI:

- ``PlanStore(data_dir).open() -> LoadOutcome``. A file that cannot be loaded
  is moved aside (``plan.corrupt-<UTC time>.json``, never deleted or
  overwritten), saving is blocked (``save_blocked``) and the backups that
  validate are offered; the person then chooses ``restore_backup(path)`` or
  ``start_fresh()``. A file written by a newer pmplanner is not broken: it is
  left in place byte for byte (``newer_version``), saving stays blocked and
  ``restore_backup``/``start_fresh`` refuse, so only updating pmplanner opens
  it. A data folder pmplanner may not look into is also a load error, never
  "no plan yet".
- ``PlanStore.save(plan)`` writes atomically after keeping a rotating backup,
  or raises ``SaveError`` (one sentence naming the file) and changes nothing.
  A symlinked plan.json stays a link: its target is written.
- Another program's changes are never written over: the store remembers the
  file it last read or wrote (size, mtime, hash). When the file differs before
  a save, the other version is kept in the backups (always) and
  ``PlanChangedOnDisk`` raised; then ``save(plan, force=True)`` keeps ours
  (theirs stays in the backups) or ``reload()`` reads theirs.
  ``changed_on_disk()`` tells a file watcher whether a change is someone else's.
- ``load_plan_file(path) -> Plan`` / ``parse_plan_bytes(raw, path) -> Plan``
  raise ``PlanFileError`` with located problems; ``serialize_plan(plan)`` gives
  the file's bytes.

Files are 0600 and the folder 0700 (POSIX). Call ``open()`` while holding the
single-instance lock: it removes temporary files left by a crashed save.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pmplanner.core.plan import Plan
from pmplanner.storage.atomic import atomic_write_bytes, clean_stale_temp_files, fsync_folder
from pmplanner.storage.atomic import describe_os_error as _describe_os_error
from pmplanner.storage.backups import BACKUP_DIR_NAME, BackupRotation, backup_time, utc_now
from pmplanner.storage.errors import (
    NewerPlanVersionError,
    PlanChangedOnDisk,
    PlanFileError,
    SaveError,
    UnsavablePlanError,
)
from pmplanner.storage.foreign_changes import ForeignChangeGuard
from pmplanner.storage.jsonio import JsonFileError, read_file_bytes
from pmplanner.storage.migrations import SCHEMA_VERSION
from pmplanner.storage.plan_format import load_plan_file, parse_plan_bytes, serialize_plan

__all__ = [
    "SCHEMA_VERSION",
    "LoadOutcome",
    "NewerPlanVersionError",
    "PlanChangedOnDisk",
    "PlanFileError",
    "PlanStore",
    "SaveError",
    "UnsavablePlanError",
    "backup_time",
    "load_plan_file",
    "parse_plan_bytes",
    "serialize_plan",
]

PLAN_FILE_NAME = "plan.json"


@dataclass
class LoadOutcome:
    """What ``PlanStore.open()`` found.

    - a plan that loaded: ``plan`` set;
    - no plan file yet: ``plan`` is a fresh empty Plan and ``is_new`` is True
      (``backups`` lists valid backups if there are any: the file may have been
      deleted by hand);
    - a file that could not be loaded: ``plan`` None, ``error`` says why,
      ``quarantined_to`` is where the file was moved (None if it could not be
      moved; it is then left in place and never overwritten), ``backups`` the
      valid backups, newest first. Saving is blocked until the person chooses;
    - a file written by a newer pmplanner: as above, but ``newer_version`` is
      True and the file is left in place untouched (``quarantined_to`` None).
      Saving stays blocked and ``start_fresh``/``restore_backup`` raise
      SaveError: the only way on is to update pmplanner.
    - a file pmplanner is not allowed to read: not broken, so ``not_permitted``
      is True and it is left in place untouched (``quarantined_to`` None);
      saving stays blocked. The way on is permission, then ``open()`` again.
    """

    plan: Plan | None
    is_new: bool = False
    error: PlanFileError | None = None
    quarantined_to: Path | None = None
    backups: list[Path] = field(default_factory=list)
    newer_version: bool = False
    not_permitted: bool = False
    # goals or contacts that shared an id and were given new ones, located
    # (``goals[3].id: the same id as goals[1]``); the file as it was is backed up
    repaired_ids: list[str] = field(default_factory=list)


class PlanStore:
    def __init__(self, data_dir: Path | str, clock: Callable[[], datetime] = utc_now):
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / PLAN_FILE_NAME
        self.clock = clock
        self.rotation = BackupRotation(self.data_dir / BACKUP_DIR_NAME, clock)
        self.save_blocked = False
        # The first save of a session always keeps the file as it was found:
        # unchecked before open(), or in an older schema after a migration.
        self._backup_forced = True
        self._unreadable_left_in_place = False
        self._newer_version_in_place = False
        self._foreign = ForeignChangeGuard(self.path, self.rotation)
        # goals or contacts given new ids when the plan was last read (they shared one)
        self.repaired_ids: list[str] = []

    # -- opening ---------------------------------------------------------------

    def open(self) -> LoadOutcome:
        try:
            self._make_folder()
        except OSError as exc:
            return self._blocked(
                PlanFileError(
                    self.path,
                    [f"the folder could not be made: {_describe_os_error(exc)}"],
                ),
                quarantined_to=None,
            )
        clean_stale_temp_files(self.data_dir)
        clean_stale_temp_files(self.rotation.folder)
        if self.path.is_symlink():  # a save through the link writes next to its target
            target = Path(os.path.realpath(self.path))
            clean_stale_temp_files(target.parent, name=target.name)
        self._backup_forced = True
        self._newer_version_in_place = False
        self.repaired_ids = []
        self._foreign.forget()
        try:
            os.lstat(self.path)
        except FileNotFoundError:
            self.save_blocked = False
            self._foreign.remember_absent()
            return LoadOutcome(Plan(), is_new=True, backups=self.backups())
        except OSError as exc:
            # os.path.lexists would say False here, and a plan nobody could
            # see would be taken for no plan at all.
            return self._blocked(_unlookable(self.data_dir, self.path, exc), quarantined_to=None)
        if _read_refused(self.path):
            # Not broken either: never moved aside, never replaced by a new plan.
            outcome = self._blocked(
                PlanFileError(self.path, [f"pmplanner is not allowed to read {self.path}"]),
                quarantined_to=None,
            )
            outcome.not_permitted = True
            return outcome
        repairs: list[str] = []
        try:
            plan = self._read(repairs)
        except NewerPlanVersionError as error:
            # Not broken: leave it where it is, byte for byte, for the newer pmplanner.
            outcome = self._blocked(error, quarantined_to=None)
            self._unreadable_left_in_place = False
            self._newer_version_in_place = True
            outcome.newer_version = True
            return outcome
        except PlanFileError as error:
            quarantined_to, failure = self._quarantine()
            if failure:
                error = PlanFileError(
                    error.path,
                    [
                        *error.problems,
                        f"it could not be moved aside ({failure}); it stays where it is "
                        "and pmplanner will not write over it",
                    ],
                )
            return self._blocked(error, quarantined_to)
        self.save_blocked = False
        if repairs:
            # Keep the file as it was now, before the repaired plan is ever saved.
            # Should this fail, the first save still backs it up or does not happen.
            with contextlib.suppress(SaveError, OSError):
                self.rotation.backup_before_replace(self.path, force=True)
        self.repaired_ids = repairs
        return LoadOutcome(plan, repaired_ids=repairs)

    def _read(self, repairs: list[str] | None = None) -> Plan:
        """Load the plan file and remember what it held; PlanFileError names it.

        ``repairs`` collects the ids given anew to goals or contacts that shared one.
        """
        # the stat before the read: a change in between shows as a change later
        try:
            info = os.stat(self.path)
        except OSError:
            info = None  # the read below says why, with its own words
        try:
            raw = read_file_bytes(self.path)
        except JsonFileError as exc:
            raise PlanFileError(exc.path, exc.problems) from None
        plan = parse_plan_bytes(raw, self.path, repairs)
        if info is None:
            self._foreign.forget()
        else:
            self._foreign.remember(info, raw)
        return plan

    def reload(self) -> Plan:
        """Read the plan file again, as another program left it ("Reload Theirs").

        Raises PlanFileError when it does not load; the file is then left
        where it is and nothing is remembered, so a later save still asks.
        """
        return self._read()

    def changed_on_disk(self) -> bool:
        """Whether the plan file now differs from what was last read or written.

        Cheap when it does not: one stat; the bytes are hashed only when the
        size or time differ. Our own writes are not changes. False when unknown
        or when the file cannot be read.
        """
        return self._foreign.changed()

    def _make_folder(self) -> None:
        if not self.data_dir.is_dir():
            self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)

    def _blocked(self, error: PlanFileError, quarantined_to: Path | None) -> LoadOutcome:
        self.save_blocked = True
        self._foreign.forget()
        # when it cannot be told whether the file is there, assume it is
        self._unreadable_left_in_place = quarantined_to is None and _exists(self.path) is not False
        return LoadOutcome(None, error=error, quarantined_to=quarantined_to, backups=self.backups())

    def _quarantine(self) -> tuple[Path | None, str]:
        """Move the unreadable plan file aside without overwriting anything.

        Returns where it went, or None and the reason it could not be moved.
        """
        stamp = self.clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        for counter in range(1000):
            suffix = f"-{counter}" if counter else ""
            dest = self.data_dir / f"plan.corrupt-{stamp}{suffix}.json"
            try:
                _move_without_overwriting(self.path, dest)
            except FileExistsError:
                continue
            except OSError as exc:
                return None, _describe_os_error(exc)
            # the move happened; making the rename durable is best effort
            with contextlib.suppress(OSError):
                fsync_folder(self.data_dir)
            return dest, ""
        return None, "too many earlier unreadable files have the same time"

    # -- the person's decision after an unreadable file ----------------------------

    def start_fresh(self) -> Plan:
        """Begin an empty plan after an unreadable file; saving is allowed again.

        Raises SaveError if the unreadable file is still in place and cannot be
        moved aside (it is never written over), or if it was written by a newer
        pmplanner (it is never moved or written over).
        """
        self._refuse_if_newer("start a new plan")
        left_in_place = self._unreadable_left_in_place and _exists(self.path) is not False
        if left_in_place and self._quarantine()[0] is None:
            raise SaveError(
                f"Could not start a new plan because the unreadable file {self.path} "
                "could not be moved aside, and pmplanner will not write over it.",
                path=self.path,
            )
        self._unreadable_left_in_place = False
        self.save_blocked = False
        self._foreign.forget()  # whatever is there now, the person chose to replace it
        return Plan()

    def backups(self) -> list[Path]:
        """Backups that load, newest first (each is read and validated)."""
        return self.rotation.valid_backups(_loads)

    def restore_backup(self, path: Path | str) -> Plan:
        """Validate the backup, then make it the plan file atomically; return the plan.

        Raises PlanFileError if the backup does not load (nothing changes) and
        SaveError if it cannot be written. The current plan file, if any, is
        backed up first so the restore can be undone. A plan file written by a
        newer pmplanner is never replaced: SaveError, nothing changes.
        """
        self._refuse_if_newer("restore a backup")
        plan = load_plan_file(Path(path))
        data = _serialize(plan, self.path)
        if self._unreadable_left_in_place and _exists(self.path) is not False:
            self.start_fresh()  # moves the unreadable file aside or raises SaveError
        self._make_folder_for_save()
        if not self.save_blocked:
            self.rotation.backup_before_replace(self.path, force=True)
        self._write(data)
        self._backup_forced = False
        self._unreadable_left_in_place = False
        self.save_blocked = False
        return plan

    def _refuse_if_newer(self, action: str) -> None:
        if self._newer_version_in_place:
            raise SaveError(
                f"Could not {action}: the plan file {self.path} was written by a newer "
                "pmplanner; update pmplanner to open it. Nothing has been changed.",
                path=self.path,
                reason="the plan file was written by a newer pmplanner",
            )

    # -- saving ----------------------------------------------------------------

    def save(self, plan: Plan, *, keep_backup: bool = False, force: bool = False) -> None:
        """Write the plan atomically (after a backup if one is due) or raise SaveError.

        ``keep_backup`` backs up the file being replaced whatever the rotation's
        spacing says: used when a whole plan replaces another (new, open, import).

        When another program changed the file since it was last read or
        written, its version is copied to the backups first and
        PlanChangedOnDisk raised; ``force`` then writes over it ("Keep Mine":
        the other version is still kept first, once).
        """
        self._refuse_if_newer("save")
        if self.save_blocked:
            raise SaveError(
                f"The plan file {self.path} could not be read, so nothing will be saved "
                "until you choose to restore a backup or start a new plan.",
                path=self.path,
                reason="the plan file could not be read",
            )
        data = _serialize(plan, self.path)
        self._make_folder_for_save()
        self._foreign.keep_other_version(overwrite=force)
        self.rotation.backup_before_replace(self.path, force=self._backup_forced or keep_backup)
        self._write(data)
        self._backup_forced = False

    def _write(self, data: bytes) -> None:
        try:
            atomic_write_bytes(self.path, data)
        except SaveError:
            # only making the rename durable may have failed: then the file is ours
            self._foreign.remember_if_holds(data)
            raise
        self._foreign.remember_written(data)

    def _make_folder_for_save(self) -> None:
        try:
            self._make_folder()
        except OSError as exc:
            reason = _describe_os_error(exc)
            raise SaveError(
                f"Could not save {self.path} because its folder could not be made: {reason}.",
                path=self.path,
                reason=reason,
            ) from exc

    # -- import and export ---------------------------------------------------------

    def export_plan(self, plan: Plan, dest: Path | str) -> None:
        """Write the plan file's bytes to ``dest`` atomically (SaveError names ``dest``)."""
        dest = Path(dest)
        if _same_file(dest, self.path):
            self.save(plan)
            return
        atomic_write_bytes(dest, _serialize(plan, dest))

    def import_plan(self, path: Path | str) -> Plan:
        """Load and validate a plan file; the caller decides whether to replace the plan."""
        return load_plan_file(Path(path))


def _serialize(plan: Plan, path: Path) -> bytes:
    try:
        return serialize_plan(plan)
    except UnsavablePlanError as exc:
        raise SaveError(
            f"Could not save {path} because {exc.reason}.", path=path, reason=exc.reason
        ) from None


def _exists(path: Path) -> bool | None:
    """Whether ``path`` exists (a broken link counts); None when it cannot be told."""
    try:
        os.lstat(path)
    except FileNotFoundError:
        return False
    except OSError:
        return None
    return True


def _unlookable(folder: Path, path: Path, exc: OSError) -> PlanFileError:
    if isinstance(exc, PermissionError):
        problem = (
            f"pmplanner is not allowed to look inside the folder {folder}, so it cannot "
            "tell whether your plan is there; nothing has been changed"
        )
    else:
        problem = (
            f"pmplanner could not look inside the folder {folder} "
            f"({_describe_os_error(exc)}); nothing has been changed"
        )
    return PlanFileError(path, [problem])


def _read_refused(path: Path) -> bool:
    """Whether the system refuses to let pmplanner read ``path`` (permission)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except PermissionError:
        return True
    except OSError:
        return False  # reading it says what else is wrong
    os.close(fd)
    return False


def _loads(path: Path) -> bool:
    try:
        load_plan_file(path)
    except PlanFileError:
        return False
    return True


def _move_without_overwriting(src: Path, dest: Path) -> None:
    """Rename ``src`` to ``dest``; FileExistsError if ``dest`` exists (never replaced)."""
    try:
        os.link(src, dest, follow_symlinks=False)
    except FileExistsError:
        raise
    except (OSError, NotImplementedError):
        # No hard links here (FAT, some network drives, a folder): check, then rename.
        # os.rename refuses an existing target on Windows; on POSIX the check
        # is enough as only one pmplanner runs at a time.
        if os.path.lexists(dest):
            raise FileExistsError(dest) from None
        os.rename(src, dest)
        return
    os.unlink(src)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
