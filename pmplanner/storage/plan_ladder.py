"""The ladder a plan uses: the built-in one, or an organisation's carried in the plan.

No Qt. ``catalog_for`` turns a plan's ``ladder`` into the CareerCatalog every
view and export reads; ``ladder_from_file`` makes the plan's copy of a ladder
file (so the plan file alone is enough to show its roles elsewhere).
"""

from __future__ import annotations

from pathlib import Path

from pmplanner.core.catalog import CareerCatalog
from pmplanner.core.plan import Plan, PlanLadder
from pmplanner.storage.content import (
    catalog_from_ladder,
    ladder_problems,
    load_builtin_content,
    load_ladder_file,
)

BUILTIN_LADDER_ID = "builtin"

# the catalogs of the ladders seen last, by the ladder object (plans share them
# between undo steps; the catalog is rebuilt only when another ladder is used)
_cache: dict[int, tuple[PlanLadder, CareerCatalog, CareerCatalog]] = {}
_CACHE_SIZE = 8


def catalog_for(ladder: PlanLadder | None, base: CareerCatalog | None = None) -> CareerCatalog:
    """The catalog of ``ladder`` over ``base`` (the built-in content when not given).

    ``None`` is the built-in ladder itself, i.e. ``base``.
    """
    if base is None:
        base = load_builtin_content()
    if ladder is None:
        return base
    hit = _cache.get(id(ladder))
    if hit is not None and hit[0] is ladder and hit[1] is base:
        return hit[2]
    catalog = catalog_from_ladder(ladder, base)
    if len(_cache) >= _CACHE_SIZE:
        _cache.pop(next(iter(_cache)))
    _cache[id(ladder)] = (ladder, base, catalog)
    return catalog


def plan_catalog(plan: Plan, base: CareerCatalog | None = None) -> CareerCatalog:
    return catalog_for(plan.ladder, base)


def plan_ladder_problems(plan: Plan, base: CareerCatalog | None = None) -> list[str]:
    """The broken references of the plan's own ladder, located under ``ladder.``."""
    if plan.ladder is None:
        return []
    if base is None:
        base = load_builtin_content()
    return [f"ladder.{problem}" for problem in ladder_problems(plan.ladder, base)]


def ladder_from_catalog(ladder_id: str, name: str, catalog: CareerCatalog) -> PlanLadder:
    """The plan's copy of a validated ladder."""
    return PlanLadder(
        id=ladder_id,
        name=name,
        levels=list(catalog.levels),
        tracks=list(catalog.tracks),
        roles=list(catalog.roles),
        transitions=list(catalog.transitions),
    )


def ladder_from_file(
    path: Path | str, ladder_id: str, name: str, base: CareerCatalog | None = None
) -> PlanLadder:
    """Read and validate a ladder file (ContentError names every problem)."""
    return ladder_from_catalog(ladder_id, name, load_ladder_file(path, base))


__all__ = [
    "BUILTIN_LADDER_ID",
    "catalog_for",
    "ladder_from_catalog",
    "ladder_from_file",
    "plan_catalog",
    "plan_ladder_problems",
]
