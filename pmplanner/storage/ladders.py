"""Organisations' own ladders, kept as copies in the data folder's ``ladders/``.

No Qt here: importing validates the file with ``storage.content.load_ladder_file``
(a broken file raises ContentError and nothing is copied), then copies its bytes
atomically, so a ladder the map offers is always one that loaded. Each ladder
has a stable id (its file's name) and the name the person gave it, kept in
``ladders/names.json``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pmplanner.core.catalog import CareerCatalog
from pmplanner.storage.atomic import atomic_write_bytes
from pmplanner.storage.content import load_ladder_file

LADDERS_FOLDER = "ladders"
NAMES_FILE = "names.json"


class ImportCancelled(Exception):
    """The person cancelled an import; nothing was kept."""


@dataclass(frozen=True)
class Ladder:
    id: str
    name: str
    path: Path


def ladders_dir(data_dir: Path | str) -> Path:
    return Path(data_dir) / LADDERS_FOLDER


def _names(data_dir: Path | str) -> dict[str, str]:
    try:
        names = json.loads((ladders_dir(data_dir) / NAMES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(names, dict):
        return {}
    return {k: v for k, v in names.items() if isinstance(k, str) and isinstance(v, str) and v}


def _write_names(data_dir: Path | str, names: dict[str, str]) -> None:
    data = json.dumps(names, ensure_ascii=True, sort_keys=True, indent=1).encode("ascii")
    atomic_write_bytes(ladders_dir(data_dir) / NAMES_FILE, data)


def _default_name(stem: str) -> str:
    return stem.replace("-", " ").replace("_", " ")


def imported_ladders(data_dir: Path | str) -> list[Ladder]:
    folder = ladders_dir(data_dir)
    if not folder.is_dir():
        return []
    names = _names(data_dir)
    found = [
        Ladder(p.stem, names.get(p.stem, _default_name(p.stem)), p)
        for p in sorted(folder.glob("*.json"))
        if not p.name.startswith(".") and p.name != NAMES_FILE
    ]
    return sorted(found, key=lambda ladder: ladder.name.casefold())


def find_ladder(data_dir: Path | str, ladder_id: str) -> Ladder | None:
    return next((x for x in imported_ladders(data_dir) if x.id == ladder_id), None)


def _slug(stem: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-")
    return slug[:60] or "ladder"


def import_ladder(
    source: Path | str,
    data_dir: Path | str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Ladder, CareerCatalog]:
    """Validate ``source`` and keep a copy; raises ContentError (nothing copied) or SaveError.

    A file with the same name and the same bytes is not copied twice; a
    different one with the same name gets a numbered name.
    """
    source = Path(source)

    def step(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(done, 3)

    step(0)
    catalog = load_ladder_file(source)
    step(1)
    data = source.read_bytes()
    folder = ladders_dir(data_dir)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    stem = _slug(source.stem)
    dest = folder / f"{stem}.json"
    n = 2
    while dest.exists() and dest.read_bytes() != data:
        dest = folder / f"{stem}-{n}.json"
        n += 1
    step(2)
    if not dest.exists():
        atomic_write_bytes(dest, data)
    step(3)
    return Ladder(
        dest.stem, _names(data_dir).get(dest.stem, _default_name(dest.stem)), dest
    ), catalog


def load_ladder(ladder: Ladder) -> CareerCatalog:
    return load_ladder_file(ladder.path)


def rename_ladder(data_dir: Path | str, ladder_id: str, name: str) -> None:
    names = _names(data_dir)
    names[ladder_id] = name
    _write_names(data_dir, names)


def remove_ladder(data_dir: Path | str, ladder_id: str) -> None:
    ladder = find_ladder(data_dir, ladder_id)
    if ladder is None:
        return
    ladder.path.unlink(missing_ok=True)
    names = _names(data_dir)
    if names.pop(ladder_id, None) is not None:
        _write_names(data_dir, names)
