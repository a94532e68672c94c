"""One pmplanner per data folder.

A QLockFile in the data folder says who owns the plan (stale locks of dead
processes are reclaimed by Qt); a QLocalServer lets a second launch ask the
running one to come to the front. A second launch never writes the plan.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

# QtNetwork is imported only when it is used, after the window has painted.

LOCK_NAME = "pmplanner.lock"
RAISE_MESSAGE = b"raise"


def _server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"pmplanner-{digest}"


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

    def acquire(self) -> bool:
        """Take the lock; False when it is held by another pmplanner or cannot be made."""
        return self._lock.tryLock(100)

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
        """Accept "come to the front" requests from later launches."""
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
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(self._on_message)
            socket.disconnected.connect(socket.deleteLater)

    def _on_message(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket) and socket.readAll().data().strip() == RAISE_MESSAGE:
            self.raise_requested.emit()

    def ask_running_instance_to_raise(self, timeout_ms: int = 500) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(_server_name(self.data_dir))
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(RAISE_MESSAGE + b"\n")
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()
