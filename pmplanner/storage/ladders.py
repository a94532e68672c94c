"""Organisations' own ladders, kept as copies in the data folder's ``ladders/``.

No Qt here, and no default folder: every function takes the data folder (the
one ``--data-dir`` names). Importing validates the file first (a broken file
raises ContentError and nothing is copied); a ladder the map offers is always
one that loaded.

Every imported ladder has a stable id, the first 12 hex digits of the SHA-256
of its kept bytes (importing the same ladder twice keeps one copy), kept as
``<id>.json`` in careers.json format: a CSV ladder is kept as the JSON it was
converted to, so every later load takes one path. ``ladders/index.json`` maps
each id to its file and to the name the person gave it, which is separate
from the file name. A copy without an index entry (kept by an older version,
or when writing the index failed) is still listed, named after its file.
Folders are created 0700, files 0600.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pmplanner.core.catalog import CareerCatalog
from pmplanner.storage import content
from pmplanner.storage.atomic import atomic_write_bytes, describe_os_error, fsync_folder
from pmplanner.storage.content import (
    ContentError,
    catalog_from_ladder,
    ladder_from_data,
    load_builtin_content,
    load_ladder_file,
)
from pmplanner.storage.errors import SaveError
from pmplanner.storage.jsonio import JsonFileError, parse_json_bytes, read_file_bytes

LADDERS_FOLDER = "ladders"
INDEX_FILE = "index.json"
INDEX_VERSION = 1
MAX_NAME_CHARS = 80

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(Exception):
    """The person cancelled an import; nothing was kept."""


class LadderError(Exception):
    """A ladder that cannot be renamed or removed; ``str(e)`` is one sentence."""


@dataclass(frozen=True)
class Ladder:
    id: str  # stable: the start of the SHA-256 of the kept file
    name: str  # the name the person sees and may change
    path: Path  # the kept copy, careers.json format


def ladders_dir(data_dir: Path | str) -> Path:
    return Path(data_dir) / LADDERS_FOLDER


def _ladder_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


def _stem_name(stem: str) -> str:
    return _clean_name(stem.replace("-", " ").replace("_", " ")) or "Imported ladder"


def _clean_name(name: str) -> str:
    return re.sub(r"\s+", " ", "".join(c if c.isprintable() else " " for c in name)).strip()


# -- the index --------------------------------------------------------------------


def _read_index(folder: Path) -> dict[str, dict[str, str]]:
    """id -> {"file", "name"} from index.json; an unreadable index reads as empty."""
    try:
        data = parse_json_bytes(read_file_bytes(folder / INDEX_FILE), folder / INDEX_FILE)
    except JsonFileError:
        return {}
    entries = data.get("ladders") if isinstance(data, dict) else None
    index: dict[str, dict[str, str]] = {}
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict):
            continue
        ident, file, name = entry.get("id"), entry.get("file"), entry.get("name")
        if not (isinstance(ident, str) and isinstance(file, str) and isinstance(name, str)):
            continue
        if Path(file).name != file or not file.endswith(".json") or file == INDEX_FILE:
            continue  # never a path out of the folder
        index[ident] = {"file": file, "name": _clean_name(name)[:MAX_NAME_CHARS] or ident}
    return index


def _write_index(folder: Path, index: dict[str, dict[str, str]]) -> None:
    entries = [{"id": i, "file": e["file"], "name": e["name"]} for i, e in index.items()]
    data = {"schema_version": INDEX_VERSION, "ladders": entries}
    atomic_write_bytes(folder / INDEX_FILE, json.dumps(data, indent=1).encode("ascii") + b"\n")


def _listing(folder: Path) -> dict[str, dict[str, str]]:
    """The index, without entries whose file is gone, plus every kept file it lacks."""
    if not folder.is_dir():
        return {}
    index = {i: e for i, e in _read_index(folder).items() if (folder / e["file"]).is_file()}
    indexed = {e["file"] for e in index.values()}
    for path in sorted(folder.glob("*.json")):
        if path.name in indexed or path.name == INDEX_FILE or path.name.startswith("."):
            continue
        try:
            ident = _ladder_id(path.read_bytes())
        except OSError:
            continue
        index.setdefault(ident, {"file": path.name, "name": _stem_name(path.stem)})
    return index


def _ladder(folder: Path, ident: str, entry: dict[str, str]) -> Ladder:
    return Ladder(ident, entry["name"], folder / entry["file"])


def imported_ladders(data_dir: Path | str) -> list[Ladder]:
    """Every kept ladder, by name."""
    folder = ladders_dir(data_dir)
    ladders = [_ladder(folder, i, e) for i, e in _listing(folder).items()]
    return sorted(ladders, key=lambda ladder: (ladder.name.casefold(), ladder.id))


def find_ladder(data_dir: Path | str, ladder_id: str) -> Ladder | None:
    folder = ladders_dir(data_dir)
    entry = _listing(folder).get(ladder_id)
    return _ladder(folder, ladder_id, entry) if entry else None


def _private_folder(folder: Path) -> None:
    """Create ``folder`` (and its missing parents) owner-only; tighten it if it exists."""
    missing = []
    here = folder
    while not here.exists():
        missing.append(here)
        here = here.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=0o700)
        os.chmod(path, 0o700)  # mkdir's mode is reduced by the umask only
    if not missing and folder.is_dir() and os.name != "nt":
        with contextlib.suppress(OSError):  # not ours to change: it is still usable
            os.chmod(folder, 0o700)


# -- import, rename, remove ---------------------------------------------------------------


def import_ladder(
    source: Path | str,
    data_dir: Path | str,
    name: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[Ladder, CareerCatalog]:
    """Validate ``source`` (.json, or .csv: a competency matrix) and keep a copy.

    ``name`` is what the person calls it (default: from the file name).
    ``progress(step, steps)`` is called after each step, and ``cancelled()``
    checked between steps: when it returns True, ImportCancelled is raised and
    nothing is kept. Both may be called from a worker thread; nothing here
    touches Qt. Raises ContentError (nothing kept), SaveError or ImportCancelled.
    Importing a ladder already kept returns it (its name unchanged).
    """
    source = Path(source)
    base = load_builtin_content()
    is_csv = source.suffix.lower() == ".csv"
    steps = 5

    def step(done: int) -> None:
        if progress is not None:
            progress(done, steps)
        if cancelled is not None and cancelled():
            raise ImportCancelled()

    step(0)
    if is_csv:
        from pmplanner.storage.ladder_csv import MAX_CSV_BYTES, ladder_data_from_csv

        limit = MAX_CSV_BYTES
    else:
        limit = content.MAX_LADDER_BYTES
    try:
        raw = read_file_bytes(source, limit)
        step(1)
        data = (
            ladder_data_from_csv(raw, source, base)
            if is_csv
            else parse_json_bytes(raw, source, limit)
        )
    except JsonFileError as exc:
        problems = [f"{source.name}: {p}" for p in exc.problems]
        raise ContentError(source, problems, exc.omitted) from None
    step(2)
    ladder = ladder_from_data(data, source, base)
    step(3)
    catalog = catalog_from_ladder(ladder, base)
    # a CSV ladder is kept as the careers.json it became: later loads take one path
    kept = _as_json(data) if is_csv else raw
    del data, raw
    step(4)
    folder = ladders_dir(data_dir)
    ident = _ladder_id(kept)
    index = _listing(folder)
    if ident not in index:
        _private_folder_or_fail(folder)
        file = f"{ident}.json"
        atomic_write_bytes(folder / file, kept)
        given = _clean_name(name or "")[:MAX_NAME_CHARS]
        index[ident] = {"file": file, "name": given or _stem_name(source.stem)}
        _write_index(folder, index)
    if progress is not None:
        progress(steps, steps)
    return _ladder(folder, ident, index[ident]), catalog


def _as_json(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=True, indent=1).encode("ascii") + b"\n"


def _private_folder_or_fail(folder: Path) -> None:
    try:
        _private_folder(folder)
    except OSError as exc:
        reason = describe_os_error(exc)
        raise SaveError(
            f"Could not create the ladders folder {folder} because {reason}.",
            path=folder,
            reason=reason,
        ) from None


def rename_ladder(data_dir: Path | str, ladder_id: str, new_name: str) -> Ladder:
    """Give a kept ladder another name (its id and file stay); LadderError or SaveError."""
    folder = ladders_dir(data_dir)
    index = _listing(folder)
    if ladder_id not in index:
        raise LadderError(f"There is no imported ladder with the id {ladder_id!r}.")
    name = _clean_name(new_name)
    if not name:
        raise LadderError("A ladder's name cannot be empty.")
    if len(name) > MAX_NAME_CHARS:
        raise LadderError(f"A ladder's name can have at most {MAX_NAME_CHARS} characters.")
    index[ladder_id]["name"] = name
    _write_index(folder, index)
    return _ladder(folder, ladder_id, index[ladder_id])


def remove_ladder(data_dir: Path | str, ladder_id: str) -> None:
    """Delete a kept ladder's copy and its index entry; LadderError or SaveError.

    The file goes first, then the index is written: a failure in between
    leaves an entry whose file is gone, which the next listing drops.
    """
    folder = ladders_dir(data_dir)
    index = _listing(folder)
    entry = index.pop(ladder_id, None)
    if entry is None:
        raise LadderError(f"There is no imported ladder with the id {ladder_id!r}.")
    path = folder / entry["file"]
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        reason = describe_os_error(exc)
        raise SaveError(
            f"Could not remove the ladder {path} because {reason}.", path=path, reason=reason
        ) from None
    _write_index(folder, index)
    with contextlib.suppress(OSError):
        fsync_folder(folder)


def load_ladder(ladder: Ladder | Path) -> CareerCatalog:
    """A kept ladder's catalog (ContentError if its copy was changed since)."""
    return load_ladder_file(ladder.path if isinstance(ladder, Ladder) else ladder)
