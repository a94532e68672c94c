"""Hostile files for tests: ladders and plans an attacker or an unlucky user could hand us."""

from __future__ import annotations

import json
from pathlib import Path


def dense_ladder(roles: int) -> dict:
    """``roles`` roles all joined to each other by zero-year lateral moves, one promotion out.

    Its simple paths from the first role to the top are countless (every
    ordering of every subset of the others), which froze an enumerating
    route search; a polynomial one answers at once.
    """
    ids = [f"r{i}" for i in range(roles)]
    moves = [
        {"from_role": a, "to_role": b, "kind": "lateral", "years": 0}
        for a in ids
        for b in ids
        if a != b
    ]
    moves.append({"from_role": ids[-1], "to_role": "top", "kind": "promotion", "years": 1})
    return {
        "schema_version": 1,
        "levels": [{"rank": 0, "name": "Member"}, {"rank": 1, "name": "Lead"}],
        "tracks": [
            {
                "id": "dense",
                "name": "Dense",
                "kind": "ladder",
                "summary": "Every role reaches every other",
                "progression": [ids[0], "top"],
                "colour": "#123456",
            }
        ],
        "roles": [
            {"id": r, "title": f"Role {r}", "track": "dense", "level": 0, "summary": "x"}
            for r in ids
        ]
        + [{"id": "top", "title": "Top", "track": "dense", "level": 1, "summary": "x"}],
        "transitions": moves,
    }


def write_json(path: Path, data) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path
