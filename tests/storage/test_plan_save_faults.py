"""A fault at any step of a save leaves the old plan file byte-identical.

Faults are injected by replacing ``os`` and ``tempfile`` as seen by
``pmplanner.storage.atomic`` (where every write happens, the backup's included)
with proxies that fail at the n-th call. Bytes are written with ``os.write``
(no user-space buffer), so there is no flush step separate from write.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

from pmplanner.core.plan import Goal
from pmplanner.storage import atomic
from pmplanner.storage.plan_store import PlanStore, SaveError, load_plan_file

WATCHED_OS = {"write", "fsync", "close", "replace", "open", "fchmod"}


class Faults:
    """Records the file-system calls of a save and fails the one numbered ``fail_at``."""

    def __init__(self, fail_at: int | None = None, error: OSError | None = None):
        self.fail_at = fail_at
        self.error = error or OSError(errno.ENOSPC, "No space left on device")
        self.calls: list[str] = []
        self.os = _Proxy(os, WATCHED_OS, self)
        self.tempfile = _Proxy(tempfile, {"mkstemp"}, self)

    def call(self, name, real, args, kwargs):
        index = len(self.calls)
        self.calls.append(name)
        if index == self.fail_at:
            if name == "close":
                real(*args, **kwargs)  # the descriptor is gone even when close reports an error
            raise self.error
        return real(*args, **kwargs)


class _Proxy:
    def __init__(self, module, watched, faults):
        self._module, self._watched, self._faults = module, watched, faults

    def __getattr__(self, name):
        real = getattr(self._module, name)
        if name not in self._watched:
            return real
        return lambda *args, **kwargs: self._faults.call(name, real, args, kwargs)


def _prepare(data_dir: Path, sample_path: Path, clock) -> tuple[PlanStore, object, bytes]:
    """A store whose next save keeps a backup first; return it, the next plan, the old bytes."""
    store = PlanStore(data_dir, clock=clock)
    store.open()
    plan = load_plan_file(sample_path)
    store.save(plan)
    clock.advance(minutes=10)
    plan.goals.append(Goal(title="a new goal"))
    return store, plan, store.path.read_bytes()


def _temp_files(store: PlanStore) -> list[Path]:
    return [p for p in store.data_dir.rglob(".*") if p.name.endswith(".tmp")]


def _steps(tmp_path, sample_path, clock) -> list[str]:
    store, plan, _ = _prepare(tmp_path / "dry-run", sample_path, clock)
    faults = Faults()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(atomic, "os", faults.os)
        mp.setattr(atomic, "tempfile", faults.tempfile)
        store.save(plan)
    return faults.calls


def test_the_save_steps_are_the_expected_ones(tmp_path, sample_path, clock):
    one_write = ["mkstemp", "write", "fsync", "close", "replace", "open", "fsync", "close"]
    assert _steps(tmp_path, sample_path, clock) == one_write + one_write  # backup, then plan


STEP_COUNT = 16


@pytest.mark.parametrize("fail_at", range(STEP_COUNT))
def test_a_fault_at_any_step_keeps_the_old_file(tmp_path, sample_path, clock, fail_at):
    steps = _steps(tmp_path, sample_path, clock)
    assert len(steps) == STEP_COUNT
    plan_replace = len(steps) - 1 - steps[::-1].index("replace")
    store, plan, old = _prepare(tmp_path / "data", sample_path, clock)
    backups_before = store.rotation.files()
    faults = Faults(fail_at=fail_at)
    step = steps[fail_at]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(atomic, "os", faults.os)
        mp.setattr(atomic, "tempfile", faults.tempfile)
        if steps[fail_at - 2 : fail_at + 1] == ["open", "fsync", "close"]:
            store.save(plan)  # closing the folder handle after its sync loses nothing
            error = None
        else:
            with pytest.raises(SaveError) as caught:
                store.save(plan)
            error = str(caught.value)

    assert _temp_files(store) == []
    if error is not None:
        assert str(store.path) in error
        assert error.startswith("Could not") and error.endswith(".")
        assert "the disk is full" in error
    for backup in backups_before:
        assert backup.exists()
    if error is not None and fail_at <= plan_replace:
        assert store.path.read_bytes() == old, f"step {fail_at} ({step})"
    else:
        # Saved, or the rename happened and only making it durable failed (the
        # plan stays marked unsaved and is saved again): the new plan is whole.
        assert load_plan_file(store.path) == plan
    # Once the fault is gone, saving works.
    store.save(plan)
    assert load_plan_file(store.path) == plan
    assert _temp_files(store) == []


@pytest.mark.parametrize(
    ("err", "reason"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "read-only"),
        (errno.EACCES, "permission was denied"),
        (errno.EPERM, "permission was denied"),
        (errno.EDQUOT, "quota"),
        (errno.EIO, "input/output error"),
        (errno.ENOENT, "the folder does not exist"),
        (errno.ENOTRECOVERABLE, "the system said"),
    ],
)
@pytest.mark.parametrize("step", ["mkstemp", "write"])
def test_the_message_says_why_in_one_sentence(tmp_path, err, reason, step):
    store = PlanStore(tmp_path / "data")
    store.open()
    store.save(load_plan_file(Path(__file__).parent / "samples" / "plan_v1.json"))
    old = store.path.read_bytes()
    error = OSError(err, os.strerror(err))
    if err in (errno.EACCES, errno.EPERM):
        error = PermissionError(err, os.strerror(err))
    probe = Faults()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(atomic, "os", probe.os)
        mp.setattr(atomic, "tempfile", probe.tempfile)
        store.save(load_plan_file(store.path))
    faults = Faults(fail_at=probe.calls.index(step), error=error)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(atomic, "os", faults.os)
        mp.setattr(atomic, "tempfile", faults.tempfile)
        with pytest.raises(SaveError) as caught:
            store.save(load_plan_file(store.path))
    message = str(caught.value)
    assert message == f"Could not save {store.path} because {caught.value.reason}."
    assert reason in message
    assert message.count(".") >= 1 and "\n" not in message
    assert store.path.read_bytes() == old
    assert _temp_files(store) == []


def test_a_failed_backup_names_the_plan_and_the_backup(tmp_path, sample_path, clock):
    store, plan, old = _prepare(tmp_path / "data", sample_path, clock)
    faults = Faults(fail_at=1, error=OSError(errno.ENOSPC, "No space left on device"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(atomic, "os", faults.os)
        mp.setattr(atomic, "tempfile", faults.tempfile)
        with pytest.raises(SaveError) as caught:
            store.save(plan)
    message = str(caught.value)
    assert message.startswith(f"Could not save {store.path} because its backup copy ")
    assert str(store.rotation.folder) in message and message.endswith("the disk is full.")
    assert store.path.read_bytes() == old
    assert store.rotation.files() == []


class _FlakyReplace:
    """os.replace refusing ``failures`` times, as Windows does while a scanner holds the file."""

    def __init__(self, failures: int):
        self.failures = failures
        self.attempts = 0

    def __call__(self, src, dst):
        self.attempts += 1
        if self.attempts <= self.failures:
            raise PermissionError(errno.EACCES, "Access is denied")
        os.replace(src, dst)


def _with_replace(monkeypatch, replace):
    proxy = _Proxy(os, set(), None)
    monkeypatch.setattr(atomic, "os", proxy)
    monkeypatch.setattr(proxy, "replace", replace, raising=False)
    monkeypatch.setattr(atomic.time, "sleep", lambda seconds: None)


def test_windows_retries_a_held_file_briefly(tmp_path, monkeypatch):
    monkeypatch.setattr(atomic, "RETRY_REPLACE", True)
    replace = _FlakyReplace(failures=3)
    _with_replace(monkeypatch, replace)
    target = tmp_path / "plan.json"
    target.write_bytes(b"old")
    atomic.atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and replace.attempts == 4


def test_windows_gives_up_without_writing_in_place(tmp_path, monkeypatch):
    monkeypatch.setattr(atomic, "RETRY_REPLACE", True)
    replace = _FlakyReplace(failures=1000)
    _with_replace(monkeypatch, replace)
    target = tmp_path / "plan.json"
    target.write_bytes(b"old")
    with pytest.raises(SaveError, match="permission was denied"):
        atomic.atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert replace.attempts == len(atomic.REPLACE_RETRY_DELAYS) + 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


def test_posix_does_not_retry_a_refused_rename(tmp_path, monkeypatch):
    monkeypatch.setattr(atomic, "RETRY_REPLACE", False)
    replace = _FlakyReplace(failures=1)
    _with_replace(monkeypatch, replace)
    target = tmp_path / "plan.json"
    with pytest.raises(SaveError):
        atomic.atomic_write_bytes(target, b"new")
    assert replace.attempts == 1 and list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_synced_is_accepted_when_unsupported(tmp_path, monkeypatch):
    faults = Faults(fail_at=6, error=OSError(errno.EINVAL, "Invalid argument"))
    monkeypatch.setattr(atomic, "os", faults.os)
    monkeypatch.setattr(atomic, "tempfile", faults.tempfile)
    atomic.atomic_write_bytes(tmp_path / "x.json", b"data")
    assert faults.calls[6] == "fsync"
    assert (tmp_path / "x.json").read_bytes() == b"data"


def test_an_interrupted_save_removes_its_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "plan.json"
    target.write_bytes(b"old")

    def interrupted(fd, data):
        raise KeyboardInterrupt

    proxy = _Proxy(os, set(), None)
    monkeypatch.setattr(atomic, "os", proxy)
    monkeypatch.setattr(proxy, "write", interrupted, raising=False)
    with pytest.raises(KeyboardInterrupt):
        atomic.atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


def test_short_writes_are_continued(tmp_path, monkeypatch):
    def short_write(fd, data):
        return os.write(fd, bytes(data[:3]))

    proxy = _Proxy(os, set(), None)
    monkeypatch.setattr(atomic, "os", proxy)
    monkeypatch.setattr(proxy, "write", short_write, raising=False)
    atomic.atomic_write_bytes(tmp_path / "x", b"0123456789")
    assert (tmp_path / "x").read_bytes() == b"0123456789"
