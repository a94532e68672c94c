"""pmplanner export-pdf and export-ics, run as a person runs them: a process with no display."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from pmplanner.core.plan import Contact, Goal, GoalKind, Plan, Profile
from pmplanner.storage.plan_store import serialize_plan

from .report.pdf_text import reader, shows, text_of


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return subprocess.run(
        [sys.executable, "-m", "pmplanner", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def plan_file(tmp_path) -> tuple[Plan, str]:
    soon = date.today() + timedelta(days=10)
    plan = Plan(
        profile=Profile(name="Sam Rivera", current_role="apm", target_role="senior-pm"),
        goals=[
            Goal(kind=GoalKind.COURSE, title="Discovery course", due=soon),
            Goal(kind=GoalKind.MEETUP, title="Product meetup, Lisbon; March", due=soon),
        ],
        contacts=[Contact(name="Ana Souza", next_follow_up=soon + timedelta(days=1))],
    )
    path = tmp_path / "plan.json"
    path.write_bytes(serialize_plan(plan))
    return plan, str(path)


def test_export_pdf_without_a_display(tmp_path):
    plan, path = plan_file(tmp_path)
    out = tmp_path / "plan.pdf"
    result = run("export-pdf", str(out), "--plan", path, "--page-size", "letter")
    assert result.returncode == 0, result.stderr
    pages = len(reader(out).pages)
    assert result.stdout.strip() == f"Saved the plan to {out} ({pages} pages)."
    text = text_of(out)
    for goal in plan.goals:
        assert shows(text, goal.title)
    for role in ("Associate Product Manager", "Senior Product Manager"):
        assert shows(text, role)
    page = reader(out).pages[0].mediabox
    assert (round(float(page.width)), round(float(page.height))) == (612, 792)


def test_export_pdf_uses_the_current_plan(isolated_data_dir, tmp_path):
    isolated_data_dir.mkdir(parents=True)
    _plan, path = plan_file(tmp_path)
    (isolated_data_dir / "plan.json").write_bytes(Path(path).read_bytes())
    out = tmp_path / "current.pdf"
    result = run("export-pdf", str(out), "--page-size", "A4")
    assert result.returncode == 0, result.stderr
    assert shows(text_of(out), "Sam Rivera")
    page = reader(out).pages[0].mediabox
    assert (round(float(page.width)), round(float(page.height))) == (595, 842)


def test_export_ics_without_a_display(tmp_path):
    plan, path = plan_file(tmp_path)
    out = tmp_path / "deadlines.ics"
    result = run("export-ics", str(out), "--plan", path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Saved 3 deadlines to {out}."
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    by_summary = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in events}
    assert by_summary == {
        "Due: Discovery course": plan.goals[0].due,
        "Due: Product meetup, Lisbon; March": plan.goals[1].due,
        "Follow up with Ana Souza": plan.contacts[0].next_follow_up,
    }


def test_errors_are_one_sentence_and_write_nothing(tmp_path):
    _plan, path = plan_file(tmp_path)
    missing = tmp_path / "nowhere" / "plan.pdf"
    result = run("export-pdf", str(missing), "--plan", path)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"pmplanner: Could not save {missing} because the folder does not exist."
    )

    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    out = tmp_path / "x.ics"
    result = run("export-ics", str(out), "--plan", str(broken))
    assert result.returncode == 1
    assert f"{broken} is not a plan pmplanner can read" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()

    empty = tmp_path / "empty.json"
    empty.write_bytes(serialize_plan(Plan()))
    result = run("export-ics", str(out), "--plan", str(empty))
    assert result.returncode == 1
    assert "has no due dates of open goals and no follow-ups" in result.stderr
    assert not out.exists()


def test_page_size_must_be_a4_or_letter(tmp_path):
    result = run("export-pdf", str(tmp_path / "x.pdf"), "--page-size", "legal")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_no_display_message_names_the_exports(tmp_path):
    result = run("--data-dir", str(tmp_path / "d"))
    assert result.returncode == 2
    assert "pmplanner export-pdf OUT.pdf" in result.stderr
    assert "pmplanner export-ics OUT.ics" in result.stderr


def test_a_folder_in_the_way_is_one_sentence(tmp_path):
    _plan, path = plan_file(tmp_path)
    for command, name in (("export-pdf", "plan.pdf"), ("export-ics", "plan.ics")):
        folder = tmp_path / name
        folder.mkdir()
        result = run(command, str(folder), "--plan", path)
        assert result.returncode == 1
        assert result.stderr == (
            f"pmplanner: Could not save {folder} because there is a folder with that name.\n"
        )
        assert result.stdout == "" and list(folder.iterdir()) == []


@pytest.mark.parametrize("command", ["export-pdf", "export-ics"])
def test_a_read_only_folder_keeps_the_earlier_file(qapp, tmp_path, monkeypatch, capsys, command):
    """Run in this process (chmod means nothing to root): the folder refuses new files."""
    import errno
    import tempfile

    from pmplanner.cli import main

    _plan, path = plan_file(tmp_path)
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "earlier"
    out.write_bytes(b"the earlier export")
    real = tempfile.mkstemp

    def mkstemp(*args, dir=None, **kwargs):
        if dir is not None and Path(dir) == folder:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # the command sets it; put it back after
    assert main([command, str(out), "--plan", path]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"pmplanner: Could not save {out} because permission was denied.\n"
    assert captured.out == ""
    assert out.read_bytes() == b"the earlier export"
    assert [p.name for p in folder.iterdir()] == ["earlier"]


def test_export_pdf_presets_and_sections(tmp_path):
    _plan, path = plan_file(tmp_path)
    shared, complete, chosen = (tmp_path / f"{n}.pdf" for n in ("shared", "complete", "chosen"))
    assert run("export-pdf", str(shared), "--plan", path).returncode == 0
    assert not shows(text_of(shared), "Ana Souza")  # "share" is the default: no contacts
    result = run("export-pdf", str(complete), "--plan", path, "--preset", "complete")
    assert result.returncode == 0, result.stderr
    assert shows(text_of(complete), "Ana Souza")
    result = run("export-pdf", str(chosen), "--plan", path, "--sections", "goals,contacts")
    assert result.returncode == 0, result.stderr
    text = text_of(chosen)
    assert shows(text, "Ana Souza") and shows(text, "Discovery course")
    assert not shows(text, "Your route") and not shows(text, "Next deadlines")


def test_an_unknown_section_is_one_sentence(tmp_path):
    _plan, path = plan_file(tmp_path)
    out = tmp_path / "x.pdf"
    result = run("export-pdf", str(out), "--plan", path, "--sections", "summary,progres")
    assert result.returncode == 2  # as every other wrong argument
    assert result.stderr.strip().splitlines()[-1] == (
        "pmplanner export-pdf: error: argument --sections: There is no section called "
        "'progres'; the sections are summary, route, map, skills, goals, progress, "
        "evidence, quiz, contacts, deadlines."
    )
    assert "Traceback" not in result.stderr and not out.exists()
