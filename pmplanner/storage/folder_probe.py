"""Why a folder cannot be written, found by writing in it.

When Qt cannot make a file in the data folder (its lock file, say), it only
says that it failed. A small file written, synced and removed here finds the
system's own reason: a read-only disk, a full disk, a refused permission.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from pmplanner.storage.atomic import TEMP_SUFFIX, describe_os_error

PROBE_BYTES = b"pmplanner checks that this folder can be written\n"


def write_problem(folder: Path) -> str | None:
    """A short clause ("the disk is full") when ``folder`` cannot be written, else None."""
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=".pmplanner-probe-", suffix=TEMP_SUFFIX)
    except OSError as exc:
        return describe_os_error(exc)
    try:
        os.write(fd, PROBE_BYTES)
        os.fsync(fd)
    except OSError as exc:
        return describe_os_error(exc)
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(name)
    return None
