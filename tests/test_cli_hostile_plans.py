"""Plan files we did not write, met through the command line: `check` and every export.

Each was accepted before: ids shared by two goals, 10-million-character ids
and answers (17 s and 808 MB to open, `export-pdf` past 3 minutes), `true` or
"10" for a progress, a due date of 9999-12-31 (a traceback from `export-ics`).
Now each is refused at once with the place, or, at the ends of the allowed
date range, exported.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from icalendar import Calendar

from pmplanner.cli import main
from pmplanner.storage.plan_fast_load import fast_parse

from .report.pdf_text import text_of

BIG = "x" * 10_000_000


def plan_file(tmp_path: Path, **body) -> Path:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps({"schema_version": 2, **body}), encoding="utf-8")
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pmplanner", *args], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"profile": {"background": BIG}}, "profile.background: longer than the 80 characters"),
        ({"profile": {"current_role": BIG}}, "profile.current_role: longer than the 80"),
        ({"profile": {"target_role": BIG}}, "profile.target_role: longer than the 80"),
        ({"goals": [{"skills": ["ok", BIG]}]}, "goals[0].skills[1]: longer than the 80"),
        ({"goals": [{"title": BIG}]}, "goals[0].title: longer than the 500 characters"),
        ({"contacts": [{"notes": BIG}]}, "contacts[0].notes: longer than the 20,000"),
        ({"skill_ratings": {BIG: 3}}, "skill_ratings.xxxxxxxx"),
        (
            {"quiz_results": [{"answers": {"q": BIG}}]},
            "quiz_results[0].answers: an answer holds text longer than 80 characters",
        ),
        (
            {"quiz_results": [{"answers": {"q": [[[[["deep"]]]]]}}]},
            "quiz_results[0].answers: an answer is nested more than 4 levels deep",
        ),
        (
            {"quiz_results": [{"ranking": [{"track": BIG, "score": 1}]}]},
            "quiz_results[0].ranking[0].track: longer than the 80",
        ),
    ],
)
def test_ten_million_characters_are_refused_at_once_with_the_place(tmp_path, capsys, body, where):
    path = plan_file(tmp_path, **body)
    assert fast_parse(path.read_bytes()) is None  # the quick way refuses it too
    began = time.perf_counter()
    assert main(["check", str(path)]) == 1
    assert main(["export-ics", str(tmp_path / "out.ics"), "--plan", str(path)]) == 1
    took = time.perf_counter() - began
    out, err = capsys.readouterr()
    assert where in out and where in err
    assert len(out) < 1000 and len(err) < 1000  # the text itself is never echoed
    assert took < 10, took
    assert not (tmp_path / "out.ics").exists()


@pytest.mark.parametrize("progress", [True, "10", 10.0, None])
def test_a_progress_that_is_not_a_whole_number_is_refused(tmp_path, capsys, progress):
    path = plan_file(tmp_path, goals=[{"title": "a"}, {"title": "b", "progress": progress}])
    assert fast_parse(path.read_bytes()) is None
    assert main(["check", str(path)]) == 1
    assert "goals[1].progress: not a whole number" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"skill_ratings": {"sql": True}}, "skill_ratings.sql: not a whole number"),
        ({"skill_ratings": {"sql": "3"}}, "skill_ratings.sql: not a whole number"),
        (
            {"quiz_results": [{"ranking": [{"track": "t", "score": "1"}]}]},
            "quiz_results[0].ranking[0].score: not a number",
        ),
        ({"goals": [{"due": 1700000000}]}, "goals[0].due: not a date"),
    ],
)
def test_loose_types_are_refused_with_the_place(tmp_path, capsys, body, where):
    assert main(["check", str(plan_file(tmp_path, **body))]) == 1
    assert where in capsys.readouterr().out


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"goals": [{"due": "9999-12-31"}]}, "goals[0].due"),
        ({"goals": [{"due": "1899-12-31"}]}, "goals[0].due"),
        ({"contacts": [{"next_follow_up": "9999-12-31"}]}, "contacts[0].next_follow_up"),
        ({"contacts": [{"last_contact": "0001-01-01"}]}, "contacts[0].last_contact"),
        ({"profile": {"target_date": "2201-01-01"}}, "profile.target_date"),
        ({"goals": [{"created": "9999-12-31T23:59:59Z"}]}, "goals[0].created"),
        ({"goals": [{"completed": "2200-12-31T23:00:00-05:00"}]}, "goals[0].completed"),
        ({"quiz_results": [{"taken": "1800-01-01T00:00:00"}]}, "quiz_results[0].taken"),
    ],
)
def test_dates_out_of_range_are_refused_by_check_and_export(tmp_path, capsys, body, where):
    path = plan_file(tmp_path, **body)
    assert fast_parse(path.read_bytes()) is None
    assert main(["check", str(path)]) == 1
    assert main(["export-ics", str(tmp_path / "out.ics"), "--plan", str(path)]) == 1
    out, err = capsys.readouterr()
    late, early = (
        f"{where}: must be on or before 2200-12-31",
        f"{where}: must be on or after 1900-01-01",
    )
    assert (late in out and late in err) or (early in out and early in err), out
    assert "Traceback" not in out + err


def extremes(tmp_path: Path) -> Path:
    return plan_file(
        tmp_path,
        profile={"name": "Edge", "target_date": "2200-12-31"},
        goals=[
            {"title": "Earliest", "due": "1900-01-01", "created": "1900-01-01T00:00:00Z"},
            {"title": "Latest", "due": "2200-12-31", "created": "2200-12-31T23:59:59Z"},
        ],
        contacts=[{"name": "Far", "last_contact": "1900-01-01", "next_follow_up": "2200-12-31"}],
    )


def test_the_ends_of_the_date_range_check_and_export_to_a_calendar(tmp_path, capsys):
    path = extremes(tmp_path)
    assert main(["check", str(path)]) == 0
    out = tmp_path / "edge.ics"
    assert main(["export-ics", str(out), "--plan", str(path)]) == 0
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    starts = sorted(e.decoded("DTSTART").isoformat() for e in events)
    assert starts == ["1900-01-01", "2200-12-31", "2200-12-31"]
    ends = sorted(e.decoded("DTEND").isoformat() for e in events)
    assert ends[-1] == "2201-01-01"


def test_the_ends_of_the_date_range_print_to_pdf(tmp_path):
    path = extremes(tmp_path)
    out = tmp_path / "edge.pdf"
    result = run("export-pdf", str(out), "--plan", str(path))
    assert result.returncode == 0, result.stderr
    text = text_of(out)
    assert "Earliest" in text and "Latest" in text and "2200" in text


def test_check_names_goals_and_contacts_sharing_an_id(tmp_path, capsys):
    goals = [{"id": "same", "title": t} for t in ("a", "b", "c")]
    contacts = [{"id": "k", "name": "x"}, {"id": "other"}, {"id": "k"}]
    path = plan_file(tmp_path, goals=goals, contacts=contacts)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[1:] == [
        "  goals[1].id: the same id as goals[0]",
        "  goals[2].id: the same id as goals[0]",
        "  contacts[2].id: the same id as contacts[0]",
    ]
