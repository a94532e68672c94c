"""Goals or contacts sharing an id: repaired on every load, on the quick and the strict path."""

from __future__ import annotations

import json

from pmplanner.storage import migrations, plan_fast_load
from pmplanner.storage.plan_format import parse_plan_bytes
from pmplanner.storage.plan_store import PlanStore


def twins(version: int = migrations.SCHEMA_VERSION, **extra) -> bytes:
    goals = [{"id": "g", "title": t} for t in ("one", "two", "three")]
    contacts = [{"id": "c", "name": "Ann"}, {"id": "d"}, {"id": "c", "name": "Cy"}]
    return json.dumps(
        {"schema_version": version, "goals": goals, "contacts": contacts, **extra}
    ).encode()


def check_repaired(raw: bytes) -> None:
    notes: list[str] = []
    plan = parse_plan_bytes(raw, "plan.json", notes)
    assert notes == [
        "goals[1].id: the same id as goals[0]",
        "goals[2].id: the same id as goals[0]",
        "contacts[2].id: the same id as contacts[0]",
    ]
    assert [g.title for g in plan.goals] == ["one", "two", "three"]
    assert plan.goals[0].id == "g" and len({g.id for g in plan.goals}) == 3
    assert [c.id for c in plan.contacts][:2] == ["c", "d"]
    assert plan.contacts[2].id not in ("c", "d") and plan.contacts[2].name == "Cy"


def test_the_quick_path_does_not_bypass_the_repair():
    raw = twins()
    assert plan_fast_load.fast_parse(raw) is not None  # this file takes the quick way
    check_repaired(raw)


def test_the_strict_path_repairs_too():
    raw = twins(version=1)  # an older file: migrations, the strict path
    assert plan_fast_load.fast_parse(raw) is None
    check_repaired(raw)


def test_unique_ids_load_unchanged_and_say_nothing():
    raw = json.dumps({"schema_version": 2, "goals": [{"id": "a"}, {"id": "b"}]}).encode()
    notes: list[str] = []
    plan = parse_plan_bytes(raw, "plan.json", notes)
    assert notes == [] and [g.id for g in plan.goals] == ["a", "b"]


def test_opening_keeps_the_file_as_it_was_before_anything_is_saved(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    raw = twins()
    (data_dir / "plan.json").write_bytes(raw)
    store = PlanStore(data_dir)
    outcome = store.open()
    assert len(outcome.repaired_ids) == 3
    assert [p.read_bytes() for p in store.rotation.files()] == [raw]
    assert (data_dir / "plan.json").read_bytes() == raw  # nothing written yet
    store.save(outcome.plan)
    assert [p.read_bytes() for p in store.rotation.files()] == [raw]  # not a second copy
    again = PlanStore(data_dir).open()
    assert again.repaired_ids == []
    assert [g.id for g in again.plan.goals] == [g.id for g in outcome.plan.goals]
