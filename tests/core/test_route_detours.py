"""The alternatives listed between two roles leave out sideways detours."""

from __future__ import annotations

from pmplanner.core.routes import is_detour, plan_routes


def test_sideways_steps_after_the_first_move_are_left_out(catalog):
    found = catalog.paths("apm", "senior-pm", 200)
    assert any(" > ".join(p.roles) == "apm > pm > senior-pm-ux > senior-pm" for p in found)
    routes = plan_routes(catalog, "apm", "senior-pm")
    assert [list(p.roles) for p in routes.paths] == [["apm", "pm", "senior-pm"]]


def test_crossing_over_first_is_a_real_alternative(catalog):
    routes = plan_routes(catalog, "software-engineer", "tpm")
    assert [list(p.roles) for p in routes.paths] == [
        ["software-engineer", "tpm"],
        ["software-engineer", "atpm", "tpm"],
    ]
    assert not any(is_detour(catalog, p) for p in routes.paths)


def test_the_fastest_route_is_listed_even_when_it_steps_sideways(catalog):
    routes = plan_routes(catalog, "senior-pm", "senior-pm-ux")
    assert routes.fastest is not None and routes.fastest.roles == ("senior-pm", "senior-pm-ux")
