"""Strict JSON reading with errors that name the file and the place.

Used for both content files and plan files: a size cap, duplicate keys and
NaN/Infinity refused, absurd nesting caught, and pydantic errors turned into
``goals[3].due: not a date`` without echoing the person's text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

MAX_FILE_BYTES = 64 * 1024 * 1024


class JsonFileError(Exception):
    """A file that could not be read; ``problems`` are located, one per line."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.path = Path(path)
        self.problems = problems
        super().__init__(f"{self.path}: " + "; ".join(problems))

    def describe(self, limit: int = 10) -> str:
        lines = [f"{self.path}:"] + [f"  {p}" for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"  … and {len(self.problems) - limit} more problems")
        return "\n".join(lines)


class _Refused(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Refused(f"the key {json.dumps(key)} appears twice in one object")
            seen.add(key)
    return result


def _no_constant(name: str) -> Any:
    raise _Refused(f"{name} is not a number JSON allows")


def parse_json_bytes(raw: bytes, path: Path | str) -> Any:
    """Parse ``raw`` strictly; raise JsonFileError naming ``path`` and the place."""
    if len(raw) > MAX_FILE_BYTES:
        raise JsonFileError(
            path, [f"the file is {len(raw):,} bytes, more than the {MAX_FILE_BYTES:,} allowed"]
        )
    if not raw.strip():
        raise JsonFileError(path, ["the file is empty"])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JsonFileError(path, [f"byte {exc.start}: not UTF-8 text"]) from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise JsonFileError(
            path, [f"line {exc.lineno}, column {exc.colno}: {exc.msg} (not valid JSON)"]
        ) from None
    except _Refused as exc:
        raise JsonFileError(path, [str(exc)]) from None
    except RecursionError:
        raise JsonFileError(
            path, ["the data is nested too deeply to be a pmplanner file"]
        ) from None


def read_json_file(path: Path | str) -> Any:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise JsonFileError(
                path, [f"the file is {size:,} bytes, more than the {MAX_FILE_BYTES:,} allowed"]
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise JsonFileError(path, ["the file does not exist"]) from None
    except IsADirectoryError:
        raise JsonFileError(path, ["this is a folder, not a file"]) from None
    except PermissionError:
        raise JsonFileError(path, ["pmplanner is not allowed to read this file"]) from None
    except OSError as exc:
        raise JsonFileError(path, [f"the file could not be read ({exc.strerror})"]) from None
    return parse_json_bytes(raw, path)


def format_location(loc: Iterable[str | int], prefix: str = "") -> str:
    out = prefix
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


_PLAIN_MESSAGES = {
    "missing": "is missing",
    "extra_forbidden": "is not a field pmplanner knows",
    "date_from_datetime_parsing": "not a date (expected YYYY-MM-DD)",
    "date_parsing": "not a date (expected YYYY-MM-DD)",
    "date_type": "not a date (expected YYYY-MM-DD)",
    "date_from_datetime_inexact": "not a date (expected YYYY-MM-DD)",
    "datetime_parsing": "not a date and time (expected ISO 8601)",
    "datetime_from_date_parsing": "not a date and time (expected ISO 8601)",
    "datetime_type": "not a date and time (expected ISO 8601)",
    "string_type": "not text",
    "int_type": "not a whole number",
    "int_parsing": "not a whole number",
    "int_from_float": "not a whole number",
    "float_type": "not a number",
    "float_parsing": "not a number",
    "bool_type": "not true or false",
    "list_type": "not a list",
    "dict_type": "not an object",
    "model_type": "not an object",
    "model_attributes_type": "not an object",
}


def _strip_tagged(loc: tuple[str | int, ...]) -> tuple[str | int, ...]:
    # pydantic adds union member names such as "function-after[...]" or "date"
    return tuple(p for p in loc if not (isinstance(p, str) and ("[" in p or p in {"date"})))


def validation_problems(exc: ValidationError, prefix: str = "") -> list[str]:
    """Turn a pydantic error into located sentences that never quote the input."""
    problems: list[str] = []
    for err in exc.errors(include_input=False, include_url=False):
        where = format_location(_strip_tagged(tuple(err["loc"])), prefix)
        kind = err["type"]
        message = _PLAIN_MESSAGES.get(kind)
        if message is None:
            message = err["msg"]
            if message.startswith("Value error, "):
                message = message[len("Value error, ") :]
            message = message[0].lower() + message[1:] if message else kind
        line = f"{where}: {message}"
        if line not in problems:
            problems.append(line)
    return problems
