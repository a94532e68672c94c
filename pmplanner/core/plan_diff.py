"""What differs between two versions of a plan, counted for a person to read.

Used when another program changed plan.json ("Compare…") and when a backup
is about to be restored. Goals and contacts are matched by id: one only in
``other`` is added, one only in ``base`` removed, one in both with any field
different changed. Pure: no Qt, no files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pmplanner.core.plan import Plan

# compared field by field or item by item below; every other plan field as a whole
_DETAILED = ("profile", "goals", "contacts", "skill_ratings")


@dataclass(frozen=True)
class ListDiff:
    added: int = 0
    removed: int = 0
    changed: int = 0

    @property
    def any(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass(frozen=True)
class PlanDiff:
    """How ``other`` differs from ``base``."""

    goals: ListDiff
    contacts: ListDiff
    profile_fields: tuple[str, ...]  # profile fields with another value, in model order
    ratings_changed: int  # skills rated differently, rated only in one, or unrated in one
    other_fields: tuple[str, ...]  # any other top-level field that differs (quiz results…)

    @property
    def same(self) -> bool:
        return not (
            self.goals.any
            or self.contacts.any
            or self.profile_fields
            or self.ratings_changed
            or self.other_fields
        )


def _items_diff(base: Sequence[Any], other: Sequence[Any]) -> ListDiff:
    before = {item.id: item for item in base}
    after = {item.id: item for item in other}
    added = sum(1 for key in after if key not in before)
    removed = sum(1 for key in before if key not in after)
    changed = sum(1 for key, item in after.items() if key in before and before[key] != item)
    return ListDiff(added, removed, changed)


def diff_plans(base: Plan, other: Plan) -> PlanDiff:
    """What ``other`` adds, removes and changes compared with ``base``."""
    profile_fields = tuple(
        name
        for name in type(base.profile).model_fields
        if getattr(base.profile, name) != getattr(other.profile, name)
    )
    skills = set(base.skill_ratings) | set(other.skill_ratings)
    ratings = sum(1 for s in skills if base.skill_ratings.get(s) != other.skill_ratings.get(s))
    other_fields = tuple(
        name
        for name in type(base).model_fields
        if name not in _DETAILED and getattr(base, name) != getattr(other, name)
    )
    return PlanDiff(
        goals=_items_diff(base.goals, other.goals),
        contacts=_items_diff(base.contacts, other.contacts),
        profile_fields=profile_fields,
        ratings_changed=ratings,
        other_fields=other_fields,
    )
