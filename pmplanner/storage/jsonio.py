"""Strict JSON reading with errors that name the file and the place.

Used for both content files and plan files: only regular files are read (a
folder, a device such as /dev/zero or a FIFO is refused, never read forever), a
size cap, duplicate keys and NaN/Infinity refused (also numbers such as 1e400
that only a float's infinity could hold, so every file that loads can be saved
again), absurd nesting caught, and pydantic errors turned into
``goals[3].due: not a date`` without echoing the person's text.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pmplanner.storage.problems import Problems, listed

MAX_FILE_BYTES = 64 * 1024 * 1024


class JsonFileError(Exception):
    """A file that could not be read; ``problems`` are located, one per line.

    ``problems`` may be a ``Problems`` collection: its first MAX_PROBLEMS lines
    are kept and ``omitted`` counts the rest.
    """

    def __init__(self, path: Path | str, problems: list[str] | Problems, omitted: int = 0):
        self.path = Path(path)
        if isinstance(problems, Problems):
            omitted += problems.omitted
            problems = problems.items
        self.problems = problems
        self.omitted = omitted
        super().__init__(f"{self.path}: " + "; ".join(listed(problems, 10, omitted)))

    def describe(self, limit: int = 10) -> str:
        lines = [f"{self.path}:"] + [f"  {p}" for p in listed(self.problems, limit, self.omitted)]
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


def _finite_float(text: str) -> float:
    # Called by the json scanner only for numbers with a fraction or an
    # exponent (integers keep the fast path), so ordinary plans pay little.
    value = float(text)
    if math.isinf(value):
        shown = text if len(text) <= 24 else text[:20] + "…"
        raise _Refused(f"{shown} is a number too large for JSON")
    return value


def parse_json_bytes(raw: bytes, path: Path | str, max_bytes: int | None = None) -> Any:
    """Parse ``raw`` strictly; raise JsonFileError naming ``path`` and the place."""
    max_bytes = MAX_FILE_BYTES if max_bytes is None else max_bytes
    if len(raw) > max_bytes:
        raise _too_big(Path(path), max_bytes, len(raw))
    if not raw.strip():
        raise JsonFileError(path, ["the file is empty"])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JsonFileError(path, [f"byte {exc.start}: not UTF-8 text"]) from None
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_float=_finite_float,
        )
    except json.JSONDecodeError as exc:
        raise JsonFileError(
            path, [f"line {exc.lineno}, column {exc.colno}: {exc.msg} (not valid JSON)"]
        ) from None
    except _Refused as exc:
        raise JsonFileError(path, [str(exc)]) from None
    except ValueError:
        # int() refuses whole numbers of thousands of digits (sys.int_info)
        raise JsonFileError(
            path, ["a whole number has too many digits to be a pmplanner value"]
        ) from None
    except RecursionError:
        raise JsonFileError(
            path, ["the data is nested too deeply to be a pmplanner file"]
        ) from None


def _too_big(path: Path, max_bytes: int, size: int | None = None) -> JsonFileError:
    if size is None:
        return JsonFileError(path, [f"the file is more than the {max_bytes:,} bytes allowed"])
    return JsonFileError(path, [f"the file is {size:,} bytes, more than the {max_bytes:,} allowed"])


def _kind_problem(mode: int) -> str | None:
    if stat.S_ISDIR(mode):
        return "this is a folder, not a file"
    if not stat.S_ISREG(mode):
        return "this is not a regular file"
    return None


# Opening a FIFO for reading waits for a writer; O_NONBLOCK returns at once,
# and it changes nothing when reading a regular file.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)


def read_json_file(path: Path | str, max_bytes: int | None = None) -> Any:
    """Read and parse a regular file of at most ``max_bytes``; JsonFileError names it."""
    return parse_json_bytes(read_file_bytes(path, max_bytes), path, max_bytes)


def read_file_bytes(path: Path | str, max_bytes: int | None = None) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; JsonFileError names it.

    Folders, devices (``/dev/zero``), FIFOs and sockets are refused before they
    are read, and never more than ``max_bytes`` + 1 bytes are read, so a file
    that grows while it is read cannot exceed the cap (MAX_FILE_BYTES by default).
    """
    path = Path(path)
    max_bytes = MAX_FILE_BYTES if max_bytes is None else max_bytes
    try:
        info = os.stat(path)
        problem = _kind_problem(info.st_mode)
        if problem:
            raise JsonFileError(path, [problem])
        if info.st_size > max_bytes:
            raise _too_big(path, max_bytes, info.st_size)
        fd = os.open(path, _OPEN_FLAGS)
        with open(fd, "rb", closefd=True) as file:
            # the file may have been replaced since the stat above
            problem = _kind_problem(os.fstat(file.fileno()).st_mode)
            if problem:
                raise JsonFileError(path, [problem])
            raw = file.read(max_bytes + 1)
    except FileNotFoundError:
        raise JsonFileError(path, ["the file does not exist"]) from None
    except IsADirectoryError:
        raise JsonFileError(path, ["this is a folder, not a file"]) from None
    except PermissionError:
        raise JsonFileError(path, ["pmplanner is not allowed to read this file"]) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise JsonFileError(path, [f"the file could not be read ({reason})"]) from None
    if len(raw) > max_bytes:
        raise _too_big(path, max_bytes)
    return raw


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_SHOWN_KEY = 40  # a dict key in a location (a skill id) is shortened past this


def format_location(loc: Iterable[str | int], prefix: str = "") -> str:
    out = prefix
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            part = str(part)
            if len(part) > MAX_SHOWN_KEY:  # a hostile key of millions of characters
                part = part[: MAX_SHOWN_KEY - 1] + "…"
            out += f".{part}" if out else part
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


def _sized_message(kind: str, ctx: dict[str, Any]) -> str | None:
    bound = str(ctx.get("ge", ctx.get("le", "")))
    if kind in ("greater_than_equal", "less_than_equal") and _DAY.match(bound):
        # a date or time bound (pydantic gives it as ISO text): say the day
        side = "after" if kind == "greater_than_equal" else "before"
        return f"must be on or {side} {bound[:10]}"
    if kind == "string_too_long":
        return f"longer than the {ctx['max_length']:,} characters allowed"
    if kind == "too_long":
        return f"more than the {ctx['max_length']:,} entries allowed"
    return None


def validation_problems(exc: ValidationError, prefix: str = "") -> Problems:
    """Turn a pydantic error into located sentences that never quote the input.

    Each sentence once (a set, not a scan of the list: a broken 5 MB file has
    tens of thousands of errors), the first MAX_PROBLEMS kept; past them only
    the place and kind of each error are compared, to count the rest.
    """
    problems = Problems()
    seen: set[object] = set()
    for err in exc.errors(include_input=False, include_url=False):
        loc = _strip_tagged(tuple(err["loc"]))
        kind = err["type"]
        if problems.full:
            key = (loc, kind, err["msg"])
            if key not in seen:
                seen.add(key)
                problems.omitted += 1
            continue
        message = _PLAIN_MESSAGES.get(kind) or _sized_message(kind, err.get("ctx") or {})
        if message is None:
            message = err["msg"]
            if message.startswith("Value error, "):
                message = message[len("Value error, ") :]
            message = message[0].lower() + message[1:] if message else kind
        line = f"{format_location(loc, prefix)}: {message}"
        if line not in seen:
            seen.add(line)
            problems.line(line)
    return problems
