"""A lock left by a pmplanner that is gone, naming a process that lives on, is reclaimed.

After a crash and a reboot, the pid in the lock may belong to another program
of the same name (here: another Python that only sleeps). It does not hold the
lock, so a real ``python -m pmplanner --data-dir D`` starts; a running
pmplanner that does hold it still keeps the folder to itself.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pmplanner.core.plan import Goal, Plan
from pmplanner.storage.plan_store import PlanStore
from pmplanner.ui.single_instance import LOCK_NAME, _socket_path

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def _first_line(path: str) -> str:
    try:
        return Path(path).read_text(encoding="ascii").strip()
    except OSError:
        return ""


def qt_lock_text(pid: int, appname: str) -> str:
    """A lock as QLockFile writes it: pid, program, host, machine id, boot id."""
    machine = _first_line("/etc/machine-id") or _first_line("/var/lib/dbus/machine-id")
    boot = _first_line("/proc/sys/kernel/random/boot_id")
    return f"{pid}\n{appname}\n{socket.gethostname()}\n{machine}\n{boot}\n"


def wait_listening(process: subprocess.Popen, data_dir: Path) -> None:
    deadline = time.monotonic() + 60
    while not _socket_path(data_dir).exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)


@pytest.fixture
def data_dir(tmp_path) -> Path:
    path = tmp_path / "data"
    store = PlanStore(path)
    store.open()
    store.save(Plan(goals=[Goal(title="Keep me")]))
    return path


@pytest.fixture
def namesake():
    """A live process with pmplanner's process name (the same Python), not a pmplanner."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"])
    yield process
    process.kill()
    process.wait()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc names the process")
def test_a_stale_lock_naming_a_live_namesake_is_reclaimed(data_dir, namesake):
    name = Path(os.readlink(f"/proc/{namesake.pid}/exe")).name
    assert name == Path(os.readlink("/proc/self/exe")).name  # what Qt compares
    lock = data_dir / LOCK_NAME
    lock.write_text(qt_lock_text(namesake.pid, name))
    old = time.time() - 3600  # written before the reboot
    os.utime(lock, (old, old))

    window = subprocess.Popen(
        [sys.executable, "-m", "pmplanner", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    try:
        wait_listening(window, data_dir)
        assert lock.read_text().split("\n")[0] == str(window.pid)  # the lock is its own now
        # and it holds it: a later launch is told pmplanner is running
        second = subprocess.run(
            [sys.executable, "-m", "pmplanner", "--data-dir", str(data_dir)],
            capture_output=True,
            text=True,
            env=ENV,
            timeout=120,
        )
        assert second.returncode == 0 and "already running" in second.stderr, second.stderr
    finally:
        window.terminate()
        _out, errors = window.communicate(timeout=60)
    assert window.returncode == 0, errors
    assert namesake.poll() is None  # the other program was left alone
    assert not lock.exists()
