"""Before Qt starts: can a window be shown here at all?

Qt aborts the whole program (exit 134, "Reinstalling the application may fix
this problem") inside QApplication() when its X11 (xcb) plugin cannot load: a
stale DISPLAY with no X server behind it, or a system library the plugin needs
that is missing (libxcb-cursor0 on Ubuntu, most often). These are checked
first, without Qt, so the person gets one sentence naming what is missing and
how to get it, and exit status 2.

No Qt imports here: the command line stays light.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import socket
import sys

# What Qt's xcb plugin loads, and the packages that hold it (Debian/Ubuntu, Fedora).
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
}
CONNECT_TIMEOUT_S = 2.0
_DISPLAY = re.compile(r"^(?P<host>[^:]*):(?P<number>\d+)(?:\.\d+)?$")


def uses_xcb(environ: dict[str, str]) -> bool:
    """Whether Qt will try its X11 plugin first here (Linux, BSD)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    platform = environ.get("QT_QPA_PLATFORM", "").strip()
    if platform:
        return platform.split(";")[0].split(":")[0] == "xcb"
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return False  # Qt picks its Wayland plugin
    return bool(environ.get("DISPLAY"))


def _install_command(package_apt: str, package_dnf: str) -> str:
    if shutil.which("apt-get") or shutil.which("apt"):
        return f"sudo apt install {package_apt}"
    if shutil.which("dnf"):
        return f"sudo dnf install {package_dnf}"
    return f"install the package that provides it (Debian/Ubuntu: {package_apt})"


def missing_library() -> str | None:
    """One sentence when a library Qt's X11 plugin needs cannot be loaded, else None."""
    for name, (apt, dnf) in XCB_LIBRARIES.items():
        try:
            ctypes.CDLL(name)
        except OSError:
            return (
                f"pmplanner cannot open its window: the system library {name}, which Qt "
                f"needs to draw on X11, is missing; {_install_command(apt, dnf)} "
                "and start pmplanner again."
            )
    return None


def _x_server_answers(display: str) -> bool:
    match = _DISPLAY.match(display)
    if match is None:
        return False
    host, number = match["host"], int(match["number"])
    try:
        if host in ("", "unix"):
            path = f"/tmp/.X11-unix/X{number}"
            addresses = [path]
            if sys.platform.startswith("linux"):
                addresses.insert(0, "\0" + path)  # the abstract socket X servers also bind
            for address in addresses:
                with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                    client.settimeout(CONNECT_TIMEOUT_S)
                    try:
                        client.connect(address)
                    except OSError:
                        continue
                    return True
            return False
        if host.startswith("/"):  # launchd-style path (macOS XQuartz)
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.settimeout(CONNECT_TIMEOUT_S)
                client.connect(f"{host}:{number}")
            return True
        with socket.create_connection((host, 6000 + number), timeout=CONNECT_TIMEOUT_S):
            return True
    except OSError:
        return False


def unusable_display(environ: dict[str, str] | None = None) -> str | None:
    """One sentence when Qt's X11 plugin would abort here, else None."""
    environ = dict(os.environ if environ is None else environ)
    if not uses_xcb(environ):
        return None
    problem = missing_library()
    if problem:
        return problem
    display = environ.get("DISPLAY", "")
    if display and not _x_server_answers(display):
        return (
            f"pmplanner cannot open its window: no X display server answers at "
            f"DISPLAY={display} (a setting left from an earlier session?); start pmplanner "
            "from your desktop, or use the commands that need no window, such as "
            "pmplanner export-pdf OUT.pdf."
        )
    return None
