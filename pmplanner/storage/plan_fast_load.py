"""The quick way to load a current plan file: pydantic's JSON validator on the bytes.

``plan_format.parse_plan_bytes`` tries ``fast_parse`` first. It gives a plan
only when it can vouch that the strict path (``jsonio`` parse, migrations,
``Plan.model_validate``) would give the same plan; otherwise it returns None
and the strict path runs, which also writes the located messages of a file that
is refused. So a file loads, or is refused with its message, exactly as before;
only the common case (a current file that loads) is faster (about a third less
time for 10,000 goals: one parse in Rust instead of ``json.loads`` plus
validation of the Python objects).

What the strict parse refuses and pydantic's JSON parser does not, and how each
is caught here:

- duplicate keys (pydantic keeps the last): the keys in the text (``"`` then
  ``:``, counted in C) must be as many as the validated plan holds (each
  model's set fields, each dict's keys). A string holding ``":`` only makes the
  count larger, so the strict path runs; it can never hide a duplicate.
- NaN, Infinity and numbers that only a float's infinity holds (``1e400``):
  pydantic turns them into non-finite floats, refused outright by every field
  except ``float`` and ``Any`` ones, which are looked at after validation.
- whole numbers too long for ``int()``: pydantic's parser has the same limit
  (4,300 digits); when Python's limit was lowered this path is not used.
- lone surrogates, bad UTF-8, deep nesting, a byte-order mark: pydantic refuses
  them (or they are stripped the same way), so the strict path decides.
- any ``schema_version`` but the current one goes the strict way (migrations).
"""

from __future__ import annotations

import math
import re
import sys
import types
import typing
from datetime import date, datetime
from enum import Enum
from functools import cache
from operator import attrgetter
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from pmplanner.core.plan import Plan
from pmplanner.storage import jsonio, migrations

_BOM = b"\xef\xbb\xbf"
_WS = rb"[ \t\n\r]*"
# `{"schema_version": 2,` followed by the next key: the version is taken off
# and the rest validated as a Plan. `{"schema_version":2,}` does not match.
# (The version is compared when a file is read: tests pretend other versions.)
_HEAD = re.compile(
    _WS + rb"\{" + _WS + b'"' + migrations.VERSION_KEY.encode() + b'"' + _WS + b":" + _WS
    + rb"([0-9]+)" + _WS + b",(?=" + _WS + b'")'
)  # fmt: skip
# Every key ends with one of these; string contents only add to the count.
_KEY_END = re.compile(b'"' + _WS + b":")
# pydantic's JSON parser refuses whole numbers of more than 4,300 digits, as
# int() does by default; a lower limit set for Python would not apply to it.
_PYDANTIC_INT_DIGITS = 4300


class _Doubt(Exception):
    """The plan holds something the strict path would judge: let it."""


def fast_parse(raw: bytes) -> Plan | None:
    """The plan in ``raw`` if it is a current plan file that surely loads; else None."""
    digits = sys.get_int_max_str_digits()
    if len(raw) > jsonio.MAX_FILE_BYTES or 0 < digits < _PYDANTIC_INT_DIGITS:
        return None
    if raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
    head = _HEAD.match(raw)
    if head is None or head[1] != str(migrations.SCHEMA_VERSION).encode():
        return None  # not a plan file, or one to upgrade (or too new): the strict path says
    body = b"{" + raw[head.end() :]
    try:
        plan = Plan.model_validate_json(body)
    except (ValidationError, ValueError, RecursionError):
        return None
    try:
        keys = _keys_in(plan)
    except (_Doubt, RecursionError):
        return None
    if keys != _key_ends(body):
        return None  # a duplicate key, or text holding `":`
    return plan


def _key_ends(body: bytes) -> int:
    """At least the number of keys in ``body``, exactly that when no text holds ``":``."""
    if b"\n" in body or b"\r" in body or b"\t" in body or b" :" in body:
        return len(_KEY_END.findall(body))  # some key may be followed by a space
    return body.count(b'":')  # quicker, and the same when no space comes before a colon


def _keys_in(value: Any) -> int:
    """How many object keys the JSON of ``value`` held; _Doubt on a non-finite float."""
    if isinstance(value, BaseModel):
        fields_set = value.__pydantic_fields_set__
        count = len(fields_set)
        for name in _fields_to_look_into(type(value)):
            if name in fields_set:
                count += _keys_in(getattr(value, name))
        return count
    if isinstance(value, list | tuple):
        kinds = set(map(type, value))
        if len(kinds) == 1:
            (kind,) = kinds
            if issubclass(kind, BaseModel) and not _fields_to_look_into(kind):
                # e.g. 10,000 goals: count their keys without a call for each
                return sum(map(len, map(_FIELDS_SET, value)))
        return sum(map(_keys_in, value))
    if isinstance(value, dict):
        return len(value) + sum(map(_keys_in, value.values()))
    if isinstance(value, float) and not math.isfinite(value):
        raise _Doubt
    return 0


_FIELDS_SET = attrgetter("__pydantic_fields_set__")
_FLAT = (str, int, bool, type(None), date, datetime)


@cache
def _fields_to_look_into(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of ``model`` that may hold objects (keys to count) or floats."""
    return tuple(
        name
        for name, field in model.model_fields.items()
        if _may_hold_keys_or_floats(field.annotation)
    )


def _may_hold_keys_or_floats(annotation: Any) -> bool:
    """False only for types that surely hold neither (text, whole numbers, dates, enums)."""
    origin = get_origin(annotation)
    args = get_args(annotation)
    if origin is None and isinstance(annotation, type):
        return annotation not in _FLAT and not issubclass(annotation, Enum)
    if origin is Annotated:
        return _may_hold_keys_or_floats(args[0])
    if origin is Literal:
        return any(isinstance(arg, float) for arg in args)
    if origin in (Union, types.UnionType, list, tuple, set, frozenset, typing.Sequence):
        return not args or any(_may_hold_keys_or_floats(a) for a in args if a is not Ellipsis)
    return True  # Any, dict, and whatever is not known here
