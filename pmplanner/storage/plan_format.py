"""The plan file format: Plan <-> bytes, with located errors.

Saving: pydantic's JSON writer (``model_dump_json(ensure_ascii=True)``, fast,
in Rust), and the text is validated again before it is written, so that a
value the UI set without validation (a progress of 150, a title that is too
long) is refused *before* it reaches the disk instead of making the file
unreadable at the next start. When that path cannot be trusted (see lone
surrogates below) the plan is written by ``json.dumps`` from a python-mode
dump instead. Both use ``ensure_ascii`` and never write NaN or Infinity; the
output is deterministic (same plan, same bytes), one line, not indented
(indenting doubles the time ``json.dumps`` takes). In the free-form quiz
``answers``, pydantic's JSON conversion applies (a set becomes a list, NaN
becomes null).

Loading: read -> size cap -> strict parse (``jsonio``) -> schema version and
migrations -> validation, each step raising ``PlanFileError`` that names the
file and the place. A current file that surely loads takes a quicker way with
the same result (``plan_fast_load``); any doubt, and every refusal, goes this
way. Either way, goals or contacts sharing an id get new ids (``plan_ids``).

Lone surrogates: text pasted from some programs can hold a lone UTF-16
surrogate ("\\ud800"). ``json.dumps(ensure_ascii=True)`` writes it as an
escape, but pydantic refuses it in length-checked text (``string_unicode``),
fails on it in its JSON writer and turns it into U+FFFD in dict keys. So such
plans take the ``json.dumps`` path, and when validation reports
``string_unicode`` the data is validated with the surrogates replaced by U+FFFD
(same length, same checks) and the person's exact strings are put back
afterwards. The common case pays nothing for this.
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from pmplanner.core.plan import Plan
from pmplanner.storage import migrations
from pmplanner.storage.errors import PlanFileError, UnsavablePlanError
from pmplanner.storage.jsonio import (
    JsonFileError,
    parse_json_bytes,
    read_file_bytes,
    validation_problems,
)
from pmplanner.storage.plan_fast_load import fast_parse
from pmplanner.storage.plan_ids import give_unique_ids
from pmplanner.storage.plan_ladder import plan_ladder_problems

_SURROGATE = re.compile("[\ud800-\udfff]")


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        # Aware times are stored in UTC: odd offsets (seconds) would not load back.
        if value.tzinfo is not None and value.utcoffset() is not None:
            value = value.astimezone(UTC)
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"a value of type {type(value).__name__} cannot be saved")


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cycle collector while tens of thousands of objects are made.

    Every few hundred new containers start a collection that walks them all
    again; for a 10,000-goal plan this costs a third of the time, and none of
    these objects form cycles. The collector is only paused, never frozen:
    what the program leaves for it is collected as usual afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def serialize_plan(plan: Plan) -> bytes:
    """The plan file's bytes. Raises UnsavablePlanError if they would not load back."""
    with _gc_paused():
        text = _fast_json(plan)
        if text is None:
            text = _exact_json(plan)
    return text.encode("ascii")


def _fast_json(plan: Plan) -> str | None:
    """pydantic's own JSON writer (Rust), checked; None when the exact path is needed.

    It fails on a lone surrogate in text and turns one in a dict key into
    U+FFFD, so output holding U+FFFD is not trusted. Every other doubt (a dump
    or validation error) also goes to the exact path, which says what is wrong.
    """
    try:
        body = plan.model_dump_json(ensure_ascii=True, warnings=False)
    except (ValueError, RecursionError):
        return None
    if "\\ufffd" in body or not body.startswith('{"'):
        return None
    # What is written must load again: a value the UI set without validation
    # (a progress of 150, a title too long) is refused now, not at the next start.
    try:
        Plan.model_validate_json(body)
    except (ValidationError, ValueError, RecursionError):
        return None
    return f'{{"{migrations.VERSION_KEY}":{migrations.SCHEMA_VERSION},' + body[1:]


def _exact_json(plan: Plan) -> str:
    """Python-mode dump and ``json.dumps``: every string kept exactly, or a clear refusal."""
    try:
        data = plan.model_dump(warnings=False)
    except (ValueError, TypeError, RecursionError) as exc:
        raise UnsavablePlanError(f"the plan holds a value that cannot be saved ({exc})") from None
    try:
        validate_plan_data(data)
    except ValidationError as exc:
        problems = validation_problems(exc)
        raise UnsavablePlanError(
            "the plan holds a value it would refuse when loading it again ("
            + "; ".join(problems.items[:3])
            + ")"
        ) from None
    except RecursionError:
        raise UnsavablePlanError("the plan is nested too deeply to be saved") from None
    document = {migrations.VERSION_KEY: migrations.SCHEMA_VERSION, **data}
    try:
        return json.dumps(
            document,
            ensure_ascii=True,
            allow_nan=False,
            check_circular=False,
            separators=(",", ":"),
            default=_json_default,
        )
    except ValueError as exc:
        if "JSON compliant" in str(exc):  # allow_nan=False
            raise UnsavablePlanError(
                "the plan holds a number that is not finite (NaN or infinity)"
            ) from None
        raise UnsavablePlanError(f"the plan holds a value that cannot be saved ({exc})") from None
    except (TypeError, RecursionError) as exc:
        raise UnsavablePlanError(f"the plan holds a value that cannot be saved ({exc})") from None


def parse_plan_bytes(raw: bytes, path: Path | str, repairs: list[str] | None = None) -> Plan:
    """Parse, migrate and validate a plan file's bytes; PlanFileError names ``path``.

    Goals or contacts sharing an id are given new ids (later ones; ``plan_ids``)
    on either path, so no caller ever edits the wrong row; what was repaired is
    added to ``repairs`` (located sentences) when it is given.
    """
    with _gc_paused():
        plan = fast_parse(raw)
        if plan is None:
            # the strict path: refuses what must be refused, with located messages
            try:
                data = parse_json_bytes(raw, path)
            except JsonFileError as exc:
                raise PlanFileError(exc.path, exc.problems) from None
            plan = plan_from_data(data, path)
    notes = give_unique_ids(plan)
    if repairs is not None:
        repairs.extend(notes)
    _check_ladder_references(plan, path)
    return plan


def _check_ladder_references(plan: Plan, path: Path | str) -> None:
    """A plan's own ladder must hold together (role -> track, known skills)."""
    problems = plan_ladder_problems(plan)
    if problems:
        raise PlanFileError(path, problems)


def load_plan_file(path: Path | str, repairs: list[str] | None = None) -> Plan:
    """Read, parse, migrate and validate a plan file; PlanFileError names ``path``.

    ``repairs``: see ``parse_plan_bytes``.
    """
    try:
        raw = read_file_bytes(path)
    except JsonFileError as exc:
        raise PlanFileError(exc.path, exc.problems) from None
    return parse_plan_bytes(raw, path, repairs)


def plan_from_data(data: Any, path: Path | str) -> Plan:
    if not isinstance(data, dict):
        raise PlanFileError(path, ["(top level): not an object"])
    data = migrations.migrate(data, path)
    body = {k: v for k, v in data.items() if k != migrations.VERSION_KEY}
    try:
        return validate_plan_data(body)
    except ValidationError as exc:
        raise PlanFileError(path, validation_problems(exc)) from None
    except RecursionError:
        raise PlanFileError(
            path, ["the data is nested too deeply to be a pmplanner file"]
        ) from None


def validate_plan_data(data: dict[str, Any]) -> Plan:
    """``Plan.model_validate`` that also accepts lone surrogates in text."""
    try:
        return Plan.model_validate(data)
    except ValidationError as exc:
        if not any(err["type"] == "string_unicode" for err in exc.errors()):
            raise
    plan = Plan.model_validate(_without_surrogates(data))
    _put_back(plan, data)  # fills the plan in place
    return plan


def _without_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value
    if isinstance(value, dict):
        return {_without_surrogates(k): _without_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_surrogates(v) for v in value]
    return value


def _put_back(validated: Any, original: Any) -> Any:
    """Return ``validated`` with the strings of ``original`` where it holds text."""
    if isinstance(original, str):
        # Only plain text is put back: an enum member or a date stays as validated.
        if type(validated) is str and _SURROGATE.search(original):
            return original
        return validated
    if isinstance(validated, BaseModel) and isinstance(original, dict):
        fields = type(validated).model_fields
        for name, value in original.items():
            if name in fields:
                restored = _put_back(getattr(validated, name), value)
                object.__setattr__(validated, name, restored)
        return validated
    if isinstance(validated, list) and isinstance(original, list):
        if len(validated) != len(original):
            return validated
        return [_put_back(v, o) for v, o in zip(validated, original, strict=True)]
    if isinstance(validated, dict) and isinstance(original, dict):
        if len(validated) != len(original):
            return validated  # two keys became one: keep the U+FFFD text
        return {
            _put_back(vk, ok): _put_back(vv, ov)
            for (vk, vv), (ok, ov) in zip(validated.items(), original.items(), strict=True)
        }
    return validated
