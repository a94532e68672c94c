"""The fuzz net: plans and ladders, valid and broken, through every path with limits.

Each case runs in a child process (``tests/hostile/fuzz_child.py``) under an
address-space limit, with a time limit per case: `check`, every export (PDF,
ICS, PNG map), the store's open and save, the ladder's check and route
search, and an offscreen window start. A file `check` accepts must export;
one it refuses must be refused by every export with a sentence; nothing may
raise, hang or grow without bound.

The hypothesis-generated cases are slow (a process each); a few fixed
regressions, one for each hostile file found by hand, run always.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmplanner.storage.plan_format import serialize_plan
from tests.hostile.files import dense_ladder
from tests.storage.test_plan_roundtrip import plans

ROOT = Path(__file__).resolve().parent.parent
MEMORY_LIMIT = 4 * 1024**3  # address space of the child (Qt reserves far more than it uses)
MAX_RSS_MB = 1500
CASE_SECONDS = 60


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_cases(folders: list[Path]) -> list[dict]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FUZZ_CASE_SECONDS=str(CASE_SECONDS))
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    result = subprocess.run(
        [sys.executable, "-m", "tests.hostile.fuzz_child", *map(str, folders)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=CASE_SECONDS * len(folders) + 60,
        preexec_fn=_limit_memory,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == len(folders), result.stdout
    for line in lines:
        assert line["rss_mb"] < MAX_RSS_MB, line
    return lines


def case(folder: Path, plan: bytes, ladder: dict | bytes | None = None) -> Path:
    folder.mkdir(parents=True)
    (folder / "plan.json").write_bytes(plan)
    if ladder is not None:
        raw = ladder if isinstance(ladder, bytes) else json.dumps(ladder).encode()
        (folder / "ladder.json").write_bytes(raw)
    return folder


def plan_json(**body) -> bytes:
    return json.dumps({"schema_version": 2, **body}).encode()


# -- fixed regressions: each hostile file found by hand -------------------------------
def test_hostile_files_found_by_hand_hold_on_every_path(tmp_path):
    markup = '<img src="file:///dev/zero"><b>x</b>'
    cases = [
        case(tmp_path / "twins", plan_json(goals=[{"id": "a", "title": t} for t in "xyz"])),
        case(tmp_path / "far-date", plan_json(goals=[{"title": "t", "due": "9999-12-31"}])),
        case(tmp_path / "edges", plan_json(goals=[{"due": "1900-01-01"}, {"due": "2200-12-31"}])),
        case(tmp_path / "huge-id", plan_json(profile={"background": "x" * 10_000_000})),
        case(tmp_path / "bool-progress", plan_json(goals=[{"progress": True}])),
        case(
            tmp_path / "markup",
            plan_json(goals=[{"title": markup, "skills": [markup]}], profile={"name": markup}),
            dense_ladder(12),
        ),
    ]
    results = {r["case"]: r for r in run_cases(cases)}
    assert results["twins"]["check"] == 1 and results["twins"]["opened"]
    assert results["far-date"]["check"] == 1 and not results["far-date"]["opened"]
    assert results["edges"]["check"] == 0 and results["edges"]["ics"] == 0
    assert results["huge-id"]["check"] == 1
    assert results["bool-progress"]["check"] == 1
    assert results["markup"]["check"] == 0 and results["markup"]["routes"] >= 1  # answered


# -- generated cases --------------------------------------------------------------------
HOSTILE_VALUES = [
    True,
    False,
    "10",
    10.5,
    -1,
    10**30,
    None,
    [],
    {},
    "",
    "9999-12-31",
    "1899-12-31T23:59:59Z",
    "x" * 100_000,
    '<img src="file:///dev/zero">',
    [[[[[["deep"]]]]]],
    {"k": {"k": {"k": {"k": {"k": 1}}}}},
]


def _places(value, path=()):
    """Every (path) into a JSON value, containers included."""
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _places(item, (*path, index))


def _get(value, path):
    for part in path:
        value = value[part]
    return value


@st.composite
def mutated(draw, data):
    """``data`` with a few random hostile changes: new values, deletions, twins, extra keys."""
    for _ in range(draw(st.integers(0, 3))):
        places = [p for p in _places(data) if p]
        if not places:
            break
        path = draw(st.sampled_from(places))
        parent, key = _get(data, path[:-1]), path[-1]
        action = draw(st.sampled_from(["replace", "replace", "delete", "twin", "extra"]))
        if action == "replace":
            parent[key] = draw(st.sampled_from(HOSTILE_VALUES))
        elif action == "delete":
            del parent[key]
        elif action == "twin" and isinstance(parent, list):
            parent.insert(key, json.loads(json.dumps(parent[key])))
        elif isinstance(parent, dict):
            parent[draw(st.sampled_from(["extra", "id", "schema_version"]))] = draw(
                st.sampled_from(HOSTILE_VALUES)
            )
    return data


@st.composite
def fuzz_cases(draw):
    plan = json.loads(serialize_plan(draw(plans())))
    raw = json.dumps(draw(mutated(plan))).encode()
    if draw(st.integers(0, 9)) == 0:  # a truncated file
        raw = raw[: draw(st.integers(0, len(raw)))]
    ladder = None
    if draw(st.booleans()):
        ladder = draw(mutated(dense_ladder(draw(st.integers(2, 14)))))
    return raw, ladder


@pytest.mark.slow
@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
@given(fuzz_cases())
def test_generated_plans_and_ladders_hold_on_every_path(tmp_path_factory, generated):
    plan, ladder = generated
    folder = tmp_path_factory.mktemp("fuzz") / "case"
    run_cases([case(folder, plan, ladder)])


def test_quiz_times_with_and_without_a_zone_export(tmp_path):
    """Found by the fuzz net: `export-pdf` compared a naive and an aware `taken`."""
    quiz = [{"taken": "2000-01-01T00:00:00"}, {"taken": "2000-01-01T00:00:00Z"}]
    results = run_cases([case(tmp_path / "mixed", plan_json(quiz_results=quiz))])
    assert results[0]["check"] == 0 and results[0]["pdf"] == 0
