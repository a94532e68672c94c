"""Plan file schema versions and the migrations between them.

Every plan file carries an integer ``schema_version``. When the shape of the
plan changes, ``SCHEMA_VERSION`` goes up by one and ``MIGRATIONS[old]`` gets a
small pure function that turns a version-``old`` dict into a version-``old+1``
dict (it must not modify its argument), tested on a stored sample of the old
format in ``tests/storage/samples/``. ``migrate`` applies them one version at a
time.

A file from a newer pmplanner is refused with a clear message
(``NewerPlanVersionError``, a ``PlanFileError``); the caller never moves or
overwrites it.

Versions:
1. the first format.
2. each quiz result also records the recommended ``track``, the ``direction``
   (people management or product leadership), the ``verdict`` (clear, close,
   flat) and the ``directions`` scores (``v1_to_v2``).
3. the plan records its ladder: ``ladder`` is null for pmplanner's built-in
   one, or an organisation's ladder carried whole (``v2_to_v3``).
4. a plan that lives for months (``v3_to_v4``): ``checkins`` (dated frozen
   reviews), ``check_in_rhythm`` (monthly), ``reminder_alarm`` (a day before),
   ``evidence``, ``role_notes`` and ``skill_notes``; contacts gain company,
   role, email, profile link, goals, a keep-in-touch interval and a log of
   interactions (their last contact becomes its first entry); the profile
   gains ``years_in_current_role`` (unknown: null).
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pmplanner.storage.errors import NewerPlanVersionError, PlanFileError

SCHEMA_VERSION = 4
VERSION_KEY = "schema_version"

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _top_track(ranking: Any) -> str | None:
    """The best-scoring track of a version-1 ranking, or None when there is none to trust."""
    if not isinstance(ranking, list):
        return None
    best: tuple[float, str] | None = None
    for entry in ranking:
        if not isinstance(entry, dict):
            continue
        track, score = entry.get("track"), entry.get("score")
        if not isinstance(track, str) or isinstance(score, bool):
            continue
        if not isinstance(score, int | float) or not math.isfinite(score):
            continue
        if best is None or score > best[0]:
            best = (score, track)
    return best[1] if best else None


def v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 -> 2: quiz results gain track, direction, verdict and directions.

    A version-1 result recommended the top of its ranking, so that becomes its
    ``track``; it never asked about the direction (None, no scores) and did not
    record a verdict (""). Entries that are not objects are left for validation
    to report. Pure: ``data`` is not modified.
    """
    upgraded = dict(data)  # only the quiz results change: copy those, share the rest
    results = copy.deepcopy(data.get("quiz_results"))
    if isinstance(results, list):
        upgraded["quiz_results"] = results
        for result in results:
            if isinstance(result, dict):
                result.setdefault("track", _top_track(result.get("ranking")))
                result.setdefault("direction", None)
                result.setdefault("verdict", "")
                result.setdefault("directions", [])
    return upgraded


def v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 -> 3: the plan records its ladder; every earlier plan used the built-in one.

    (A version-2 plan could name roles of an imported ladder, but it did not say
    which; the window offers the ladders that hold them when it opens such a plan.)
    Pure: ``data`` is not modified.
    """
    return {"ladder": None, **data}


def v3_to_v4(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 -> 4: check-ins, evidence, rhythm, reminders, notes, richer contacts.

    Every new field starts empty (or at its default); a contact's recorded last
    contact becomes the first entry of its interaction log, so the history the
    person kept is not lost. Entries that are not objects are left for
    validation to report. Pure: ``data`` is not modified.
    """
    upgraded = {
        **data,
        "checkins": [],
        "check_in_rhythm": "monthly",
        "reminder_alarm": "day_before",
        "evidence": [],
        "role_notes": {},
        "skill_notes": {},
    }
    profile = data.get("profile")
    if isinstance(profile, dict):
        upgraded["profile"] = {**profile, "years_in_current_role": None}
    contacts = data.get("contacts")
    if isinstance(contacts, list):
        upgraded["contacts"] = [_contact_v4(c) if isinstance(c, dict) else c for c in contacts]
    return upgraded


def _contact_v4(contact: dict[str, Any]) -> dict[str, Any]:
    last = contact.get("last_contact")
    return {
        **contact,
        "company": "",
        "role": "",
        "email": "",
        "profile_link": "",
        "goals": [],
        "keep_in_touch_days": None,
        "interactions": [{"day": last, "note": ""}] if isinstance(last, str) else [],
    }


# {from_version: function(data at from_version) -> data at from_version + 1}
MIGRATIONS: dict[int, Migration] = {1: v1_to_v2, 2: v2_to_v3, 3: v3_to_v4}


def read_schema_version(data: dict[str, Any], path: Path | str) -> int:
    """The file's schema version, or PlanFileError naming the file and the field."""
    if VERSION_KEY not in data:
        raise PlanFileError(
            path, [f"{VERSION_KEY}: is missing (every pmplanner plan file has one)"]
        )
    version = data[VERSION_KEY]
    if isinstance(version, bool) or not isinstance(version, int):
        raise PlanFileError(path, [f"{VERSION_KEY}: not a whole number"])
    if version < 1:
        raise PlanFileError(
            path, [f"{VERSION_KEY}: {version} is not a version pmplanner has ever written"]
        )
    if version > SCHEMA_VERSION:
        raise NewerPlanVersionError(
            path,
            [
                f"{VERSION_KEY}: the file was written by a newer pmplanner "
                f"(schema {version}); this one reads up to {SCHEMA_VERSION}"
            ],
        )
    return version


def migrate(data: dict[str, Any], path: Path | str) -> dict[str, Any]:
    """Bring ``data`` to SCHEMA_VERSION, one version at a time.

    Returns a dict whose ``schema_version`` is SCHEMA_VERSION (``data`` itself
    when it is already current). Raises PlanFileError for a missing, invalid or
    newer version, or a migration that fails.
    """
    version = read_schema_version(data, path)
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise PlanFileError(
                path,
                [f"{VERSION_KEY}: pmplanner cannot upgrade a plan from schema {version}"],
            )
        try:
            upgraded = step(data)
        except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
            raise PlanFileError(
                path,
                [
                    f"{VERSION_KEY}: the plan could not be upgraded from schema {version} "
                    f"to {version + 1} ({type(exc).__name__})"
                ],
            ) from None
        if not isinstance(upgraded, dict):
            raise TypeError(f"migration from schema {version} returned {type(upgraded)}")
        version += 1
        data = {**upgraded, VERSION_KEY: version}
    return data
