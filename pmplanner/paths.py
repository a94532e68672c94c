"""Where pmplanner finds its bundled files and keeps the person's data.

Bundled ``data/`` and ``resources/`` are found in one place whatever way the
program runs: a PyInstaller bundle (``sys._MEIPASS``), an installed wheel (they
are packed inside the package) or the source tree (beside the package).
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from pmplanner import APP_NAME

DATA_DIR_ENV = "PMPLANNER_DATA_DIR"
PLAN_FILE_NAME = "plan.json"


def bundled_dir(name: str) -> Path:
    """Return the bundled folder ``name`` ("data" or "resources")."""
    package = Path(__file__).resolve().parent
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    candidates += [package / name, package.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"pmplanner's bundled '{name}' folder is missing; looked in "
        + ", ".join(str(c) for c in candidates)
    )


def content_dir() -> Path:
    return bundled_dir("data")


def resources_dir() -> Path:
    return bundled_dir("resources")


def user_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder that holds the person's plan, backups and lock.

    ``override`` (from ``--data-dir``) wins, then ``PMPLANNER_DATA_DIR``, then
    the platform's user data directory.
    """
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def plan_path(data_dir: Path) -> Path:
    return data_dir / PLAN_FILE_NAME


def data_folder_problem(data_dir: Path) -> str | None:
    """One sentence when ``data_dir`` cannot be a folder: it, or a folder above it, is a file.

    None otherwise (other troubles are said where the folder is used).
    """
    for place in (data_dir, *data_dir.parents):
        try:
            mode = os.stat(place).st_mode
        except (FileNotFoundError, NotADirectoryError):
            continue
        except OSError:
            return None
        if stat.S_ISDIR(mode):
            return None
        return (
            f"{place} is a file, not a folder, so pmplanner cannot keep its data in "
            f"{data_dir}; choose another folder with --data-dir."
        )
    return None
