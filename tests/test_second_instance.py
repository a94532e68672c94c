"""A second pmplanner, started 20 times while one runs, writes nothing and says so.

Real processes: the first is pmplanner's own window (offscreen), the others are
``python -m pmplanner --data-dir D`` as a person would type it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from pmplanner.core.plan import Contact, Goal, Plan, Profile
from pmplanner.storage.plan_store import PlanStore
from pmplanner.ui.single_instance import LOCK_NAME, _server_name, _socket_path

pytestmark = pytest.mark.slow

LAUNCHES = 20


def snapshot(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file and folder under ``folder``: bytes, mode and modification time."""
    found = {}
    for path in sorted([folder, *folder.rglob("*")]):
        info = path.lstat()
        content = path.read_bytes() if path.is_file() else b""
        found[str(path.relative_to(folder))] = (content, info.st_mode, info.st_mtime_ns)
    return found


def listening(data_dir: Path) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(_server_name(data_dir))
    connected = socket.waitForConnected(200)
    socket.abort()
    return connected


@pytest.fixture
def running(qtbot, tmp_path):
    """A real pmplanner window on a data folder with a plan; yields (process, folder)."""
    data_dir = tmp_path / "data"
    store = PlanStore(data_dir)
    store.open()
    store.save(
        Plan(
            profile=Profile(name="Ada", current_role="pm"),
            goals=[Goal(title="Keep me")],
            contacts=[Contact(name="Grace")],
        )
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    first = subprocess.Popen(
        [sys.executable, "-m", "pmplanner", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        # its window has painted and it listens for later launches
        qtbot.waitUntil(lambda: first.poll() is not None or listening(data_dir), timeout=30000)
        assert first.poll() is None, first.communicate()
        assert (data_dir / LOCK_NAME).exists()
        yield first, data_dir, env
    finally:
        if first.poll() is None:
            first.terminate()  # SIGTERM: the window closes as File > Quit does
        first.communicate(timeout=60)
    assert first.returncode == 0
    assert not (data_dir / LOCK_NAME).exists()
    assert not _socket_path(data_dir).exists()


def test_second_launches_write_nothing_and_say_so(running):
    first, data_dir, env = running
    before = snapshot(data_dir)
    for launch in range(LAUNCHES):
        second = subprocess.run(
            [sys.executable, "-m", "pmplanner", "--data-dir", str(data_dir)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        lines = second.stderr.strip().splitlines()
        assert len(lines) == 1, (launch, second.stderr)
        sentence = lines[0]
        assert sentence == (
            f"pmplanner is already running with the data folder {data_dir}; "
            "its window has been brought to the front."
        ), launch
        assert second.returncode == 0, launch
        assert second.stdout == ""
        assert snapshot(data_dir) == before, launch  # byte-identical, no new files
        assert first.poll() is None  # the first one still runs
