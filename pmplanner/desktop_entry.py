"""``pmplanner --install-desktop-entry``: put pmplanner in the desktop's menu (wheel installs).

Writes ``pmplanner.desktop`` (from resources/, with ``Exec`` and ``TryExec``
pointing at the pmplanner being run) to ``$XDG_DATA_HOME/applications`` and
the SVG icon to ``$XDG_DATA_HOME/icons/hicolor/scalable/apps``, each through
the atomic writer. ``--uninstall-desktop-entry`` removes both. Packages built
for a distribution install these files themselves; this is for pip installs.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from pmplanner.errors import CliError
from pmplanner.paths import resources_dir
from pmplanner.storage.atomic import atomic_write_bytes
from pmplanner.storage.errors import SaveError

APP_ID = "pmplanner"
# characters that make an Exec argument need quotes (Desktop Entry spec, "Exec key")
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def entry_path() -> Path:
    return data_home() / "applications" / f"{APP_ID}.desktop"


def icon_path() -> Path:
    return data_home() / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def _quote(arg: str) -> str:
    if not arg or any(c in _RESERVED for c in arg):
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        arg = f'"{escaped}"'
    return arg.replace("%", "%%")


def launch_command() -> list[str]:
    """How to start this pmplanner: its own script, else this Python with ``-m pmplanner``."""
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == APP_ID and script.exists():
        return [str(script.resolve())]
    found = shutil.which(APP_ID)
    if found:
        return [str(Path(found).resolve())]
    return [str(Path(sys.executable).resolve()), "-m", APP_ID]


def desktop_file(command: list[str]) -> str:
    template = (resources_dir() / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(_quote(a) for a in command)
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0]
        lines.append(line)
    return "\n".join(lines) + "\n"


def install() -> list[Path]:
    """Write the entry and the icon; the paths written. CliError when one cannot be."""
    icon = (resources_dir() / "icons" / f"{APP_ID}.svg").read_bytes()
    written = []
    for path, data in (
        (entry_path(), desktop_file(launch_command()).encode("utf-8")),
        (icon_path(), icon),
    ):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(path, data, mode=0o644)
        except (OSError, SaveError) as exc:
            raise CliError(f"cannot write {path}: {exc}") from exc
        written.append(path)
    return written


def uninstall() -> list[Path]:
    """Remove the entry and the icon; the paths removed (none when none were there)."""
    removed = []
    for path in (entry_path(), icon_path()):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise CliError(f"cannot remove {path}: {exc.strerror or exc}") from exc
        removed.append(path)
    return removed


def run(install_it: bool) -> int:
    if install_it:
        for path in install():
            print(f"Wrote {path}")
        print("pmplanner is in your desktop's menu (log out and in if it does not show yet).")
        return 0
    removed = uninstall()
    for path in removed:
        print(f"Removed {path}")
    if not removed:
        print("There was no pmplanner menu entry to remove.")
    return 0
