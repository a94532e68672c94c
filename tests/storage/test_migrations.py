"""Schema versions: old files are upgraded one version at a time; newer ones refused."""

from __future__ import annotations

import copy
import json

import pytest

from pmplanner.storage import migrations
from pmplanner.storage.migrations import migrate
from pmplanner.storage.plan_store import PlanFileError, PlanStore, load_plan_file


def test_the_current_version_needs_no_migration(sample_bytes):
    data = json.loads(sample_bytes)
    assert migrate(data, "plan.json") is data
    assert migrations.SCHEMA_VERSION == 1 and migrations.MIGRATIONS == {}


def _uppercase_names(data):
    """A pretend 1 -> 2 migration: a pure function of the version-1 dict."""
    upgraded = copy.deepcopy(data)
    upgraded["profile"]["name"] = upgraded["profile"]["name"].upper()
    return upgraded


def test_a_stored_version_1_sample_is_migrated_when_loading(sample_path, monkeypatch):
    calls = []

    def step(data):
        calls.append(data["schema_version"])
        return _uppercase_names(data)

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, step)
    plan = load_plan_file(sample_path)
    assert calls == [1]
    assert plan.profile.name == "AMARA OKAFOR"
    assert len(plan.goals) == 7


def test_migrations_apply_one_version_at_a_time_and_leave_the_input_alone(
    sample_bytes, monkeypatch
):
    seen = []

    def step(version):
        def upgrade(data):
            seen.append((version, data["schema_version"]))
            return {**data, "trail": [*data.get("trail", []), version]}

        return upgrade

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 4)
    for version in (1, 2, 3):
        monkeypatch.setitem(migrations.MIGRATIONS, version, step(version))
    original = json.loads(sample_bytes)
    untouched = copy.deepcopy(original)
    result = migrate(original, "plan.json")
    assert seen == [(1, 1), (2, 2), (3, 3)]
    assert result["trail"] == [1, 2, 3] and result["schema_version"] == 4
    assert original == untouched


def test_a_missing_step_is_a_located_error(sample_bytes, monkeypatch):
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, _uppercase_names)
    with pytest.raises(PlanFileError) as caught:
        migrate(json.loads(sample_bytes), "plan.json")
    assert caught.value.problems == [
        "schema_version: pmplanner cannot upgrade a plan from schema 2"
    ]


def test_a_failing_migration_is_a_located_error_and_the_file_is_kept(
    data_dir, sample_bytes, monkeypatch
):
    def broken(data):
        return data["no such key"]

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, broken)
    data_dir.mkdir()
    (data_dir / "plan.json").write_bytes(sample_bytes)
    outcome = PlanStore(data_dir).open()
    assert outcome.error.problems == [
        "schema_version: the plan could not be upgraded from schema 1 to 2 (KeyError)"
    ]
    assert outcome.quarantined_to.read_bytes() == sample_bytes


def test_a_migrated_plan_is_saved_at_the_current_version(data_dir, sample_bytes, monkeypatch):
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, _uppercase_names)
    data_dir.mkdir()
    (data_dir / "plan.json").write_bytes(sample_bytes)
    store = PlanStore(data_dir)
    plan = store.open().plan
    store.save(plan)
    saved = json.loads(store.path.read_bytes())
    assert saved["schema_version"] == 2 and saved["profile"]["name"] == "AMARA OKAFOR"
    # the version-1 file is kept as a backup, unchanged
    (backup,) = store.rotation.list()
    assert backup.read_bytes() == sample_bytes


@pytest.mark.parametrize(
    ("version", "problem"),
    [
        (2, "the file was written by a newer pmplanner (schema 2); this one reads up to 1"),
        (7, "the file was written by a newer pmplanner (schema 7); this one reads up to 1"),
        (0, "0 is not a version pmplanner has ever written"),
        (-1, "-1 is not a version pmplanner has ever written"),
        ("1", "not a whole number"),
        (1.5, "not a whole number"),
        (None, "not a whole number"),
        (True, "not a whole number"),
    ],
)
def test_bad_versions_are_refused_with_a_located_message(sample_bytes, version, problem):
    data = json.loads(sample_bytes)
    data["schema_version"] = version
    with pytest.raises(PlanFileError) as caught:
        migrate(data, "plan.json")
    assert caught.value.problems == [f"schema_version: {problem}"]
