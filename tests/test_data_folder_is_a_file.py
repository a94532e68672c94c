"""A data folder path that names a file: one sentence, a failure exit, nothing written."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

COMMANDS = {
    "window": [],
    "check": ["check"],
    "export-pdf": ["export-pdf", "{out}.pdf"],
    "export-ics": ["export-ics", "{out}.ics"],
    "export-map": ["export-map", "{out}.png"],
}


@pytest.mark.parametrize("below", [False, True], ids=["the folder", "a folder inside it"])
@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_a_data_folder_that_is_a_file_is_said_and_fails(tmp_path, command, below):
    a_file = tmp_path / "notes.txt"
    a_file.write_bytes(b"my notes")
    data_dir = a_file / "pmplanner" if below else a_file
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pmplanner",
            "--data-dir",
            str(data_dir),
            *(part.format(out=out) for part in command),
        ],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert result.returncode in (1, 2), result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"{a_file} is a file, not a folder" in lines[0], result.stderr
    assert "Traceback" not in result.stderr and "File exists" not in result.stderr
    assert a_file.read_bytes() == b"my notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]  # no export written
