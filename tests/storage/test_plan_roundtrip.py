"""What is saved loads back equal, byte for byte the same on a second save."""

from __future__ import annotations

import json
import string
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmplanner.core.plan import (
    MAX_TEXT,
    Contact,
    Goal,
    GoalKind,
    GoalStatus,
    Plan,
    Profile,
    QuizResult,
    TrackScore,
)
from pmplanner.core.plan_fields import FIRST_DAY, LAST_DAY
from pmplanner.storage import plan_format
from pmplanner.storage.plan_store import (
    SCHEMA_VERSION,
    PlanStore,
    SaveError,
    load_plan_file,
    parse_plan_bytes,
    serialize_plan,
)

SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d", "\ude00"]
SPECIAL = ["😀", "🏽", "\u200d", "\u0000", "\ufffd", '"', "\\", "\n", "é", "\u2028", "中"]

character = st.one_of(
    st.characters(),  # any code point except surrogates
    st.sampled_from(SURROGATES),
    st.sampled_from(SPECIAL),
)


def text(max_size: int = 40) -> st.SearchStrategy[str]:
    return st.text(character, max_size=max_size)


ids = st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=32)
# the whole range a plan allows (core.plan_fields), both ends included
dates = st.dates(min_value=FIRST_DAY, max_value=LAST_DAY)
# Aware times are UTC (what the program makes); naive ones stay naive.
datetimes = st.one_of(
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 12, 31, 23, 59, 59)),
    st.datetimes(
        min_value=datetime(1900, 1, 1),
        max_value=datetime(2200, 12, 31, 23, 59, 59),
        timezones=st.just(UTC),
    ),
)
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**53), max_value=2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    text(),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(text(8), inner, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def goals(draw) -> Goal:
    return Goal.model_construct(
        id=draw(ids),
        kind=draw(st.sampled_from(GoalKind)),
        title=draw(text(500) if draw(st.booleans()) else text()),
        notes=draw(st.one_of(text(), st.builds(lambda s, n: s * n, text(20), st.integers(1, 500)))),
        link=draw(text()),
        due=draw(st.none() | dates),
        status=draw(st.sampled_from(GoalStatus)),
        progress=draw(st.integers(0, 100)),
        skills=draw(st.lists(text(12), max_size=4)),
        created=draw(datetimes),
        completed=draw(st.none() | datetimes),
    )


@st.composite
def contacts(draw) -> Contact:
    return Contact.model_construct(
        id=draw(ids),
        name=draw(text()),
        how_met=draw(text()),
        notes=draw(text(200)),
        last_contact=draw(st.none() | dates),
        next_follow_up=draw(st.none() | dates),
    )


@st.composite
def quiz_results(draw) -> QuizResult:
    return QuizResult.model_construct(
        taken=draw(datetimes),
        answers=draw(st.dictionaries(text(10), json_values, max_size=4)),
        ranking=[
            TrackScore.model_construct(track=t, score=s)
            for t, s in draw(
                st.lists(
                    st.tuples(text(10), st.floats(allow_nan=False, allow_infinity=False)),
                    max_size=3,
                )
            )
        ],
        recommended_role=draw(st.none() | text(20)),
        track=draw(st.none() | text(20)),
        direction=draw(st.none() | text(20)),
        verdict=draw(st.sampled_from(["", "clear", "close", "flat"])),
        directions=[
            TrackScore.model_construct(track=t, score=s)
            for t, s in draw(
                st.lists(st.tuples(text(10), st.floats(-1e6, 1e6, allow_nan=False)), max_size=2)
            )
        ],
    )


@st.composite
def plans(draw) -> Plan:
    profile = Profile.model_construct(
        name=draw(text()),
        background=draw(st.none() | text()),
        current_role=draw(st.none() | text()),
        target_role=draw(st.none() | text()),
        target_date=draw(st.none() | dates),
    )
    return Plan.model_construct(
        profile=profile,
        # ids are unique per list (a file with twins is repaired on load: test_plan_ids)
        goals=draw(st.lists(goals(), max_size=5, unique_by=lambda g: g.id)),
        contacts=draw(st.lists(contacts(), max_size=3, unique_by=lambda c: c.id)),
        skill_ratings=draw(st.dictionaries(text(12), st.integers(0, 5), max_size=5)),
        quiz_results=draw(st.lists(quiz_results(), max_size=2)),
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_load_of_save_is_the_same_plan_and_saving_again_gives_the_same_bytes(plan):
    raw = serialize_plan(plan)
    assert raw.isascii()
    loaded = parse_plan_bytes(raw, "plan.json")
    assert loaded == plan
    assert serialize_plan(plan) == raw
    assert serialize_plan(loaded) == raw


@settings(max_examples=50, deadline=None)
@given(plans())
def test_round_trip_through_a_real_store(tmp_path_factory, plan):
    store = PlanStore(tmp_path_factory.mktemp("store"))
    store.open()
    store.save(plan)
    assert PlanStore(store.data_dir).open().plan == plan


def test_a_lone_surrogate_in_every_kind_of_text_saves_and_loads_back(tmp_path):
    plan = Plan()
    goal = Goal(title="ok")
    # The UI assigns text without validation; a bad paste can hold a lone surrogate.
    goal.title = "half an emoji \ud83d"
    goal.notes = "\udfff" * 10
    goal.skills = ["\ud800skill"]
    plan.goals.append(goal)
    plan.skill_ratings["\udc00key"] = 3
    quiz = QuizResult()
    quiz.answers = {"\ud801": ["\ud802", {"\ud803k": "\ud804v"}]}
    plan.quiz_results.append(quiz)
    plan.profile.name = "\udbff"

    store = PlanStore(tmp_path)
    store.open()
    store.save(plan)
    raw = store.path.read_bytes()
    assert b"\\ud83d" in raw and raw.isascii()
    loaded = load_plan_file(store.path)
    assert loaded == plan
    assert loaded.goals[0].title == "half an emoji \ud83d"
    assert list(loaded.skill_ratings) == ["\udc00key"]
    assert loaded.goals[0].kind is GoalKind.COURSE  # enums stay enums on that path
    assert serialize_plan(loaded) == raw


def test_a_surrogate_text_still_obeys_the_length_limit(tmp_path):
    goal = Goal()
    goal.notes = "\ud800" * (MAX_TEXT + 1)
    with pytest.raises(SaveError, match=r"goals\[0\]\.notes"):
        _store(tmp_path).save(Plan(goals=[goal]))


def test_the_sample_plan_round_trips(sample_path):
    plan = load_plan_file(sample_path)
    assert len(plan.goals) == 7 and len(plan.contacts) == 2
    raw = serialize_plan(plan)
    assert parse_plan_bytes(raw, "x") == plan
    assert json.loads(raw)["schema_version"] == SCHEMA_VERSION  # saved upgraded


def test_both_writers_give_files_that_load_to_the_same_plan(sample_path):
    plan = load_plan_file(sample_path)
    fast = plan_format._fast_json(plan)
    assert fast is not None
    exact = plan_format._exact_json(plan)
    assert parse_plan_bytes(fast.encode(), "x") == parse_plan_bytes(exact.encode(), "x") == plan


def _store(tmp_path):
    store = PlanStore(tmp_path / "data")
    store.open()
    return store


@pytest.mark.parametrize(
    ("spoil", "where"),
    [
        (lambda p: setattr(p.goals[0], "progress", 150), "goals[0].progress"),
        (lambda p: setattr(p.goals[0], "title", "x" * 501), "goals[0].title"),
        (lambda p: setattr(p.goals[0], "due", "next week"), "goals[0].due"),
        (lambda p: p.skill_ratings.update(discovery=9), "skill_ratings.discovery"),
        (lambda p: setattr(p.quiz_results[0].ranking[0], "score", float("nan")), "not finite"),
    ],
)
def test_a_plan_that_would_not_load_again_is_refused_and_the_file_kept(
    tmp_path, sample_path, spoil, where
):
    store = _store(tmp_path)
    plan = load_plan_file(sample_path)
    store.save(plan)
    before = store.path.read_bytes()
    spoil(plan)
    with pytest.raises(SaveError) as caught:
        store.save(plan)
    message = str(caught.value)
    assert str(store.path) in message and where in message and message.endswith(".")
    assert store.path.read_bytes() == before


def test_values_json_cannot_hold_are_refused(tmp_path):
    plan = Plan(quiz_results=[QuizResult()])
    plan.quiz_results[0].answers = {"a": object()}
    with pytest.raises(SaveError, match=r"would refuse when loading it again .*answers: an answer"):
        _store(tmp_path).save(plan)


def test_aware_times_in_other_zones_are_kept_as_the_same_instant():
    odd_zone = __import__("datetime").timezone(timedelta(hours=5, minutes=30, seconds=15))
    goal = Goal()
    goal.created = datetime(2026, 1, 1, 12, 0, tzinfo=odd_zone)
    plan = Plan(goals=[goal])
    plan.goals[0].title = "\ud800"  # forces the json.dumps writer
    assert parse_plan_bytes(serialize_plan(plan), "x") == plan
