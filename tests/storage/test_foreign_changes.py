"""Another program rewrites plan.json while pmplanner runs; a symlinked plan.json.

Issue 17, items 1 and 2: the other version is never written over without a
copy in the backups, and a link stays a link.
"""

from __future__ import annotations

import os
import stat

import pytest

from pmplanner.core.plan import Goal, Plan, Profile
from pmplanner.storage.backups import KEEP_RECENT
from pmplanner.storage.plan_store import (
    PlanChangedOnDisk,
    PlanStore,
    SaveError,
    load_plan_file,
    serialize_plan,
)

THEIRS = Plan(profile=Profile(name="Edited on the laptop"), goals=[Goal(title="Synced goal")])


def _theirs() -> Plan:
    return THEIRS.model_copy(deep=True)


def _opened(data_dir, clock) -> tuple[PlanStore, Plan]:
    store = PlanStore(data_dir, clock=clock)
    store.open()
    plan = Plan(profile=Profile(name="Mine"), goals=[Goal(title="First")])
    store.save(plan)  # the first save of a session keeps a backup: the next is 5 min away
    clock.advance(seconds=30)
    plan.goals.append(Goal(title="Typed just now"))
    return store, plan


def _changed_copies(store: PlanStore):
    return [p for p in store.rotation.files() if p.name.endswith("-changed-elsewhere.json")]


def test_a_foreign_rewrite_is_kept_and_not_written_over(data_dir, clock):
    store, plan = _opened(data_dir, clock)
    theirs = serialize_plan(_theirs())
    store.path.write_bytes(theirs)
    with pytest.raises(PlanChangedOnDisk) as caught:
        store.save(plan)
    assert store.path.read_bytes() == theirs
    kept = caught.value.kept
    assert kept.parent == data_dir / "backups" and kept.read_bytes() == theirs
    assert kept.name.startswith("plan-") and kept.name.endswith("-changed-elsewhere.json")
    assert kept in store.backups()  # offered by Restore from Backup like any backup
    assert str(caught.value) == (
        f"Did not save {store.path} because another program changed it since pmplanner "
        f"read it; its version was kept as {kept}."
    )
    # the autosave tries again: the same version is not copied twice
    with pytest.raises(PlanChangedOnDisk) as again:
        store.save(plan)
    assert again.value.kept == kept and _changed_copies(store) == [kept]


def test_keep_mine_writes_over_it_and_theirs_stays_in_the_backups(data_dir, clock):
    store, plan = _opened(data_dir, clock)
    theirs = serialize_plan(_theirs())
    store.path.write_bytes(theirs)
    store.save(plan, force=True)  # even without asking first, theirs is kept
    assert load_plan_file(store.path) == plan
    [kept] = _changed_copies(store)
    assert kept.read_bytes() == theirs
    clock.advance(seconds=5)
    plan.profile.name = "Mine, later"
    store.save(plan)  # our own write is not someone else's change
    assert load_plan_file(store.path) == plan


def test_reload_theirs_reads_the_file_and_saving_goes_on(data_dir, clock):
    store, _plan = _opened(data_dir, clock)
    store.path.write_bytes(serialize_plan(_theirs()))
    assert store.changed_on_disk()
    reloaded = store.reload()
    assert reloaded == _theirs()
    assert not store.changed_on_disk()
    reloaded.goals.append(Goal(title="Added after the reload"))
    store.save(reloaded)
    assert load_plan_file(store.path) == reloaded
    assert _changed_copies(store) == []


def test_our_own_saves_and_a_touch_are_not_changes(data_dir, clock):
    store, plan = _opened(data_dir, clock)
    assert not store.changed_on_disk()
    store.save(plan)
    assert not store.changed_on_disk()
    os.utime(store.path, ns=(1, 1))  # same bytes, another time: the hash decides
    assert not store.changed_on_disk()
    store.save(plan)
    assert _changed_copies(store) == []


def test_a_plan_file_that_appears_after_a_new_start_is_kept(data_dir, clock):
    store = PlanStore(data_dir, clock=clock)
    assert store.open().is_new
    theirs = serialize_plan(_theirs())
    store.path.write_bytes(theirs)  # a sync tool brought the plan from another computer
    with pytest.raises(PlanChangedOnDisk) as caught:
        store.save(Plan())
    assert caught.value.kept.read_bytes() == theirs and store.path.read_bytes() == theirs


def test_at_start_up_a_changed_plan_is_just_loaded(data_dir, clock):
    store, plan = _opened(data_dir, clock)
    store.path.write_bytes(serialize_plan(_theirs()))
    later = PlanStore(data_dir, clock=clock)
    assert later.open().plan == _theirs()
    later.save(plan)
    assert _changed_copies(later) == []


def test_kept_versions_are_never_pruned(data_dir, clock):
    store, plan = _opened(data_dir, clock)
    store.path.write_bytes(serialize_plan(_theirs()))
    store.save(plan, force=True)
    [kept] = _changed_copies(store)
    for n in range(KEEP_RECENT + 5):
        clock.advance(minutes=10)
        plan.profile.name = f"edit {n}"
        store.save(plan)
    assert kept.exists()


def test_a_symlinked_plan_stays_a_link_and_its_target_is_written(tmp_path, clock):
    synced = tmp_path / "Dropbox" / "pmplanner"
    synced.mkdir(parents=True)
    target = synced / "plan.json"
    target.write_bytes(serialize_plan(_theirs()))
    os.chmod(target, 0o600)
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    link = data_dir / "plan.json"
    link.symlink_to(target)
    store = PlanStore(data_dir, clock=clock)
    plan = store.open().plan
    assert plan == _theirs()
    for n in range(3):
        plan.profile.name = f"edit {n}"
        store.save(plan)
        clock.advance(minutes=10)
        assert link.is_symlink() and os.readlink(link) == str(target)
        assert load_plan_file(target) == plan
    assert sorted(p.name for p in synced.iterdir()) == ["plan.json"]  # no temp left
    backups = store.rotation.files()
    assert backups and all(b.parent == data_dir / "backups" for b in backups)
    assert load_plan_file(backups[-1]) == _theirs()  # the file as it was found
    assert sorted(p.name for p in data_dir.iterdir()) == ["backups", "plan.json"]


def test_a_fifo_put_in_its_place_is_never_opened_and_refused(data_dir, clock):
    store, plan = _opened(data_dir, clock)
    store.path.unlink()
    os.mkfifo(store.path)  # opening it for reading would wait for a writer forever
    assert not store.changed_on_disk()
    with pytest.raises(SaveError) as caught:
        store.save(plan)
    assert str(caught.value) == (
        f"Could not save {store.path} because it is a named pipe (FIFO), not a file."
    )
    assert stat.S_ISFIFO(os.lstat(store.path).st_mode)


def test_a_crash_while_saving_through_a_link_leaves_nothing_next_to_the_target(tmp_path):
    synced = tmp_path / "Dropbox"
    synced.mkdir()
    target = synced / "plan.json"
    target.write_bytes(serialize_plan(_theirs()))
    left = synced / ".plan.json.k3j9x_2a.tmp"  # what a kill mid-save leaves there
    left.write_bytes(b"half a plan")
    others = [synced / ".notes.txt.abcdefgh.tmp", synced / "notes.txt"]  # not ours
    for other in others:
        other.write_bytes(b"someone else's")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "plan.json").symlink_to(target)
    assert PlanStore(tmp_path / "data").open().plan == _theirs()
    assert not left.exists() and all(other.exists() for other in others)
