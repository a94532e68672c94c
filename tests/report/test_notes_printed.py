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
        "director-product": "Off the route, printed after it",
        "acme-pm": "A role of another ladder: kept, not printed",
    }
    off_table = next(
        s.id for s in catalog.skills if s.id not in {r.skill for r in catalog.role("tpm").skills}
    )
    plan.skill_notes = {skill: "Course <b>on weekends</b>", off_table: "Practise on Fridays"}
    text = pdf_text(plan, catalog, "complete")
    assert shows(text, "Your notes on these roles")
    assert shows(text, "Ask Priya about the platform team")
    assert shows(text, "https://example.com/tpm-guide")
    # nothing the person wrote is left out: the other roles' and skills' notes follow
    assert shows(text, "Your notes on other roles")
    assert shows(text, "Director of ProductOff the route, printed after it")
    assert not shows(text, "another ladder")
    assert shows(text, "Your notes on these skills")
    assert shows(text, f"{catalog.skill_name(skill)}Course <b>on weekends</b>")
    assert shows(text, "Your notes on other skills")
    assert shows(text, f"{catalog.skill_name(off_table)}Practise on Fridays")

    shared = pdf_text(plan, catalog, "share")  # as goals' notes: left out of a shared plan
    assert not shows(shared, "Ask Priya") and not shows(shared, "on weekends")


def test_no_notes_no_headings(qapp, catalog):
    text = pdf_text(engineer_plan(), catalog, "complete")
    assert not shows(text, "Your notes on these")
