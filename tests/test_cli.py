"""The command line, run as a person runs it: a separate process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from pmplanner import __version__
from pmplanner.core.plan import Goal, GoalKind, Plan
from pmplanner.paths import content_dir
from pmplanner.storage.plan_store import serialize_plan


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pmplanner", *args],
        capture_output=True,
        text=True,
        env=env if env is not None else os.environ.copy(),
        timeout=60,
    )


def sample_plan() -> Plan:
    return Plan(
        goals=[
            Goal(kind=GoalKind.COURSE, title="Analytics course", due=date(2027, 1, 31)),
            Goal(kind=GoalKind.MEETUP, title="Local product meetup"),
        ]
    )


def test_version():
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"pmplanner {__version__}"


def test_check_valid_plan_file(tmp_path):
    path = tmp_path / "plan.json"
    path.write_bytes(serialize_plan(sample_plan()))
    out = run("check", str(path))
    assert out.returncode == 0, out.stdout + out.stderr
    assert "valid pmplanner plan (2 goals, 0 contacts)" in out.stdout


def test_check_reports_located_problems(tmp_path):
    data = json.loads(serialize_plan(sample_plan()))
    data["goals"][1]["due"] = "next week"
    data["goals"][0]["progress"] = 140
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data))
    out = run("check", str(path))
    assert out.returncode == 1
    assert "goals[1].due: not a date" in out.stdout
    assert "goals[0].progress" in out.stdout
    assert "Traceback" not in out.stdout + out.stderr
    assert "next week" not in out.stdout  # the person's text is not echoed


def test_check_the_content_folder_checks_every_file_in_it():
    """`pmplanner check data/`: each content file reported, all valid."""
    folder = content_dir()
    out = run("check", str(folder))
    assert out.returncode == 0, out.stdout + out.stderr
    files = sorted(p.name for p in folder.glob("*.json"))
    assert "careers.json" in files
    for name in files:
        assert f"{name}: valid career content." in out.stdout, name


def test_check_a_folder_with_one_broken_file_fails_and_names_it(tmp_path):
    (tmp_path / "plan.json").write_bytes(serialize_plan(sample_plan()))
    (tmp_path / "broken.json").write_text("{ not json", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not checked", encoding="utf-8")
    out = run("check", str(tmp_path))
    assert out.returncode == 1
    assert "plan.json: a valid pmplanner plan" in out.stdout
    assert "broken.json is not a valid pmplanner file" in out.stdout
    assert "notes.txt" not in out.stdout + out.stderr
    assert "Traceback" not in out.stdout + out.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    out = run("check", str(empty))
    assert out.returncode == 1 and "nothing to check" in out.stdout


def test_check_not_json(tmp_path):
    path = tmp_path / "plan.json"
    path.write_text('{"goals": [')
    out = run("check", str(path))
    assert out.returncode == 1
    assert "not valid JSON" in out.stdout
    assert str(path) in out.stdout


def test_check_defaults_to_current_plan_in_data_dir(tmp_path):
    data_dir = tmp_path / "elsewhere"
    out = run("--data-dir", str(data_dir), "check")
    assert out.returncode == 1
    assert "no plan to check yet" in out.stderr
    data_dir.mkdir()
    (data_dir / "plan.json").write_bytes(serialize_plan(sample_plan()))
    out = run("check", "--data-dir", str(data_dir))
    assert out.returncode == 0, out.stdout + out.stderr
    assert str(data_dir / "plan.json") in out.stdout


def test_check_uses_env_data_dir(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    (isolated_data_dir / "plan.json").write_bytes(serialize_plan(sample_plan()))
    out = run("check")
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.parametrize("name", sorted(p.name for p in content_dir().glob("*.json")))
def test_check_builtin_content_files(name):
    out = run("check", str(content_dir() / name))
    assert out.returncode == 0, out.stdout + out.stderr
    assert "valid career content" in out.stdout


def test_check_broken_content_file(tmp_path):
    broken = tmp_path / "careers.json"
    shutil.copy(content_dir() / "careers.json", broken)
    data = json.loads(broken.read_text())
    data["transitions"][0]["to_role"] = "no-such-role"
    broken.write_text(json.dumps(data))
    out = run("check", str(broken))
    assert out.returncode == 1
    assert "transitions[0].to_role" in out.stdout
    assert "Traceback" not in out.stdout + out.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland check is Linux's")
def test_window_without_display_says_so(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    out = run("--data-dir", str(tmp_path / "d"), env=env)
    assert out.returncode == 2
    assert "no graphical display" in out.stderr
    assert "pmplanner check" in out.stderr
    assert "Traceback" not in out.stderr
    assert not (tmp_path / "d").exists()


def test_unknown_command_is_a_usage_error():
    out = run("frobnicate")
    assert out.returncode == 2
    assert "invalid choice" in out.stderr


def test_python_dash_m_and_console_script_agree():
    script = shutil.which("pmplanner", path=str(Path(sys.executable).parent))
    assert script, "the pmplanner console script is installed beside the interpreter"
    out = subprocess.run([script, "--version"], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == f"pmplanner {__version__}"


def no_display_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    return env


def test_export_map_png_without_a_display(tmp_path):
    plan_file = tmp_path / "plan.json"
    plan = sample_plan()
    plan.profile.current_role, plan.profile.target_role = "pm", "cpo"
    plan_file.write_bytes(serialize_plan(plan))
    out = tmp_path / "map.png"
    result = run("export-map", str(out), "--width", "900", "--plan", str(plan_file),
                 env=no_display_env())  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"Saved the career map to {out}" in result.stdout
    from PySide6.QtGui import QImage

    assert QImage(str(out)).width() == 900


def test_export_map_svg_uses_the_current_plan(isolated_data_dir, tmp_path):
    isolated_data_dir.mkdir(parents=True)
    (isolated_data_dir / "plan.json").write_bytes(serialize_plan(sample_plan()))
    out = tmp_path / "map.svg"
    result = run("export-map", str(out), "--width", "1200", env=no_display_env())
    assert result.returncode == 0, result.stderr
    assert 'width="1200' in out.read_text()


def test_export_map_refuses_an_unknown_format(tmp_path):
    result = run("export-map", str(tmp_path / "map.gif"))
    assert result.returncode == 1
    assert ".gif" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "map.gif").exists()
