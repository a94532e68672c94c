"""Page one and the route section count the years already served in the current role."""

from __future__ import annotations

from pmplanner.report.options import options_for
from pmplanner.report.pdf import pdf_bytes

from .pdf_text import reader, shows
from .printed import TODAY, engineer_plan


def pdf_pages(plan, catalog) -> list[str]:
    data, _pages = pdf_bytes(plan, catalog, today=TODAY, options=options_for("share", None))
    return [page.extract_text() for page in reader(data).pages]


def test_years_served_shorten_the_time_ahead_and_quiet_the_warning(qapp, catalog):
    plan = engineer_plan()  # Software Engineer -> Technical PM, 4 years; target in 327 days
    plan.profile.years_in_current_role = 2.5
    pages = pdf_pages(plan, catalog)
    assert shows(pages[0], "About 1.5 years still ahead")
    assert shows(pages[0], "your 2.5 years as Software Engineer count towards the first move")
    # still sooner than the 1.5 years ahead: warned, with the time still ahead
    assert shows(pages[0], "sooner than the time the route usually still takes (1.5 years")
    assert not shows(pages[0], "sooner than the route usually takes (4 years)")
    assert any(shows(p, "About 1.5 years still ahead") for p in pages[1:])  # the route section

    plan.profile.years_in_current_role = 3.5
    page = pdf_pages(plan, catalog)[0]
    assert shows(page, "About 0.5 years still ahead")
    assert not shows(page, "sooner than")  # half a year fits in 327 days
