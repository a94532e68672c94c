"""Goal and contact ids are unique per list: duplicates found, located and repaired.

The window finds a row by its id; two goals sharing one meant that editing
row 3 changed row 1 and deleting row 2 deleted row 1. A file we did not write
(or one edited by hand) may hold such twins, so every load gives the later
ones new ids (nothing is lost: the rows and their text stay) and says where.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from pmplanner.core.plan import Plan, new_id


class _HasId(Protocol):
    id: str


def give_unique_ids(plan: Plan) -> list[str]:
    """Give every later duplicate in ``plan.goals`` and ``plan.contacts`` a new id.

    Returns one located sentence per duplicate (``goals[3].id: the same id as
    goals[1]``), [] when every id was unique. Changes ``plan`` in place.
    """
    return _unique("goals", plan.goals) + _unique("contacts", plan.contacts)


def _unique(name: str, items: Sequence[_HasId]) -> list[str]:
    first: dict[str, int] = {}
    for index, item in enumerate(items):
        first.setdefault(item.id, index)
    if len(first) == len(items):
        return []
    taken = set(first)
    notes: list[str] = []
    for index, item in enumerate(items):
        earlier = first[item.id]
        if earlier == index:
            continue
        notes.append(f"{name}[{index}].id: the same id as {name}[{earlier}]")
        fresh = new_id()
        while fresh in taken:  # pragma: no cover - a uuid4 collision
            fresh = new_id()
        taken.add(fresh)
        item.id = fresh
    return notes
