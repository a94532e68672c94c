"""Files and folders only their owner may read, whatever the umask.

The plan and its backups are written 0600 by the atomic writer; files that Qt
makes for pmplanner in the data folder (the single-instance lock, window.ini
and the lock QSettings takes while writing it) follow the umask instead. Made
inside ``owner_only()``, they are 0600 (folders 0700) even under umask 000.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

OWNER_ONLY_UMASK = 0o077


@contextlib.contextmanager
def owner_only() -> Iterator[None]:
    """While in effect, files and folders this process makes are for their owner only.

    The umask is the process's: keep the block short (one lock, one settings write).
    """
    if os.name != "posix":
        yield
        return
    previous = os.umask(OWNER_ONLY_UMASK)
    try:
        yield
    finally:
        os.umask(previous)
