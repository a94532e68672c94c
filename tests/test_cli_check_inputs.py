"""`pmplanner check` on whatever a person may point it at: one sentence, exit 1, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pmplanner.checks import run_check
from pmplanner.core.plan import Goal, GoalKind, Plan
from pmplanner.paths import content_dir
from pmplanner.storage import content
from pmplanner.storage.content import ContentError
from pmplanner.storage.plan_store import serialize_plan

needs_posix = pytest.mark.skipif(os.name != "posix", reason="FIFOs are POSIX")


def _limit_memory() -> None:
    # Were a device such as /dev/zero read to the end, the child would stop
    # with MemoryError instead of filling the machine's memory.
    import resource

    limit = 2 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pmplanner", *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        stdin=subprocess.DEVNULL,
        timeout=timeout,
        preexec_fn=_limit_memory if os.name == "posix" else None,
    )


def plan_data() -> dict:
    plan = Plan(goals=[Goal(kind=GoalKind.COURSE, title="Analytics course")])
    return json.loads(serialize_plan(plan))


def refused(path: Path | str, *expected: str, timeout: float = 60) -> str:
    out = run("check", str(path), timeout=timeout)
    text = out.stdout + out.stderr
    assert out.returncode == 1, text
    assert "Traceback" not in text, text
    assert str(path) in text, text
    for part in expected:
        assert part in text, text
    return text


def test_a_folder_with_nothing_to_check(tmp_path):
    """A folder is checked file by file (see test_cli); an empty one says so."""
    refused(tmp_path, "it holds no .json or .csv file")


def test_random_binary_bytes(tmp_path):
    path = tmp_path / "random.json"
    path.write_bytes(bytes([0x89, 0xFF, 0x00, 0xC3]) + os.urandom(4096))
    refused(path, "not UTF-8")


def test_an_empty_file(tmp_path):
    path = tmp_path / "empty.json"
    path.write_bytes(b"")
    refused(path, "the file is empty")


@needs_posix
def test_a_fifo_does_not_hang(tmp_path):
    path = tmp_path / "plan.json"
    os.mkfifo(path)
    refused(path, "this is not a regular file", timeout=30)


@needs_posix
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_does_not_hang():
    refused("/dev/zero", "this is not a regular file", timeout=30)


def test_a_number_too_large_inside_a_plan(tmp_path):
    path = tmp_path / "plan.json"
    data = plan_data()
    data["quiz_results"] = [{"ranking": [{"track": "data", "score": "BIG"}]}]
    # without the check this plan loaded (score = inf) and could never be saved again
    path.write_text(json.dumps(data).replace('"BIG"', "1e400"))
    refused(path, "1e400 is a number too large for JSON")


def test_a_plan_from_a_newer_pmplanner(tmp_path):
    path = tmp_path / "plan.json"
    data = plan_data()
    data["schema_version"] = 99
    path.write_text(json.dumps(data))
    before = path.read_bytes()
    refused(path, "written by a newer pmplanner (schema 99)")
    assert path.read_bytes() == before


def test_a_data_dir_that_is_a_file(tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("hello")
    out = run("--data-dir", str(not_a_folder), "check")
    text = out.stdout + out.stderr
    assert out.returncode == 1, text
    assert "Traceback" not in text
    assert f"{not_a_folder} is a file, not a folder" in text
    assert "does not exist" not in text
    assert not_a_folder.read_text() == "hello"


def test_a_data_dir_that_does_not_exist_still_says_there_is_no_plan_yet(tmp_path):
    out = run("--data-dir", str(tmp_path / "nowhere"), "check")
    assert out.returncode == 1
    assert "no plan to check yet" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize(
    "failure",
    [
        FileNotFoundError("pmplanner's bundled 'data' folder is missing; looked in /x"),
        ContentError("/x/data", ["roles.json: line 1, column 2: oops (not valid JSON)"]),
    ],
    ids=["missing", "broken"],
)
def test_missing_or_broken_bundled_content_is_one_sentence(monkeypatch, capsys, failure):
    def fail():
        raise failure

    monkeypatch.setattr(content, "load_builtin_content", fail)
    path = content_dir() / "careers.json"
    assert run_check(path, Path("unused")) == 1
    out = capsys.readouterr()
    text = out.out + out.err
    assert text.count("\n") == 1, text
    assert text.startswith(f"Could not check {path}: pmplanner's own career content")
    assert "Reinstalling pmplanner should fix this." in text
