"""Headless exports run from the command line (no window, no display needed)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from pmplanner.core.plan import Plan
from pmplanner.errors import CliError
from pmplanner.paths import data_folder_problem, plan_path
from pmplanner.storage.plan_store import PlanFileError, load_plan_file


def load_plan_for_export(plan_file: Path | None, data_dir: Path) -> Plan:
    """The plan to export: the given file, or the current plan (empty if none yet)."""
    if plan_file is None:
        problem = data_folder_problem(data_dir)
        if problem:
            raise CliError(problem)
    path = plan_file if plan_file is not None else plan_path(data_dir)
    if plan_file is None and not path.exists():
        print(f"There is no plan yet at {path}; exporting without one.", file=sys.stderr)
        return Plan()
    try:
        return load_plan_file(path)
    except PlanFileError as exc:
        raise CliError(
            f"{path} is not a plan pmplanner can read ({'; '.join(exc.problems[:3])})."
        ) from None


def run_export_map(out: Path, width: int | None, plan_file: Path | None, data_dir: Path) -> int:
    # A command-line export never opens a window, display or not.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pmplanner.report.map_image import ExportError, export_map_image
    from pmplanner.storage.plan_ladder import plan_catalog

    plan = load_plan_for_export(plan_file, data_dir)
    try:
        written = export_map_image(plan_catalog(plan), plan, out, width)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    print(f"Saved the career map to {written}.")
    return 0


def run_export_pdf(out: Path, page_size: str | None, plan_file: Path | None, data_dir: Path) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pmplanner.report.errors import ReportError
    from pmplanner.report.pdf import page_size_named, write_pdf
    from pmplanner.storage.content import load_builtin_content
    from pmplanner.storage.plan_ladder import plan_catalog

    plan = load_plan_for_export(plan_file, data_dir)
    try:
        pages = write_pdf(
            plan,
            plan_catalog(plan),
            out,
            page_size=page_size_named(page_size),
            quiz_catalog=load_builtin_content(),
        )
    except ReportError as exc:
        raise CliError(str(exc)) from None
    print(f"Saved the plan to {out} ({pages} page{'s' if pages != 1 else ''}).")
    return 0


def run_export_ics(out: Path, plan_file: Path | None, data_dir: Path) -> int:
    # icalendar needs no display, but the text goes through Qt's translation
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pmplanner.report.errors import ReportError
    from pmplanner.report.ics import write_ics

    plan = load_plan_for_export(plan_file, data_dir)
    try:
        events = write_ics(plan, out)
    except ReportError as exc:
        raise CliError(str(exc)) from None
    print(f"Saved {events} deadline{'s' if events != 1 else ''} to {out}.")
    return 0
