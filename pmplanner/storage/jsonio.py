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


def _finite_float(text: str) -> float:
    # Called by the json scanner only for numbers with a fraction or an
    # exponent (integers keep the fast path), so ordinary plans pay little.
    value = float(text)
    if math.isinf(value):
        shown = text if len(text) <= 24 else text[:20] + "…"
        raise _Refused(f"{shown} is a number too large for JSON")
    return value


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


def _too_big(path: Path, size: int | None = None) -> JsonFileError:
    if size is None:
        return JsonFileError(path, [f"the file is more than the {MAX_FILE_BYTES:,} bytes allowed"])
    return JsonFileError(
        path, [f"the file is {size:,} bytes, more than the {MAX_FILE_BYTES:,} allowed"]
    )


def _kind_problem(mode: int) -> str | None:
    if stat.S_ISDIR(mode):
        return "this is a folder, not a file"
    if not stat.S_ISREG(mode):
        return "this is not a regular file"
    return None


# Opening a FIFO for reading waits for a writer; O_NONBLOCK returns at once,
# and it changes nothing when reading a regular file.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)


def read_json_file(path: Path | str) -> Any:
    """Read and parse a regular file of at most MAX_FILE_BYTES; JsonFileError names it."""
    return parse_json_bytes(read_file_bytes(path), path)


def read_file_bytes(path: Path | str) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES; JsonFileError names it.

    Folders, devices (``/dev/zero``), FIFOs and sockets are refused before they
    are read, and never more than MAX_FILE_BYTES + 1 bytes are read, so a file
    that grows while it is read cannot exceed the cap.
    """
    path = Path(path)
    try:
        info = os.stat(path)
        problem = _kind_problem(info.st_mode)
        if problem:
            raise JsonFileError(path, [problem])
        if info.st_size > MAX_FILE_BYTES:
            raise _too_big(path, info.st_size)
        fd = os.open(path, _OPEN_FLAGS)
        with open(fd, "rb", closefd=True) as file:
            # the file may have been replaced since the stat above
            problem = _kind_problem(os.fstat(file.fileno()).st_mode)
            if problem:
                raise JsonFileError(path, [problem])
            raw = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise JsonFileError(path, ["the file does not exist"]) from None
    except IsADirectoryError:
        raise JsonFileError(path, ["this is a folder, not a file"]) from None
    except PermissionError:
        raise JsonFileError(path, ["pmplanner is not allowed to read this file"]) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise JsonFileError(path, [f"the file could not be read ({reason})"]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise _too_big(path)
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


def validation_problems(exc: ValidationError, prefix: str = "") -> list[str]:
    """Turn a pydantic error into located sentences that never quote the input."""
    problems: list[str] = []
    for err in exc.errors(include_input=False, include_url=False):
        where = format_location(_strip_tagged(tuple(err["loc"])), prefix)
        kind = err["type"]
        message = _PLAIN_MESSAGES.get(kind) or _sized_message(kind, err.get("ctx") or {})
        if message is None:
            message = err["msg"]
            if message.startswith("Value error, "):
                message = message[len("Value error, ") :]
            message = message[0].lower() + message[1:] if message else kind
        line = f"{where}: {message}"
        if line not in problems:
            problems.append(line)
    return problems
