"""Route search stays polynomial on a ladder whose simple paths are countless."""

from __future__ import annotations

import time

import pytest

from pmplanner.cli import main
from pmplanner.core.routes import SEARCHED_PATHS, plan_routes
from pmplanner.storage.content import load_ladder_file
from tests.hostile.files import dense_ladder, write_json


@pytest.mark.parametrize("roles", [12, 40])
def test_dense_ladder_of_zero_year_moves_answers_at_once(tmp_path, roles):
    path = write_json(tmp_path / "dense.json", dense_ladder(roles))
    assert main(["check", str(path)]) == 0
    catalog = load_ladder_file(path)
    began = time.perf_counter()
    routes = plan_routes(catalog, "r0", "top")
    took = time.perf_counter() - began
    assert took < 5, f"route search took {took:.1f} s"  # enumerating froze for minutes
    assert routes.fastest.roles == ("r0", f"r{roles - 1}", "top")
    # sideways detours are not listed as alternatives (the route panel lists the
    # fastest and routes without them); the search below still finds every route
    assert routes.paths[0].roles == routes.fastest.roles
    assert all(p.years == 1.0 for p in routes.paths)
    every = catalog.paths("r0", "top", limit=SEARCHED_PATHS)
    assert len(every) == SEARCHED_PATHS
    assert len({p.roles for p in every}) == SEARCHED_PATHS
    assert all(len(set(p.roles)) == len(p.roles) for p in every)
    assert [p.steps for p in every] == sorted(p.steps for p in every)
