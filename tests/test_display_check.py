"""No usable display, or a library Qt's X11 plugin needs is missing: one sentence, exit 2.

Qt itself aborts inside QApplication() (exit 134) and tells the person to
reinstall. Real ``python -m pmplanner`` processes: a stale DISPLAY with no X
server behind it, and libxcb-cursor hidden in a mount namespace of the test's
own (an empty file bound over it), as on an Ubuntu without libxcb-cursor0.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from pmplanner.display_check import unusable_display

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 on Linux")

STALE = ":987"


def x11_environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = STALE
    env.update(extra)
    return env


def run_window(data_dir: Path, prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*(prefix or []), sys.executable, "-m", "pmplanner", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=x11_environment(),
        timeout=120,
    )


def loaded_path(name: str) -> str:
    ctypes.CDLL(name)
    with open("/proc/self/maps", encoding="utf-8") as maps:
        for line in maps:
            if name.split(".so")[0] + ".so" in line:
                return line.split()[-1]
    raise AssertionError(f"{name} is not loaded")


def test_a_stale_display_is_said_in_one_sentence(tmp_path):
    assert not Path(f"/tmp/.X11-unix/X{STALE[1:]}").exists()
    result = run_window(tmp_path / "data")
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        f"pmplanner cannot open its window: no X display server answers at DISPLAY={STALE} "
        "(a setting left from an earlier session?); start pmplanner from your desktop, or "
        "use the commands that need no window, such as pmplanner export-pdf OUT.pdf."
    ]
    assert not (tmp_path / "data").exists()  # nothing written


def test_a_missing_xcb_cursor_library_names_the_package(tmp_path):
    assert shutil.which("unshare"), "unshare (util-linux) is needed"
    library = loaded_path("libxcb-cursor.so.0")
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    namespaces = ["--mount"] if os.geteuid() == 0 else ["--map-root-user", "--mount"]
    hide = 'mount --bind "$1" "$2" && shift 2 && exec "$@"'
    result = run_window(
        tmp_path / "data", ["unshare", *namespaces, "sh", "-c", hide, "sh", str(empty), library]
    )
    assert result.returncode == 2, result.stderr
    [sentence] = result.stderr.splitlines()
    assert sentence.startswith(
        "pmplanner cannot open its window: the system library libxcb-cursor.so.0, which Qt "
        "needs to draw on X11, is missing; "
    )
    package = "sudo apt install libxcb-cursor0" if shutil.which("apt-get") else "libxcb-cursor"
    assert package in sentence
    assert not (tmp_path / "data").exists()


def test_a_display_that_answers_is_used(tmp_path):
    number = 900 + os.getpid() % 90
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(f"\0/tmp/.X11-unix/X{number}")  # where X servers listen on Linux
        server.listen(1)
        assert unusable_display(x11_environment(DISPLAY=f":{number}")) is None
    assert "DISPLAY=:" in unusable_display(x11_environment(DISPLAY=f":{number}"))
    assert unusable_display(x11_environment(QT_QPA_PLATFORM="offscreen")) is None
