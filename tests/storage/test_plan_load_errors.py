"""Every unreadable plan file is detected, located, moved aside intact, never written over."""

from __future__ import annotations

import json
import shutil

import pytest

from pmplanner.core.plan import Plan
from pmplanner.storage import jsonio, plan_store
from pmplanner.storage.plan_store import (
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
    "newer version": (
        b'{"schema_version": 7, "goals": "whatever the future holds"}',
        "schema_version: the file was written by a newer pmplanner (schema 7); "
        "this one reads up to 1",
    ),
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


def test_a_newer_file_is_never_overwritten(data_dir, clock, sample_bytes):
    data_dir.mkdir()
    newer = json.loads(sample_bytes)
    newer["schema_version"] = 2
    raw = json.dumps(newer).encode()
    (data_dir / "plan.json").write_bytes(raw)
    store = PlanStore(data_dir, clock=clock)
    outcome = store.open()
    assert "newer pmplanner (schema 2)" in outcome.error.problems[0]
    with pytest.raises(SaveError):
        store.save(Plan())
    assert outcome.quarantined_to.read_bytes() == raw
    assert not store.path.exists()


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
    data_dir, clock, sample_path, monkeypatch
):
    store = PlanStore(data_dir, clock=clock)
    _valid_backup(store, sample_path)
    store.path.write_bytes(b"{oops")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(plan_store.os, "link", refuse)
    monkeypatch.setattr(plan_store.os, "rename", refuse)
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

    monkeypatch.undo()
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
