"""Acme's ladder: the organisation's own ladder the ladder tests import, one copy.

``acme_ladder()`` has two roles (Acme PM, Acme Senior PM); with ``engineer`` it
also has a software engineer who moves sideways into the PM role, and longer
titles. Each call returns a new dict, free to change.
"""

from __future__ import annotations

from typing import Any


def acme_ladder(engineer: bool = False) -> dict[str, Any]:
    pm, senior = (
        ("Acme Product Manager", "Acme Senior Product Manager")
        if engineer
        else (
            "Acme PM",
            "Acme Senior PM",
        )
    )
    roles: list[dict[str, Any]] = [
        {
            "id": "acme-pm",
            "title": pm,
            "track": "product",
            "level": 0,
            "summary": "Owns a feature area",
            "skills": [{"skill": "communication", "level": 3 if engineer else 2}],
        },
        {
            "id": "acme-senior-pm",
            "title": senior,
            "track": "product",
            "level": 1,
            "summary": "Owns a product",
        },
    ]
    transitions = [
        {"from_role": "acme-pm", "to_role": "acme-senior-pm", "kind": "promotion", "years": 2}
    ]
    progression = ["acme-pm", "acme-senior-pm"]
    if engineer:
        roles[1]["skills"] = [
            {"skill": "communication", "level": 4},
            {"skill": "data-analysis", "level": 3},
        ]
        roles.insert(
            0,
            {
                "id": "acme-engineer",
                "title": "Acme Software Engineer",
                "track": "product",
                "level": 0,
                "summary": "Builds the product",
                "skills": [{"skill": "communication", "level": 2}],
            },
        )
        transitions.insert(
            0, {"from_role": "acme-engineer", "to_role": "acme-pm", "kind": "lateral", "years": 1}
        )
        progression.insert(0, "acme-engineer")
    return {
        "schema_version": 1,
        "levels": [{"rank": 0, "name": "Junior"}, {"rank": 1, "name": "Senior"}],
        "tracks": [
            {
                "id": "product",
                "name": "Product at Acme",
                "kind": "ladder",
                "summary": "Acme's product ladder",
                "progression": progression,
                "colour": "#336699",
            }
        ],
        "roles": roles,
        "transitions": transitions,
    }
