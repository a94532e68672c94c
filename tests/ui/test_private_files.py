"""What pmplanner writes in its data folder is for the person only, whatever the umask.

A real ``python -m pmplanner --data-dir D`` is started under the umask, its lock
looked at while it runs, and its window.ini once SIGTERM has closed it.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time

import pytest

from pmplanner.ui.single_instance import LOCK_NAME, _socket_path


def modes(folder) -> dict[str, str]:
    return {
        str(path.relative_to(folder.parent)): oct(stat.S_IMODE(path.lstat().st_mode))
        for path in sorted([folder, *folder.rglob("*")])
    }


@pytest.mark.parametrize("umask", [0o022, 0o000], ids=["umask 022", "umask 000"])
def test_data_folder_lock_and_window_ini_are_private(tmp_path, umask):
    data_dir = tmp_path / "data"
    window = subprocess.Popen(
        [sys.executable, "-m", "pmplanner", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        preexec_fn=lambda: os.umask(umask),
    )
    try:
        deadline = time.monotonic() + 60
        while not _socket_path(data_dir).exists():  # painted, and listening
            assert window.poll() is None, window.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert (data_dir / LOCK_NAME).exists()
        running = modes(data_dir)
    finally:
        window.terminate()
        _out, errors = window.communicate(timeout=60)
    assert window.returncode == 0, errors
    assert (data_dir / "window.ini").exists()
    assert running == {"data": "0o700", f"data/{LOCK_NAME}": "0o600"}
    assert modes(data_dir) == {"data": "0o700", "data/window.ini": "0o600"}
