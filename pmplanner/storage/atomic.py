"""Atomic file replacement: the old file stays whole until the new one is on disk.

The new bytes go to a temporary file in the same folder (``tempfile.mkstemp``,
owner-only), are written, ``os.fsync``-ed and closed, then ``os.replace``-d over
the target, and the folder is synced so the rename itself survives a power cut
(POSIX). On any failure the temporary file is removed and a ``SaveError`` with
one sentence naming the file is raised; the target is never written in place
and never deleted first.

``os`` and ``tempfile`` functions are called through their modules so tests
can replace them to inject faults at every step. Bytes are written with
``os.write`` straight to the file descriptor: there is no user-space buffer, so
there is no separate flush step that could fail silently.

This is the one writer for every file pmplanner makes: the plan, its backups
and every export (PDF, calendar, map images, plan copies). At the output path:

- a symlink is written through: its final target is replaced atomically (the
  temporary file sits next to the target) and the link stays a link;
- a folder, FIFO, device or socket is refused with one sentence naming the
  path, and never opened (opening a FIFO blocks until someone reads it);
- an existing file keeps its permission bits (and, as root, its owner); a new
  file is owner-only (0600).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from pathlib import Path

from pmplanner.storage.errors import SaveError

TEMP_SUFFIX = ".tmp"
# On Windows another program (antivirus, indexer, backup tool) may hold the
# file for a moment; os.replace then fails with PermissionError. Retry briefly.
RETRY_REPLACE = os.name == "nt"
REPLACE_RETRY_DELAYS = (0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.25)

# Errors that only mean "this file system cannot fsync a folder".
_FOLDER_SYNC_UNSUPPORTED = {errno.EINVAL, errno.ENOTSUP, errno.EBADF, errno.EISDIR}

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the disk or folder is read-only",
    errno.EACCES: "permission was denied",
    errno.EPERM: "permission was denied",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "part of the path is not a folder",
    errno.EISDIR: "there is a folder with that name",
    errno.ENAMETOOLONG: "the path is too long",
    errno.EMFILE: "too many files are open",
    errno.ENFILE: "too many files are open",
    errno.EIO: "the disk reported an input/output error",
    errno.EBUSY: "the file is in use by another program",
    errno.EFBIG: "the file is too large for the disk",
    errno.ENOMEM: "the computer ran out of memory",
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = "your disk quota is used up"


def describe_os_error(exc: OSError) -> str:
    """A short clause saying why ``exc`` happened, e.g. "the disk is full"."""
    reason = _REASONS.get(exc.errno) if exc.errno is not None else None
    if reason is None and isinstance(exc, PermissionError):
        reason = "permission was denied"
    if reason is None and exc.strerror:
        reason = f"the system said: {exc.strerror.rstrip('.').lower()}"
    return reason or f"of an unexpected error ({type(exc).__name__})"


def _fail(path: Path, exc: OSError) -> SaveError:
    reason = describe_os_error(exc)
    return SaveError(f"Could not save {path} because {reason}.", path=path, reason=reason)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.EIO, "the disk accepted no more bytes")
        view = view[written:]


def _replace(src: str, dst: Path) -> None:
    delays = REPLACE_RETRY_DELAYS if RETRY_REPLACE else ()
    for delay in (*delays, None):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if delay is None:
                raise
            time.sleep(delay)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op on Windows)."""
    if os.name == "nt":
        return
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(folder, flags)
    except OSError as exc:
        if exc.errno in _FOLDER_SYNC_UNSUPPORTED:
            return
        raise
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _FOLDER_SYNC_UNSUPPORTED:
            raise
    finally:
        # closing a read-only folder handle cannot lose anything
        with contextlib.suppress(OSError):
            os.close(fd)


def _not_a_file(st_mode: int) -> str | None:
    """Why a non-regular file cannot be written, as a clause; None for a regular file."""
    if stat.S_ISREG(st_mode):
        return None
    if stat.S_ISDIR(st_mode):
        return _REASONS[errno.EISDIR]
    if stat.S_ISFIFO(st_mode):
        return "it is a named pipe (FIFO), not a file"
    if stat.S_ISCHR(st_mode) or stat.S_ISBLK(st_mode):
        return "it is a device, not a file"
    if stat.S_ISSOCK(st_mode):
        return "it is a socket, not a file"
    return "it is not a regular file"


def resolve_output(path: Path | str) -> tuple[Path, os.stat_result | None]:
    """Where writing ``path`` really goes, and what is there now (None: nothing).

    A symlink (or a chain of them) leads to its final target, which may not
    exist yet. Raises SaveError naming ``path`` when the target is not a
    regular file, or cannot be looked at; nothing is opened.
    """
    path = Path(path)
    target = path
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            target = Path(os.path.realpath(path))
            info = os.stat(target)
    except FileNotFoundError:
        return target, None
    except OSError as exc:
        raise _fail(path, exc) from exc
    reason = _not_a_file(info.st_mode)
    if reason is not None:
        raise SaveError(f"Could not save {path} because {reason}.", path=path, reason=reason)
    return target, info


def atomic_write_bytes(path: Path | str, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically, or raise SaveError and change nothing.

    ``mode`` is for a new file; an existing one keeps its own. A symlink at
    ``path`` is written through (see the module docstring). SaveError names
    ``path`` as given.

    After a failure in the final folder sync the new file is already in place
    (a rename cannot be undone without another rename); the error still
    reaches the caller so the plan stays marked unsaved and is saved again.
    """
    path = Path(path)
    target, existing = resolve_output(path)
    folder = target.parent
    if existing is not None:
        mode = stat.S_IMODE(existing.st_mode)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=folder)
    except OSError as exc:
        raise _fail(path, exc) from exc
    try:
        try:
            if existing is not None:
                _keep_owner(fd, existing)
            if mode != 0o600 and hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        _replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise _fail(path, exc) from exc
        raise
    try:
        fsync_folder(folder)
    except OSError as exc:
        reason = describe_os_error(exc)
        raise SaveError(
            f"Could not make sure {path} reached the disk because {reason}.",
            path=path,
            reason=reason,
        ) from exc


def _keep_owner(fd: int, existing: os.stat_result) -> None:
    """As root, give the new file the old one's owner (a root export must not steal it)."""
    if not hasattr(os, "fchown") or os.geteuid() != 0:
        return
    if (existing.st_uid, existing.st_gid) == (os.geteuid(), os.getegid()):
        return
    with contextlib.suppress(OSError):
        os.fchown(fd, existing.st_uid, existing.st_gid)


_STALE_TEMP = re.compile(r"^\..+\.[A-Za-z0-9_]{8}" + re.escape(TEMP_SUFFIX) + r"$")


def clean_stale_temp_files(folder: Path | str, name: str | None = None) -> list[Path]:
    """Remove temporary files left in ``folder`` by a crash during a save.

    Only names made by atomic_write_bytes (``.<name>.<8 random>.tmp``, for the
    given ``name`` only when one is given: a folder that is not ours) and only
    regular files are removed; call it while holding the single-instance lock.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _STALE_TEMP.match(entry.name):
            continue
        if name is not None and not entry.name.startswith(f".{name}."):
            continue
        try:
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            pass  # a leftover we cannot remove harms nothing; try next start
    return removed
