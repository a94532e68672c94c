"""A data folder on a read-only or full disk: start-up names the real cause and the folder.

Real disks, made in a mount namespace of the test's own (``unshare --mount``;
for anyone but root inside a user namespace): a read-only bind mount of the
data folder, and a 64 KiB tmpfs filled to the last byte. Then
``python -m pmplanner --data-dir D`` as a person would type it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from pmplanner.core.plan import Goal, Plan
from pmplanner.storage.plan_store import PlanStore

READ_ONLY = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1"'
FULL = (
    'mount -t tmpfs -o size=64k tmpfs "$1" && cp "$3" "$1/plan.json" && '
    '{ dd if=/dev/zero of="$1/filler" bs=4k 2>/dev/null; true; }'
)
DISKS = {
    "read-only": (READ_ONLY, "the disk or folder is read-only"),
    "full": (FULL, "the disk is full"),
}


@pytest.mark.parametrize("disk", DISKS.values(), ids=DISKS.keys())
def test_start_up_on_an_unwritable_disk_says_why(tmp_path, disk):
    prepare, reason = disk
    assert shutil.which("unshare"), "unshare (util-linux) is needed"
    saved = tmp_path / "saved"
    store = PlanStore(saved)
    store.open()
    store.save(Plan(goals=[Goal(title="Keep me")]))
    data_dir = tmp_path / "data"
    shutil.copytree(saved, data_dir)
    before = sorted(p.name for p in data_dir.iterdir())
    namespaces = ["--mount"] if os.geteuid() == 0 else ["--map-root-user", "--mount"]
    script = f'{prepare} && exec "$2" -m pmplanner --data-dir "$1"'
    args = [str(data_dir), sys.executable, str(saved / "plan.json")]
    result = subprocess.run(
        ["unshare", *namespaces, "sh", "-c", script, "sh", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"pmplanner cannot use its data folder {data_dir}: it cannot be written because "
        f"{reason}. Nothing has been changed."
    ]
    assert "lock" not in result.stderr
    if prepare == READ_ONLY:  # the real folder (the tmpfs went with the namespace)
        assert sorted(p.name for p in data_dir.iterdir()) == before


def test_a_data_folder_that_cannot_be_made_on_a_read_only_disk_says_why(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    data_dir = disk / "pmplanner"
    namespaces = ["--mount"] if os.geteuid() == 0 else ["--map-root-user", "--mount"]
    script = f'{READ_ONLY} && exec "$2" -m pmplanner --data-dir "$1/pmplanner"'
    result = subprocess.run(
        ["unshare", *namespaces, "sh", "-c", script, "sh", str(disk), sys.executable],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().splitlines() == [
        f"pmplanner cannot use its data folder {data_dir}: it cannot be made because "
        "the disk or folder is read-only. Nothing has been changed."
    ]
    assert list(disk.iterdir()) == []
