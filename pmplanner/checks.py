"""`pmplanner check`: validate a plan file or a content file, headless."""

from __future__ import annotations

import sys
from pathlib import Path

from pmplanner.paths import plan_path
from pmplanner.storage.jsonio import JsonFileError, read_json_file

# top-level keys that only career content files have
CONTENT_KEYS = frozenset(
    {"roles", "tracks", "transitions", "levels", "skills", "backgrounds", "industries",
     "environments", "guidance"}
)  # fmt: skip


def is_content_data(data: object) -> bool:
    return isinstance(data, dict) and bool(CONTENT_KEYS & data.keys())


def _report(path: Path, what: str, problems: list[str]) -> int:
    if problems:
        print(f"{path} is not a valid {what}:")
        for problem in problems:
            print(f"  {problem}")
        return 1
    return 0


def run_check(file: Path | None, data_dir: Path) -> int:
    path = file if file is not None else plan_path(data_dir)
    if file is None and not path.exists():
        print(
            f"There is no plan to check yet: {path} does not exist. "
            "Open pmplanner once to start a plan, or give a file: pmplanner check FILE.",
            file=sys.stderr,
        )
        return 1
    try:
        data = read_json_file(path)
    except JsonFileError as exc:
        return _report(path, "pmplanner file", exc.problems)

    if is_content_data(data):
        from pmplanner.storage.content import validate_content_file

        problems = validate_content_file(path)
        if not problems:
            print(f"{path}: valid career content.")
        return _report(path, "career content file", problems)

    from pmplanner.storage.plan_store import PlanFileError, load_plan_file

    try:
        plan = load_plan_file(path)
    except PlanFileError as exc:
        return _report(path, "pmplanner plan", exc.problems)
    print(
        f"{path}: a valid pmplanner plan ({len(plan.goals)} goals, {len(plan.contacts)} contacts)."
    )
    return 0
