"""Every export kind goes through the one atomic writer (issue 17, item 4).

A full disk, a symlink, a FIFO, a device, a folder and an existing file's mode,
for PNG, SVG, PDF, ICS and plan JSON alike.
"""

from __future__ import annotations

import errno
import os
import stat
import subprocess
from pathlib import Path

import pytest

from pmplanner.storage import atomic

from .conftest import KINDS, is_complete, run_export

EARLIER = b"the earlier export, which must survive"


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


class _FullDiskOs:
    """``os`` as the atomic writer sees it, on a disk that fills up mid-write."""

    def __init__(self):
        self.writes = 0

    def __getattr__(self, name):
        if name == "write":
            return self._write
        return getattr(os, name)

    def _write(self, fd, data):
        self.writes += 1
        if len(data) > 1 and self.writes == 1:
            return os.write(fd, bytes(data[: len(data) // 2]))  # a real disk takes some
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("kind", KINDS)
def test_a_full_disk_keeps_the_earlier_file_and_says_so(
    offscreen, tmp_path, plan_path, capsys, monkeypatch, kind
):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / f"export.{kind}"
    out.write_bytes(EARLIER)
    full = _FullDiskOs()
    monkeypatch.setattr(atomic, "os", full)
    status, printed, err = run_export(kind, out, plan_path, capsys)
    assert full.writes >= 2  # the write really started and then failed
    assert status == 1
    assert printed == ""  # never "Saved"
    assert err == f"pmplanner: Could not save {out} because the disk is full.\n"
    assert out.read_bytes() == EARLIER
    assert _listing(out_dir) == [out.name]  # no temporary or .part file left


@pytest.mark.parametrize("kind", KINDS)
def test_a_symlink_is_written_through_and_stays_a_link(
    offscreen, tmp_path, plan_path, capsys, kind
):
    synced = tmp_path / "synced"
    synced.mkdir()
    target = synced / f"real.{kind}"
    target.write_bytes(EARLIER)
    os.chmod(target, 0o644)
    links = tmp_path / "links"
    links.mkdir()
    link = links / f"export.{kind}"
    link.symlink_to(target)
    status, _out, err = run_export(kind, link, plan_path, capsys)
    assert (status, err) == (0, "")
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert is_complete(kind, target.read_bytes())
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert _listing(synced) == [target.name] and _listing(links) == [link.name]


@pytest.mark.parametrize("kind", KINDS)
def test_a_link_to_a_missing_file_creates_its_target(offscreen, tmp_path, plan_path, capsys, kind):
    target = tmp_path / f"not-yet.{kind}"
    link = tmp_path / f"export.{kind}"
    link.symlink_to(target.name)  # relative, as people make them
    assert run_export(kind, link, plan_path, capsys)[0] == 0
    assert link.is_symlink() and is_complete(kind, target.read_bytes())
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def _fifo(path: Path) -> str:
    os.mkfifo(path)
    return "it is a named pipe (FIFO), not a file"


def _device(path: Path) -> str:
    if os.geteuid() == 0:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # another /dev/null
    else:
        path.symlink_to("/dev/null")  # only root may make device nodes
    return "it is a device, not a file"


def _folder(path: Path) -> str:
    path.mkdir()
    return "there is a folder with that name"


@pytest.mark.parametrize("make", [_fifo, _device, _folder], ids=["fifo", "device", "folder"])
@pytest.mark.parametrize("kind", KINDS)
def test_fifos_devices_and_folders_are_refused_untouched(
    offscreen, tmp_path, plan_path, capsys, kind, make
):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / f"export.{kind}"
    reason = make(out)
    before = os.lstat(out)
    status, printed, err = run_export(kind, out, plan_path, capsys)
    assert status == 1 and printed == ""
    assert err == f"pmplanner: Could not save {out} because {reason}.\n"
    after = os.lstat(out)
    assert (after.st_mode, after.st_ino, after.st_rdev) == (
        before.st_mode,
        before.st_ino,
        before.st_rdev,
    )
    assert _listing(out_dir) == [out.name]


@pytest.mark.parametrize("kind", KINDS)
def test_an_existing_file_keeps_its_mode_and_a_new_one_is_private(
    offscreen, tmp_path, plan_path, capsys, kind
):
    old_umask = os.umask(0o022)
    try:
        shared = tmp_path / f"shared.{kind}"
        shared.write_bytes(EARLIER)
        os.chmod(shared, 0o644)
        assert run_export(kind, shared, plan_path, capsys)[0] == 0
        assert is_complete(kind, shared.read_bytes())
        assert stat.S_IMODE(shared.stat().st_mode) == 0o644
        new = tmp_path / f"new.{kind}"
        assert run_export(kind, new, plan_path, capsys)[0] == 0
        assert stat.S_IMODE(new.stat().st_mode) == 0o600
    finally:
        os.umask(old_umask)


def test_as_root_an_existing_file_keeps_its_owner(offscreen, tmp_path, plan_path, capsys):
    if os.geteuid() != 0:
        # a normal user cannot give a file away, so there is no owner to lose
        out = tmp_path / "map.png"
        out.write_bytes(EARLIER)
        assert run_export("png", out, plan_path, capsys)[0] == 0
        assert out.stat().st_uid == os.geteuid()
        return
    out = tmp_path / "map.png"
    out.write_bytes(EARLIER)
    os.chown(out, 1234, 5678)
    assert run_export("png", out, plan_path, capsys)[0] == 0
    assert (out.stat().st_uid, out.stat().st_gid) == (1234, 5678)
    assert is_complete("png", out.read_bytes())


@pytest.fixture
def full_disk(tmp_path, monkeypatch):
    """A folder on a really full disk: a small tmpfs filled up (root, where allowed).

    Where no tmpfs can be mounted (not root, a locked-down container), every
    write of the atomic writer fails with ENOSPC instead, as above.
    """
    folder = tmp_path / "small-disk"
    folder.mkdir()
    mounted = (
        os.geteuid() == 0
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", str(folder)],
            capture_output=True,
        ).returncode
        == 0
    )
    try:
        yield folder, mounted
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], check=True)


def _fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)


@pytest.mark.parametrize("kind", KINDS)
def test_a_real_full_disk_keeps_the_earlier_file(
    offscreen, full_disk, plan_path, capsys, monkeypatch, kind
):
    folder, mounted = full_disk
    out = folder / f"export.{kind}"
    out.write_bytes(EARLIER)
    if mounted:
        _fill(folder)
    else:
        monkeypatch.setattr(atomic, "os", _FullDiskOs())
    status, printed, err = run_export(kind, out, plan_path, capsys)
    assert (status, printed) == (1, "")
    assert err == f"pmplanner: Could not save {out} because the disk is full.\n"
    assert out.read_bytes() == EARLIER
    assert _listing(folder) == sorted([out.name, *(["filler"] if mounted else [])])
