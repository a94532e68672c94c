"""Only one pmplanner per data folder; a second launch writes nothing."""

from __future__ import annotations

import hashlib
import os
import socket
import stat
import subprocess
import sys

import pytest

from pmplanner.core.plan import Goal, Plan
from pmplanner.storage.plan_store import serialize_plan
from pmplanner.ui.single_instance import LOCK_NAME, InstanceGuard, _server_name, _socket_path


def _snapshot(folder):
    return {
        p.relative_to(folder): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_second_guard_cannot_take_the_lock(tmp_path, qapp):
    first = InstanceGuard(tmp_path)
    second = InstanceGuard(tmp_path)
    assert first.acquire()
    try:
        assert not second.acquire()
        assert second.held_by_another()
        assert second.owner_pid() == os.getpid()
    finally:
        first.release()
    assert second.acquire()
    second.release()


def test_lock_of_a_dead_process_is_reclaimed(tmp_path, qapp):
    code = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        f"lock = QLockFile({str(tmp_path / LOCK_NAME)!r})\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)  # die holding the lock\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    assert (tmp_path / LOCK_NAME).exists()
    guard = InstanceGuard(tmp_path)
    assert guard.acquire()
    guard.release()


BACKENDS = {"unix socket": True, "QLocalServer": False}


@pytest.mark.parametrize("server", BACKENDS)
@pytest.mark.parametrize("client", BACKENDS)
def test_running_instance_is_asked_to_come_to_front(tmp_path, qtbot, server, client):
    # Python's Unix socket and Qt's QLocalServer meet at the same place, so either
    # side may be either (as when an older and a newer pmplanner meet)
    first = InstanceGuard(tmp_path)
    first.use_unix_sockets = BACKENDS[server]
    assert first.acquire()
    first.listen()
    try:
        second = InstanceGuard(tmp_path)
        second.use_unix_sockets = BACKENDS[client]
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            assert second.ask_running_instance_to_raise()
    finally:
        first.release()
    # gone with the first one: nobody is asked any more, and nothing is left behind
    assert not InstanceGuard(tmp_path).ask_running_instance_to_raise()
    assert not _socket_path(tmp_path).exists()


def test_the_socket_name_is_the_one_earlier_versions_used(tmp_path):
    """Qt's SHA-256 names the socket (hashlib would load OpenSSL before the first
    paint); an older pmplanner, which named it with hashlib, is still found."""
    folder = tmp_path / "dåta folder"
    folder.mkdir()
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()
    assert _server_name(folder) == f"pmplanner-{digest[:16]}"


def test_a_socket_left_by_a_crash_is_replaced(tmp_path, qtbot):
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(_socket_path(tmp_path)))  # bound, never listening: a dead owner's
    stale.close()
    guard = InstanceGuard(tmp_path)
    assert guard.acquire()
    guard.listen()
    try:
        with qtbot.waitSignal(guard.raise_requested, timeout=5000):
            assert InstanceGuard(tmp_path).ask_running_instance_to_raise()
    finally:
        guard.release()


def test_the_socket_is_for_this_user_only(tmp_path, qapp):
    guard = InstanceGuard(tmp_path)
    assert guard.acquire()
    guard.listen()
    try:
        assert stat.S_IMODE(_socket_path(tmp_path).stat().st_mode) & 0o077 == 0
    finally:
        guard.release()


def test_listening_keeps_qtnetwork_out_of_memory(tmp_path):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from pmplanner.ui.single_instance import InstanceGuard\n"
        "app = QCoreApplication([])\n"
        f"guard = InstanceGuard(Path({str(tmp_path)!r}))\n"
        "assert guard.acquire()\n"
        "guard.listen()\n"
        "print('PySide6.QtNetwork' in sys.modules)\n"
        "guard.release()\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_second_launch_writes_nothing_and_says_so(tmp_path, qapp):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "plan.json").write_bytes(serialize_plan(Plan(goals=[Goal(title="Keep me")])))
    guard = InstanceGuard(data_dir)
    assert guard.acquire()
    try:
        before = _snapshot(data_dir)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        for _ in range(3):
            out = subprocess.run(
                [sys.executable, "-m", "pmplanner", "--data-dir", str(data_dir)],
                capture_output=True,
                text=True,
                env=env,
                timeout=60,
            )
            assert out.returncode == 1
            assert "already running" in out.stderr
            assert "Traceback" not in out.stderr
            assert _snapshot(data_dir) == before
    finally:
        guard.release()


def test_a_lock_that_cannot_be_made_is_not_called_another_instance(tmp_path, qapp):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    guard = InstanceGuard(not_a_folder)
    assert not guard.acquire()
    assert not guard.held_by_another()
