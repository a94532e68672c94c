"""The person's notes on roles and skills, printed with the route and the skills."""

from __future__ import annotations

from pmplanner.report.options import options_for
from pmplanner.report.pdf import pdf_bytes

from .pdf_text import reader, shows
from .printed import TODAY, engineer_plan


def pdf_text(plan, catalog, preset: str) -> str:
    data, _pages = pdf_bytes(plan, catalog, today=TODAY, options=options_for(preset, None))
    return "\n".join(page.extract_text() for page in reader(data).pages)


def test_notes_print_in_a_complete_plan_as_plain_text(qapp, catalog):
    plan = engineer_plan()  # Software Engineer -> Technical PM
    skill = catalog.role("tpm").skills[0].skill
    plan.role_notes = {
        "tpm": "Ask Priya about the platform team\nhttps://example.com/tpm-guide",
        "director-product": "Not on this route: not printed",
    }
    plan.skill_notes = {skill: "Course <b>on weekends</b>"}
    text = pdf_text(plan, catalog, "complete")
    assert shows(text, "Your notes on these roles")
    assert shows(text, "Ask Priya about the platform team")
    assert shows(text, "https://example.com/tpm-guide")
    assert not shows(text, "Not on this route")
    assert shows(text, "Your notes on these skills")
    assert shows(text, f"{catalog.skill_name(skill)}Course <b>on weekends</b>")

    shared = pdf_text(plan, catalog, "share")  # as goals' notes: left out of a shared plan
    assert not shows(shared, "Ask Priya") and not shows(shared, "on weekends")


def test_no_notes_no_headings(qapp, catalog):
    text = pdf_text(engineer_plan(), catalog, "complete")
    assert not shows(text, "Your notes on these")
