"""Headless exports run from the command line (no window, no display needed).

Each export is written by the one atomic writer; SIGTERM and SIGHUP (``kill``,
closing the terminal) end it like Ctrl+C, so the half-written temporary file is
removed and the earlier file stays. Only SIGKILL can leave a temporary file
(``.<name>.<random>.tmp`` next to the output); never a half-written output.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterator
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


@contextlib.contextmanager
def stop_cleanly_on_signals() -> Iterator[None]:
    """While exporting, SIGTERM/SIGHUP raise SystemExit(128 + signal), which cleans up."""

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = {}
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            previous[number] = signal.signal(number, stop)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def run_export_map(out: Path, width: int | None, plan_file: Path | None, data_dir: Path) -> int:
    # A command-line export never opens a window, display or not.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pmplanner.report.map_image import ExportError, export_map_image
    from pmplanner.storage.plan_ladder import plan_catalog

    plan = load_plan_for_export(plan_file, data_dir)
    try:
        with stop_cleanly_on_signals():
            written = export_map_image(plan_catalog(plan), plan, out, width)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    print(f"Saved the career map to {written}.")
    return 0


def run_export_pdf(
    out: Path,
    page_size: str | None,
    plan_file: Path | None,
    data_dir: Path,
    preset: str | None = None,
    sections: tuple[str, ...] | None = None,
) -> int:
    """``preset`` "share" (default) or "complete"; ``sections`` (checked keys) replace its list."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pmplanner.report.errors import ReportError
    from pmplanner.report.options import DEFAULT_PRESET, options_for
    from pmplanner.report.pdf import page_size_named, write_pdf
    from pmplanner.storage.content import load_builtin_content
    from pmplanner.storage.plan_ladder import plan_catalog

    plan = load_plan_for_export(plan_file, data_dir)
    try:
        with stop_cleanly_on_signals():
            pages = write_pdf(
                plan,
                plan_catalog(plan),
                out,
                page_size=page_size_named(page_size),
                quiz_catalog=load_builtin_content(),
                options=options_for(preset or DEFAULT_PRESET, sections),
            )
    except ReportError as exc:
        raise CliError(str(exc)) from None
    print(f"Saved the plan to {out} ({pages} page{'s' if pages != 1 else ''}).")
    return 0


def run_export_case(
    out: Path, page_size: str | None, plan_file: Path | None, data_dir: Path
) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pmplanner.report.errors import ReportError
    from pmplanner.report.pdf import page_size_named
    from pmplanner.report.promotion_case import write_case_pdf
    from pmplanner.storage.plan_ladder import plan_catalog

    plan = load_plan_for_export(plan_file, data_dir)
    try:
        with stop_cleanly_on_signals():
            pages = write_case_pdf(
                plan, plan_catalog(plan), out, page_size=page_size_named(page_size)
            )
    except ReportError as exc:
        raise CliError(str(exc)) from None
    print(f"Saved the promotion case to {out} ({pages} page{'s' if pages != 1 else ''}).")
    return 0


def run_export_ics(out: Path, plan_file: Path | None, data_dir: Path) -> int:
    # icalendar needs no display, but the text goes through Qt's translation
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pmplanner.report.errors import ReportError
    from pmplanner.report.ics import write_ics

    plan = load_plan_for_export(plan_file, data_dir)
    try:
        with stop_cleanly_on_signals():
            events = write_ics(plan, out)
    except ReportError as exc:
        raise CliError(str(exc)) from None
    print(f"Saved {events} deadline{'s' if events != 1 else ''} to {out}.")
    return 0
