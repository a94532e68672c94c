"""Every export kind, run the way a person runs it.

PNG, SVG, PDF and ICS go through the command line (``pmplanner.cli.main``);
a plan copy (JSON) has no command, so it goes through ``PlanStore.export_plan``
as File > Export Plan does, its SaveError sentence standing for the window's
message.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from pmplanner.core.plan import Contact, Goal, GoalKind, Plan, Profile
from pmplanner.storage.plan_store import PlanStore, SaveError, serialize_plan

KINDS = ("png", "svg", "pdf", "ics", "json")


def sample_plan() -> Plan:
    soon = date.today() + timedelta(days=10)
    return Plan(
        profile=Profile(name="Sam Rivera", current_role="apm", target_role="senior-pm"),
        goals=[Goal(kind=GoalKind.COURSE, title="Discovery course", due=soon)],
        contacts=[Contact(name="Ana Souza", next_follow_up=soon + timedelta(days=1))],
    )


@pytest.fixture
def plan_path(tmp_path) -> Path:
    path = tmp_path / "input" / "plan.json"
    path.parent.mkdir()
    path.write_bytes(serialize_plan(sample_plan()))
    return path


def run_export(kind: str, out: Path, plan_path: Path, capsys) -> tuple[int, str, str]:
    """Export ``kind`` to ``out``: the exit status, stdout and stderr."""
    from pmplanner.cli import main

    if kind == "json":
        try:
            PlanStore(plan_path.parent).export_plan(sample_plan(), out)
        except SaveError as exc:
            return 1, "", f"pmplanner: {exc}\n"
        return 0, f"Plan exported to {out}\n", ""
    command = {"png": "export-map", "svg": "export-map", "pdf": "export-pdf", "ics": "export-ics"}
    argv = [command[kind], str(out), "--plan", str(plan_path)]
    if kind in ("png", "svg"):
        argv += ["--width", "400"]
    capsys.readouterr()
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def is_complete(kind: str, data: bytes) -> bool:
    """Whether ``data`` is a whole file of ``kind`` (its end marker is there)."""
    if kind == "png":
        return data.startswith(b"\x89PNG\r\n\x1a\n") and data.endswith(b"IEND\xaeB`\x82")
    if kind == "svg":
        return data.startswith(b"<?xml") and data.rstrip().endswith(b"</svg>")
    if kind == "pdf":
        return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    if kind == "ics":
        return data.startswith(b"BEGIN:VCALENDAR") and data.endswith(b"END:VCALENDAR\r\n")
    try:
        return json.loads(data)["profile"]["name"] == "Sam Rivera"
    except (ValueError, KeyError):
        return False


@pytest.fixture
def offscreen(qapp, monkeypatch):
    """The export commands set QT_QPA_PLATFORM; put it back after the test."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
