"""Backup rotation: snapshots at least 5 minutes apart, 10 recent plus one a day for 14 days."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from pmplanner.core.plan import Goal
from pmplanner.storage import atomic, backups
from pmplanner.storage.backups import BackupRotation, backup_time
from pmplanner.storage.plan_store import PlanFileError, PlanStore, SaveError, load_plan_file


def _store(data_dir, clock, sample_path):
    store = PlanStore(data_dir, clock=clock)
    store.open()
    plan = load_plan_file(sample_path)
    return store, plan


def _edit(plan, n):
    plan.profile.name = f"edit {n}"


def test_autosaving_every_few_seconds_keeps_history_not_just_the_last_minute(
    data_dir, clock, sample_path
):
    store, plan = _store(data_dir, clock, sample_path)
    start = clock.now
    for n in range(2 * 60 * 60 // 5):  # two hours of saves, one every 5 seconds
        _edit(plan, n)
        store.save(plan)
        clock.advance(seconds=5)
    made = [backup_time(p) for p in store.rotation.files()]
    # the ten recent ones, at least 5 minutes apart, plus the first of the day
    assert len(made) == backups.KEEP_RECENT + 1
    gaps = [newer - older for newer, older in itertools.pairwise(made)]
    assert all(gap >= backups.MIN_INTERVAL for gap in gaps)
    assert made[0] - made[-2] >= timedelta(minutes=45)
    assert clock.now - made[0] <= backups.MIN_INTERVAL + timedelta(seconds=5)
    assert made[-1] - start <= timedelta(seconds=5)


def test_one_backup_a_day_is_kept_for_two_weeks(data_dir, clock, sample_path):
    store, plan = _store(data_dir, clock, sample_path)
    start = clock.now
    for day in range(30):
        for n in range(15):  # a working session: 15 saves, 6 minutes apart
            _edit(plan, day * 100 + n)
            store.save(plan)
            clock.advance(minutes=6)
        clock.now = start + timedelta(days=day + 1)
    kept = store.rotation.files()
    days = sorted({backup_time(p).date() for p in kept})
    last_day = (start + timedelta(days=29)).date()
    assert days == [last_day - timedelta(days=n) for n in range(13, -1, -1)]
    assert len(kept) <= backups.KEEP_RECENT + backups.KEEP_DAILY_DAYS
    # the daily one is the first backup of that day: the plan as the day began,
    # that is as the previous day's session left it
    first_of_day = min(p for p in kept if backup_time(p).date() == days[0])
    assert load_plan_file(first_of_day).profile.name == f"edit {15 * 100 + 14}"


def test_an_unchanged_plan_makes_no_new_backup(data_dir, clock, sample_path):
    store, plan = _store(data_dir, clock, sample_path)
    store.save(plan)
    for _ in range(5):
        clock.advance(minutes=10)
        store.save(plan)
    assert len(store.rotation.files()) == 1


def test_a_clock_set_back_still_makes_backups(data_dir, clock, sample_path):
    store, plan = _store(data_dir, clock, sample_path)
    store.save(plan)
    clock.advance(minutes=10)
    _edit(plan, 1)
    store.save(plan)
    clock.advance(days=-1)
    _edit(plan, 2)
    store.save(plan)
    assert len(store.rotation.files()) == 2


def test_backups_are_sorted_newest_first_even_within_one_microsecond(tmp_path, clock):
    rotation = BackupRotation(tmp_path / "backups", clock)
    current = tmp_path / "plan.json"
    for n in range(3):
        current.write_bytes(b"version %d" % n)
        rotation.backup_before_replace(current, force=True)
    assert [p.read_bytes() for p in rotation.files()] == [b"version 2", b"version 1", b"version 0"]
    assert all(backup_time(p) == clock.now for p in rotation.files())
    assert backup_time(tmp_path / "plan.json") is None


def test_nothing_is_deleted_when_the_new_backup_cannot_be_written(
    data_dir, clock, sample_path, monkeypatch
):
    store, plan = _store(data_dir, clock, sample_path)
    for n in range(backups.KEEP_RECENT + 1):
        _edit(plan, n)
        store.save(plan)
        clock.advance(minutes=6)
    before = store.rotation.files()
    assert len(before) == backups.KEEP_RECENT
    old = store.path.read_bytes()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", full_disk)
    _edit(plan, "x")
    with pytest.raises(SaveError, match="backup copy"):
        store.save(plan)
    assert store.rotation.files() == before
    assert store.path.read_bytes() == old


def test_files_that_are_not_backups_are_left_alone(data_dir, clock, sample_path):
    store, plan = _store(data_dir, clock, sample_path)
    store.rotation.folder.mkdir()
    mine = store.rotation.folder / "my notes.txt"
    mine.write_text("keep")
    for n in range(backups.KEEP_RECENT + 5):
        _edit(plan, n)
        store.save(plan)
        clock.advance(days=20)
    assert mine.read_text() == "keep"


def test_restore_validates_first_and_changes_nothing_if_the_backup_is_bad(
    data_dir, clock, sample_path
):
    store, plan = _store(data_dir, clock, sample_path)
    store.save(plan)
    clock.advance(minutes=10)
    _edit(plan, 1)
    store.save(plan)
    (backup,) = store.rotation.files()
    backup.write_bytes(b'{"schema_version": 1, "goals": [{"progress": -1}]}')
    current = store.path.read_bytes()
    with pytest.raises(PlanFileError) as caught:
        store.restore_backup(backup)
    assert "goals[0].progress" in caught.value.problems[0]
    assert store.path.read_bytes() == current
    assert store.rotation.files() == [backup]


def test_restore_replaces_the_plan_and_keeps_the_current_one_as_a_backup(
    data_dir, clock, sample_path
):
    store, plan = _store(data_dir, clock, sample_path)
    original = plan.model_copy(deep=True)
    store.save(plan)
    clock.advance(minutes=10)
    plan.goals.append(Goal(title="a goal added later"))
    store.save(plan)
    (backup,) = store.rotation.files()
    clock.advance(seconds=30)  # inside the 5 minutes: a restore backs up anyway
    restored = store.restore_backup(backup)
    assert restored == original
    assert load_plan_file(store.path) == original
    newest = store.rotation.files()[0]
    assert load_plan_file(newest) == plan  # the restore can be undone


def test_a_save_before_open_keeps_a_copy_of_what_was_there(data_dir, clock, sample_path):
    first = PlanStore(data_dir, clock=clock)
    first.open()
    first.save(load_plan_file(sample_path))
    store = PlanStore(data_dir, clock=clock)  # never opened: the file was not checked
    plan = load_plan_file(sample_path)
    _edit(plan, 1)
    store.save(plan)
    (backup,) = store.rotation.files()
    assert load_plan_file(backup) == load_plan_file(sample_path)
