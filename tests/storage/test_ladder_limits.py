"""Big and broken ladders: problems capped ("… and N more"), size capped, checked quickly."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from pmplanner.checks import SHOWN_PROBLEMS
from pmplanner.cli import main
from pmplanner.storage import content
from pmplanner.storage.content import ContentError, load_ladder_file
from pmplanner.storage.content_files import MAX_ROLES
from pmplanner.storage.ladders import import_ladder
from pmplanner.storage.problems import MAX_PROBLEMS


def broken_ladder(roles: int, filler: str = "") -> dict:
    """Every role on an unknown track with a level of the wrong type: 2 problems a role."""
    return {
        "schema_version": 1,
        "levels": [{"rank": 0, "name": "Entry"}],
        "tracks": [{"id": "t", "name": "T", "kind": "ladder", "summary": "", "colour": "#123456"}],
        "roles": [
            {
                "id": f"r{i}",
                "title": f"Role {i}",
                "track": "t",
                "level": "high",
                "summary": "A role. " + filler,
                "skills": [{"skill": "juggling", "level": "very"}],
            }
            for i in range(roles)
        ],
    }


def write(path: Path, data) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_problems_kept_are_capped_and_the_rest_counted(tmp_path):
    path = write(tmp_path / "big.json", broken_ladder(1_000))
    with pytest.raises(ContentError) as info:
        load_ladder_file(path)
    error = info.value
    assert len(error.problems) == MAX_PROBLEMS
    assert error.omitted == 2_000 - MAX_PROBLEMS
    assert error.problems[:2] == [
        "big.json: roles[0].level: not a whole number",
        "big.json: roles[0].skills[0].level: not a whole number",
    ]
    lines = error.describe(limit=3).splitlines()
    assert lines == [
        f"{path}:",
        "  big.json: roles[0].level: not a whole number",
        "  big.json: roles[0].skills[0].level: not a whole number",
        "  big.json: roles[1].level: not a whole number",
        "  … and 1,997 more problems",
    ]


def test_reference_problems_are_capped_too(tmp_path):
    data = broken_ladder(800)
    for role in data["roles"]:
        role["level"] = 0
        role["track"] = "nowhere"
        role["skills"][0]["level"] = 2
    with pytest.raises(ContentError) as info:
        import_ladder(write(tmp_path / "refs.json", data), tmp_path / "data")
    assert len(info.value.problems) == MAX_PROBLEMS
    assert info.value.omitted == 1_600 - MAX_PROBLEMS
    assert "refs.json: roles[0].track: unknown track 'nowhere'" in info.value.problems
    assert not (tmp_path / "data").exists()


def test_a_5_mb_broken_ladder_is_checked_with_a_capped_list(tmp_path, capsys):
    # as many roles as a ladder may have (MAX_ROLES), each long and broken twice
    path = write(tmp_path / "huge.json", broken_ladder(MAX_ROLES, filler="x" * 900))
    assert path.stat().st_size > 5_000_000
    start = time.monotonic()
    assert main(["check", str(path)]) == 1
    elapsed = time.monotonic() - start
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{path} is not a valid career content file:"
    assert len(lines) == 1 + SHOWN_PROBLEMS + 1
    assert lines[-1] == f"  … and {2 * MAX_ROLES - SHOWN_PROBLEMS:,} more problems"
    assert elapsed < 30  # only a guard against a hang (quadratic, a 5 MB file took 16 s)


def test_a_ladder_over_the_size_cap_is_refused_in_one_sentence(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(content, "MAX_LADDER_BYTES", 2_000)
    path = write(tmp_path / "big.json", broken_ladder(30))
    size = path.stat().st_size
    with pytest.raises(ContentError) as info:
        load_ladder_file(path)
    assert info.value.problems == [
        f"big.json: the file is {size:,} bytes, more than the 2,000 allowed"
    ]
    with pytest.raises(ContentError) as info:
        import_ladder(path, tmp_path / "data")
    assert info.value.problems == [
        f"big.json: the file is {size:,} bytes, more than the 2,000 allowed"
    ]
    assert main(["check", str(path)]) == 1
    assert capsys.readouterr().out.splitlines()[1:] == [
        f"  the file is {size:,} bytes, more than the 2,000 a career content file may have"
    ]
