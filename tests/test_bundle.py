"""The PyInstaller bundle behaves like the installed package, with no Python at hand.

pmplanner.spec is built once for this module (a few minutes). Each command is
then run twice with no display, once as ``python -m pmplanner`` and once as the
bundle's own program, and the two must agree. The bundle runs in a private mount
namespace where every Python on the machine (the standard libraries, this
virtual environment, libpython) and the source tree's data/ and resources/ are
hidden, so it can only use what it carries.
"""

from __future__ import annotations

import configparser
import glob
import json
import os
import shutil
import struct
import subprocess
import sys
import sysconfig
from datetime import date
from pathlib import Path

import pytest

from pmplanner.core.plan import Contact, Goal, GoalKind, Plan, Profile
from pmplanner.storage.plan_store import serialize_plan

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
BUILD_TIMEOUT = 1800


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "pmplanner.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    program = work / "dist" / "pmplanner" / "pmplanner"
    assert program.is_file() and os.access(program, os.X_OK)
    return program


# -- hiding every Python ----------------------------------------------------------------
def _python_places() -> tuple[list[str], list[str]]:
    """Folders and files that make up the Pythons on this machine, and our source data."""
    folders: set[str] = {str(ROOT / "data"), str(ROOT / "resources")}
    for prefix in {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}:
        if prefix not in ("/", "/usr", "/usr/local"):
            folders.add(prefix)  # a virtual environment or a separately installed Python
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        folders.add(sysconfig.get_paths()[key])
    for pattern in ("/usr/lib/python3*", "/usr/local/lib/python3*", "/usr/lib64/python3*"):
        folders.update(glob.glob(pattern))
    files = set()
    for pattern in ("/usr/lib/*/libpython3*", "/usr/lib/libpython3*", "/usr/local/lib/libpython3*"):
        files.update(os.path.realpath(p) for p in glob.glob(pattern) if ".so" in p)
    files = {f for f in files if os.path.isfile(f)}
    folders = {f for f in folders if os.path.isdir(f)}
    # a folder inside another hidden one is hidden with it (and could not be mounted on)
    outermost = [f for f in folders if not any(f.startswith(o + os.sep) for o in folders)]
    return sorted(outermost), sorted(files)


HIDE_SCRIPT = """
set -e
folders=$1; files=$2; shift 2
for d in $folders; do mount -t tmpfs -o ro,size=1k none "$d"; done
for f in $files; do mount --bind /dev/null "$f"; done
exec "$@"
"""


def without_python() -> list[str]:
    """A command prefix that runs what follows where no Python can be found."""
    folders, files = _python_places()
    # root may mount in a new mount namespace; anyone else in a user namespace of their own
    namespaces = ["--mount"] if os.geteuid() == 0 else ["--map-root-user", "--mount"]
    return [
        "unshare",
        *namespaces,
        "sh",
        "-c",
        HIDE_SCRIPT,
        "sh",
        " ".join(folders),
        " ".join(files),
    ]


def bare_env(home: Path) -> dict[str, str]:
    """No display, no Python variables, nothing of this test run's environment."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}


def run_bundle(program: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*without_python(), str(program), *args],
        capture_output=True,
        text=True,
        env=bare_env(home),
        timeout=120,
    )


def run_installed(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pmplanner", *args],
        capture_output=True,
        text=True,
        env=bare_env(home),
        timeout=120,
    )


def both(program: Path, tmp_path: Path, *args: str):
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return run_installed(*args, home=home), run_bundle(program, *args, home=home)


def sample_plan() -> Plan:
    return Plan(
        profile=Profile(name="Ada", current_role="apm", target_role="group-pm"),
        goals=[
            Goal(kind=GoalKind.COURSE, title="Analytics course", due=date(2027, 1, 31)),
            Goal(kind=GoalKind.MEETUP, title="Local product meetup", due=date(2027, 3, 2)),
        ],
        contacts=[Contact(name="Grace", how_met="A meetup", next_follow_up=date(2027, 2, 1))],
    )


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR"
    return struct.unpack(">II", head[16:24])


# -- the tests ----------------------------------------------------------------------------
def test_no_python_can_run_where_the_bundle_is_tried(tmp_path):
    hiding = subprocess.run(
        [*without_python(), "/bin/true"], capture_output=True, text=True, timeout=60
    )
    assert hiding.returncode == 0, hiding.stderr  # every place could be hidden
    for python in {sys.executable, shutil.which("python3") or sys.executable}:
        hidden = subprocess.run(
            [*without_python(), python, "-c", "print('python ran')"],
            capture_output=True,
            text=True,
            env=bare_env(tmp_path),
            timeout=60,
        )
        assert hidden.returncode != 0, python
        assert "python ran" not in hidden.stdout


def test_version_is_the_same(bundle, tmp_path):
    installed, bundled = both(bundle, tmp_path, "--version")
    assert installed.returncode == bundled.returncode == 0, bundled.stderr
    assert bundled.stdout == installed.stdout
    assert bundled.stdout.startswith("pmplanner ")


@pytest.mark.parametrize(
    "case",
    ["valid plan", "invalid plan", "broken json", "content", "broken content", "no plan yet"],
)
def test_check_says_the_same(bundle, tmp_path, case):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    target = tmp_path / "file.json"
    if case == "valid plan":
        target.write_bytes(serialize_plan(sample_plan()))
    elif case == "invalid plan":
        data = json.loads(serialize_plan(sample_plan()))
        data["goals"][1]["due"] = "next week"
        data["goals"][0]["progress"] = 140
        target.write_text(json.dumps(data))
    elif case == "broken json":
        target.write_text('{"schema_version": 1, "goals": [')
    elif case in ("content", "broken content"):
        data = json.loads((ROOT / "data" / "careers.json").read_text(encoding="utf-8"))
        if case == "broken content":
            data["roles"][1]["track"] = "nowhere"
        target.write_text(json.dumps(data))
    args = ["check", "--data-dir", str(data_dir)]
    if case != "no plan yet":
        args.append(str(target))
    installed, bundled = both(bundle, tmp_path, *args)
    expected_code = 0 if case in ("valid plan", "content") else 1
    assert installed.returncode == expected_code, installed.stdout + installed.stderr
    assert (bundled.returncode, bundled.stdout, bundled.stderr) == (
        installed.returncode,
        installed.stdout,
        installed.stderr,
    )
    assert "Traceback" not in bundled.stderr


@pytest.mark.parametrize("width", [None, 900])
def test_export_map_makes_the_same_image(bundle, tmp_path, width):
    plan_file = tmp_path / "plan.json"
    plan_file.write_bytes(serialize_plan(sample_plan()))
    sizes, outputs = [], []
    for name in ("installed.png", "bundled.png"):
        args = ["export-map", str(tmp_path / name), "--plan", str(plan_file)]
        if width:
            args += ["--width", str(width)]
        home = tmp_path / "home"
        home.mkdir(exist_ok=True)
        if name == "installed.png":
            out = run_installed(*args, home=home)
        else:
            out = run_bundle(bundle, *args, home=home)
        assert out.returncode == 0, out.stderr
        assert "Traceback" not in out.stderr
        outputs.append(out.stdout.replace(name, "OUT"))
        sizes.append(png_size(tmp_path / name))
    assert sizes[0] == sizes[1]
    assert outputs[0] == outputs[1]
    if width:
        assert sizes[0][0] == width


def test_the_bundle_carries_its_content_icon_and_desktop_file(bundle):
    internal = bundle.parent / "_internal"
    for name in ("careers.json", "skills.json", "guidance.json"):
        assert (internal / "data" / name).is_file()
    assert (internal / "resources" / "icons" / "pmplanner.svg").is_file()
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(internal / "resources" / "pmplanner.desktop", encoding="utf-8")
    assert entry["Desktop Entry"]["Exec"].split()[0] == bundle.name


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.split())  # pypdf may put tabs between words


@pytest.mark.parametrize("page_size", ["a4", "letter"])
def test_export_pdf_makes_the_same_document(bundle, tmp_path, page_size):
    plan_file = tmp_path / "plan.json"
    plan_file.write_bytes(serialize_plan(sample_plan()))
    home = tmp_path / "home"
    home.mkdir()
    results = {}
    for name, run in (("installed", run_installed), ("bundled", None)):
        out = tmp_path / f"{name}.pdf"
        args = ["export-pdf", str(out), "--plan", str(plan_file), "--page-size", page_size]
        args += ["--preset", "complete"]  # contacts too ("share", the default, leaves them out)
        done = run(*args, home=home) if run else run_bundle(bundle, *args, home=home)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        results[name] = (done.stdout.replace(str(out), "OUT"), pdf_text(out))
    assert results["bundled"] == results["installed"]
    stdout, text = results["installed"]
    assert "Analytics course" in text and "Grace" in text
    assert stdout.startswith("Saved the plan to OUT (")


def test_export_ics_makes_the_same_calendar(bundle, tmp_path):
    plan_file = tmp_path / "plan.json"
    plan_file.write_bytes(serialize_plan(sample_plan()))
    home = tmp_path / "home"
    home.mkdir()
    results = {}
    for name, run in (("installed", run_installed), ("bundled", None)):
        out = tmp_path / f"{name}.ics"
        args = ["export-ics", str(out), "--plan", str(plan_file)]
        done = run(*args, home=home) if run else run_bundle(bundle, *args, home=home)
        assert done.returncode == 0, done.stderr
        # the time of export differs between the two runs; the events do not
        lines = [
            line
            for line in out.read_text(encoding="utf-8").splitlines()
            if not line.startswith(("DTSTAMP", "CREATED", "LAST-MODIFIED"))
        ]
        results[name] = (done.stdout.replace(str(out), "OUT"), lines)
    assert results["bundled"] == results["installed"]
    assert sum(line == "BEGIN:VEVENT" for line in results["installed"][1]) == 3
