"""The content a PM would look for: Product Owner, Staff/Lead PM apart from
Principal, the Growth, Platform and AI/ML specialisations, competency areas."""

from __future__ import annotations

import pytest

from pmplanner.core.careers import TransitionKind
from pmplanner.wording.labels import COMPETENCY_AREAS


def test_product_owner_says_where_it_overlaps_and_differs(catalog):
    po = catalog.role("product-owner")
    assert "PO" in po.also_called and not po.look_alike
    assert any(n.startswith("Where it overlaps") for n in po.notes)
    assert any(n.startswith("Where it differs") for n in po.notes)
    assert "pm" in {t.to_role for t in catalog.next_steps("product-owner")}
    assert po.skills and po.responsibilities and po.experience_years


def test_staff_pm_is_its_own_level_below_principal(catalog):
    staff, principal = catalog.role("staff-pm"), catalog.role("principal-pm")
    assert staff.level < principal.level < catalog.role("distinguished-pm").level
    assert {"Lead Product Manager", "Staff PM", "Lead PM"} <= set(staff.also_called)
    assert not {"Staff Product Manager", "Lead Product Manager"} & set(principal.also_called)
    assert catalog.track("product-leadership").progression[:2] == ["staff-pm", "principal-pm"]
    kinds = {t.to_role: t.kind for t in catalog.next_steps("staff-pm")}
    assert kinds["principal-pm"] is TransitionKind.PROMOTION
    assert catalog.fastest_path("senior-pm", "principal-pm").roles == (
        "senior-pm",
        "staff-pm",
        "principal-pm",
    )


@pytest.mark.parametrize(
    ("role_id", "track", "skill"),
    [
        ("growth-pm", "strategic", "experimentation"),
        ("platform-pm", "technical", "technical-requirements"),
        ("ai-pm", "technical", "ml-literacy"),
    ],
)
def test_specialisations_have_duties_skills_years_and_moves(catalog, role_id, track, skill):
    role = catalog.role(role_id)
    assert role.track == track
    assert len(role.responsibilities) >= 3
    assert role.expected_level(skill) is not None
    assert role.experience_years and role.tenure_years
    assert catalog.previous_steps(role_id) and catalog.next_steps(role_id)
    assert catalog.fastest_path("pm", role_id) is not None


def test_every_skill_belongs_to_one_of_a_few_competency_areas(catalog):
    areas = {s.category for s in catalog.skills}
    assert areas <= set(COMPETENCY_AREAS)
    assert 4 <= len(areas) <= 7
