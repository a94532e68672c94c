"""A process killed while it writes an export leaves the earlier file byte for byte.

The quick test kills each export kind exactly in the middle of writing its
bytes (the child writes half, then SIGKILLs itself). The slow one kills a
child that exports in a loop at random moments, 20 times per kind: the file
is always the earlier one or a whole new one.

A SIGKILL cannot be caught, so the half-written temporary file stays
(``.<name>.<random>.tmp``, owner-only, next to the output); the earlier file
is never touched. Failures that Python sees (a full disk, Ctrl+C, and for the
command line SIGTERM and SIGHUP) remove it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import KINDS, is_complete

CHILD = Path(__file__).with_name("export_child.py")
EARLIER = b"the earlier export, which must survive"


def _child(kind: str, out: Path, plan_path: Path, how: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.Popen(
        [sys.executable, str(CHILD), kind, str(out), str(plan_path), how],
        env=env,
        **kwargs,
    )


@pytest.mark.parametrize("kind", KINDS)
def test_a_kill_in_the_middle_of_the_write_keeps_the_earlier_file(tmp_path, plan_path, kind):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / f"export.{kind}"
    out.write_bytes(EARLIER)
    child = _child(kind, out, plan_path, "once", stderr=subprocess.PIPE)
    _out, err = child.communicate(timeout=120)
    assert child.returncode == -signal.SIGKILL, err.decode()
    assert out.read_bytes() == EARLIER
    leftovers = [p for p in out_dir.iterdir() if p != out]
    # the kill came mid-write: the half file is the temporary one, never the output
    assert len(leftovers) == 1 and leftovers[0].name.startswith(f".{out.name}.")
    assert leftovers[0].stat().st_size > 0 and not is_complete(kind, leftovers[0].read_bytes())


@pytest.mark.parametrize("kind", ["png", "svg", "pdf", "ics"])
def test_sigterm_in_the_middle_of_the_write_leaves_nothing_behind(tmp_path, plan_path, kind):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / f"export.{kind}"
    out.write_bytes(EARLIER)
    child = _child(kind, out, plan_path, "term", stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    printed, err = child.communicate(timeout=120)
    assert child.returncode == 128 + signal.SIGTERM, err.decode()
    assert printed == b"" and err == b""  # no "Saved", no traceback
    assert out.read_bytes() == EARLIER
    assert [p.name for p in out_dir.iterdir()] == [out.name]


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_kills_at_random_moments_never_leave_a_broken_export(tmp_path, plan_path, kind):
    out = tmp_path / f"export.{kind}"
    out.write_bytes(EARLIER)
    rng = random.Random(17)
    for _ in range(20):
        child = _child(kind, out, plan_path, "loop", stdout=subprocess.PIPE)
        assert child.stdout is not None and child.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.3))
        child.kill()
        child.wait(timeout=60)
        data = out.read_bytes()
        assert data == EARLIER or is_complete(kind, data)
