"""Child process of test_export_kills.py: exports a file, killed while writing it.

    python export_child.py KIND OUT PLAN once   # SIGKILLs itself halfway through the write
    python export_child.py KIND OUT PLAN term   # the same with SIGTERM
    python export_child.py KIND OUT PLAN loop  # exports again and again until killed

``once`` replaces the atomic writer's ``os.write`` with one that writes half of
the bytes for real and then kills the process, so the kill is known to land
in the middle of writing the new file. ``loop`` prints ``ready`` once the
imports are done, then exports in a loop; the parent kills it at random times.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pmplanner.cli import main as cli_main
from pmplanner.storage import atomic
from pmplanner.storage.plan_store import PlanStore, load_plan_file


def export(kind: str, out: str, plan: str) -> None:
    if kind == "json":
        data_dir = Path(out).parent / "data"
        PlanStore(data_dir).export_plan(load_plan_file(plan), out)
        return
    command = {"png": "export-map", "svg": "export-map", "pdf": "export-pdf", "ics": "export-ics"}
    argv = [command[kind], out, "--plan", plan]
    if kind in ("png", "svg"):
        argv += ["--width", "400"]
    assert cli_main(argv) == 0


class _DyingOs:
    """``os`` as the atomic writer sees it: its first write stops the process halfway."""

    def __init__(self, signum: int):
        self._signum = signum

    def __getattr__(self, name):
        if name == "write":
            return self._write_half_then_die
        return getattr(os, name)

    def _write_half_then_die(self, fd, data):
        half = bytes(data[: max(1, len(data) // 2)])
        os.write(fd, half)
        os.kill(os.getpid(), self._signum)
        return len(half)


def main(kind: str, out: str, plan: str, how: str) -> int:
    if how in ("once", "term"):
        atomic.os = _DyingOs(signal.SIGKILL if how == "once" else signal.SIGTERM)
        export(kind, out, plan)
        return 3  # not reached: the signal ends the process
    print("ready", flush=True)
    while True:
        export(kind, out, plan)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
