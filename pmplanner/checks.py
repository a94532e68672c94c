"""`pmplanner check`: validate a plan file, a content file or a CSV ladder, headless."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from pmplanner.paths import data_folder_problem, plan_path
from pmplanner.storage.jsonio import JsonFileError, parse_json_bytes, read_file_bytes
from pmplanner.storage.problems import listed

# problems printed by `check`; the rest are counted ("… and N more problems")
SHOWN_PROBLEMS = 100


def _report(path: Path, what: str, problems: list[str], omitted: int = 0) -> int:
    if problems or omitted:
        print(f"{path} is not a valid {what}:")
        for problem in listed(problems, SHOWN_PROBLEMS, omitted):
            print(f"  {problem}")
        return 1
    return 0


def _no_plan_in(data_dir: Path) -> str | None:
    """Why the data folder holds no plan to check, or None to go on and read it."""
    path = plan_path(data_dir)
    problem = data_folder_problem(data_dir)
    if problem:
        return problem
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


def _check_content(path: Path, data: object, size: int) -> int:
    from pmplanner.storage.content import ContentError, validate_content_data

    try:
        problems = validate_content_data(data, size)
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
    return _report(path, "career content file", problems.items, problems.omitted)


def _check_ladder_csv(path: Path) -> int:
    from pmplanner.storage.content import ContentError
    from pmplanner.storage.ladder_csv import load_ladder_csv

    try:
        catalog = load_ladder_csv(path)
    except ContentError as exc:
        return _report(path, "career ladder (CSV)", exc.problems, exc.omitted)
    print(
        f"{path}: a valid career ladder ({len(catalog.roles)} roles, "
        f"{len(catalog.transitions)} moves)."
    )
    return 0


def _check_folder(folder: Path, data_dir: Path) -> int:
    """Every .json and .csv file directly in ``folder``, each reported; 0 when all are valid."""
    try:
        files = sorted(
            p for p in folder.iterdir() if p.suffix.lower() in (".json", ".csv") and p.is_file()
        )
    except OSError as exc:
        print(f"Could not read the folder {folder}: {exc.strerror or exc}.", file=sys.stderr)
        return 1
    if not files:
        print(f"There is nothing to check in {folder}: it holds no .json or .csv file.")
        return 1
    results = [run_check(path, data_dir) for path in files]
    return 1 if any(results) else 0


def run_check(file: Path | None, data_dir: Path) -> int:
    if file is not None and file.is_dir() and not file.is_symlink():
        return _check_folder(file, data_dir)
    path = file if file is not None else plan_path(data_dir)
    if file is None:
        reason = _no_plan_in(data_dir)
        if reason:
            print(reason, file=sys.stderr)
            return 1
    if path.suffix.lower() == ".csv":
        return _check_ladder_csv(path)
    try:
        raw = read_file_bytes(path)
        data = parse_json_bytes(raw, path)
    except JsonFileError as exc:
        return _report(path, "pmplanner file", exc.problems, exc.omitted)

    from pmplanner.storage.content import content_kind

    if content_kind(data) is not None:
        return _check_content(path, data, len(raw))

    from pmplanner.storage.plan_store import PlanFileError, load_plan_file

    duplicates: list[str] = []
    try:
        plan = load_plan_file(path, duplicates)
    except PlanFileError as exc:
        return _report(path, "pmplanner plan", exc.problems, exc.omitted)
    if duplicates:  # pmplanner would open it, giving the later ones new ids
        return _report(path, "pmplanner plan", duplicates)
    goals, contacts = _count(len(plan.goals), "goal"), _count(len(plan.contacts), "contact")
    print(f"{path}: a valid pmplanner plan ({goals}, {contacts}).")
    return 0


def _count(n: int, noun: str) -> str:
    """ "1 goal", "2 goals": the command line speaks English only (no Qt here)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
