"""Every unreadable plan file is detected, located, moved aside intact, never written over."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from pmplanner.core.plan import Plan
from pmplanner.paths import DATA_DIR_ENV
from pmplanner.storage import jsonio, plan_store
from pmplanner.storage.plan_store import (
    SCHEMA_VERSION,
    PlanFileError,
    PlanStore,
    SaveError,
    load_plan_file,
    serialize_plan,
)


def _valid_backup(store: PlanStore, sample_path) -> None:
    """Two saves a while apart leave the first one as a backup."""
    plan = load_plan_file(sample_path)
    store.open()
    store.save(plan)
    store.clock.advance(minutes=10)
    plan.profile.name = "changed"
    store.save(plan)
    assert len(store.backups()) == 1


def _check_refused(store: PlanStore, bad: bytes, expect_backups: int = 1) -> PlanFileError:
    store.path.write_bytes(bad)
    fresh = PlanStore(store.data_dir, clock=store.clock)
    outcome = fresh.open()
    assert outcome.plan is None and not outcome.is_new
    error = outcome.error
    assert isinstance(error, PlanFileError)
    assert error.path == fresh.path
    assert str(fresh.path) in str(error) and str(fresh.path) in error.describe()
    assert error.problems and all(p.strip() for p in error.problems)
    # moved aside, bytes intact, nothing left in its place
    assert outcome.quarantined_to is not None
    assert outcome.quarantined_to.name.startswith("plan.corrupt-")
    assert outcome.quarantined_to.read_bytes() == bad
    assert not fresh.path.exists()
    # nothing is saved until the person decides
    assert fresh.save_blocked
    with pytest.raises(SaveError, match="could not be read") as caught:
        fresh.save(Plan())
    assert str(fresh.path) in str(caught.value)
    assert not fresh.path.exists()
    assert outcome.quarantined_to.read_bytes() == bad
    assert len(outcome.backups) == expect_backups
    outcome.quarantined_to.unlink()
    return error


def test_the_sample_truncated_at_every_byte_is_refused_located_and_kept(
    data_dir, clock, sample_bytes, sample_path
):
    store = PlanStore(data_dir, clock=clock)
    _valid_backup(store, sample_path)
    content = sample_bytes.rstrip()
    for cut in range(len(content)):
        error = _check_refused(store, content[:cut])
        if cut > 0:
            assert "line " in error.problems[0] or "not UTF-8" in error.problems[0], cut


CASES = {
    "empty": (b"", "the file is empty"),
    "blank": (b"  \n\t ", "the file is empty"),
    "garbage": (bytes(range(256)) * 4, "not UTF-8"),
    "binary zeros": (b"\x00" * 100, "not valid JSON"),
    "not json": (b"this is my plan, really", "not valid JSON"),
    "top-level list": (b"[1, 2, 3]", "(top level): not an object"),
    "top-level string": (b'"plan"', "(top level): not an object"),
    "no version": (b'{"goals": []}', "schema_version: is missing"),
    "version as text": (b'{"schema_version": "1"}', "schema_version: not a whole number"),
    "version as float": (b'{"schema_version": 1.0}', "schema_version: not a whole number"),
    "version as bool": (b'{"schema_version": true}', "schema_version: not a whole number"),
    "version zero": (b'{"schema_version": 0}', "schema_version: 0 is not a version"),
    "goals not a list": (b'{"schema_version": 1, "goals": {}}', "goals: not a list"),
    "bad date": (
        b'{"schema_version": 1, "goals": [{}, {"due": "soon"}]}',
        "goals[1].due: not a date",
    ),
    "bad enum": (b'{"schema_version": 1, "goals": [{"kind": "nap"}]}', "goals[0].kind:"),
    "progress too high": (
        b'{"schema_version": 1, "goals": [{"progress": 101}]}',
        "goals[0].progress:",
    ),
    "progress as text": (
        b'{"schema_version": 1, "goals": [{"progress": "lots"}]}',
        "goals[0].progress: not a whole number",
    ),
    "rating out of range": (
        b'{"schema_version": 1, "skill_ratings": {"discovery": 6}}',
        "skill_ratings.discovery:",
    ),
    "unknown field": (b'{"schema_version": 1, "hobbies": []}', "hobbies: is not a field"),
    "duplicate key": (
        b'{"schema_version": 1, "goals": [], "goals": []}',
        'the key "goals" appears twice',
    ),
    "nested duplicate": (
        b'{"schema_version": 1, "profile": {"name": "a", "name": "b"}}',
        'the key "name" appears twice',
    ),
    "NaN": (
        b'{"schema_version": 1, "quiz_results": [{"ranking": [{"track": "t", "score": NaN}]}]}',
        "NaN is not a number JSON allows",
    ),
    "Infinity": (b'{"schema_version": 1, "x": -Infinity}', "-Infinity is not a number"),
    "number too large": (
        b'{"schema_version": 1, "quiz_results": [{"ranking": [{"track": "t", "score": 1e400}]}]}',
        "1e400 is a number too large for JSON",
    ),
    "negative number too large": (
        b'{"schema_version": 1, "quiz_results": [{"answers": {"a": -2.5E+999}}]}',
        "-2.5E+999 is a number too large for JSON",
    ),
    "whole number too long": (
        b'{"schema_version": 1, "quiz_results": [{"answers": {"a": ' + b"9" * 5000 + b"}}]}",
        "a whole number has too many digits",
    ),
    "deep nesting": (
        b'{"schema_version": 1, "quiz_results": [{"answers": {"a": '
        + b"[" * 100_000
        + b"]" * 100_000
        + b"}}]}",
        "nested too deeply",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_broken_files_are_refused_with_a_located_message(data_dir, clock, sample_path, case):
    bad, expected = CASES[case]
    store = PlanStore(data_dir, clock=clock)
    _valid_backup(store, sample_path)
    error = _check_refused(store, bad)
    assert any(expected in p for p in error.problems), error.problems


def test_private_text_is_not_echoed_in_messages(data_dir, clock, sample_path):
    store = PlanStore(data_dir, clock=clock)
    _valid_backup(store, sample_path)
    bad = b'{"schema_version": 1, "goals": [{"due": "my secret diagnosis"}]}'
    error = _check_refused(store, bad)
    assert "secret" not in error.describe()


def test_a_file_over_the_size_cap_is_refused(data_dir, clock, sample_path, monkeypatch):
    store = PlanStore(data_dir, clock=clock)
    _valid_backup(store, sample_path)
    big = serialize_plan(load_plan_file(sample_path))
    assert len(big) > 1000
    monkeypatch.setattr(jsonio, "MAX_FILE_BYTES", 1000)
    store.path.write_bytes(big)
    outcome = PlanStore(data_dir, clock=clock).open()
    assert "more than the 1,000 allowed" in outcome.error.problems[0]
    assert outcome.quarantined_to.read_bytes() == big


def test_without_backups_none_are_offered(data_dir, clock):
    store = PlanStore(data_dir, clock=clock)
    store.open()
    _check_refused(store, b"{", expect_backups=0)


def test_invalid_backups_are_not_offered_and_newest_valid_comes_first(data_dir, clock, sample_path):
    store = PlanStore(data_dir, clock=clock)
    plan = load_plan_file(sample_path)
    store.open()
    for name in ("first", "second", "third"):
        plan.profile.name = name
        store.save(plan)
        clock.advance(minutes=6)
    backups = store.backups()
    assert [load_plan_file(b).profile.name for b in backups] == ["second", "first"]
    backups[0].write_bytes(b'{"schema_version": 1, "goals": [')
    store.path.write_bytes(b"garbage")
    outcome = PlanStore(data_dir, clock=clock).open()
    assert outcome.backups == [backups[1]]


def test_two_unreadable_files_in_the_same_second_are_both_kept(data_dir, clock):
    store = PlanStore(data_dir, clock=clock)
    store.open()
    store.path.write_bytes(b"first bad")
    first = PlanStore(data_dir, clock=clock).open().quarantined_to
    store.path.write_bytes(b"second bad")
    second = PlanStore(data_dir, clock=clock).open().quarantined_to
    assert first != second
    assert first.read_bytes() == b"first bad" and second.read_bytes() == b"second bad"


@pytest.mark.parametrize("version", [5, 7])
def test_a_newer_file_stays_in_place_untouched_and_nothing_replaces_it(
    data_dir, clock, sample_path, sample_bytes, version
):
    store = PlanStore(data_dir, clock=clock)
    _valid_backup(store, sample_path)
    newer = json.loads(sample_bytes)
    newer["schema_version"] = version
    newer["goals"] = "whatever the future holds"
    raw = json.dumps(newer).encode()
    store.path.write_bytes(raw)
    before = sorted(p.name for p in data_dir.iterdir())

    store = PlanStore(data_dir, clock=clock)
    outcome = store.open()
    assert outcome.newer_version
    assert outcome.plan is None and not outcome.is_new
    assert outcome.quarantined_to is None
    assert outcome.error.problems == [
        f"schema_version: the file was written by a newer pmplanner (schema {version}); "
        f"this one reads up to {SCHEMA_VERSION}"
    ]
    assert str(store.path) in str(outcome.error)
    assert len(outcome.backups) == 1
    assert store.save_blocked
    for attempt in (
        store.start_fresh,
        lambda: store.restore_backup(outcome.backups[0]),
        lambda: store.save(Plan()),
        lambda: store.export_plan(Plan(), store.path),
    ):
        with pytest.raises(SaveError, match="was written by a newer pmplanner") as caught:
            attempt()
        assert str(store.path) in str(caught.value)
        assert "update pmplanner to open it. Nothing has been changed." in str(caught.value)
    assert store.save_blocked
    assert store.path.read_bytes() == raw
    assert sorted(p.name for p in data_dir.iterdir()) == before
    assert not list(data_dir.glob("plan.corrupt-*"))


def test_after_a_newer_file_is_replaced_by_hand_the_store_opens_it(
    data_dir, clock, sample_path, sample_bytes
):
    store = PlanStore(data_dir, clock=clock)
    _valid_backup(store, sample_path)
    newer = b'"schema_version": %d' % (SCHEMA_VERSION + 1)
    store.path.write_bytes(sample_bytes.replace(b'"schema_version": 1', newer))
    assert store.open().newer_version
    store.path.write_bytes(sample_bytes)
    outcome = store.open()
    assert outcome.error is None and not outcome.newer_version
    assert not store.save_blocked
    store.save(outcome.plan)


def test_a_data_folder_that_cannot_be_looked_into_is_not_taken_for_no_plan(
    data_dir, clock, sample_path, monkeypatch
):
    store = PlanStore(data_dir, clock=clock)
    _valid_backup(store, sample_path)
    raw = store.path.read_bytes()
    real_lstat = os.lstat

    def lstat(path, *args, **kwargs):
        if os.fspath(path).startswith(os.fspath(data_dir)):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_lstat(path, *args, **kwargs)

    with monkeypatch.context() as m:
        m.setattr(plan_store.os, "lstat", lstat)
        store = PlanStore(data_dir, clock=clock)
        outcome = store.open()
        assert not outcome.is_new and outcome.plan is None
        assert not outcome.newer_version and outcome.quarantined_to is None
        assert outcome.error.problems == [
            f"pmplanner is not allowed to look inside the folder {data_dir}, so it cannot "
            "tell whether your plan is there; nothing has been changed"
        ]
        assert store.save_blocked
        with pytest.raises(SaveError):
            store.save(Plan())
    assert store.path.read_bytes() == raw
    assert not list(data_dir.glob("plan.corrupt-*"))


def test_another_error_looking_into_the_data_folder_is_a_load_error(data_dir, clock, monkeypatch):
    data_dir.mkdir()
    real_lstat = os.lstat

    def lstat(path, *args, **kwargs):
        if os.fspath(path) == os.fspath(data_dir / "plan.json"):
            raise OSError(5, "Input/output error", os.fspath(path))
        return real_lstat(path, *args, **kwargs)

    monkeypatch.setattr(plan_store.os, "lstat", lstat)
    store = PlanStore(data_dir, clock=clock)
    outcome = store.open()
    assert not outcome.is_new and store.save_blocked
    assert outcome.error.problems == [
        f"pmplanner could not look inside the folder {data_dir} "
        "(the disk reported an input/output error); nothing has been changed"
    ]
    assert not list(data_dir.iterdir())


def test_start_fresh_allows_saving_again_and_keeps_the_bad_file(data_dir, clock, sample_path):
    store = PlanStore(data_dir, clock=clock)
    store.open()
    store.path.write_bytes(b"{oops")
    store = PlanStore(data_dir, clock=clock)
    outcome = store.open()
    plan = store.start_fresh()
    assert plan.is_empty() and not store.save_blocked
    store.save(plan)
    assert load_plan_file(store.path) == plan
    assert outcome.quarantined_to.read_bytes() == b"{oops"


def test_restore_after_an_unreadable_file(data_dir, clock, sample_path):
    store = PlanStore(data_dir, clock=clock)
    _valid_backup(store, sample_path)
    store.path.write_bytes(b"{oops")
    store = PlanStore(data_dir, clock=clock)
    outcome = store.open()
    plan = store.restore_backup(outcome.backups[0])
    assert plan == load_plan_file(sample_path)
    assert load_plan_file(store.path) == plan
    assert not store.save_blocked
    store.save(plan)
    assert outcome.quarantined_to.read_bytes() == b"{oops"


def test_a_file_that_cannot_be_moved_aside_stays_and_is_never_written_over(
    data_dir, clock, sample_path, monkeypatch, isolated_data_dir
):
    store = PlanStore(data_dir, clock=clock)
    _valid_backup(store, sample_path)
    store.path.write_bytes(b"{oops")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as m:
        m.setattr(plan_store.os, "link", refuse)
        m.setattr(plan_store.os, "rename", refuse)
        store = PlanStore(data_dir, clock=clock)
        outcome = store.open()
        assert outcome.quarantined_to is None
        assert "could not be moved aside (permission was denied)" in outcome.error.problems[-1]
        assert store.save_blocked
        with pytest.raises(SaveError, match="could not be moved aside"):
            store.start_fresh()
        with pytest.raises(SaveError):
            store.restore_backup(outcome.backups[0])
        with pytest.raises(SaveError):
            store.save(load_plan_file(sample_path))
        assert store.path.read_bytes() == b"{oops"

    # only the fault is undone: the data folder isolation of tests/conftest.py stays
    assert os.environ[DATA_DIR_ENV] == str(isolated_data_dir)
    store.start_fresh()
    assert not store.path.exists()
    corrupt = list(data_dir.glob("plan.corrupt-*.json"))
    assert [c.read_bytes() for c in corrupt] == [b"{oops"]


def test_a_folder_in_place_of_the_plan_file_is_moved_aside(data_dir, clock):
    (data_dir / "plan.json").mkdir(parents=True)
    (data_dir / "plan.json" / "inside").write_text("keep me")
    outcome = PlanStore(data_dir, clock=clock).open()
    assert "folder" in outcome.error.problems[0]
    assert (outcome.quarantined_to / "inside").read_text() == "keep me"


def test_a_missing_plan_with_backups_left_offers_them(data_dir, clock, sample_path):
    store = PlanStore(data_dir, clock=clock)
    _valid_backup(store, sample_path)
    store.path.unlink()
    outcome = PlanStore(data_dir, clock=clock).open()
    assert outcome.is_new and outcome.plan.is_empty()
    assert len(outcome.backups) == 1


def test_copying_a_sample_in_works(data_dir, clock, sample_path):
    data_dir.mkdir()
    shutil.copy(sample_path, data_dir / "plan.json")
    outcome = PlanStore(data_dir, clock=clock).open()
    assert outcome.error is None and len(outcome.plan.goals) == 7
