"""An organisation's ladder from the spreadsheet companies keep: a CSV competency matrix.

One row per role, one column per skill::

    id,title,track,level,typical years,leads_to,Communication,Product strategy
    pm,Product Manager,Product,1,2-3,senior-pm,3,2

- ``id``, ``title``, ``track``, ``level`` are needed; ``typical years`` (how long
  people usually stay: ``3`` or ``2-4``), ``leads_to`` (the ids of the roles it
  leads to, separated by ``;``) and ``summary`` may be left out or empty.
  Headers are matched ignoring case, spaces, ``_`` and ``-``.
- ``track`` is the track's name; its id is that name in lower case with dashes.
  The first track named is the main ladder, the others specialist tracks.
- ``level`` is a whole number 0-10; its name is the built-in level of that rank.
- Every other column is a skill, named by a built-in skill's id or name
  (``communication`` or ``Communication``); a cell holds the level the role
  expects, 1-5, or nothing (not needed). A column that names no built-in skill
  is refused with its name: the skills' learning advice comes from the
  built-in catalogue, and an imported ladder is kept as careers.json, which
  holds no skills of its own.
- A move from a role to a role it leads to takes that role's typical years
  (the middle of the range, 2 when not given). It is a promotion when the
  level goes up on the same track, a branch to another track, else lateral.

The result is careers.json-shaped data, validated by the same
``content.ladder_from_data`` as a JSON ladder. Delimiter ``,``, ``;`` or tab
(whichever the header row uses most), UTF-8 with or without a BOM. Every
problem names its row (as the spreadsheet numbers them, the header being row
1) and column.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from pathlib import Path
from typing import Any

from pmplanner.core.careers import TrackKind
from pmplanner.core.catalog import CareerCatalog
from pmplanner.storage.content import (
    SCHEMA_VERSION,
    ContentError,
    catalog_from_ladder,
    ladder_from_data,
    load_builtin_content,
)
from pmplanner.storage.jsonio import JsonFileError, read_file_bytes
from pmplanner.storage.problems import Problems

MAX_CSV_BYTES = 8 * 1024 * 1024
MAX_ROLES = 10_000
MAX_COLUMNS = 300
MAX_CELL_CHARS = 1_000
DEFAULT_MOVE_YEARS = 2.0

REQUIRED = ("id", "title", "track", "level")
OPTIONAL = ("typical years", "leads to", "summary")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_YEARS = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:(?:-|–|—|to)\s*(\d+(?:\.\d+)?)\s*)?$")
_COLOURS = ("#3B6EA5", "#C0504D", "#4F8A4B", "#8064A2", "#D08C2E", "#2E8C8C", "#A05A7A")


def _key(header: str) -> str:
    """A header as compared: lower case, runs of anything but letters and digits one space."""
    return re.sub(r"[^0-9a-z]+", " ", header.lower()).strip()


def _slug(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", name.lower()).strip("-")[:80].rstrip("-")


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _decode(raw: bytes) -> tuple[str | None, str | None]:
    """The text of ``raw``, or why it is not a CSV text file."""
    if not raw.strip():
        return None, "the file is empty"
    nul = raw.find(b"\0")
    if nul >= 0:
        return None, f"byte {nul}: binary data, not CSV text (save the spreadsheet as CSV)"
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, (
            f"byte {exc.start}: not UTF-8 text (save the spreadsheet as \u201cCSV UTF-8\u201d)"
        )
    if text.lstrip().startswith(("{", "[")):
        return None, "this looks like JSON, not CSV (a JSON ladder needs a .json name)"
    return text, None


def _records(text: str, problems: Problems) -> list[tuple[int, list[str]]] | None:
    """(row number, cells) of every non-blank row, or None after a problem."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    rows: list[tuple[int, list[str]]] = []
    number = 0
    try:
        for cells in reader:
            number += 1
            if not any(cell.strip() for cell in cells):
                continue  # a blank line
            if len(rows) > MAX_ROLES:
                problems.line(f"the file has more than {MAX_ROLES:,} roles")
                return None
            rows.append((number, cells))
    except csv.Error as exc:
        problems.line(f"row {number + 1}: not valid CSV ({exc})")
        return None
    if not rows:
        problems.line("the file is empty")
        return None
    return rows


class _Columns:
    """Which column is which: role fields by name, skills by skill id."""

    def __init__(self, header: list[str], base: CareerCatalog, problems: Problems):
        self.names = [cell.strip() for cell in header]
        self.role: dict[str, int] = {}
        self.skills: list[tuple[int, str]] = []  # (column index, skill id)
        self.ignored: set[int] = set()
        by_key: dict[str, str] = {}
        for skill in base.skills:
            by_key[_key(skill.id)] = skill.id
            by_key[_key(skill.name)] = skill.id
        skill_column: dict[str, str] = {}
        for index, name in enumerate(self.names):
            key = _key(name)
            if not key:
                self.ignored.add(index)  # checked per row: an unnamed column must be empty
            elif key in REQUIRED or key in OPTIONAL:
                if key in self.role:
                    problems.add(f"column {name!r}", "appears twice in the header row")
                self.role.setdefault(key, index)
            elif key in by_key:
                skill_id = by_key[key]
                if skill_id in skill_column:
                    problems.add(
                        f"column {name!r}",
                        f"the same skill as column {skill_column[skill_id]!r}",
                    )
                else:
                    skill_column[skill_id] = name
                    self.skills.append((index, skill_id))
            else:
                problems.add(f"column {name!r}", _unknown_column(key, base))
        missing = [name for name in REQUIRED if name not in self.role]
        if missing:
            problems.line(
                "the header row has no "
                + ", ".join(repr(m) for m in missing)
                + f" column (needed: {', '.join(REQUIRED)})"
            )

    def name(self, index: int) -> str:
        return self.names[index] if index < len(self.names) else f"column {index + 1}"


def _unknown_column(key: str, base: CareerCatalog) -> str:
    names = {_key(skill.name): skill.name for skill in base.skills}
    close = difflib.get_close_matches(key, list(names), n=1, cutoff=0.7)
    hint = (
        f"did you mean {names[close[0]]!r}?"
        if close
        else "use a skill's id or name, for example 'communication' or 'Communication'"
    )
    return (
        "not a role field (id, title, track, level, typical years, leads_to, summary) "
        f"nor a skill pmplanner knows ({hint})"
    )


def _years(cell: str) -> tuple[float, float] | None:
    match = _YEARS.match(cell)
    if not match:
        return None
    low = float(match.group(1))
    high = float(match.group(2)) if match.group(2) else low
    if high < low or high > 60:
        return None
    return low, high


def ladder_data_from_csv(raw: bytes, path: Path | str, base: CareerCatalog) -> dict[str, Any]:
    """careers.json-shaped data from a CSV matrix; ContentError names every problem."""
    path = Path(path)
    problems = Problems()
    data = _convert(raw, base, problems)
    if problems or data is None:
        raise ContentError(path, _prefixed(path.name, problems))
    return data


def _prefixed(name: str, problems: Problems) -> Problems:
    out = Problems()
    out.extend(problems, prefix=f"{name}: ")
    return out


def _convert(raw: bytes, base: CareerCatalog, problems: Problems) -> dict[str, Any] | None:
    text, why = _decode(raw)
    if text is None:
        problems.line(why or "not a CSV file")
        return None
    records = _records(text, problems)
    if records is None:
        return None
    (_header_row, header), body = records[0], records[1:]
    if len(header) > MAX_COLUMNS:
        problems.line(f"the header row has {len(header):,} columns, more than {MAX_COLUMNS}")
        return None
    columns = _Columns(header, base, problems)
    if problems:
        return None
    if not body:
        problems.line("the file has a header row but no roles")
        return None

    roles: list[dict[str, Any]] = []
    leads: list[tuple[int, str]] = []  # (row, cell) per role
    first_row: dict[str, int] = {}
    track_names: dict[str, str] = {}
    for number, cells in body:
        role = _role(number, cells, columns, problems)
        if role is None:
            continue
        role_id, track_name = role["id"], role.pop("_track_name")
        if role_id in first_row:
            problems.add(
                f"row {number}, column {columns.name(columns.role['id'])!r}",
                f"duplicate id {role_id!r} (first in row {first_row[role_id]})",
            )
            continue
        first_row[role_id] = number
        track_names.setdefault(role["track"], track_name)
        roles.append(role)
        index = columns.role.get("leads to")
        leads.append((number, cells[index] if index is not None and index < len(cells) else ""))
    if problems:
        return None

    by_id = {role["id"]: role for role in roles}
    transitions = []
    where_leads = columns.name(columns.role.get("leads to", 0))
    for role, (number, cell) in zip(roles, leads, strict=True):
        targets = [t.strip() for t in re.split(r"[;,]", cell) if t.strip()]
        seen: set[str] = set()
        for target in targets:
            where = f"row {number}, column {where_leads!r}"
            if target not in by_id:
                problems.add(where, f"no role with id {target!r} in this file")
            elif target == role["id"]:
                problems.add(where, "a role cannot lead to itself")
            elif target in seen:
                problems.add(where, f"{target!r} is listed twice")
            else:
                seen.add(target)
                transitions.append(_move(role, by_id[target]))
    if problems:
        return None

    levels = sorted({role["level"] for role in roles})
    progression: dict[str, list[dict[str, Any]]] = {track: [] for track in track_names}
    for role in roles:
        progression[role["track"]].append(role)
    tracks = [
        {
            "id": track_id,
            "name": name,
            "kind": (TrackKind.LADDER if i == 0 else TrackKind.SPECIALIST).value,
            "summary": "",
            "progression": [r["id"] for r in sorted(progression[track_id], key=_by_level)],
            "colour": _COLOURS[i % len(_COLOURS)],
        }
        for i, (track_id, name) in enumerate(track_names.items())
    ]
    for role in roles:
        if not role.get("summary"):
            role["summary"] = (
                f"{role['title']}: {base.level_name(role['level'])} level, "
                f"{track_names[role['track']]} track."
            )
    return {
        "schema_version": SCHEMA_VERSION,
        "levels": [{"rank": rank, "name": base.level_name(rank)} for rank in levels],
        "tracks": tracks,
        "roles": roles,
        "transitions": transitions,
    }


def _by_level(role: dict[str, Any]) -> int:
    level: int = role["level"]
    return level


def _move(start: dict[str, Any], end: dict[str, Any]) -> dict[str, Any]:
    if start["track"] != end["track"]:
        kind = "branch"
    elif end["level"] > start["level"]:
        kind = "promotion"
    else:
        kind = "lateral"
    tenure = start.get("tenure_years")
    years = (tenure["min"] + tenure["max"]) / 2 if tenure else DEFAULT_MOVE_YEARS
    return {"from_role": start["id"], "to_role": end["id"], "kind": kind, "years": min(years, 30)}


def _role(
    number: int, cells: list[str], columns: _Columns, problems: Problems
) -> dict[str, Any] | None:
    """One row as a role (careers.json shape), or None after recording its problems."""
    before = problems.total
    if len(cells) > len(columns.names) and any(c.strip() for c in cells[len(columns.names) :]):
        problems.add(
            f"row {number}",
            f"has {len(cells)} cells, more than the {len(columns.names)} columns of the header "
            "(a cell that holds the delimiter needs quotes)",
        )
        return None
    for index, text in enumerate(cells):
        if len(text) > MAX_CELL_CHARS:
            where = f"row {number}, column {columns.name(index)!r}"
            problems.add(where, f"longer than {MAX_CELL_CHARS:,} characters")
        elif index in columns.ignored and text.strip():
            problems.add(f"row {number}, column {index + 1}", "the column has no name")
    if problems.total > before:
        return None

    def cell(key: str) -> str:
        index = columns.role.get(key)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    def bad(key: str, message: str) -> None:
        problems.add(f"row {number}, column {columns.name(columns.role[key])!r}", message)

    role: dict[str, Any] = {}
    role_id = cell("id")
    if not role_id:
        bad("id", "is empty")
    elif not _ID.match(role_id) or len(role_id) > 80:
        bad("id", "not an id (lower-case letters, digits and '-', starting with a letter or digit)")
    title = cell("title")
    if not title:
        bad("title", "is empty")
    track_name = cell("track")
    track_id = _slug(track_name)
    if not track_id:
        bad("track", "needs a name with letters or digits")
    level_text = cell("level")
    level = int(level_text) if level_text.isdigit() and len(level_text) <= 2 else -1
    if not 0 <= level <= 10:
        bad("level", "not a whole number from 0 to 10")
    role.update(id=role_id, title=title, track=track_id, level=level, _track_name=track_name)
    if cell("typical years"):
        years = _years(cell("typical years"))
        if years is None:
            bad("typical years", "not a number of years such as 3 or 2-4 (at most 60)")
        else:
            role["tenure_years"] = {"min": years[0], "max": years[1]}
    if cell("summary"):
        role["summary"] = cell("summary")
    skills = []
    for index, skill_id in columns.skills:
        value = cells[index].strip() if index < len(cells) else ""
        if value in ("", "0"):
            continue
        if value in ("1", "2", "3", "4", "5"):
            skills.append({"skill": skill_id, "level": int(value)})
        else:
            where = f"row {number}, column {columns.name(index)!r}"
            problems.add(where, "not a skill level (a whole number from 1 to 5, or empty)")
    role["skills"] = skills
    return None if problems.total > before else role


def load_ladder_csv(path: Path | str, base: CareerCatalog | None = None) -> CareerCatalog:
    """Read, convert and validate a CSV ladder; ContentError names the file and every problem."""
    path = Path(path)
    if base is None:
        base = load_builtin_content()
    try:
        raw = read_file_bytes(path, MAX_CSV_BYTES)
    except JsonFileError as exc:
        raise ContentError(path, [f"{path.name}: {p}" for p in exc.problems]) from None
    return catalog_from_ladder(
        ladder_from_data(ladder_data_from_csv(raw, path, base), path, base), base
    )


_TEMPLATE_ROWS = (
    ("id", "title", "track", "level", "typical years", "leads_to", "Communication",
     "Roadmapping and prioritisation", "Product strategy", "Stakeholder management",
     "People leadership and mentoring"),
    ("associate-pm", "Associate Product Manager", "Product", "0", "1-2", "pm",
     "2", "2", "", "1", ""),
    ("pm", "Product Manager", "Product", "1", "2-3", "senior-pm", "3", "3", "2", "2", ""),
    ("senior-pm", "Senior Product Manager", "Product", "2", "2-4", "group-pm;principal-pm",
     "4", "4", "3", "3", "2"),
    ("principal-pm", "Principal Product Manager", "Product", "3", "3-5", "",
     "4", "4", "5", "4", ""),
    ("group-pm", "Group Product Manager", "Product leadership", "3", "2-4", "",
     "4", "4", "4", "4", "4"),
)  # fmt: skip


def template_csv() -> bytes:
    """A small example ladder to fill in ("Save Ladder Template…"); it imports cleanly."""
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(_TEMPLATE_ROWS)
    return out.getvalue().encode("utf-8")
