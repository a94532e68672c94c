"""Command line: opens the window, or runs a command that needs no display.

This module must stay light: Qt is imported only when the window opens, so
``pmplanner check`` and ``--version`` start fast and work with no display.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pmplanner import __version__
from pmplanner.errors import CliError

HEADLESS_COMMANDS = (
    "pmplanner check [FILE], pmplanner export-map OUT.png|OUT.svg, "
    "pmplanner export-pdf OUT.pdf, pmplanner export-case OUT.pdf, "
    "pmplanner export-ics OUT.ics, pmplanner --version"
)


def _sections(text: str) -> tuple[str, ...]:
    """``--sections`` checked by argparse: an unknown name is its one-sentence error."""
    from pmplanner.report.options import UnknownSection, parse_sections

    try:
        return parse_sections(text)
    except UnknownSection as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _build_parser() -> argparse.ArgumentParser:
    from pmplanner.report.options import SECTION_KEYS  # no Qt: the parser stays light

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="keep the plan, backups and settings in DIR "
        "(default: $PMPLANNER_DATA_DIR or the system's user data folder)",
    )
    plan_file = argparse.ArgumentParser(add_help=False)
    plan_file.add_argument(
        "--plan", type=Path, metavar="FILE", help="the plan file (default: the current plan)"
    )
    parser = argparse.ArgumentParser(
        prog="pmplanner",
        description="An offline career planner for people growing in product management. "
        "With no command, opens the window.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"pmplanner {__version__}")
    entry = parser.add_mutually_exclusive_group()
    entry.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add pmplanner to the desktop's application menu (for pip installs), then exit",
    )
    entry.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove the menu entry --install-desktop-entry added, then exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser(
        "check",
        parents=[common],
        help="validate a plan file or a career content file",
        description="Validate a plan file (the current plan by default), a career content "
        "file or a CSV ladder, or every .json and .csv file in a folder, and print every "
        "problem with its place. Exit status 0 when valid, 1 when not.",
    )
    check.add_argument(
        "file", nargs="?", type=Path, help="the file (or the folder of files) to check"
    )
    export_map = commands.add_parser(
        "export-map",
        parents=[common, plan_file],
        help="save the career map as a PNG or SVG image",
        description="Save the whole career map as a PNG or SVG image, with the plan's fastest "
        "route from current to target role highlighted. Works without a display.",
    )
    export_map.add_argument("out", type=Path, help="the image to write (.png or .svg)")
    export_map.add_argument("--width", type=int, metavar="N", help="image width in pixels")
    export_pdf = commands.add_parser(
        "export-pdf",
        parents=[common, plan_file],
        help="save the whole plan as a PDF document",
        description="Save the whole plan as a PDF document: profile, path, quiz result, skills, "
        "goals, contacts and the next three months' deadlines. Works without a display.",
    )
    export_pdf.add_argument("out", type=Path, help="the PDF file to write")
    export_pdf.add_argument(
        "--page-size",
        choices=("a4", "letter"),
        type=str.lower,
        help="paper size (default: Letter in the US, Canada and Mexico and a few more, else A4)",
    )
    export_pdf.add_argument(
        "--preset",
        choices=("share", "complete"),
        type=str.lower,
        default="share",
        help="share (default): a plan to hand a manager, without contacts, dropped goals, "
        "quiz answers and check-in reflections, done goals summarised; complete: everything",
    )
    export_pdf.add_argument(
        "--sections",
        type=_sections,
        metavar="A,B,C",
        help=f"only these sections, comma-separated: {', '.join(SECTION_KEYS)} "
        "(default: the preset's)",
    )
    export_case = commands.add_parser(
        "export-case",
        parents=[common, plan_file],
        help="save the promotion case (the target's skills with evidence) as a PDF",
        description="Save a PDF for a promotion conversation: for each skill of the target "
        "role, the expected level, the latest rating and its trend, the evidence for it and "
        "the open gaps with the goals aimed at them. Works without a display.",
    )
    export_case.add_argument("out", type=Path, help="the PDF file to write")
    export_case.add_argument(
        "--page-size",
        choices=("a4", "letter"),
        type=str.lower,
        help="paper size (default: Letter in the US, Canada and Mexico and a few more, else A4)",
    )
    export_ics = commands.add_parser(
        "export-ics",
        parents=[common, plan_file],
        help="save goal due dates and contact follow-ups as a calendar file",
        description="Save the due dates of open goals and the contacts' follow-ups as an "
        "iCalendar (.ics) file that calendar programs can import. Works without a display.",
    )
    export_ics.add_argument("out", type=Path, help="the .ics file to write")
    return parser


def _data_dir(args: argparse.Namespace) -> Path:
    from pmplanner.paths import user_data_dir

    return user_data_dir(getattr(args, "data_dir", None))


def _display_missing() -> str | None:
    """Why no window can open here, or None when a display looks available."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, ...: Qt can draw without a display server
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return "neither DISPLAY nor WAYLAND_DISPLAY is set"


def _open_window(args: argparse.Namespace) -> int:
    reason = _display_missing()
    if reason:
        print(
            f"pmplanner cannot open its window: no graphical display was found ({reason}). "
            f"Commands that work without one: {HEADLESS_COMMANDS}.",
            file=sys.stderr,
        )
        return 2
    from pmplanner.display_check import unusable_display

    problem = unusable_display()  # where Qt would abort inside QApplication()
    if problem:
        print(problem, file=sys.stderr)
        return 2

    from pmplanner.ui.pyside_setup import skip_pyside_source_scan

    skip_pyside_source_scan()  # before the window's modules are imported: it would read them
    from pmplanner.ui.app import run_gui

    return run_gui(_data_dir(args))


def main(argv: list[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        if args.install_desktop_entry or args.uninstall_desktop_entry:
            from pmplanner.desktop_entry import run

            return run(install_it=args.install_desktop_entry)
        if args.command == "check":
            from pmplanner.checks import run_check

            return run_check(args.file, _data_dir(args))
        if args.command == "export-map":
            from pmplanner.export_commands import run_export_map

            return run_export_map(args.out, args.width, args.plan, _data_dir(args))
        if args.command == "export-pdf":
            from pmplanner.export_commands import run_export_pdf

            return run_export_pdf(
                args.out, args.page_size, args.plan, _data_dir(args), args.preset, args.sections
            )
        if args.command == "export-case":
            from pmplanner.export_commands import run_export_case

            return run_export_case(args.out, args.page_size, args.plan, _data_dir(args))
        if args.command == "export-ics":
            from pmplanner.export_commands import run_export_ics

            return run_export_ics(args.out, args.plan, _data_dir(args))
        return _open_window(args)
    except CliError as exc:
        print(f"pmplanner: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
