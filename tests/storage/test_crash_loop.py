"""Killed at any moment while saving, the plan file still loads.

A forked child saves numbered plans in a loop and reports each save that
returned; the parent kills it with SIGKILL at a random moment, hundreds of
times. Afterwards the file must load and be the last acknowledged save or the
one in progress, and the next start leaves no temporary file behind.
"""

from __future__ import annotations

import os
import random
import signal
import time
from datetime import UTC, datetime

import pytest

from pmplanner.core.plan import Goal, Plan
from pmplanner.storage.plan_store import PlanStore

ROUNDS = 300
CREATED = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork and SIGKILL"),
]


def numbered_plan(n: int) -> Plan:
    goals = [
        Goal(id=f"g{i}", title=f"goal {i} of save {n}", created=CREATED) for i in range(n % 40)
    ]
    plan = Plan(goals=goals)
    plan.profile.name = f"save {n}"
    return plan


def _child(data_dir, write_fd) -> None:
    store = PlanStore(data_dir)
    outcome = store.open()
    n = 0 if outcome.is_new else int(outcome.plan.profile.name.split()[1]) + 1
    while True:
        store.save(numbered_plan(n))
        os.write(write_fd, n.to_bytes(4, "big"))
        n += 1


def _read_all(fd) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


def test_a_save_killed_at_random_moments_never_breaks_the_file(tmp_path):
    data_dir = tmp_path / "data"
    rng = random.Random(20260110)
    last_acknowledged = -1
    killed_mid_write = 0
    for round_number in range(ROUNDS):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child never returns into pytest
            try:
                os.close(read_fd)
                _child(data_dir, write_fd)
            finally:
                os._exit(1)
        os.close(write_fd)
        time.sleep(rng.uniform(0.0, 0.04))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        acks = _read_all(read_fd)
        os.close(read_fd)
        if acks:
            last_acknowledged = int.from_bytes(acks[-4:], "big")

        if any(p.name.endswith(".tmp") for p in data_dir.rglob(".*")):
            killed_mid_write += 1
        outcome = PlanStore(data_dir).open()
        assert outcome.error is None, (round_number, outcome.error.describe())
        if outcome.is_new:
            assert last_acknowledged == -1
            continue
        found = int(outcome.plan.profile.name.split()[1])
        assert found in (last_acknowledged, last_acknowledged + 1), round_number
        assert outcome.plan == numbered_plan(found)
        last_acknowledged = found
        leftovers = [p for p in data_dir.rglob(".*") if p.name.endswith(".tmp")]
        assert leftovers == []
    # the kills really landed among many saves, some while a file was being written
    assert last_acknowledged > ROUNDS
    assert killed_mid_write > 0
    print(f"{ROUNDS} kills, {killed_mid_write} during a write, {last_acknowledged} saves")
