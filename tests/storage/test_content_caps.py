"""Ladder files we did not write: every string capped, every number strictly typed."""

from __future__ import annotations

import time

import pytest

from pmplanner.cli import main
from pmplanner.storage.content import ContentError, load_ladder_file
from tests.hostile.files import dense_ladder, write_json

BIG = "x" * 10_000_000


def spoiled(change) -> dict:
    ladder = dense_ladder(3)
    change(ladder)
    return ladder


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (
            lambda d: d["roles"][1].update(title=BIG),
            "roles[1].title: longer than the 500 characters allowed",
        ),
        (
            lambda d: d["roles"][0].update(summary=BIG),
            "roles[0].summary: longer than the 5,000 characters allowed",
        ),
        (
            lambda d: d["roles"][0].update(notes=["ok"] * 201),
            "roles[0].notes: more than the 200 entries allowed",
        ),
        (lambda d: d["tracks"][0].update(name=BIG), "tracks[0].name: longer than the 500"),
        (lambda d: d["transitions"][0].update(years="2"), "transitions[0].years: not a number"),
        (lambda d: d["transitions"][2].update(years=True), "transitions[2].years: not a number"),
        (lambda d: d["roles"][2].update(level=True), "roles[2].level: not a whole number"),
        (lambda d: d["levels"][0].update(rank="0"), "levels[0].rank: not a whole number"),
        (lambda d: d["roles"][0].update(entry_point="yes"), "roles[0].entry_point: not true"),
        (lambda d: d.update(schema_version="1"), "schema_version: not a whole number"),
    ],
)
def test_a_hostile_ladder_is_refused_at_once_with_the_place(tmp_path, capsys, change, where):
    path = write_json(tmp_path / "ladder.json", spoiled(change))
    began = time.perf_counter()
    with pytest.raises(ContentError) as caught:
        load_ladder_file(path)
    assert main(["check", str(path)]) == 1
    assert time.perf_counter() - began < 10
    assert any(where in p for p in caught.value.problems), caught.value.problems
    out = capsys.readouterr().out
    assert where in out and len(out) < 2000
