"""A current plan file loads the quick way with exactly the strict path's outcome.

``parse_plan_bytes`` first tries pydantic's JSON validator on the bytes
(``plan_fast_load``) and falls back to the strict path (``jsonio`` parse,
migrations, validation). Every file must give the same plan, or the same
located refusal, as the strict path alone: checked here on refused files of the
current schema (the cases of test_plan_load_errors.py use schema 1, which never
takes the quick way) and on random, often broken, files.
"""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmplanner.core.plan import Contact, Plan, Profile
from pmplanner.storage import jsonio, plan_fast_load
from pmplanner.storage.jsonio import JsonFileError, parse_json_bytes
from pmplanner.storage.plan_format import plan_from_data
from pmplanner.storage.plan_store import (
    SCHEMA_VERSION,
    PlanFileError,
    PlanStore,
    load_plan_file,
    parse_plan_bytes,
    serialize_plan,
)

SAMPLES = Path(__file__).parent / "samples"

HEAD = f'{{"schema_version": {SCHEMA_VERSION}, '.encode()


def strict(raw: bytes) -> tuple[str, object]:
    """The outcome of the strict path alone: ("plan", Plan) or ("refused", problems)."""
    try:
        data = parse_json_bytes(raw, "plan.json")
        return "plan", plan_from_data(data, "plan.json")
    except JsonFileError as exc:
        return "refused", exc.problems


def loaded(raw: bytes) -> tuple[str, object]:
    """The outcome of parse_plan_bytes, as a person's file is loaded."""
    try:
        return "plan", parse_plan_bytes(raw, "plan.json")
    except PlanFileError as exc:
        return "refused", exc.problems


def test_a_saved_plan_takes_the_quick_way_and_loads_equal():
    plan = load_plan_file(SAMPLES / "plan_v4.json")
    raw = serialize_plan(plan)
    assert plan_fast_load.fast_parse(raw) == plan
    assert parse_plan_bytes(raw, "plan.json") == plan == strict(raw)[1]


def test_a_hand_formatted_current_file_takes_the_quick_way_too():
    raw = (SAMPLES / "plan_v4.json").read_bytes()  # indented, a newline before each key
    assert b"\n" in raw
    assert plan_fast_load.fast_parse(raw) == strict(raw)[1]
    spaced = raw.replace(b'":', b'" \t:')
    assert plan_fast_load.fast_parse(spaced) == strict(raw)[1]
    assert plan_fast_load.fast_parse(b"\xef\xbb\xbf" + raw) == strict(raw)[1]


def test_loading_leaves_the_cycle_collector_as_it_was():
    raw = serialize_plan(load_plan_file(SAMPLES / "plan_v3.json"))
    assert gc.isenabled()
    for broken in (False, True):
        data = raw[:-1] if broken else raw
        for enabled in (True, False):
            if not enabled:
                gc.disable()
            try:
                loaded(data)
                assert gc.isenabled() is enabled
            finally:
                gc.enable()
            assert gc.get_freeze_count() == 0
    gc.freeze()  # objects someone else froze stay frozen
    try:
        frozen = gc.get_freeze_count()
        assert loaded(raw)[0] == "plan"
        assert gc.get_freeze_count() == frozen and gc.isenabled()
    finally:
        gc.unfreeze()


def test_older_files_take_the_strict_way_and_are_upgraded():
    raw = (SAMPLES / "plan_v1.json").read_bytes()
    assert plan_fast_load.fast_parse(raw) is None
    assert loaded(raw) == strict(raw)
    assert loaded(raw)[0] == "plan"


def test_text_that_looks_like_a_key_still_loads():
    plan = load_plan_file(SAMPLES / "plan_v3.json")
    plan.goals[0].notes = 'he wrote {"title": "x", "title": "y"} and "a" :b'
    plan.profile.name = 'key": '
    raw = serialize_plan(plan)
    assert loaded(raw) == ("plan", plan)


REFUSED = {
    "duplicate top-level key": (HEAD + b'"goals": [], "goals": []}', 'the key "goals" appears'),
    "duplicate key in a goal": (
        HEAD + b'"goals": [{"title": "a"}, {"title": "a", "title": "b"}]}',
        'the key "title" appears twice',
    ),
    "duplicate key, spaces before the colons": (
        HEAD + b'"profile": {"name" : "a", "name"\n:"b"}}',
        'the key "name" appears twice',
    ),
    "duplicate key written two ways": (
        HEAD + b'"profile": {"name": "a", "\\u006eame": "b"}}',
        'the key "name" appears twice',
    ),
    "duplicate key hidden by text holding a key end": (
        HEAD + b'"profile": {"name": "\\":", "name": "b", "background": null}}',
        'the key "name" appears twice',
    ),
    "duplicate key in a rating": (
        HEAD + b'"skill_ratings": {"a": 1, "a": 2}}',
        'the key "a" appears twice',
    ),
    "duplicate key in quiz answers": (
        HEAD + b'"quiz_results": [{"answers": {"q": {"x": 1, "x": 1}}}]}',
        'the key "x" appears twice',
    ),
    "duplicate key in a score": (
        HEAD + b'"quiz_results": [{"ranking": [{"track": "t", "score": 1, "score": 2}]}]}',
        'the key "score" appears twice',
    ),
    "duplicate version": (
        HEAD + b'"schema_version": 2}',
        'the key "schema_version" appears twice',
    ),
    "NaN score": (
        HEAD + b'"quiz_results": [{"ranking": [{"track": "t", "score": NaN}]}]}',
        "NaN is not a number JSON allows",
    ),
    "Infinity answer": (
        HEAD + b'"quiz_results": [{"answers": {"a": [Infinity]}}]}',
        "Infinity is not a number JSON allows",
    ),
    "-Infinity score": (
        HEAD + b'"quiz_results": [{"directions": [{"track": "t", "score": -Infinity}]}]}',
        "-Infinity is not a number JSON allows",
    ),
    "NaN progress": (HEAD + b'"goals": [{"progress": NaN}]}', "NaN is not a number"),
    "1e400 score": (
        HEAD + b'"quiz_results": [{"ranking": [{"track": "t", "score": 1e400}]}]}',
        "1e400 is a number too large for JSON",
    ),
    "-2.5E+999 answer": (
        HEAD + b'"quiz_results": [{"answers": {"a": {"b": -2.5E+999}}}]}',
        "-2.5E+999 is a number too large for JSON",
    ),
    "a float of 400 digits": (
        HEAD + b'"quiz_results": [{"answers": {"a": ' + b"9" * 400 + b".5}}]}",
        "is a number too large for JSON",
    ),
    "whole number too long": (
        HEAD + b'"quiz_results": [{"answers": {"a": ' + b"9" * 5000 + b"}}]}",
        "a whole number has too many digits",
    ),
    "deep nesting": (
        HEAD + b'"quiz_results": [{"answers": {"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}]}",
        "nested too deeply",
    ),
    "comma after the version only": (
        f'{{"schema_version": {SCHEMA_VERSION},}}'.encode(),
        "not valid JSON",
    ),
    "trailing text": (HEAD + b'"goals": []} x', "not valid JSON"),
    "not UTF-8": (HEAD + b'"profile": {"name": "\xc0\xaf"}}', "not UTF-8"),
    "unknown field": (HEAD + b'"hobbies": []}', "hobbies: is not a field"),
    "bad date": (HEAD + b'"goals": [{}, {"due": "soon"}]}', "goals[1].due: not a date"),
    "progress too high": (HEAD + b'"goals": [{"progress": 101}]}', "goals[0].progress:"),
    "title too long": (
        HEAD + b'"goals": [{"title": "' + b"x" * 501 + b'"}]}',
        "goals[0].title:",
    ),
}


@pytest.mark.parametrize("case", REFUSED)
def test_current_files_are_refused_with_the_strict_message(case):
    raw, expected = REFUSED[case]
    assert plan_fast_load.fast_parse(raw) is None
    outcome = loaded(raw)
    assert outcome == strict(raw)
    assert outcome[0] == "refused"
    assert any(expected in p for p in outcome[1]), outcome[1]


@pytest.mark.parametrize("case", ["1e400 score", "duplicate key in a goal", "NaN score"])
def test_a_refused_current_file_is_moved_aside_by_the_store(tmp_path, case):
    raw, expected = REFUSED[case]
    (tmp_path / "plan.json").write_bytes(raw)
    outcome = PlanStore(tmp_path).open()
    assert outcome.plan is None
    assert any(expected in p for p in outcome.error.problems)
    assert outcome.quarantined_to.read_bytes() == raw


def test_a_current_file_over_the_size_cap_is_refused(monkeypatch):
    raw = serialize_plan(load_plan_file(SAMPLES / "plan_v3.json"))
    assert len(raw) > 1000
    monkeypatch.setattr(jsonio, "MAX_FILE_BYTES", 1000)
    outcome = loaded(raw)
    assert outcome[0] == "refused"
    assert "more than the 1,000 allowed" in outcome[1][0]


def test_lone_surrogates_in_a_current_file_load_exactly():
    raw = HEAD + b'"profile": {"name": "a\\ud800b"}, "skill_ratings": {"\\udfff": 2}}'
    assert plan_fast_load.fast_parse(raw) is None
    plan = parse_plan_bytes(raw, "plan.json")
    assert plan.profile.name == "a\ud800b"
    assert plan.skill_ratings == {"\udfff": 2}


def test_a_lowered_digit_limit_still_refuses_long_whole_numbers():
    raw = HEAD + b'"quiz_results": [{"answers": {"a": ' + b"7" * 1000 + b"}}]}"
    assert loaded(raw)[0] == "plan"
    before = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(640)
    try:
        outcome = loaded(raw)
    finally:
        sys.set_int_max_str_digits(before)
    assert outcome[0] == "refused"
    assert "a whole number has too many digits" in outcome[1][0]


# -- random files, often broken, compared with the strict path ------------------------
SPACES = st.sampled_from(["", "", "", " ", "\n  ", "\t"])
NUMBER_TOKENS = [
    "0", "-0", "7", "101", "-3", "5.0", "2.5", "1e2", "1e-400", "1e400", "-2.5E+999",
    "1.7976931348623157e308", "1.7976931348623159e308", "NaN", "Infinity", "-Infinity",
    "9" * 400, "9" * 400 + ".0", "9" * 4300, "9" * 4301, "01", "1.", "true", "false", "null",
]  # fmt: skip
TEXTS = [
    "", "a", "x" * 501, "2026-01-31", "2026-02-30", "2026-01-31T10:00:00Z", "soon", "course",
    "planned", "clear", '":', "\\", "\ud800", "\U0001f600", "é", "\u2028", "name",
]  # fmt: skip


def text_token(value: str, ascii_only: bool) -> str:
    return json.dumps(value, ensure_ascii=ascii_only)


@st.composite
def tokens(draw, depth: int = 0) -> str:
    kind = draw(st.integers(0, 9 if depth < 2 else 5))
    if kind <= 2:
        return draw(st.sampled_from(NUMBER_TOKENS))
    if kind <= 5:
        return text_token(draw(st.sampled_from(TEXTS) | st.text(max_size=8)), draw(st.booleans()))
    if kind <= 7:
        items = draw(st.lists(tokens(depth + 1), max_size=3))
        return "[" + ",".join(items) + "]"
    keys = draw(
        st.lists(st.sampled_from(TEXTS[:12]) | st.text(max_size=3), max_size=3, unique=True)
    )
    return obj(draw, [(k, draw(tokens(depth + 1))) for k in keys])


def obj(draw, pairs: list[tuple[str, str]]) -> str:
    if pairs and draw(one_in(30)):
        pairs = [*pairs, draw(st.sampled_from(pairs))]  # a duplicate key
    parts = [
        f"{text_token(k, draw(st.booleans()))}{draw(SPACES)}:{draw(SPACES)}{v}" for k, v in pairs
    ]
    return "{" + draw(SPACES) + ",".join(parts) + "}"


def one_in(n: int) -> st.SearchStrategy[bool]:
    """True about once in ``n`` draws (st.integers favours its bounds)."""
    return st.sampled_from([False] * (n - 1) + [True])


def first(pair: tuple[str, str]) -> str:
    return pair[0]


def texts() -> st.SearchStrategy[str]:
    return st.one_of(st.text(max_size=12), st.sampled_from(TEXTS)).flatmap(
        lambda value: st.booleans().map(lambda ascii_only: text_token(value, ascii_only))
    )


def one_of_texts(*values: str) -> st.SearchStrategy[str]:
    return st.sampled_from([json.dumps(v) for v in values])


DAYS = one_of_texts("2026-01-31", "1999-12-31") | st.just("null")
TIMES = one_of_texts("2026-01-31T10:00:00Z", "2026-01-31T10:00:00+02:00", "2026-01-31T10:00:00")
WHOLE = st.integers(-1, 102).map(str)
SCORES = st.sampled_from(["0", "73.5", "-2", "1e-05", "100.0", "1e308"])
# what each field holds in a file that loads; a random token now and then
FIELDS: dict[str, dict[str, st.SearchStrategy[str]]] = {
    "goal": {
        "id": one_of_texts("g1", "3f9c2a7e5b8d4c1a9e6f0b2d4a6c8e10", ""),
        "kind": one_of_texts("course", "mentor", "meetup", "nap"),
        "title": texts(),
        "notes": texts(),
        "link": texts(),
        "due": DAYS,
        "status": one_of_texts("planned", "done", "in_progress"),
        "progress": WHOLE,
        "skills": st.lists(texts(), max_size=3).map(lambda items: "[" + ",".join(items) + "]"),
        "created": TIMES,
        "completed": TIMES | st.just("null"),
    },
    "contact": {
        "id": one_of_texts("c1", "x" * 65),
        "name": texts(),
        "how_met": texts(),
        "notes": texts(),
        "last_contact": DAYS,
        "next_follow_up": DAYS,
    },
    "profile": {
        "name": texts(),
        "background": texts() | st.just("null"),
        "current_role": texts(),
        "target_role": texts(),
        "target_date": DAYS,
    },
    "score": {"track": texts(), "score": SCORES},
    "quiz": {
        "taken": TIMES,
        "answers": st.lists(
            st.tuples(st.text(max_size=3), tokens(1)), max_size=3, unique_by=first
        ).map(lambda pairs: "{" + ",".join(f"{json.dumps(k)}:{v}" for k, v in pairs) + "}"),
        "recommended_role": texts() | st.just("null"),
        "track": texts(),
        "direction": texts() | st.just("null"),
        "verdict": one_of_texts("", "clear", "close", "flat", "sure"),
    },
}


@st.composite
def model_object(draw, fields: str) -> str:
    known = FIELDS[fields]
    names = draw(st.lists(st.sampled_from(sorted(known)), unique=True, max_size=6))
    pairs = [(n, draw(tokens(1) if draw(one_in(20)) else known[n])) for n in names]
    if fields == "quiz":
        for name in ("ranking", "directions"):
            if draw(st.booleans()):
                scores = draw(st.lists(model_object("score"), max_size=2))
                pairs.append((name, "[" + ",".join(scores) + "]"))
    return obj(draw, pairs)


@st.composite
def plan_files(draw) -> bytes:
    pairs = []
    if not draw(one_in(5)):
        pairs.append(("profile", draw(model_object("profile"))))
    for name, kind in (("goals", "goal"), ("contacts", "contact"), ("quiz_results", "quiz")):
        if draw(st.booleans()):
            items = draw(st.lists(model_object(kind), max_size=3))
            pairs.append((name, "[" + ",".join(items) + "]"))
    if draw(st.booleans()):
        rating = st.sampled_from([*map(str, range(6))] * 8 + NUMBER_TOKENS)
        ratings = draw(
            st.lists(st.tuples(st.text(max_size=3), rating), max_size=4, unique_by=first)
        )
        pairs.append(("skill_ratings", obj(draw, ratings)))
    if draw(one_in(10)):
        pairs.append((draw(st.sampled_from(TEXTS)), draw(tokens(1))))
    version = draw(st.sampled_from([str(SCHEMA_VERSION)] * 6 + ["1", "2.0", "02", '"2"']))
    text = obj(draw, [("schema_version", version), *pairs])
    raw = text.encode("utf-8", "surrogatepass")
    return draw(st.sampled_from([raw, raw, raw, b"\xef\xbb\xbf" + raw, raw + b"\n"]))


@settings(
    max_examples=600,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(plan_files())
def test_random_files_load_or_are_refused_as_the_strict_path_says(raw):
    got, expected = loaded(raw), strict(raw)
    assert comparable(got) == comparable(expected)
    if isinstance(expected[1], Plan):
        for name in ("goals", "contacts"):
            assert_later_twins_renamed(getattr(got[1], name), getattr(expected[1], name))


def assert_later_twins_renamed(got: list, expected: list) -> None:
    """Loading keeps every first id and gives each later duplicate a new one (plan_ids)."""
    seen: set[str] = set()
    for item, wanted in zip(got, expected, strict=True):
        if "id" not in wanted.model_fields_set:  # made anew on each load
            assert item.id not in seen
        elif wanted.id in seen:
            assert item.id not in seen and item.id != wanted.id
        else:
            assert item.id == wanted.id
        seen.add(item.id)


_IDS = {"__all__": {"id"}}


def comparable(outcome: tuple[str, object]) -> tuple[str, object]:
    """Ids and creation times a file leaves out are made anew on each load: compare the rest.

    (Ids are compared by ``assert_later_twins_renamed``: twins get new ones.)
    """
    kind, value = outcome
    if isinstance(value, Plan):
        return kind, value.model_dump(exclude_unset=True, exclude={"goals": _IDS, "contacts": _IDS})
    return kind, value


def test_every_field_that_may_hold_keys_or_floats_is_looked_into():
    """A new field holding floats or objects must be counted, whatever its model."""
    assert plan_fast_load._fields_to_look_into(Plan) == (
        "ladder",
        "profile",
        "goals",
        "contacts",
        "skill_ratings",
        "quiz_results",
        "checkins",
        "evidence",
        "role_notes",
        "skill_notes",
    )
    # the profile holds a float now (years in the current role): it is looked into
    assert plan_fast_load._fields_to_look_into(Profile) == ("years_in_current_role",)
    assert plan_fast_load._fields_to_look_into(Contact) == ("interactions",)
    from datetime import date
    from typing import Annotated, Any, Literal

    from pydantic import BaseModel, Field

    from pmplanner.core.plan import Goal, GoalKind

    class Future(BaseModel):
        text: str = ""
        whole: Annotated[int, Field(ge=0)] = 0
        day: date | None = None
        kind: GoalKind = GoalKind.COURSE
        tags: list[str] = []
        verdict: Literal["a", "b"] = "a"
        ratio: float = 0.0
        maybe_ratio: Annotated[float | None, Field(ge=0)] = None
        anything: Any = None
        mapping: dict[str, int] = {}
        goal: Goal | None = None
        goals: list[Goal] = []
        pairs: tuple[int, float] = (0, 0.0)
        unknown: set[bytes] = set()

    assert plan_fast_load._fields_to_look_into(Future) == (
        "ratio",
        "maybe_ratio",
        "anything",
        "mapping",
        "goal",
        "goals",
        "pairs",
        "unknown",
    )
