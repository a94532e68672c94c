"""Killed at any moment while saving, the plan file still loads.

A real child process (crash_saver.py, which uses PlanStore as pmplanner does)
edits and saves a plan in a loop and reports each save that returned on its
stdout; the test kills it with SIGKILL at a random moment, 200 times (set
PMPLANNER_CRASH_ROUNDS for more, PMPLANNER_CRASH_SEED for another sequence).
After every kill the plan must load and be the last save reported as done or
the one in progress, every backup must load, and the next start must leave no
temporary file behind.
"""

from __future__ import annotations

import importlib.util
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pmplanner.storage.plan_store import PlanStore, serialize_plan

pytestmark = pytest.mark.slow

SAVER = Path(__file__).with_name("crash_saver.py")
ROUNDS = int(os.environ.get("PMPLANNER_CRASH_ROUNDS", "200"))
SEED = int(os.environ.get("PMPLANNER_CRASH_SEED", "20260110"))


def _load_saver():
    spec = importlib.util.spec_from_file_location("crash_saver", SAVER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


saver = _load_saver()


def temp_files(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.rglob(".*") if p.name.endswith(".tmp")]


def start_saver(data_dir: Path) -> tuple[subprocess.Popen[str], int]:
    """Start the child; return it once it has opened the plan, with the save it found."""
    child = subprocess.Popen(
        [sys.executable, str(SAVER), str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    first = child.stdout.readline().split()
    assert first[:1] == ["opened"], (first, child.stderr.read() if child.stderr else "")
    return child, int(first[1])


def kill_at_random(child: subprocess.Popen[str], rng: random.Random) -> list[int]:
    """Let the child complete a few saves, kill it mid-way; return the saves it reported."""
    assert child.stdout is not None
    reported = []
    for _ in range(rng.randrange(4)):
        line = child.stdout.readline()
        reported.append(int(line.split()[1]))
    time.sleep(rng.uniform(0.0, 0.006))  # the random moment, somewhere inside a save
    child.send_signal(signal.SIGKILL)
    # read through the same buffered stream as readline() above: communicate()
    # reads the pipe directly and would drop lines already in that buffer
    rest = child.stdout.read()
    errors = child.stderr.read() if child.stderr else ""
    child.wait(timeout=60)
    child.stdout.close()
    if child.stderr:
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL, errors
    # only whole lines: a save is reported once its line is complete
    reported += [
        int(line.split()[1]) for line in rest.splitlines(keepends=True) if line[-1:] == "\n"
    ]
    return reported


def test_a_save_killed_at_random_moments_never_breaks_the_plan(tmp_path):
    data_dir = tmp_path / "data"
    rng = random.Random(SEED)
    last_done = -1  # the newest save known to be complete (reported, or found on disk)
    killed_mid_write = 0
    for round_number in range(ROUNDS):
        child, found_at_start = start_saver(data_dir)
        assert found_at_start == last_done, round_number  # the child starts from it
        reported = kill_at_random(child, rng)
        assert reported == list(range(last_done + 1, last_done + 1 + len(reported)))
        if reported:
            last_done = reported[-1]

        if temp_files(data_dir):
            killed_mid_write += 1
        store = PlanStore(data_dir)
        outcome = store.open()  # the next start
        assert outcome.error is None, (round_number, outcome.error.describe())
        assert temp_files(data_dir) == [], round_number
        if outcome.is_new:
            assert last_done == -1, round_number
            continue
        found = saver.save_number(outcome.plan)
        assert found in (last_done, last_done + 1), (round_number, found, last_done)
        assert serialize_plan(outcome.plan) == serialize_plan(saver.numbered_plan(found))
        assert len(store.backups()) == len(store.rotation.files()), "a backup does not load"
        last_done = found
    # the kills really landed among many saves, some while a file was being written
    assert last_done > ROUNDS
    assert killed_mid_write > 0
    print(f"{ROUNDS} kills, {killed_mid_write} during a write, {last_done + 1} saves")
