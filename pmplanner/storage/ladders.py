"""Organisations' own ladders, kept as copies in the data folder's ``ladders/``.

No Qt here: importing validates the file with ``storage.content.load_ladder_file``
(a broken file raises ContentError and nothing is copied), then copies its bytes
atomically, so a ladder the map offers is always one that loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pmplanner.core.catalog import CareerCatalog
from pmplanner.paths import user_data_dir
from pmplanner.storage.atomic import atomic_write_bytes
from pmplanner.storage.content import load_ladder_file

LADDERS_FOLDER = "ladders"


@dataclass(frozen=True)
class Ladder:
    path: Path

    @property
    def name(self) -> str:
        return self.path.stem.replace("-", " ").replace("_", " ")


def ladders_dir() -> Path:
    return user_data_dir() / LADDERS_FOLDER


def imported_ladders() -> list[Ladder]:
    folder = ladders_dir()
    if not folder.is_dir():
        return []
    return [Ladder(p) for p in sorted(folder.glob("*.json")) if not p.name.startswith(".")]


def _slug(stem: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-")
    return slug[:60] or "ladder"


def import_ladder(source: Path | str) -> tuple[Ladder, CareerCatalog]:
    """Validate ``source`` and keep a copy; raises ContentError (nothing copied) or SaveError.

    A file with the same name and the same bytes is not copied twice; a
    different one with the same name gets a numbered name.
    """
    source = Path(source)
    catalog = load_ladder_file(source)
    data = source.read_bytes()
    folder = ladders_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stem = _slug(source.stem)
    dest = folder / f"{stem}.json"
    n = 2
    while dest.exists() and dest.read_bytes() != data:
        dest = folder / f"{stem}-{n}.json"
        n += 1
    if not dest.exists():
        atomic_write_bytes(dest, data)
    return Ladder(dest), catalog


def load_ladder(ladder: Ladder) -> CareerCatalog:
    return load_ladder_file(ladder.path)
