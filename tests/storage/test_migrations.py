"""Schema versions: old files are upgraded one version at a time; newer ones refused."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from pmplanner.storage import migrations
from pmplanner.storage.errors import NewerPlanVersionError
from pmplanner.storage.migrations import migrate, v1_to_v2, v2_to_v3, v3_to_v4
from pmplanner.storage.plan_store import PlanFileError, PlanStore, load_plan_file

V2_SAMPLE = Path(__file__).parent / "samples" / "plan_v2.json"
V3_SAMPLE = Path(__file__).parent / "samples" / "plan_v3.json"
V4_SAMPLE = Path(__file__).parent / "samples" / "plan_v4.json"


def test_the_current_version_needs_no_migration():
    data = json.loads(V4_SAMPLE.read_bytes())
    assert migrate(data, "plan.json") is data
    assert migrations.SCHEMA_VERSION == 4 and set(migrations.MIGRATIONS) == {1, 2, 3}


# -- the real migration: version 3 -> 4 (a plan that lives for months) ------------------

V4_FIELDS = {"checkins", "check_in_rhythm", "reminder_alarm", "evidence", "role_notes"}


def test_v3_to_v4_on_the_stored_sample_adds_empty_history_and_keeps_everything():
    v3 = json.loads(V3_SAMPLE.read_bytes())
    untouched = copy.deepcopy(v3)
    v4 = v3_to_v4(v3)
    assert v3 == untouched  # pure
    assert v4["checkins"] == [] and v4["evidence"] == []
    assert v4["check_in_rhythm"] == "monthly" and v4["reminder_alarm"] == "day_before"
    assert v4["role_notes"] == {} and v4["skill_notes"] == {}
    assert v4["profile"] == {**untouched["profile"], "years_in_current_role": None}
    new_contact_fields = {
        "company", "role", "email", "profile_link", "goals", "keep_in_touch_days", "interactions"
    }  # fmt: skip
    for old, new in zip(untouched["contacts"], v4["contacts"], strict=True):
        assert {k: new[k] for k in old} == old  # nothing of the old contact lost
        assert set(new) - set(old) == new_contact_fields
    # the recorded last contact becomes the first entry of the interaction log
    assert v4["contacts"][0]["interactions"] == [{"day": "2025-12-04", "note": ""}]
    unchanged = set(untouched) - {"profile", "contacts"}
    assert {k: v4[k] for k in unchanged} == {k: untouched[k] for k in unchanged}
    plan = load_plan_file(V3_SAMPLE)
    assert plan.checkins == [] and plan.profile.years_in_current_role is None
    assert plan.contacts[1].interactions[0].day.isoformat() == "2025-11-21"
    assert plan.goals[1].completed is not None  # a done goal keeps its completion date


def test_v3_to_v4_leaves_what_validation_must_report():
    odd = {"schema_version": 3, "profile": "x", "contacts": ["not an object", {"name": "A"}]}
    upgraded = v3_to_v4(odd)
    assert upgraded["profile"] == "x" and upgraded["contacts"][0] == "not an object"
    assert upgraded["contacts"][1]["interactions"] == []
    assert "contacts" not in v3_to_v4({"schema_version": 3})


def test_the_v4_sample_loads_with_its_check_ins_evidence_and_contact_log():
    plan = load_plan_file(V4_SAMPLE)
    first, second = plan.checkins
    assert (first.ratings, second.ratings) == ({"communication": 2}, {"communication": 3})
    assert second.expected == {"communication": 4} and second.target_title == "Acme Senior PM"
    assert [f.skill for f in first.focus] == ["communication"]
    assert plan.check_in_rhythm == "six_weeks" and plan.reminder_alarm == "week_before"
    assert len(plan.evidence) == 2
    assert plan.evidence[0].skills == ["communication", "product-strategy"]
    (priya, jonas) = plan.contacts
    assert priya.keep_in_touch_days == 30 and len(priya.interactions) == 2
    assert priya.company == "Acme" and jonas.keep_in_touch_days is None
    assert plan.profile.years_in_current_role == 2.5
    assert plan.role_notes == {"acme-senior-pm": "Ask Priya what the promotion panel looks for."}


@pytest.mark.parametrize(
    ("where", "value", "problem"),
    [
        (("checkins", 0, "ratings", "communication"), 6, "checkins[0].ratings.communication: "),
        (("checkins", 0, "ratings", "communication"), "3", "checkins[0].ratings.communication: "),
        (("checkins", 0, "day"), "soon", "checkins[0].day: not a date"),
        (("checkins", 0, "wins"), 5, "checkins[0].wins: not text"),
        (("checkins", 0, "goals", 0, "progress"), 101, "checkins[0].goals[0].progress: "),
        (("checkins", 1, "focus"), [{"skill": "a"}] * 4, "checkins[1].focus: "),
        (("evidence", 1, "skills"), "communication", "evidence[1].skills: not a list"),
        (("evidence", 0, "text"), "x" * 20_001, "evidence[0].text: "),
        (("contacts", 0, "keep_in_touch_days"), 0, "contacts[0].keep_in_touch_days: "),
        (("contacts", 0, "keep_in_touch_days"), 1.5, "contacts[0].keep_in_touch_days: "),
        (("contacts", 0, "interactions", 1, "note"), None, "contacts[0].interactions[1].note:"),
        (("profile", "years_in_current_role"), -1, "profile.years_in_current_role: "),
        (("profile", "years_in_current_role"), "2", "profile.years_in_current_role: "),
        (("check_in_rhythm",), "weekly", "check_in_rhythm: "),
        (("reminder_alarm",), "hourly", "reminder_alarm: "),
        (("skill_notes", "communication"), 3, "skill_notes.communication: not text"),
    ],
)
def test_a_broken_v4_field_is_refused_with_its_place(tmp_path, where, value, problem):
    data = json.loads(V4_SAMPLE.read_bytes())
    target = data
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data))
    with pytest.raises(PlanFileError) as caught:
        load_plan_file(path)
    assert any(p.startswith(problem) for p in caught.value.problems), caught.value.problems


# -- the real migration: version 2 -> 3 (the plan records its ladder) -------------------


def test_v2_to_v3_on_the_stored_sample_says_built_in_ladder_and_keeps_the_rest():
    v2 = json.loads(V2_SAMPLE.read_bytes())
    untouched = copy.deepcopy(v2)
    v3 = v2_to_v3(v2)
    assert v2 == untouched  # pure
    assert v3["ladder"] is None
    assert {k: v for k, v in v3.items() if k != "ladder"} == untouched
    plan = load_plan_file(V2_SAMPLE)
    assert plan.ladder is None
    assert plan.profile.current_role == untouched["profile"]["current_role"]
    assert len(plan.goals) == len(untouched["goals"])
    assert plan.skill_ratings == untouched["skill_ratings"]


def test_the_v3_sample_carries_its_organisations_ladder():
    plan = load_plan_file(V3_SAMPLE)
    assert plan.ladder is not None and plan.ladder.name == "Acme product ladder"
    assert [r.title for r in plan.ladder.roles][:2] == ["Acme Software Engineer", "Acme PM"]
    assert plan.profile.target_role == "acme-senior-pm"


def test_a_v3_plan_whose_ladder_does_not_hold_together_is_refused_with_the_place(tmp_path):
    data = json.loads(V3_SAMPLE.read_bytes())
    data["ladder"]["roles"][1]["track"] = "nowhere"
    data["ladder"]["roles"][2]["skills"][0]["skill"] = "telepathy"
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data))
    with pytest.raises(PlanFileError) as caught:
        load_plan_file(path)
    problems = caught.value.problems
    assert any(p.startswith("ladder.roles[1].track:") and "nowhere" in p for p in problems)
    assert any(p.startswith("ladder.roles[2].skills[0].skill:") for p in problems)


def test_an_older_pmplanner_refuses_a_v3_file_cleanly(monkeypatch):
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: v1_to_v2})
    with pytest.raises(NewerPlanVersionError) as caught:
        load_plan_file(V3_SAMPLE)
    assert caught.value.problems == [
        "schema_version: the file was written by a newer pmplanner (schema 3); "
        "this one reads up to 2"
    ]


# -- the real migration: version 1 -> 2 (quiz results gain track, direction, verdict) ----


def test_v1_to_v2_on_the_stored_sample(sample_bytes):
    v1 = json.loads(sample_bytes)
    untouched = copy.deepcopy(v1)
    v2 = v1_to_v2(v1)
    assert v1 == untouched  # pure: the version-1 dict is left alone
    (result,) = v2["quiz_results"]
    # the old result recommended the top of its ranking; it never asked about a direction
    assert result["track"] == "technical-pm"
    assert result["direction"] is None and result["directions"] == []
    assert result["verdict"] == ""  # not recorded by version 1
    assert result["ranking"] == untouched["quiz_results"][0]["ranking"]
    assert {k: v for k, v in v2.items() if k != "quiz_results"} == {
        k: v for k, v in untouched.items() if k != "quiz_results"
    }


def test_the_v1_sample_migrated_is_the_start_of_the_v2_sample(sample_bytes):
    migrated = migrate(json.loads(sample_bytes), "plan.json")
    v2 = json.loads(V2_SAMPLE.read_bytes())
    assert migrated["schema_version"] == 4 and migrated["ladder"] is None
    assert migrated["quiz_results"] == v2["quiz_results"][:1]
    later = ("quiz_results", "ladder", "profile", "contacts", *V4_FIELDS, "skill_notes")
    assert {k: v for k, v in migrated.items() if k not in later} == {
        k: v for k, v in v2.items() if k not in (*later, "schema_version")
    } | {"schema_version": 4}
    assert migrated["profile"] == v2["profile"] | {"years_in_current_role": None}


def test_the_v2_sample_loads_with_its_quiz_results():
    plan = load_plan_file(V2_SAMPLE)
    old, new = plan.quiz_results
    assert (old.track, old.verdict, old.direction) == ("technical-pm", "", None)
    assert (new.track, new.verdict, new.direction) == ("technical", "clear", "people-management")
    assert new.recommended_role == "atpm"
    assert [s.track for s in new.directions] == ["people-management", "product-leadership"]


def test_loading_the_v1_sample_upgrades_it_and_leaves_the_file_alone(sample_path, sample_bytes):
    plan = load_plan_file(sample_path)
    assert plan.quiz_results[0].track == "technical-pm"
    assert plan.profile.name == "Amara Okafor" and len(plan.goals) == 7
    assert sample_path.read_bytes() == sample_bytes


@pytest.mark.parametrize(
    ("results", "tracks"),
    [
        ([], []),
        ([{"ranking": []}], [None]),
        ([{}], [None]),
        ([{"ranking": [{"track": "a", "score": 1}, {"track": "b", "score": 2.5}]}], ["b"]),
        ([{"ranking": [{"track": "a", "score": True}, {"track": 7, "score": 3}]}], [None]),
        (
            [{"ranking": [{"track": "a", "score": "high"}, "junk", {"track": "b", "score": 0}]}],
            ["b"],
        ),
        ([{"ranking": "not a list"}], [None]),
    ],
)
def test_v1_to_v2_makes_no_guesses_from_odd_rankings(results, tracks):
    upgraded = v1_to_v2({"schema_version": 1, "quiz_results": results})
    assert [r["track"] for r in upgraded["quiz_results"]] == tracks


def test_v1_to_v2_leaves_what_validation_must_report():
    odd = {"schema_version": 1, "quiz_results": ["not an object", {"track": 5}]}
    upgraded = v1_to_v2(odd)
    assert upgraded["quiz_results"][0] == "not an object"
    assert upgraded["quiz_results"][1]["track"] == 5  # kept, so loading says it is wrong
    assert v1_to_v2({"schema_version": 1, "quiz_results": "x"})["quiz_results"] == "x"
    assert "quiz_results" not in v1_to_v2({"schema_version": 1})


def test_a_v1_file_with_a_broken_quiz_result_is_a_located_error(tmp_path, sample_bytes):
    data = json.loads(sample_bytes)
    data["quiz_results"][0]["track"] = 5
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data))
    with pytest.raises(PlanFileError) as caught:
        load_plan_file(path)
    assert caught.value.problems == ["quiz_results[0].track: not text"]


def test_an_older_pmplanner_refuses_a_v2_file_cleanly(monkeypatch):
    # what a pmplanner that reads only version 1 does with a version-2 plan
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 1)
    monkeypatch.setattr(migrations, "MIGRATIONS", {})
    with pytest.raises(NewerPlanVersionError) as caught:
        load_plan_file(V2_SAMPLE)
    assert caught.value.problems == [
        "schema_version: the file was written by a newer pmplanner (schema 2); "
        "this one reads up to 1"
    ]


# -- the mechanism, with pretend migrations beyond version 4 --------------------------------


def _uppercase_names(data):
    """A pretend 4 -> 5 migration: a pure function of the version-3 dict."""
    upgraded = copy.deepcopy(data)
    upgraded["profile"]["name"] = upgraded["profile"]["name"].upper()
    return upgraded


def test_a_stored_version_1_sample_is_migrated_through_every_version(sample_path, monkeypatch):
    calls = []

    def step(data):
        calls.append((data["schema_version"], data["quiz_results"][0]["track"]))
        return _uppercase_names(data)

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 5)
    monkeypatch.setitem(migrations.MIGRATIONS, 4, step)
    plan = load_plan_file(sample_path)
    assert calls == [(4, "technical-pm")]  # the real 1 -> 2 -> 3 -> 4 ran first
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

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 5)
    for version in (1, 2, 3, 4):
        monkeypatch.setitem(migrations.MIGRATIONS, version, step(version))
    original = json.loads(sample_bytes)
    untouched = copy.deepcopy(original)
    result = migrate(original, "plan.json")
    assert seen == [(1, 1), (2, 2), (3, 3), (4, 4)]
    assert result["trail"] == [1, 2, 3, 4] and result["schema_version"] == 5
    assert original == untouched


def test_a_missing_step_is_a_located_error(sample_bytes, monkeypatch):
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 6)
    monkeypatch.setitem(migrations.MIGRATIONS, 4, _uppercase_names)
    with pytest.raises(PlanFileError) as caught:
        migrate(json.loads(sample_bytes), "plan.json")
    assert caught.value.problems == [
        "schema_version: pmplanner cannot upgrade a plan from schema 5"
    ]


def test_a_failing_migration_is_a_located_error_and_the_file_is_kept(
    data_dir, sample_bytes, monkeypatch
):
    def broken(data):
        return data["no such key"]

    monkeypatch.setitem(migrations.MIGRATIONS, 1, broken)
    data_dir.mkdir()
    (data_dir / "plan.json").write_bytes(sample_bytes)
    outcome = PlanStore(data_dir).open()
    assert outcome.error.problems == [
        "schema_version: the plan could not be upgraded from schema 1 to 2 (KeyError)"
    ]
    assert outcome.quarantined_to.read_bytes() == sample_bytes


def test_a_migrated_plan_is_saved_at_the_current_version(data_dir, sample_bytes):
    data_dir.mkdir()
    (data_dir / "plan.json").write_bytes(sample_bytes)
    store = PlanStore(data_dir)
    plan = store.open().plan
    store.save(plan)
    saved = json.loads(store.path.read_bytes())
    assert saved["schema_version"] == 4 and saved["profile"]["name"] == "Amara Okafor"
    assert saved["quiz_results"][0]["track"] == "technical-pm"
    assert load_plan_file(store.path) == plan
    # the version-1 file is kept as a backup, unchanged
    (backup,) = store.rotation.files()
    assert backup.read_bytes() == sample_bytes


@pytest.mark.parametrize(
    ("version", "problem"),
    [
        (5, "the file was written by a newer pmplanner (schema 5); this one reads up to 4"),
        (7, "the file was written by a newer pmplanner (schema 7); this one reads up to 4"),
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
