"""PlanStore: a new plan, permissions, leftovers of a crash, import and export."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from pmplanner.core.plan import Goal, Plan
from pmplanner.storage.plan_store import (
    PlanFileError,
    PlanStore,
    SaveError,
    load_plan_file,
    serialize_plan,
)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_first_start_gives_a_new_empty_plan(data_dir):
    outcome = PlanStore(data_dir).open()
    assert outcome.is_new and outcome.plan == Plan() and outcome.error is None
    assert outcome.backups == [] and outcome.quarantined_to is None
    assert data_dir.is_dir()
    assert not (data_dir / "plan.json").exists()  # nothing is written until a save


def test_a_saved_plan_opens_again(data_dir, sample_path):
    plan = load_plan_file(sample_path)
    store = PlanStore(data_dir)
    store.open()
    store.save(plan)
    outcome = PlanStore(data_dir).open()
    assert outcome.plan == plan and not outcome.is_new and outcome.error is None


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_files_are_owner_only_and_stay_so_after_replace_and_backup(data_dir, clock, sample_path):
    old_umask = os.umask(0o022)
    try:
        store = PlanStore(data_dir / "nested", clock=clock)
        store.open()
        plan = load_plan_file(sample_path)
        store.save(plan)
        assert _mode(store.data_dir) == 0o700
        assert _mode(store.path) == 0o600
        for n in range(3):
            clock.advance(minutes=10)
            plan.profile.name = str(n)
            store.save(plan)
            assert _mode(store.path) == 0o600
        assert _mode(store.rotation.folder) == 0o700
        assert store.rotation.files()
        assert all(_mode(b) == 0o600 for b in store.rotation.files())
        restored = store.restore_backup(store.rotation.files()[-1])
        assert _mode(store.path) == 0o600 and restored.profile.name != "2"
        export = data_dir / "export.json"
        store.export_plan(plan, export)
        assert _mode(export) == 0o600
        store.path.write_bytes(b"{broken")
        quarantined = PlanStore(store.data_dir, clock=clock).open().quarantined_to
        os.chmod(quarantined, 0o600)
        assert _mode(quarantined) == 0o600
    finally:
        os.umask(old_umask)


def test_stale_temp_files_are_cleaned_at_open_and_nothing_else(data_dir):
    backups = data_dir / "backups"
    backups.mkdir(parents=True)
    stale = [data_dir / ".plan.json.k3j9x_2a.tmp", backups / ".plan-x.json.abcdefgh.tmp"]
    keep = [
        data_dir / "notes.tmp",
        data_dir / ".plan.json.tmp",
        data_dir / "plan.json.abcdefgh.tmp",
        data_dir / ".hidden",
        backups / "plan-20260101T000000.000000Z.json",
    ]
    for path in stale + keep:
        path.write_bytes(b"x")
    (data_dir / ".folder.abcdefgh.tmp").mkdir()
    (data_dir / "plan.json").write_bytes(serialize_plan(Plan()))
    outcome = PlanStore(data_dir).open()
    assert outcome.error is None
    assert not any(p.exists() for p in stale)
    assert all(p.exists() for p in keep)
    assert (data_dir / ".folder.abcdefgh.tmp").is_dir()


def test_export_then_import_gives_the_same_plan(data_dir, tmp_path, sample_path):
    plan = load_plan_file(sample_path)
    store = PlanStore(data_dir)
    store.open()
    dest = tmp_path / "elsewhere" / "my plan.json"
    dest.parent.mkdir()
    store.export_plan(plan, dest)
    assert dest.read_bytes() == serialize_plan(plan)
    assert store.import_plan(dest) == plan
    assert not store.path.exists()  # importing replaces nothing by itself


def test_export_to_a_missing_folder_says_so(data_dir, tmp_path):
    store = PlanStore(data_dir)
    dest = tmp_path / "no such folder" / "plan.json"
    with pytest.raises(SaveError) as caught:
        store.export_plan(Plan(), dest)
    assert str(caught.value) == f"Could not save {dest} because the folder does not exist."


def test_export_onto_the_plan_file_is_a_normal_save(data_dir, clock, sample_path):
    store = PlanStore(data_dir, clock=clock)
    store.open()
    store.save(Plan())
    clock.advance(minutes=10)
    store.export_plan(load_plan_file(sample_path), data_dir / "plan.json")
    assert len(store.rotation.files()) == 1


def test_importing_a_bad_file_names_it(tmp_path, data_dir):
    bad = tmp_path / "from a friend.json"
    bad.write_bytes(b'{"schema_version": 1, "goals": [{"kind": "nap"}]}')
    with pytest.raises(PlanFileError) as caught:
        PlanStore(data_dir).import_plan(bad)
    assert caught.value.path == bad and caught.value.problems[0].startswith("goals[0].kind")
    assert bad.read_bytes().startswith(b'{"schema_version"')


def test_importing_a_missing_file_says_so(tmp_path, data_dir):
    with pytest.raises(PlanFileError, match="does not exist"):
        PlanStore(data_dir).import_plan(tmp_path / "nope.json")


def test_saving_recreates_a_deleted_data_folder(data_dir):
    store = PlanStore(data_dir)
    store.open()
    os.rmdir(data_dir)
    store.save(Plan(goals=[Goal(title="still here")]))
    assert load_plan_file(store.path).goals[0].title == "still here"


def test_a_folder_that_cannot_be_made_blocks_saving(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store = PlanStore(blocker / "data")
    outcome = store.open()
    assert outcome.plan is None and outcome.error is not None
    assert "the folder could not be made" in outcome.error.problems[0]
    assert store.save_blocked


def test_saving_the_same_plan_twice_writes_the_same_bytes(data_dir, sample_path):
    store = PlanStore(data_dir)
    store.open()
    plan = load_plan_file(sample_path)
    store.save(plan)
    first = store.path.read_bytes()
    store.save(plan)
    assert store.path.read_bytes() == first


def test_storage_does_not_load_qt():
    code = (
        "import sys, pmplanner.storage.plan_store, pmplanner.storage.backups\n"
        "print([m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
