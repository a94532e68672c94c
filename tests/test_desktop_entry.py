"""pmplanner --install-desktop-entry / --uninstall-desktop-entry, into XDG_DATA_HOME in tmp."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from pmplanner.cli import main


def test_install_writes_a_valid_entry_and_the_icon(tmp_path, monkeypatch, capsys):
    data_home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    script = tmp_path / "bin dir" / "pmplanner"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    monkeypatch.setattr(sys, "argv", [str(script)])
    assert main(["--install-desktop-entry"]) == 0
    entry = data_home / "applications" / "pmplanner.desktop"
    icon = data_home / "icons" / "hicolor" / "scalable" / "apps" / "pmplanner.svg"
    text = entry.read_text(encoding="utf-8")
    assert f'Exec="{script}"' in text.splitlines()  # the running pmplanner, quoted (a space)
    assert f"TryExec={script}" in text.splitlines()
    assert "Icon=pmplanner" in text.splitlines()
    assert icon.read_bytes().startswith(b"<")
    assert b"<svg" in icon.read_bytes()
    assert entry.stat().st_mode & 0o777 == 0o644
    out = capsys.readouterr().out
    assert str(entry) in out and str(icon) in out
    validate = shutil.which("desktop-file-validate")
    assert validate is not None
    result = subprocess.run([validate, str(entry)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()

    assert main(["--uninstall-desktop-entry"]) == 0
    assert not entry.exists() and not icon.exists()
    assert main(["--uninstall-desktop-entry"]) == 0
    assert "no pmplanner menu entry" in capsys.readouterr().out


def test_without_its_own_script_the_entry_runs_this_python(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "argv", ["-c"])
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert main(["--install-desktop-entry"]) == 0
    text = (tmp_path / "applications" / "pmplanner.desktop").read_text()
    python = str(Path(sys.executable).resolve())
    assert any(line.startswith("Exec=") and "-m pmplanner" in line for line in text.splitlines())
    assert python.split("/")[-1] in text


def test_an_unwritable_folder_is_one_sentence(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "share"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["--install-desktop-entry"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pmplanner: cannot write ") and "Traceback" not in err
    assert err.count("\n") == 1
