"""`pmplanner check`: validate a plan file or a content file, headless."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from pmplanner.paths import plan_path
from pmplanner.storage.jsonio import JsonFileError, read_json_file


def _report(path: Path, what: str, problems: list[str]) -> int:
    if problems:
        print(f"{path} is not a valid {what}:")
        for problem in problems:
            print(f"  {problem}")
        return 1
    return 0


def _no_plan_in(data_dir: Path) -> str | None:
    """Why the data folder holds no plan to check, or None to go on and read it."""
    path = plan_path(data_dir)
    try:
        folder_mode = os.stat(data_dir).st_mode
    except FileNotFoundError:
        folder_mode = None
    except OSError:
        return None  # reading the plan says what is wrong
    if folder_mode is not None and not stat.S_ISDIR(folder_mode):
        return (
            f"The data folder {data_dir} is not a folder (it is a file), so there is no "
            "plan in it to check; give the folder with --data-dir, or the file: "
            "pmplanner check FILE."
        )
    try:
        os.lstat(path)
    except FileNotFoundError:
        return (
            f"There is no plan to check yet: {path} does not exist. "
            "Open pmplanner once to start a plan, or give a file: pmplanner check FILE."
        )
    except OSError:
        return None
    return None


def _check_content(path: Path) -> int:
    from pmplanner.storage.content import ContentError, validate_content_file

    try:
        problems = validate_content_file(path)
    except (OSError, ContentError) as exc:
        # the bundled data folder that content files are checked against is missing or broken
        detail = "; ".join(exc.problems[:3]) if isinstance(exc, ContentError) else str(exc)
        print(
            f"Could not check {path}: pmplanner's own career content, which it is checked "
            f"against, could not be loaded ({detail}). Reinstalling pmplanner should fix this.",
            file=sys.stderr,
        )
        return 1
    if not problems:
        print(f"{path}: valid career content.")
    return _report(path, "career content file", problems)


def run_check(file: Path | None, data_dir: Path) -> int:
    path = file if file is not None else plan_path(data_dir)
    if file is None:
        reason = _no_plan_in(data_dir)
        if reason:
            print(reason, file=sys.stderr)
            return 1
    try:
        data = read_json_file(path)
    except JsonFileError as exc:
        return _report(path, "pmplanner file", exc.problems)

    from pmplanner.storage.content import content_kind

    if content_kind(data) is not None:
        return _check_content(path)

    from pmplanner.storage.plan_store import PlanFileError, load_plan_file

    duplicates: list[str] = []
    try:
        plan = load_plan_file(path, duplicates)
    except PlanFileError as exc:
        return _report(path, "pmplanner plan", exc.problems)
    if duplicates:  # pmplanner would open it, giving the later ones new ids
        return _report(path, "pmplanner plan", duplicates)
    print(
        f"{path}: a valid pmplanner plan ({len(plan.goals)} goals, {len(plan.contacts)} contacts)."
    )
    return 0
