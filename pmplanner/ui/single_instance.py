"""One pmplanner per data folder.

A QLockFile in the data folder says who owns the plan (stale locks of dead
processes are reclaimed by Qt, those naming a live process that does not hold
the lock, e.g. a pid reused after a reboot, by ``_reclaim_unheld``); a local
socket lets a second launch ask the running one to come to the front. A
second launch never writes the plan.

The socket is a Unix-domain socket served with Python's own ``socket``
module and a QSocketNotifier where the system has them (Linux, macOS), at the
path Qt's QLocalServer would use, so that QtNetwork (about 2.5 MB with the
Kerberos libraries it loads) is not kept in memory for the whole session;
elsewhere (Windows) QLocalServer/QLocalSocket do the same.
"""

from __future__ import annotations

import contextlib
import os
import socket
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QDir, QLockFile, QObject, QSocketNotifier, Signal

from pmplanner.storage.private import owner_only

try:
    import fcntl
except ImportError:  # Windows: the lock is held open there, and Qt's check is enough
    fcntl = None  # type: ignore[assignment]  # no such module there

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

# QtNetwork is imported only where it is used, after the window has painted.

LOCK_NAME = "pmplanner.lock"
# a lock file this young may be one a starting pmplanner has not flocked yet
STARTING_GRACE_S = 1.0
RAISE_MESSAGE = b"raise"
UNIX_SOCKETS = hasattr(socket, "AF_UNIX")


def _server_name(data_dir: Path) -> str:
    # Qt's SHA-256, the same digest as hashlib's: hashlib would load OpenSSL
    # (~3 ms) before the window is shown
    path = str(data_dir.resolve()).encode("utf-8")
    digest = QCryptographicHash.hash(path, QCryptographicHash.Algorithm.Sha256).toHex()
    return f"pmplanner-{bytes(digest.data()).decode('ascii')[:16]}"


def _socket_path(data_dir: Path) -> Path:
    """Where QLocalServer would put the socket of ``_server_name(data_dir)``."""
    return Path(QDir.tempPath()) / _server_name(data_dir)


def _reclaim_unheld(path: Path) -> bool:
    """Remove a lock file that no process holds; True when it was removed.

    Qt reclaims the lock of a dead process, but takes a live process of the same
    name (after a reboot the pid is soon someone else's, often another Python)
    for its owner. A pmplanner holding the lock keeps a ``flock`` on the file all
    its life (QLockFile does on POSIX), so a lock nobody has flocked is stale
    whoever has its pid now. A lock younger than ``STARTING_GRACE_S`` is given
    that long first: its maker may be between creating and flocking it.
    Only one launch can flock the old file, and it removes it only while the
    path still names that file.
    """
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        info = os.fstat(fd)
        age = time.time() - info.st_mtime
        if 0 <= age < STARTING_GRACE_S:
            time.sleep(STARTING_GRACE_S - age)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # held: a pmplanner runs with this folder
        try:
            now = os.lstat(path)
        except OSError:
            return False
        if (now.st_dev, now.st_ino) != (info.st_dev, info.st_ino):
            return False  # replaced meanwhile by another launch's own lock
        os.unlink(path)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


class InstanceGuard(QObject):
    """Holds the data folder's lock while pmplanner runs."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._lock = QLockFile(str(self.data_dir / LOCK_NAME))
        # Only a dead owner makes a lock stale, however long the owner has run.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._unix_server: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self.use_unix_sockets = UNIX_SOCKETS

    def acquire(self) -> bool:
        """Take the lock; False when it is held by another pmplanner or cannot be made."""
        with owner_only():  # the lock file is 0600 whatever the umask
            if self._lock.tryLock(100):
                return True
            if self._lock.error() == QLockFile.LockError.LockFailedError and _reclaim_unheld(
                self.data_dir / LOCK_NAME
            ):
                return self._lock.tryLock(100)
        return False

    def held_by_another(self) -> bool:
        """After a failed acquire(): True when another pmplanner holds the lock,
        False when the lock file itself could not be made (permissions, disk)."""
        return self._lock.error() == QLockFile.LockError.LockFailedError

    def owner_pid(self) -> int | None:
        # PySide6 returns (pid, hostname, appname), or a falsy value with no lock
        info = self._lock.getLockInfo()
        if isinstance(info, tuple) and info and isinstance(info[0], int) and info[0] > 0:
            return info[0]
        return None

    def listen(self) -> None:
        """Accept "come to the front" requests from later launches (best effort)."""
        if self.use_unix_sockets:
            self._listen_unix()
        else:
            self._listen_qt()

    def ask_running_instance_to_raise(self, timeout_ms: int = 500) -> bool:
        if self.use_unix_sockets:
            return self._ask_unix(timeout_ms)
        return self._ask_qt(timeout_ms)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        if self._unix_server is not None:
            if self._notifier is not None:
                self._notifier.setEnabled(False)
            self._unix_server.close()
            with contextlib.suppress(OSError):
                os.unlink(_socket_path(self.data_dir))
            self._unix_server = None
        self._lock.unlock()

    # -- Unix-domain sockets (Linux, macOS) ------------------------------------------
    def _listen_unix(self) -> None:
        path = _socket_path(self.data_dir)
        with contextlib.suppress(OSError):
            os.unlink(path)  # a crashed owner may have left its socket; we hold the lock
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old_mask = os.umask(0o177)  # only this user may connect
        try:
            server.bind(str(path))
            server.listen(8)
        except OSError:
            server.close()  # no raise-server: a later launch says pmplanner is running
            return
        finally:
            os.umask(old_mask)
        server.setblocking(False)
        self._unix_server = server
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept_unix)

    def _accept_unix(self, *_args) -> None:
        assert self._unix_server is not None
        while True:
            try:
                connection, _address = self._unix_server.accept()
            except OSError:  # BlockingIOError: nobody else is waiting
                return
            with connection:
                connection.settimeout(0.5)  # a launch writes at once, then closes
                try:
                    message = connection.recv(64)
                except OSError:
                    continue
            if message.strip() == RAISE_MESSAGE:
                self.raise_requested.emit()

    def _ask_unix(self, timeout_ms: int) -> bool:
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.settimeout(timeout_ms / 1000)
                client.connect(str(_socket_path(self.data_dir)))
                client.sendall(RAISE_MESSAGE + b"\n")
        except OSError:
            return False
        return True

    # -- QLocalServer (elsewhere) ------------------------------------------------------
    def _listen_qt(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        name = _server_name(self.data_dir)
        QLocalServer.removeServer(name)  # a crashed owner may have left its socket
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(name)

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket_ = self._server.nextPendingConnection()
            socket_.readyRead.connect(self._on_message)
            socket_.disconnected.connect(socket_.deleteLater)

    def _on_message(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        sender = self.sender()
        if (
            isinstance(sender, QLocalSocket)
            and bytes(sender.readAll().data()).strip() == RAISE_MESSAGE
        ):
            self.raise_requested.emit()

    def _ask_qt(self, timeout_ms: int) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        client = QLocalSocket()
        client.connectToServer(_server_name(self.data_dir))
        if not client.waitForConnected(timeout_ms):
            return False
        client.write(RAISE_MESSAGE + b"\n")
        client.waitForBytesWritten(timeout_ms)
        client.disconnectFromServer()
        return True
